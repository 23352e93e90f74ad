// Factories for test data: municipalities and accounts, built through the same queries the app uses.
import { randomBytes } from 'node:crypto';
import { withAccess } from '../../src/kernel/access/gate.js';
import { insertAccount } from '../../src/kernel/auth/accounts.js';
import { hashPassword } from '../../src/kernel/auth/password.js';
import { needsPasswordAndTotp, type Role } from '../../src/kernel/auth/roles.js';
import { newTotpSecret } from '../../src/kernel/auth/totp.js';
import type { Db } from '../../src/kernel/db/database.js';
import { ensureNeighbourhood, ensureTenant, type Tenant } from '../../src/kernel/tenancy/queries.js';

export const TEST_PASSWORD = 'een-lang-testwachtwoord';

export async function makeTenant(
  db: Db,
  slug = `gemeente-${randomBytes(3).toString('hex')}`,
  name = 'Testdorp',
): Promise<Tenant> {
  const tenant = await ensureTenant(db, slug, name);
  await ensureNeighbourhood(db, tenant.id, 'centrum', 'Centrum');
  return tenant;
}

export type TestUser = {
  id: string;
  tenantId: string;
  email: string;
  displayName: string;
  role: Role;
  totpSecret: string | null;
};

const firstNames = ['Fatima', 'Jan', 'Mila', 'Henk', 'Sevda', 'Pieter', 'Noor', 'Bram'];

export async function makeUser(
  db: Db,
  tenant: Tenant,
  role: Role,
  overrides: { email?: string; displayName?: string; isDemo?: boolean } = {},
): Promise<TestUser> {
  const suffix = randomBytes(3).toString('hex');
  const displayName =
    overrides.displayName ?? `${firstNames[suffix.charCodeAt(0) % firstNames.length]} Testpersoon-${suffix}`;
  const email = overrides.email ?? `${role}-${suffix}@voorbeeld.nl`;
  const professional = needsPasswordAndTotp(role);
  const totpSecret = professional ? newTotpSecret() : null;
  const id = await withAccess(
    db,
    { kind: 'system', tenantId: tenant.id, process: 'opdrachtregel' },
    { category: 'account', action: 'create', purpose: 'accountbeheer', subjectUserId: null },
    async (gated) =>
      insertAccount(gated, {
        tenantId: tenant.id,
        email,
        displayName,
        role,
        passwordHash: professional ? await hashPassword(TEST_PASSWORD) : null,
        totpSecret,
        isDemo: overrides.isDemo ?? false,
      }),
  );
  return { id, tenantId: tenant.id, email, displayName, role, totpSecret };
}

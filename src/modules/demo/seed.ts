// The demo municipality Wijkstad: two neighbourhoods, their areas, and a demo account for every role.
import { withAccess } from '../../kernel/access/gate.js';
import { accountIdByEmail, insertAccount } from '../../kernel/auth/accounts.js';
import { hashPassword } from '../../kernel/auth/password.js';
import { needsPasswordAndTotp, type Role } from '../../kernel/auth/roles.js';
import type { Db } from '../../kernel/db/database.js';
import { ensureArea, ensureNeighbourhood, ensureTenant, setTeamContact, type Tenant } from '../../kernel/tenancy/queries.js';

/** Demo credentials: public on purpose, and only usable through the demo shortcut or a non-production sign-in. */
export const DEMO_PASSWORD = 'wijkstad-demo';
export const DEMO_TOTP_SECRET = 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD';

const neighbourhoods = [
  { slug: 'de-bron', name: 'De Bron', areas: [['Bronkwartier', 'BU99990101'], ['Molenhof', 'BU99990102']] },
  { slug: 'vogelwijk', name: 'Vogelwijk', areas: [['Merelhof', 'BU99990201'], ['Spreeuwenpark', 'BU99990202']] },
] as const;

const demoPeople: { role: Role; name: string; neighbourhood: 'de-bron' | 'vogelwijk' }[] = [
  { role: 'bewoner', name: 'Annie de Vries', neighbourhood: 'de-bron' },
  { role: 'vrijwilliger', name: 'Karim Benali', neighbourhood: 'de-bron' },
  { role: 'initiatiefnemer', name: 'Ingrid Bakker', neighbourhood: 'vogelwijk' },
  { role: 'wijkteamlid', name: 'Sanne Jansen', neighbourhood: 'de-bron' },
  { role: 'regisseur', name: 'Mehmet Yılmaz', neighbourhood: 'de-bron' },
  { role: 'clientondersteuner', name: 'Petra Visser', neighbourhood: 'vogelwijk' },
  { role: 'opbouwwerker', name: 'Joost Smit', neighbourhood: 'vogelwijk' },
  { role: 'klankbordgroep', name: 'Gerrit Mulder', neighbourhood: 'vogelwijk' },
  { role: 'beheerder', name: 'Lotte de Boer', neighbourhood: 'de-bron' },
];

export const demoEmail = (role: Role) => `demo-${role}@wijkstad.example`;

export type DemoSeedReport = { tenant: Tenant; accountsCreated: number };

/** Idempotent: running it again adds nothing that is already there. */
export async function seedDemo(db: Db): Promise<DemoSeedReport> {
  const tenant = await ensureTenant(db, 'wijkstad', 'Wijkstad');
  await setTeamContact(db, tenant.id, { phone: '030 123 45 67', email: 'wijkteam@wijkstad.example' });
  const neighbourhoodIds = new Map<string, string>();
  for (const n of neighbourhoods) {
    const row = await ensureNeighbourhood(db, tenant.id, n.slug, n.name);
    neighbourhoodIds.set(n.slug, row.id);
    for (const [name, cbs] of n.areas) await ensureArea(db, tenant.id, row.id, name, cbs);
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let accountsCreated = 0;
  for (const person of demoPeople) {
    const email = demoEmail(person.role);
    if (await accountIdByEmail(db, tenant.id, email)) continue;
    const professional = needsPasswordAndTotp(person.role);
    await withAccess(
      db,
      { kind: 'system', tenantId: tenant.id, process: 'demo' },
      { category: 'account', action: 'create', purpose: 'demo', subjectUserId: null },
      (gated) =>
        insertAccount(gated, {
          tenantId: tenant.id,
          email,
          displayName: person.name,
          role: person.role,
          neighbourhoodId: neighbourhoodIds.get(person.neighbourhood) ?? null,
          passwordHash: professional ? passwordHash : null,
          totpSecret: professional ? DEMO_TOTP_SECRET : null,
          isDemo: true,
        }),
    );
    accountsCreated++;
  }
  return { tenant: { ...tenant, teamPhone: '030 123 45 67', teamEmail: 'wijkteam@wijkstad.example' }, accountsCreated };
}

// Staff accounts made by an administrator: a new staff member gets a mail with a link to choose a password, and
// sets up the app code at their first sign-in, as with an account made by `nabij user create`. An administrator can
// also switch an account off: it signs in no more and its sessions end at once.
import type { Actor, GatedDb } from '../access/gate.js';
import { withAccess } from '../access/gate.js';
import type { AppContext } from '../http/context.js';
import type { Tenant } from '../tenancy/queries.js';
import { insertAccount } from './accounts.js';
import { issueLoginCode, PASSWORD_LINK_DAYS } from './login-codes.js';
import { needsPasswordAndTotp, type Role, roles } from './roles.js';

/** The roles that sign in with a password and an app code: the accounts an administrator makes on /beheer/accounts. */
export const staffRoles = roles.filter((role) => needsPasswordAndTotp(role));

export type StaffAccount = {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  createdAt: Date;
  disabled: boolean;
  /** Whether they have chosen a password yet. */
  hasPassword: boolean;
  hasTotp: boolean;
};

export async function listStaffAccounts(
  db: GatedDb,
  tenantId: string,
): Promise<(StaffAccount & { subjectUserId: string })[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'email', 'role', 'created_at', 'disabled_at', 'password_hash', 'totp_secret'])
    .where('tenant_id', '=', tenantId)
    .where('role', 'in', staffRoles)
    .orderBy('disabled_at', (ob) => ob.desc().nullsFirst())
    .orderBy('display_name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    subjectUserId: r.id,
    displayName: r.display_name,
    email: r.email,
    role: r.role,
    createdAt: r.created_at,
    disabled: r.disabled_at !== null,
    hasPassword: r.password_hash !== null,
    hasTotp: r.totp_secret !== null,
  }));
}

/** Makes the staff account and mails the link to choose a password. */
export async function inviteStaffMember(
  ctx: AppContext,
  tenant: Tenant,
  actor: Actor,
  member: { displayName: string; email: string; role: Role },
): Promise<string> {
  const db = ctx.database.db;
  const userId = await withAccess(
    db,
    actor,
    { category: 'account', action: 'create', purpose: 'accountbeheer', subjectUserId: null },
    (gated) =>
      insertAccount(gated, {
        tenantId: tenant.id,
        email: member.email,
        displayName: member.displayName,
        role: member.role,
      }),
  );
  const issued = await issueLoginCode(db, { userId, tenantId: tenant.id }, 'wachtwoord');
  await ctx.mailer.send({
    to: member.email,
    subject: `Je account bij Nabij ${tenant.name}`,
    text:
      `Hallo ${member.displayName},\n\nEr is een account voor je gemaakt bij Nabij ${tenant.name}.\n` +
      `Kies je wachtwoord via deze link:\n${ctx.config.baseUrl}/inloggen/wachtwoord/${issued.linkToken}\n\n` +
      `De link werkt ${PASSWORD_LINK_DAYS} dagen en maar één keer. Daarna log je in op ` +
      `${ctx.config.baseUrl}/inloggen/medewerker en stel je een app in die inlogcodes maakt.\n` +
      `Verwachtte je deze e-mail niet? Dan kun je hem weggooien.\n\nNabij ${tenant.name}`,
  });
  return userId;
}

/** Switches a staff account off and ends its sessions; false when there is no such staff account. */
export async function disableStaffAccount(db: GatedDb, tenantId: string, userId: string): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({ disabled_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .where('role', 'in', staffRoles)
    .where('disabled_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!row) return false;
  await db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
  return true;
}

export async function setPassword(db: GatedDb, tenantId: string, userId: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, failed_signins: 0 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .execute();
}

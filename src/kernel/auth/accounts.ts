// Queries of accounts. Reads and writes of a person's account take a GatedDb: they only run behind the access gate.
import { sql } from 'kysely';
import type { GatedDb } from '../access/gate.js';
import type { Db } from '../db/database.js';
import type { Role } from './roles.js';

export type Account = {
  id: string;
  tenantId: string;
  email: string;
  displayName: string;
  role: Role;
  phone: string | null;
  neighbourhoodName: string | null;
  preferredLanguage: 'nl' | 'en';
  createdAt: Date;
};

function accountColumns(db: Db) {
  return db
    .selectFrom('users')
    .leftJoin('neighbourhoods', 'neighbourhoods.id', 'users.neighbourhood_id')
    .select([
      'users.id',
      'users.tenant_id as tenantId',
      'users.email',
      'users.display_name as displayName',
      'users.role',
      'users.phone',
      'neighbourhoods.name as neighbourhoodName',
      'users.preferred_language as preferredLanguage',
      'users.created_at as createdAt',
    ]);
}

export async function findAccount(db: GatedDb, tenantId: string, userId: string): Promise<Account | undefined> {
  return accountColumns(db).where('users.tenant_id', '=', tenantId).where('users.id', '=', userId).executeTakeFirst();
}

export async function searchAccounts(
  db: GatedDb,
  tenantId: string,
  text: string,
  limit = 50,
): Promise<(Account & { subjectUserId: string })[]> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await accountColumns(db)
    .where('users.tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('users.display_name', 'ilike', pattern), eb('users.email', 'ilike', pattern)]))
    .orderBy('users.display_name')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, subjectUserId: row.id }));
}

export type NewAccount = {
  tenantId: string;
  email: string;
  displayName: string;
  role: Role;
  phone?: string | null;
  neighbourhoodId?: string | null;
  passwordHash?: string | null;
  totpSecret?: string | null;
  isDemo?: boolean;
};

export async function insertAccount(db: GatedDb, account: NewAccount): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      tenant_id: account.tenantId,
      email: account.email.trim(),
      display_name: account.displayName.trim(),
      role: account.role,
      phone: account.phone ?? null,
      neighbourhood_id: account.neighbourhoodId ?? null,
      password_hash: account.passwordHash ?? null,
      totp_secret: account.totpSecret ?? null,
      is_demo: account.isDemo ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateContactDetails(
  db: GatedDb,
  tenantId: string,
  userId: string,
  details: { displayName: string; phone: string | null; preferredLanguage: 'nl' | 'en' },
): Promise<void> {
  await db
    .updateTable('users')
    .set({ display_name: details.displayName, phone: details.phone, preferred_language: details.preferredLanguage })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .execute();
}

/** What sign-in needs to know of an account; read by Nabij itself behind the gate. */
export type SignInAccount = {
  id: string;
  email: string;
  role: Role;
  passwordHash: string | null;
  totpSecret: string | null;
  disabled: boolean;
  /** Set while the account is locked after too many wrong passwords or codes. */
  lockedUntil: Date | null;
};

export async function findSignInAccount(
  db: GatedDb,
  tenantId: string,
  userId: string,
): Promise<SignInAccount | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'password_hash', 'totp_secret', 'disabled_at', 'locked_until'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      email: row.email,
      role: row.role,
      passwordHash: row.password_hash,
      totpSecret: row.totp_secret,
      disabled: row.disabled_at !== null,
      lockedUntil: row.locked_until && row.locked_until > new Date() ? row.locked_until : null,
    }
  );
}

/**
 * Counts a wrong password or code. At `limit` failures in a row the account locks for `lockMinutes` and the count
 * starts again; returns whether this failure locked it, so the person can be told by mail.
 */
export async function recordSignInFailure(
  db: GatedDb,
  tenantId: string,
  userId: string,
  limit: number,
  lockMinutes: number,
): Promise<{ lockedNow: boolean }> {
  const row = await db
    .updateTable('users')
    .set({
      failed_signins: sql<number>`CASE WHEN failed_signins + 1 >= ${limit} THEN 0 ELSE failed_signins + 1 END`,
      locked_until: sql<Date | null>`CASE WHEN failed_signins + 1 >= ${limit}
        THEN now() + make_interval(mins => ${lockMinutes}) ELSE locked_until END`,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .returning(sql<boolean>`failed_signins = 0 AND locked_until > now()`.as('locked_now'))
    .executeTakeFirst();
  return { lockedNow: row?.locked_now === true };
}

export async function clearSignInFailures(db: GatedDb, tenantId: string, userId: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_signins: 0 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .execute();
}

/**
 * Takes a second-factor step for this account, once: true when no code of this or a later step was accepted before.
 * One statement, so two sign-ins racing with the same code cannot both win.
 */
export async function claimTotpStep(db: GatedDb, tenantId: string, userId: string, step: number): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({ totp_last_step: String(step) })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .where((w) => w.or([w('totp_last_step', 'is', null), w('totp_last_step', '<', String(step))]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Id of the account with this email, without any personal data: used to aim the gate at the right person. */
export async function accountIdByEmail(db: Db, tenantId: string, email: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row?.id;
}

export async function setTotpSecret(db: GatedDb, tenantId: string, userId: string, secret: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_secret: secret })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .execute();
}

// One-time sign-in codes for residents and volunteers: a six-digit code and a link, valid 15 minutes, used once.
import type { Db } from '../db/database.js';
import { hashToken, newSixDigitCode, newToken } from './tokens.js';

export const CODE_MINUTES = 15;
const MAX_FAILED_ATTEMPTS = 5;

export type IssuedCode = { attemptId: string; code: string; linkToken: string };

/** A new staff member's link to set a password: a week, since it waits in their mailbox until they start. */
export const PASSWORD_LINK_DAYS = 7;

export async function issueLoginCode(
  db: Db,
  user: { userId: string; tenantId: string },
  purpose: 'inloggen' | 'wachtwoord' = 'inloggen',
): Promise<IssuedCode> {
  const code = newSixDigitCode();
  const linkToken = newToken();
  const row = await db
    .insertInto('login_codes')
    .values({
      tenant_id: user.tenantId,
      user_id: user.userId,
      code_hash: hashToken(code),
      link_token_hash: hashToken(linkToken),
      expires_at: new Date(Date.now() + (purpose === 'wachtwoord' ? PASSWORD_LINK_DAYS * 1440 : CODE_MINUTES) * 60_000),
      purpose,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { attemptId: row.id, code, linkToken };
}

export type RedeemResult =
  { ok: true; userId: string; tenantId: string } | { ok: false; reason: 'onjuist' | 'verlopen' | 'geblokkeerd' };

/** Redeems a typed code for an attempt. Single use: the row is marked used in the same statement that checks it. */
export async function redeemCode(db: Db, attemptId: string, code: string): Promise<RedeemResult> {
  const attempt = await db
    .selectFrom('login_codes')
    .select(['id', 'user_id', 'tenant_id', 'code_hash', 'expires_at', 'used_at', 'failed_attempts'])
    .where('id', '=', attemptId)
    .where('purpose', '=', 'inloggen')
    .executeTakeFirst();
  if (!attempt || attempt.used_at !== null || attempt.expires_at <= new Date())
    return { ok: false, reason: 'verlopen' };
  if (attempt.failed_attempts >= MAX_FAILED_ATTEMPTS) return { ok: false, reason: 'geblokkeerd' };
  if (attempt.code_hash !== hashToken(code.replace(/\s/g, ''))) {
    await db
      .updateTable('login_codes')
      .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
      .where('id', '=', attemptId)
      .execute();
    return { ok: false, reason: attempt.failed_attempts + 1 >= MAX_FAILED_ATTEMPTS ? 'geblokkeerd' : 'onjuist' };
  }
  return markUsed(db, { column: 'id', value: attemptId });
}

export async function redeemLink(db: Db, linkToken: string): Promise<RedeemResult> {
  return markUsed(db, { column: 'link_token_hash', value: hashToken(linkToken) });
}

/** Uses a password link, once: the account it is for, or 'verlopen'. */
export async function redeemPasswordLink(db: Db, linkToken: string): Promise<RedeemResult> {
  return markUsed(db, { column: 'link_token_hash', value: hashToken(linkToken) }, 'wachtwoord');
}

/** Whether a password link can still be used, without using it: the page with the form shows only then. */
export async function passwordLinkUsable(db: Db, linkToken: string): Promise<boolean> {
  const row = await db
    .selectFrom('login_codes')
    .select('id')
    .where('link_token_hash', '=', hashToken(linkToken))
    .where('purpose', '=', 'wachtwoord')
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
  return row !== undefined;
}

async function markUsed(
  db: Db,
  which: { column: 'id' | 'link_token_hash'; value: string },
  purpose: 'inloggen' | 'wachtwoord' = 'inloggen',
): Promise<RedeemResult> {
  const used = await db
    .updateTable('login_codes')
    .where(which.column, '=', which.value)
    .where('purpose', '=', purpose)
    .set({ used_at: new Date() })
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .where('failed_attempts', '<', MAX_FAILED_ATTEMPTS)
    .returning(['user_id', 'tenant_id'])
    .executeTakeFirst();
  return used ? { ok: true, userId: used.user_id, tenantId: used.tenant_id } : { ok: false, reason: 'verlopen' };
}

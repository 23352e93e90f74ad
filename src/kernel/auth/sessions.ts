// Sessions live in the database, so any number of app servers can serve the same person.
import type { Db } from '../db/database.js';
import type { Role } from './roles.js';
import { hashToken, newToken } from './tokens.js';

export const SESSION_COOKIE = 'nabij_sessie';
const SESSION_HOURS = 12;

export type SessionUser = {
  userId: string;
  tenantId: string;
  role: Role;
  displayName: string;
  state: 'actief' | 'wacht_op_tweede_stap';
  isDemo: boolean;
};

export async function createSession(
  db: Db,
  user: { userId: string; tenantId: string },
  state: 'actief' | 'wacht_op_tweede_stap',
): Promise<string> {
  const token = newToken();
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: user.userId,
      tenant_id: user.tenantId,
      state,
      expires_at: new Date(Date.now() + SESSION_HOURS * 3600_000),
    })
    .execute();
  return token;
}

/** The signed-in person of a cookie token; their own name is shown in the page header. */
export async function sessionUser(db: Db, token: string): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.user_id as userId',
      'sessions.tenant_id as tenantId',
      'sessions.state',
      'users.role',
      'users.display_name as displayName',
      'users.is_demo as isDemo',
    ])
    .where('sessions.token_hash', '=', hashToken(token))
    .where('sessions.expires_at', '>', new Date())
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return row;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

export async function endExpiredSessions(db: Db): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function setPendingTotpSecret(db: Db, token: string, secret: string | null): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ pending_totp_secret: secret })
    .where('token_hash', '=', hashToken(token))
    .execute();
}

export async function pendingTotpSecret(db: Db, token: string): Promise<string | null> {
  const row = await db
    .selectFrom('sessions')
    .select('pending_totp_secret')
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  return row?.pending_totp_secret ?? null;
}

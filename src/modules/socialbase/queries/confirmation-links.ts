// The links in "Klopt dit nog?" emails: kept as a hash of their token, usable once, for a limited time.
import { hashToken } from '../../../kernel/auth/tokens.js';
import type { Db } from '../../../kernel/db/database.js';

export async function insertConfirmationLink(
  db: Db,
  tenantId: string,
  activityId: string,
  token: string,
  expiresAt: Date,
): Promise<void> {
  await db
    .insertInto('confirmation_links')
    .values({ token_hash: hashToken(token), tenant_id: tenantId, activity_id: activityId, expires_at: expiresAt })
    .execute();
}

export type ConfirmationLink = { activityId: string; tenantId: string; usable: boolean };

export async function findConfirmationLink(
  db: Db,
  token: string,
  now = new Date(),
): Promise<ConfirmationLink | undefined> {
  const row = await db
    .selectFrom('confirmation_links')
    .select(['activity_id', 'tenant_id', 'used_at', 'expires_at'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  return (
    row && {
      activityId: row.activity_id,
      tenantId: row.tenant_id,
      usable: row.used_at === null && row.expires_at > now,
    }
  );
}

/** Uses a link that is still usable and says which entry it is for; undefined when it was used or has expired. */
export async function useConfirmationLink(
  db: Db,
  token: string,
  now: Date,
): Promise<{ activity_id: string; tenant_id: string } | undefined> {
  return db
    .updateTable('confirmation_links')
    .set({ used_at: now })
    .where('token_hash', '=', hashToken(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['activity_id', 'tenant_id'])
    .executeTakeFirst();
}

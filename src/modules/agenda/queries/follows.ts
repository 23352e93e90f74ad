// Following results and the progress mails, the SQL side (commands/follows.ts and jobs.ts call these). Who follows
// is personal data ('volger'): callers pass the gated db (or its transaction) for the follows themselves.
import type { GatedDb } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';

/** A result's title, so a follow names what it follows; undefined when the result is not this municipality's. */
export async function resultTitle(db: Db, tenantId: string, resultId: string) {
  return db
    .selectFrom('agenda_results')
    .select('title')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', resultId)
    .executeTakeFirst();
}

/** Keeps a link by the hash of its token only: a leaked table gives no working link. */
export async function insertFollowLink(
  db: Db,
  link: { tokenHash: string; tenantId: string; followId: string; purpose: 'bevestigen' | 'stoppen' },
): Promise<void> {
  await db
    .insertInto('agenda_follow_links')
    .values({ token_hash: link.tokenHash, tenant_id: link.tenantId, follow_id: link.followId, purpose: link.purpose })
    .execute();
}

/** An account's follow, confirmed at once; following twice leaves the one row there is. */
export async function insertAccountFollow(
  db: GatedDb,
  follow: { tenantId: string; resultId: string; userId: string; stopTokenHash: string },
): Promise<void> {
  await db
    .insertInto('agenda_follows')
    .values({
      tenant_id: follow.tenantId,
      result_id: follow.resultId,
      user_id: follow.userId,
      email: null,
      stop_token_hash: follow.stopTokenHash,
      confirmed_at: new Date(),
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'result_id', 'user_id']).where('user_id', 'is not', null).doNothing())
    .execute();
}

export async function accountFollowId(db: GatedDb, tenantId: string, resultId: string, userId: string) {
  return db
    .selectFrom('agenda_follows')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('result_id', '=', resultId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function deleteAccountFollow(
  db: GatedDb,
  tenantId: string,
  resultId: string,
  userId: string,
): Promise<void> {
  await db
    .deleteFrom('agenda_follows')
    .where('tenant_id', '=', tenantId)
    .where('result_id', '=', resultId)
    .where('user_id', '=', userId)
    .execute();
}

/**
 * An e-mail follow waiting for confirmation. Returns its id, or undefined when the address already follows: the
 * conflict is swallowed so the caller can answer the same either way and nothing leaks.
 */
export async function insertEmailFollow(
  db: GatedDb,
  follow: { tenantId: string; resultId: string; email: string; stopTokenHash: string },
) {
  return db
    .insertInto('agenda_follows')
    .values({
      tenant_id: follow.tenantId,
      result_id: follow.resultId,
      user_id: null,
      email: follow.email,
      stop_token_hash: follow.stopTokenHash,
      confirmed_at: null,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** The follow (and its result) a link's token hash names, for this municipality and this purpose only. */
export async function followByLinkHash(db: Db, tenantId: string, tokenHash: string, purpose: 'bevestigen' | 'stoppen') {
  return db
    .selectFrom('agenda_follow_links as l')
    .innerJoin('agenda_follows as f', (j) =>
      j.onRef('f.id', '=', 'l.follow_id').onRef('f.tenant_id', '=', 'l.tenant_id'),
    )
    .innerJoin('agenda_results as r', (j) =>
      j.onRef('r.id', '=', 'f.result_id').onRef('r.tenant_id', '=', 'f.tenant_id'),
    )
    .select(['f.id as followId', 'f.tenant_id as tenantId', 'r.id as resultId', 'r.title as resultTitle'])
    .where('l.token_hash', '=', tokenHash)
    .where('l.tenant_id', '=', tenantId)
    .where('l.purpose', '=', purpose)
    .executeTakeFirst();
}

/** Confirms a follow once; a second click keeps the first confirmation time. */
export async function markFollowConfirmed(db: GatedDb, tenantId: string, followId: string): Promise<void> {
  await db
    .updateTable('agenda_follows')
    .set({ confirmed_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', followId)
    .where('confirmed_at', 'is', null)
    .execute();
}

/** Deletes a follow; its links go with it (the foreign key cascades). */
export async function deleteFollow(db: GatedDb, tenantId: string, followId: string): Promise<void> {
  await db.deleteFrom('agenda_follows').where('tenant_id', '=', tenantId).where('id', '=', followId).execute();
}

/** Confirmed followers of a result, counted: the only thing the public page says about them. */
export async function confirmedFollowerCount(db: Db, tenantId: string, resultId: string): Promise<number> {
  const row = await db
    .selectFrom('agenda_follows')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('result_id', '=', resultId)
    .where('confirmed_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// The progress-mail job (jobs.ts).

/** Updates not mailed yet, oldest first, with what the mail says about their result; at most 500 a run. */
export async function updatesWaitingForMail(db: Db) {
  return db
    .selectFrom('agenda_updates as u')
    .innerJoin('agenda_results as r', (j) =>
      j.onRef('r.id', '=', 'u.result_id').onRef('r.tenant_id', '=', 'u.tenant_id'),
    )
    .innerJoin('neighbourhoods as n', (j) =>
      j.onRef('n.id', '=', 'r.neighbourhood_id').onRef('n.tenant_id', '=', 'r.tenant_id'),
    )
    .select([
      'u.id',
      'u.tenant_id as tenantId',
      'u.text',
      'u.progress',
      'u.status',
      'r.id as resultId',
      'r.title',
      'n.name as wijk',
    ])
    .where('u.mailed_at', 'is', null)
    .orderBy('u.at')
    .limit(500)
    .execute();
}

/**
 * Claims an update for mailing by setting mailed_at, only if no one has: true when this run won the claim, so a
 * second run, or a second server, sends nothing for it.
 */
export async function claimUpdateForMail(db: Db, tenantId: string, updateId: string): Promise<boolean> {
  const claimed = await db
    .updateTable('agenda_updates')
    .set({ mailed_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', updateId)
    .where('mailed_at', 'is', null)
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) > 0;
}

/** A result's confirmed followers with the address to mail: their own, or their account's (and whether disabled). */
export async function confirmedFollowersToMail(db: GatedDb, tenantId: string, resultId: string) {
  return db
    .selectFrom('agenda_follows as f')
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'f.user_id').onRef('u.tenant_id', '=', 'f.tenant_id'))
    .select(['f.id', 'f.user_id as subjectUserId', 'f.email', 'u.email as accountEmail', 'u.disabled_at'])
    .where('f.tenant_id', '=', tenantId)
    .where('f.result_id', '=', resultId)
    .where('f.confirmed_at', 'is not', null)
    .execute();
}

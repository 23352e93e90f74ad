// The team's queries: the list of signals with their deadlines, one signal with its steps, the team's case workers,
// the person's link (subject token), the municipality's terms, the daily summary and the retention of unfounded ones.
import { sql } from 'kysely';
import type { GatedDb } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import type { SignalKind, SignalStatus, TermUnit, Urgency } from '../schema.js';

export type ListFilter = {
  status?: SignalStatus | undefined;
  kind?: SignalKind | undefined;
  /** Only the signals this user owns. */
  ownerUserId?: string | undefined;
  /** Closed ones instead of open ones. */
  closed: boolean;
};

/**
 * The signals of one kind for the team's list: spoed first, then those past their second deadline, then those past
 * their first, then by deadline. The row carries the signal's id as the subject of the search's log row (a worry
 * about a person only: the person, once told, sees the team's looks).
 */
export async function listTeamSignals(db: GatedDb, tenantId: string, kind: SignalKind, filter: ListFilter, now: Date) {
  let query = db
    .selectFrom('signals as s')
    .leftJoin('areas as a', (join) => join.onRef('a.id', '=', 's.area_id').onRef('a.tenant_id', '=', 's.tenant_id'))
    .leftJoin('users as o', (join) =>
      join.onRef('o.id', '=', 's.owner_user_id').onRef('o.tenant_id', '=', 's.tenant_id'),
    )
    .select([
      's.id',
      's.reference',
      's.kind',
      's.topic',
      's.urgency',
      's.status',
      's.due_at as dueAt',
      's.second_due_at as secondDueAt',
      's.closed_at as closedAt',
      's.owner_user_id as ownerUserId',
      'o.display_name as ownerName',
      'a.name as areaName',
    ])
    .where('s.tenant_id', '=', tenantId)
    .where('s.kind', '=', kind)
    .where('s.status', filter.closed ? '=' : '<>', 'afgesloten');
  if (filter.status) query = query.where('s.status', '=', filter.status);
  if (filter.ownerUserId) query = query.where('s.owner_user_id', '=', filter.ownerUserId);
  const rows = await query
    .orderBy(sql`(s.urgency = 'spoed')`, 'desc')
    .orderBy(sql`(s.second_due_at < ${now})`, 'desc')
    .orderBy(sql`(s.due_at < ${now})`, 'desc')
    .orderBy('s.due_at', 'asc')
    .limit(500)
    .execute();
  return rows.map((r) => ({ ...r, subjectUserId: null, subjectRequestId: r.kind === 'persoon' ? r.id : null }));
}
export type TeamSignalRow = Awaited<ReturnType<typeof listTeamSignals>>[number];

/** The whole signal for the team's page, with its owner's name and its buurt. */
export async function findTeamSignal(db: GatedDb, tenantId: string, id: string) {
  return db
    .selectFrom('signals as s')
    .leftJoin('areas as a', (join) => join.onRef('a.id', '=', 's.area_id').onRef('a.tenant_id', '=', 's.tenant_id'))
    .leftJoin('users as o', (join) =>
      join.onRef('o.id', '=', 's.owner_user_id').onRef('o.tenant_id', '=', 's.tenant_id'),
    )
    .selectAll('s')
    .select(['o.display_name as ownerName', 'a.name as areaName'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.id', '=', id)
    .executeTakeFirst();
}
export type TeamSignal = NonNullable<Awaited<ReturnType<typeof findTeamSignal>>>;

/** The signal's steps, oldest first, with the name of who took each. */
export async function signalEvents(db: GatedDb, tenantId: string, signalId: string) {
  return db
    .selectFrom('signal_events as e')
    .leftJoin('users as u', (join) =>
      join.onRef('u.id', '=', 'e.actor_user_id').onRef('u.tenant_id', '=', 'e.tenant_id'),
    )
    .select([
      'e.id',
      'e.at',
      'e.kind',
      'e.actor_kind as actorKind',
      'e.from_status as fromStatus',
      'e.to_status as toStatus',
      'e.reason',
      'e.detail',
      'u.display_name as actorName',
    ])
    .where('e.tenant_id', '=', tenantId)
    .where('e.signal_id', '=', signalId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

/** The team members who can own a worry about a person: the municipality's case workers. */
export async function signalCaseWorkers(db: GatedDb, tenantId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name as name'])
    .where('tenant_id', '=', tenantId)
    .where('role', 'in', ['wijkteamlid', 'regisseur'])
    .orderBy('display_name')
    .execute();
}

/** Sets the owner; only while the signal is open. */
export async function setSignalOwner(db: GatedDb, tenantId: string, id: string, ownerUserId: string) {
  const result = await db
    .updateTable('signals')
    .set({ owner_user_id: ownerUserId, updated_at: sql<Date>`now()` })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '<>', 'afgesloten')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Writes the visit's note (the result itself is the step's, through moveSignal). */
export async function setVisitNote(db: GatedDb, tenantId: string, id: string, note: string) {
  await db
    .updateTable('signals')
    .set({ visit_note: note })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

/** Stores the hash of the person's link and when they were told. */
export async function setSubjectToken(db: GatedDb, tenantId: string, id: string, tokenHash: string) {
  await db
    .updateTable('signals')
    .set({ subject_token_hash: tokenHash, subject_told_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

/** The signal a person's link names, by its hash alone: no personal data, only what finds it. */
export async function signalBySubjectToken(db: Db, tokenHash: string) {
  return db
    .selectFrom('signals')
    .select(['id', 'tenant_id as tenantId', 'kind'])
    .where('subject_token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** What the person signalled about may read: never who signalled, never their words or the street. */
export async function signalForSubject(db: GatedDb, tenantId: string, id: string) {
  return db
    .selectFrom('signals')
    .select([
      'id',
      'topic',
      'status',
      'created_at as createdAt',
      'visit_result as visitResult',
      'visited_at as visitedAt',
      'forwarded_to as forwardedTo',
      'closing_outcome as closingOutcome',
      'closed_at as closedAt',
    ])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The municipality's own terms, all rows. Not personal data. */
export async function listOwnTerms(db: Db, tenantId: string) {
  return db.selectFrom('signal_terms').selectAll().where('tenant_id', '=', tenantId).execute();
}

export type TermRow = {
  kind: SignalKind;
  urgency: Urgency;
  firstAmount: number;
  firstUnit: TermUnit;
  secondAmount: number;
  secondUnit: TermUnit;
};

export async function upsertTerms(db: Db, tenantId: string, rows: readonly TermRow[]) {
  for (const r of rows)
    await db
      .insertInto('signal_terms')
      .values({
        tenant_id: tenantId,
        kind: r.kind,
        urgency: r.urgency,
        first_amount: r.firstAmount,
        first_unit: r.firstUnit,
        second_amount: r.secondAmount,
        second_unit: r.secondUnit,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'kind', 'urgency']).doUpdateSet({
          first_amount: r.firstAmount,
          first_unit: r.firstUnit,
          second_amount: r.secondAmount,
          second_unit: r.secondUnit,
        }),
      )
      .execute();
}

/** The overdue open signals of a municipality for the daily summary: reference, deadlines, urgency. Nothing else. */
export async function overdueSignals(db: Db, tenantId: string, now: Date) {
  return db
    .selectFrom('signals')
    .select(['reference', 'urgency', 'due_at as dueAt', 'second_due_at as secondDueAt'])
    .where('tenant_id', '=', tenantId)
    .where('status', '<>', 'afgesloten')
    .where('due_at', '<', now)
    .orderBy(sql`(urgency = 'spoed')`, 'desc')
    .orderBy('due_at')
    .execute();
}

/** Marks today's summary as sent; false when it already was (another run, another server). */
export async function claimDigest(db: Db, tenantId: string, day: string, overdueCount: number): Promise<boolean> {
  const result = await db
    .insertInto('signal_digests')
    .values({ tenant_id: tenantId, day, overdue_count: overdueCount })
    .onConflict((oc) => oc.columns(['tenant_id', 'day']).doNothing())
    .returning('day')
    .executeTakeFirst();
  return result !== undefined;
}

export async function undoDigest(db: Db, tenantId: string, day: string) {
  await db.deleteFrom('signal_digests').where('tenant_id', '=', tenantId).where('day', '=', day).execute();
}

/** The ids of the unfounded signals closed before the date, so each delete is logged under its signal. */
export async function unfoundedIds(db: Db, tenantId: string, closedBefore: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('signals')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'afgesloten')
    .where('closing_outcome', '=', 'ongegrond')
    .where('closed_at', '<', closedBefore)
    .execute();
  return rows.map((r) => r.id);
}

export async function deleteSignal(db: GatedDb, tenantId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('signals')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('closing_outcome', '=', 'ongegrond')
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * The access log rows about a signal as its person reads them: the team's looks and steps and refused attempts.
 * Left out: the reporter's own rows (receiving the signal, following it: they would name who signalled), and Nabij's
 * reads for this very page.
 */
export async function subjectLogRows(db: GatedDb, tenantId: string, signalId: string, reporterUserId: string | null) {
  return db
    .selectFrom('access_log as l')
    .leftJoin('users as u', 'u.id', 'l.actor_user_id')
    .select([
      'l.at',
      'u.display_name as actorName',
      'l.actor_role as actorRole',
      'l.category',
      'l.action',
      'l.outcome',
      'l.purpose',
    ])
    .where('l.tenant_id', '=', tenantId)
    .where('l.subject_request_id', '=', signalId)
    .where('l.purpose', 'not in', ['signaal_melden', 'signaal_volgen'])
    .where('l.actor_role', '<>', 'systeem:signaal')
    .where('l.category', '<>', 'melding')
    .where(sql<boolean>`l.actor_user_id IS DISTINCT FROM ${reporterUserId}`)
    .orderBy('l.at', 'desc')
    .orderBy('l.chain_seq', 'desc')
    .limit(200)
    .execute();
}

/** Who signalled (an account, or none): only to leave their rows out of the person's log. */
export async function reporterOf(db: GatedDb, tenantId: string, signalId: string) {
  const row = await db
    .selectFrom('signals')
    .select('reporter_user_id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', signalId)
    .executeTakeFirst();
  return row?.reporter_user_id ?? null;
}

/** The municipalities with a team address, for the daily summary. */
export async function tenantsWithTeamEmail(db: Db) {
  return db
    .selectFrom('tenants')
    .select(['id', 'name', 'team_email as teamEmail'])
    .where('team_email', 'is not', null)
    .execute();
}

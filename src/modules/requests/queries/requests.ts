// The SQL of help requests and their history. Personal data: each function takes a GatedDb; only the keys that aim
// the gate (id, municipality, owner) are read with a plain Db.
import { sql } from 'kysely';
import type { GatedDb } from '../../../kernel/access/gate.js';
import { hashToken } from '../../../kernel/auth/tokens.js';
import type { Db } from '../../../kernel/db/database.js';
import { readShareChoice, type ShareChoice } from '../sharing.js';
import type { RequestState } from '../states.js';
import type { TriageAnswer } from '../../triage/index.js';

export type NewHelpRequest = {
  /** Chosen before the insert, so the access log's create row can name the request (an asker without account). */
  id?: string;
  tenantId: string;
  reference: string;
  channel: 'web' | 'telefoon';
  askerUserId: string | null;
  enteredByUserId: string | null;
  forSomeoneElse: boolean;
  askerName: string;
  subjectName: string | null;
  relation: string | null;
  subjectConsent: 'zelf' | 'ja' | 'nee' | 'nog_vragen';
  text: string;
  postcode: string | null;
  point: { lat: number; lon: number } | undefined;
  moments: string[];
  language: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  triage: TriageAnswer;
  statusToken: string;
  shareWithVolunteer: ShareChoice;
  /** When it came in, if not now: the demo's requests have waited a while. */
  receivedAt?: Date;
};

export async function insertHelpRequest(db: GatedDb, r: NewHelpRequest): Promise<string> {
  const row = await db
    .insertInto('help_requests')
    .values({
      ...(r.id ? { id: r.id } : {}),
      tenant_id: r.tenantId,
      reference: r.reference,
      state: 'nieuw',
      channel: r.channel,
      asker_user_id: r.askerUserId,
      entered_by_user_id: r.enteredByUserId,
      for_someone_else: r.forSomeoneElse,
      asker_name: r.askerName,
      subject_name: r.subjectName,
      relation: r.relation,
      subject_consent: r.subjectConsent,
      text: r.text,
      postcode: r.postcode,
      lat: r.point?.lat ?? null,
      lon: r.point?.lon ?? null,
      moments: r.moments,
      language: r.language,
      contact_email: r.contactEmail,
      contact_phone: r.contactPhone,
      route: r.triage.route,
      need_keys: r.triage.behoeften,
      triage: JSON.stringify(r.triage),
      status_token_hash: hashToken(r.statusToken),
      share_with_volunteer: JSON.stringify(r.shareWithVolunteer),
      ...(r.receivedAt ? { created_at: r.receivedAt, last_progress_at: r.receivedAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('request_events')
    .values({
      tenant_id: r.tenantId,
      request_id: row.id,
      actor_user_id: r.enteredByUserId ?? r.askerUserId,
      kind: 'ingediend',
      ...(r.receivedAt ? { at: r.receivedAt } : {}),
      detail: JSON.stringify({ route: r.triage.route, behoeften: r.triage.behoeften, kanaal: r.channel }),
    })
    .execute();
  return row.id;
}

export type HelpRequestView = {
  id: string;
  tenantId: string;
  reference: string;
  state: RequestState;
  channel: string;
  askerUserId: string | null;
  forSomeoneElse: boolean;
  askerName: string;
  subjectName: string | null;
  relation: string | null;
  subjectConsent: string;
  text: string;
  postcode: string | null;
  moments: string[];
  language: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  route: string;
  needKeys: string[];
  triage: TriageAnswer;
  shareWithVolunteer: ShareChoice;
  lastProgressAt: Date;
  createdAt: Date;
};

function requestColumns(db: GatedDb) {
  return db
    .selectFrom('help_requests')
    .select([
      'id',
      'tenant_id as tenantId',
      'reference',
      'state',
      'channel',
      'asker_user_id as askerUserId',
      'for_someone_else as forSomeoneElse',
      'asker_name as askerName',
      'subject_name as subjectName',
      'relation',
      'subject_consent as subjectConsent',
      'text',
      'postcode',
      'moments',
      'language',
      'contact_email as contactEmail',
      'contact_phone as contactPhone',
      'route',
      'need_keys as needKeys',
      'triage',
      'share_with_volunteer as shareWithVolunteer',
      'last_progress_at as lastProgressAt',
      'created_at as createdAt',
    ]);
}

/** One request; with `askerUserId` only when it is that person's own, so nothing of anyone else's is read. */
export async function findHelpRequest(
  db: GatedDb,
  tenantId: string,
  id: string,
  askerUserId?: string,
): Promise<HelpRequestView | undefined> {
  let query = requestColumns(db).where('tenant_id', '=', tenantId).where('id', '=', id);
  if (askerUserId !== undefined) query = query.where('asker_user_id', '=', askerUserId);
  const row = (await query.executeTakeFirst()) as HelpRequestView | undefined;
  return row ? { ...row, shareWithVolunteer: readShareChoice(row.shareWithVolunteer) } : undefined;
}

/** The asker's choice of what a volunteer may see, for proposals still to come. */
export async function saveShareChoice(
  db: GatedDb,
  tenantId: string,
  requestId: string,
  choice: ShareChoice,
): Promise<void> {
  await db
    .updateTable('help_requests')
    .set({ share_with_volunteer: JSON.stringify(choice), updated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', requestId)
    .execute();
}

/** The id and owner of a request behind a status link, without any of its content: to aim the gate. */
export async function requestByStatusToken(db: Db, token: string) {
  return db
    .selectFrom('help_requests')
    .select(['id', 'tenant_id', 'asker_user_id'])
    .where('status_token_hash', '=', hashToken(token))
    .executeTakeFirst();
}

export type QueueItem = {
  id: string;
  reference: string;
  state: RequestState;
  route: string;
  needKeys: string[];
  createdAt: Date;
  lastProgressAt: Date;
  channel: string;
  subjectUserId: string | null;
  /** The request itself, for the log of an asker without an account. */
  subjectRequestId: string;
};

/**
 * The team's queue: open requests, spoed first, then those that waited longest without progress. A request
 * without progress for `staleDays` days comes back to the top, so nobody is left waiting.
 */
export async function listQueue(
  db: GatedDb,
  tenantId: string,
  staleDays: number,
  now = new Date(),
): Promise<(QueueItem & { stale: boolean })[]> {
  const staleBefore = new Date(now.getTime() - staleDays * 86_400_000);
  const rows = await db
    .selectFrom('help_requests')
    .select([
      'id',
      'reference',
      'state',
      'route',
      'need_keys as needKeys',
      'created_at as createdAt',
      'last_progress_at as lastProgressAt',
      'channel',
      'asker_user_id as subjectUserId',
    ])
    .where('tenant_id', '=', tenantId)
    .where('state', '!=', 'afgesloten')
    .orderBy(
      sql`CASE WHEN route = 'spoed' THEN 0 WHEN last_progress_at < ${staleBefore} THEN 1
        WHEN state = 'nieuw' THEN 2 ELSE 3 END`,
    )
    .orderBy('last_progress_at', 'asc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    ...r,
    state: r.state as RequestState,
    stale: r.lastProgressAt < staleBefore,
    subjectRequestId: r.id,
  }));
}

export async function recordEvent(
  db: GatedDb,
  tenantId: string,
  requestId: string,
  actorUserId: string | null,
  kind: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await db
    .insertInto('request_events')
    .values({
      tenant_id: tenantId,
      request_id: requestId,
      actor_user_id: actorUserId,
      kind,
      detail: JSON.stringify(detail),
    })
    .execute();
}

export async function listEvents(db: GatedDb, tenantId: string, requestId: string) {
  return db
    .selectFrom('request_events')
    .leftJoin('users', 'users.id', 'request_events.actor_user_id')
    .select(['request_events.at', 'request_events.kind', 'request_events.detail', 'users.display_name as actorName'])
    .where('request_events.tenant_id', '=', tenantId)
    .where('request_events.request_id', '=', requestId)
    .orderBy('request_events.at')
    .orderBy('request_events.id')
    .execute();
}

/** Moves a request to a new state and counts it as progress. */
export async function setRequestState(db: GatedDb, tenantId: string, id: string, state: RequestState): Promise<void> {
  await db
    .updateTable('help_requests')
    .set({ state, last_progress_at: new Date(), updated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function updateTriage(
  db: GatedDb,
  tenantId: string,
  id: string,
  route: string,
  needKeys: string[],
): Promise<void> {
  await db
    .updateTable('help_requests')
    .set({ route, need_keys: needKeys, last_progress_at: new Date(), updated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function listOwnRequests(db: GatedDb, tenantId: string, userId: string) {
  return db
    .selectFrom('help_requests')
    .select(['id', 'reference', 'state', 'created_at as createdAt'])
    .where('tenant_id', '=', tenantId)
    .where('asker_user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
}

/** The owner of a request the team opens, without any of its content: to aim the gate. */
export async function requestOwner(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('help_requests')
    .select('asker_user_id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** What a proposal needs of its request: the state, the route, the asker's choice and what it is filled in from. */
export async function requestToPropose(db: GatedDb, tenantId: string, id: string) {
  return db
    .selectFrom('help_requests')
    .select([
      'id',
      'asker_name',
      'subject_name',
      'postcode',
      'need_keys',
      'contact_email',
      'state',
      'route',
      'share_with_volunteer',
    ])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The asker's name, to greet them on a match's page. */
export async function askerNameOf(db: GatedDb, requestId: string) {
  return db.selectFrom('help_requests').select(['asker_name']).where('id', '=', requestId).executeTakeFirstOrThrow();
}

/** Where the asker is mailed, and how they are greeted. */
export async function askerContactOf(db: GatedDb, requestId: string) {
  return db
    .selectFrom('help_requests')
    .select(['contact_email', 'asker_name'])
    .where('id', '=', requestId)
    .executeTakeFirstOrThrow();
}

/** Whether a municipality has any help request yet. */
export async function hasHelpRequests(db: Db, tenantId: string): Promise<boolean> {
  const row = await db
    .selectFrom('help_requests')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** What a case shows of its request: no story, no contact details (those are on the request's own page). */
export type RequestSummary = {
  id: string;
  reference: string;
  state: RequestState;
  route: string;
  postcode: string | null;
  askerName: string;
  askerUserId: string | null;
  createdAt: Date;
};

function summaryColumns(db: GatedDb, tenantId: string) {
  return db
    .selectFrom('help_requests')
    .select([
      'id',
      'reference',
      'state',
      'route',
      'postcode',
      'asker_name as askerName',
      'asker_user_id as askerUserId',
      'created_at as createdAt',
    ])
    .where('tenant_id', '=', tenantId);
}

/**
 * Summaries of the open requests of a municipality (oldest first, at most `limit`) and of the requests named in
 * `alsoIds` whatever their state: the team's list of cases and requests.
 */
export async function listRequestSummaries(
  db: GatedDb,
  tenantId: string,
  alsoIds: readonly string[],
  limit = 500,
): Promise<RequestSummary[]> {
  const rows = await summaryColumns(db, tenantId)
    .where((eb) =>
      alsoIds.length > 0
        ? eb.or([eb('state', '!=', 'afgesloten'), eb('id', 'in', alsoIds)])
        : eb('state', '!=', 'afgesloten'),
    )
    .orderBy('created_at', 'asc')
    .limit(limit + alsoIds.length)
    .execute();
  return rows as RequestSummary[];
}

/** The summaries of these requests, whatever their state. */
export async function findRequestSummaries(
  db: GatedDb,
  tenantId: string,
  ids: readonly string[],
): Promise<RequestSummary[]> {
  if (ids.length === 0) return [];
  return (await summaryColumns(db, tenantId).where('id', 'in', ids).execute()) as RequestSummary[];
}

/** One request's summary, for its case. */
export async function findRequestSummary(
  db: GatedDb,
  tenantId: string,
  id: string,
): Promise<RequestSummary | undefined> {
  return (await summaryColumns(db, tenantId).where('id', '=', id).executeTakeFirst()) as RequestSummary | undefined;
}

/** A resident's requests with what they wrote: for someone the resident shared them with (their client supporter). */
export async function listRequestsOfAsker(db: GatedDb, tenantId: string, userId: string) {
  return db
    .selectFrom('help_requests')
    .select(['id', 'reference', 'state', 'text', 'created_at as createdAt'])
    .where('tenant_id', '=', tenantId)
    .where('asker_user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
}

/** What a referral letter tells a provider: the request's code and text, and how to reach the person who asked. */
export async function requestForLetter(db: GatedDb, tenantId: string, id: string) {
  return db
    .selectFrom('help_requests')
    .select([
      'reference',
      'asker_name as askerName',
      'text',
      'contact_email as contactEmail',
      'contact_phone as contactPhone',
    ])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// Every SQL statement of help requests and matches. Personal data: each function takes a GatedDb.
import { sql } from 'kysely';
import type { GatedDb } from '../../kernel/access/gate.js';
import { hashToken } from '../../kernel/auth/tokens.js';
import { readShareChoice, type ShareChoice, type SharedWithVolunteer } from './sharing.js';
import { busyMatchStates, type Outcome, type MatchState, type RequestState } from './states.js';
import type { TriageAnswer } from '../triage/index.js';

export type NewHelpRequest = {
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
};

export async function insertHelpRequest(db: GatedDb, r: NewHelpRequest): Promise<string> {
  const row = await db
    .insertInto('help_requests')
    .values({
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

/** What the volunteer of one running match sees; false when there is no such match (any more). */
export async function saveMatchShare(
  db: GatedDb,
  tenantId: string,
  requestId: string,
  matchId: string,
  shared: SharedWithVolunteer,
): Promise<boolean> {
  const result = await db
    .updateTable('matches')
    .set({ shared_with_volunteer: JSON.stringify(shared), updated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('request_id', '=', requestId)
    .where('id', '=', matchId)
    .where('volunteer_id', 'is not', null)
    .where('state', 'in', ['voorgesteld', 'vrijwilliger_akkoord', 'actief', 'opvolging'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The id and owner of a request behind a status link, without any of its content: to aim the gate. */
export async function requestByStatusToken(db: GatedDb | import('../../kernel/db/database.js').Db, token: string) {
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
      sql`CASE WHEN route = 'spoed' THEN 0 WHEN last_progress_at < ${staleBefore} THEN 1 WHEN state = 'nieuw' THEN 2 ELSE 3 END`,
    )
    .orderBy('last_progress_at', 'asc')
    .limit(200)
    .execute();
  return rows.map((r) => ({ ...r, state: r.state as RequestState, stale: r.lastProgressAt < staleBefore }));
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

export type MatchView = {
  id: string;
  requestId: string;
  state: MatchState;
  volunteerId: string | null;
  volunteerFirstName: string | null;
  volunteerExternalId: string | null;
  activityId: string | null;
  activityExternalId: string | null;
  activityName: string | null;
  buddyFirstVisit: boolean;
  sharedWithVolunteer: SharedWithVolunteer;
  outcome: Outcome | null;
  rating: number | null;
  createdAt: Date;
};

export async function listMatches(db: GatedDb, tenantId: string, requestId: string): Promise<MatchView[]> {
  return db
    .selectFrom('matches')
    .leftJoin('volunteers', 'volunteers.id', 'matches.volunteer_id')
    .leftJoin('activities', 'activities.id', 'matches.activity_id')
    .select([
      'matches.id',
      'matches.request_id as requestId',
      'matches.state',
      'matches.volunteer_id as volunteerId',
      'volunteers.first_name as volunteerFirstName',
      'volunteers.external_id as volunteerExternalId',
      'matches.activity_id as activityId',
      'activities.external_id as activityExternalId',
      'activities.name as activityName',
      'matches.buddy_first_visit as buddyFirstVisit',
      'matches.shared_with_volunteer as sharedWithVolunteer',
      sql<Outcome | null>`matches.outcome`.as('outcome'),
      'matches.rating',
      'matches.created_at as createdAt',
    ])
    .where('matches.tenant_id', '=', tenantId)
    .where('matches.request_id', '=', requestId)
    .orderBy('matches.created_at')
    .execute();
}

export type VolunteerMatchView = {
  id: string;
  requestId: string;
  state: MatchState;
  shared: SharedWithVolunteer;
  createdAt: Date;
};

/** A volunteer's own running proposals and matches, with only what each asker agreed to share. */
export async function listVolunteerMatches(
  db: GatedDb,
  tenantId: string,
  volunteerId: string,
): Promise<VolunteerMatchView[]> {
  return db
    .selectFrom('matches')
    .select(['id', 'request_id as requestId', 'state', 'shared_with_volunteer as shared', 'created_at as createdAt'])
    .where('tenant_id', '=', tenantId)
    .where('volunteer_id', '=', volunteerId)
    .where('state', 'in', ['voorgesteld', 'vrijwilliger_akkoord', 'actief', 'opvolging'])
    .orderBy('created_at', 'desc')
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

/** Names to show on suggestion cards: an activity's name, a volunteer's first name. */
export async function suggestionNames(
  db: GatedDb,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const [activities, volunteers] = await Promise.all([
    db
      .selectFrom('activities')
      .select(['external_id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('external_id', 'in', ids)
      .execute(),
    db
      .selectFrom('volunteers')
      .select(['external_id', 'first_name as name'])
      .where('tenant_id', '=', tenantId)
      .where('external_id', 'in', ids)
      .execute(),
  ]);
  return new Map([...activities, ...volunteers].map((r) => [r.external_id, r.name]));
}

/** Running matches per volunteer id in a municipality: a volunteer's load, for triage. */
export async function activeMatchesPerVolunteer(db: GatedDb, tenantId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('matches')
    .select(['volunteer_id', sql<number>`count(*)::int`.as('n')])
    .where('tenant_id', '=', tenantId)
    .where('volunteer_id', 'is not', null)
    .where('state', 'in', busyMatchStates)
    .groupBy('volunteer_id')
    .execute();
  return new Map(rows.map((r) => [r.volunteer_id as string, r.n]));
}

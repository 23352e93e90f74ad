// The SQL of matches: proposals, both sides' answers, follow-up and outcome. Personal data: each function takes a
// GatedDb; only the keys that aim the gate (ids, state, token hashes) are read with a plain Db.
import { sql, type Updateable } from 'kysely';
import type { GatedDb } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import type { MatchTable } from '../schema.js';
import type { SharedWithVolunteer } from '../sharing.js';
import { busyMatchStates, type MatchState, type Outcome } from '../states.js';

export type MatchView = {
  id: string;
  requestId: string;
  state: MatchState;
  volunteerId: string | null;
  volunteerFirstName: string | null;
  volunteerExternalId: string | null;
  /** The volunteer's account, when they have one: the access log names them when the match is shown. */
  volunteerUserId: string | null;
  activityId: string | null;
  activityExternalId: string | null;
  activityName: string | null;
  buddyFirstVisit: boolean;
  /** When the team arranged that someone comes along the first time. */
  buddyArrangedAt: Date | null;
  /** Null when the asker chose the activity themselves on their status page. */
  proposedByUserId: string | null;
  sharedWithVolunteer: SharedWithVolunteer;
  outcome: Outcome | null;
  rating: number | null;
  createdAt: Date;
};

/** The matches of a request; the names come from the volunteers and the social base (matchNames). */
export async function listMatchRows(db: GatedDb, tenantId: string, requestId: string) {
  return db
    .selectFrom('matches')
    .select([
      'matches.id',
      'matches.request_id as requestId',
      'matches.state',
      'matches.volunteer_id as volunteerId',
      'matches.activity_id as activityId',
      'matches.buddy_first_visit as buddyFirstVisit',
      'matches.buddy_arranged_at as buddyArrangedAt',
      'matches.proposed_by_user_id as proposedByUserId',
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
  /** The asker's account, when they have one: the access log names them when the volunteer sees the match. */
  askerUserId: string | null;
};

/** A volunteer's own running proposals and matches, with only what each asker agreed to share. */
export async function listVolunteerMatches(
  db: GatedDb,
  tenantId: string,
  volunteerId: string,
): Promise<VolunteerMatchView[]> {
  return db
    .selectFrom('matches')
    .innerJoin('help_requests', (join) =>
      join
        .onRef('help_requests.id', '=', 'matches.request_id')
        .onRef('help_requests.tenant_id', '=', 'matches.tenant_id'),
    )
    .select([
      'matches.id',
      'matches.request_id as requestId',
      'matches.state',
      'matches.shared_with_volunteer as shared',
      'matches.created_at as createdAt',
      'help_requests.asker_user_id as askerUserId',
    ])
    .where('matches.tenant_id', '=', tenantId)
    .where('matches.volunteer_id', '=', volunteerId)
    .where('matches.state', 'in', busyMatchStates)
    .orderBy('matches.created_at', 'desc')
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
    .where('state', 'in', busyMatchStates)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
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

/** The first proposal still running for this request with this volunteer or activity (by their ids). */
export async function runningProposalFor(
  db: GatedDb,
  requestId: string,
  partner: { volunteerId: string | undefined; activityId: string | undefined },
) {
  const { volunteerId, activityId } = partner;
  if (!volunteerId && !activityId) return undefined;
  return db
    .selectFrom('matches')
    .select('matches.id')
    .where('matches.request_id', '=', requestId)
    .where('matches.state', 'in', busyMatchStates)
    .where((eb) =>
      eb.or([
        ...(volunteerId ? [eb('matches.volunteer_id', '=', volunteerId)] : []),
        ...(activityId ? [eb('matches.activity_id', '=', activityId)] : []),
      ]),
    )
    .executeTakeFirst();
}

export async function insertVolunteerProposal(
  db: GatedDb,
  p: {
    tenantId: string;
    requestId: string;
    volunteerId: string;
    proposedByUserId: string;
    shared: SharedWithVolunteer;
    volunteerTokenHash: string;
  },
) {
  return db
    .insertInto('matches')
    .values({
      tenant_id: p.tenantId,
      request_id: p.requestId,
      volunteer_id: p.volunteerId,
      state: 'voorgesteld',
      proposed_by_user_id: p.proposedByUserId,
      shared_with_volunteer: JSON.stringify(p.shared),
      volunteer_token_hash: p.volunteerTokenHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertActivityProposal(
  db: GatedDb,
  p: { tenantId: string; requestId: string; activityId: string; proposedByUserId: string; askerTokenHash: string },
) {
  return db
    .insertInto('matches')
    .values({
      tenant_id: p.tenantId,
      request_id: p.requestId,
      activity_id: p.activityId,
      state: 'voorgesteld',
      proposed_by_user_id: p.proposedByUserId,
      asker_token_hash: p.askerTokenHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The running match of a request with this activity, if any: to answer a second click on the same choice. */
export async function runningActivityMatch(db: GatedDb, tenantId: string, requestId: string, activityId: string) {
  return db
    .selectFrom('matches')
    .select(['id', 'state', 'buddy_first_visit'])
    .where('tenant_id', '=', tenantId)
    .where('request_id', '=', requestId)
    .where('activity_id', '=', activityId)
    .where('state', 'in', busyMatchStates)
    .executeTakeFirst();
}

/**
 * The asker's own choice of an activity: running at once, as both sides said yes (an activity has nobody else to
 * ask); nobody proposed it, so no proposer and no link.
 */
export async function insertChosenActivity(
  db: GatedDb,
  c: { tenantId: string; requestId: string; activityId: string; buddy: boolean; followUpAt: Date },
) {
  return db
    .insertInto('matches')
    .values({
      tenant_id: c.tenantId,
      request_id: c.requestId,
      activity_id: c.activityId,
      state: 'actief',
      buddy_first_visit: c.buddy,
      follow_up_at: c.followUpAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The asker's wish that someone comes along the first time, added to a running match. */
export async function setBuddyWish(db: GatedDb, tenantId: string, matchId: string): Promise<void> {
  await db
    .updateTable('matches')
    .set({ buddy_first_visit: true, updated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', matchId)
    .execute();
}

/**
 * Ticks off the wish that someone comes along the first time, on a running match that has it; false when there is
 * no such wish or it was ticked off already.
 */
export async function markBuddyArranged(
  db: GatedDb,
  tenantId: string,
  requestId: string,
  matchId: string,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('matches')
    .set({ buddy_arranged_at: at, updated_at: at })
    .where('tenant_id', '=', tenantId)
    .where('request_id', '=', requestId)
    .where('id', '=', matchId)
    .where('buddy_first_visit', '=', true)
    .where('buddy_arranged_at', 'is', null)
    .where('state', 'in', busyMatchStates)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** What aims the gate: ids, state and token hashes, none of the personal content (that is read through the gate). */
const matchKeys = [
  'id',
  'tenant_id',
  'request_id',
  'state',
  'volunteer_id',
  'activity_id',
  'volunteer_token_hash',
  'asker_token_hash',
] as const;

export type MatchKeys = {
  id: string;
  tenant_id: string;
  request_id: string;
  state: MatchState;
  volunteer_id: string | null;
  activity_id: string | null;
  volunteer_token_hash: string | null;
  asker_token_hash: string | null;
};

/** The match behind an emailed link, whichever side's token it is. */
export async function matchKeysByTokenHash(db: Db, hash: string): Promise<MatchKeys | undefined> {
  return db
    .selectFrom('matches')
    .select(matchKeys)
    .where((eb) => eb.or([eb('volunteer_token_hash', '=', hash), eb('asker_token_hash', '=', hash)]))
    .executeTakeFirst();
}

export async function matchKeysOfRequest(
  db: Db,
  tenantId: string,
  requestId: string,
  matchId: string,
): Promise<MatchKeys | undefined> {
  return db
    .selectFrom('matches')
    .select(matchKeys)
    .where('tenant_id', '=', tenantId)
    .where('request_id', '=', requestId)
    .where('id', '=', matchId)
    .executeTakeFirst();
}

/** The personal content of a match: what its volunteer sees, and its outcome. */
export async function matchContent(db: GatedDb, matchId: string) {
  return db
    .selectFrom('matches')
    .select(['shared_with_volunteer', 'outcome'])
    .where('id', '=', matchId)
    .executeTakeFirstOrThrow();
}

/**
 * Moves a match from the state it was read in; false when it is no longer in that state (two clicks at once: only
 * the first moves it).
 */
export async function moveMatchState(
  db: GatedDb,
  matchId: string,
  from: MatchState,
  to: MatchState,
  extra: Updateable<MatchTable> = {},
): Promise<boolean> {
  const result = await db
    .updateTable('matches')
    .set({ state: to, updated_at: new Date(), ...extra })
    .where('id', '=', matchId)
    .where('state', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ids of the matches of a request that still run. */
export async function runningMatchesOfRequest(db: GatedDb, requestId: string) {
  return db
    .selectFrom('matches')
    .select('id')
    .where('request_id', '=', requestId)
    .where('state', 'in', busyMatchStates)
    .execute();
}

/** Active matches whose "Hoe gaat het?" is due. */
export async function dueFollowUps(db: Db, now: Date) {
  return db
    .selectFrom('matches')
    .select(['id', 'tenant_id'])
    .where('state', '=', 'actief')
    .where('follow_up_at', '<=', now)
    .execute();
}

/** Moves an active match to follow-up with the asker's new link; false when another run moved it first. */
export async function startFollowUp(db: GatedDb, matchId: string, askerTokenHash: string, now: Date) {
  const moved = await db
    .updateTable('matches')
    .set({ state: 'opvolging', asker_token_hash: askerTokenHash, updated_at: now })
    .where('id', '=', matchId)
    .where('state', '=', 'actief')
    .executeTakeFirst();
  return Number(moved.numUpdatedRows) === 1;
}

/** Who gets the "Hoe gaat het?" mail of a match, and from which municipality. */
export async function followUpAddressee(db: GatedDb, matchId: string) {
  return db
    .selectFrom('matches')
    .innerJoin('help_requests', 'help_requests.id', 'matches.request_id')
    .innerJoin('tenants', 'tenants.id', 'matches.tenant_id')
    .select([
      'help_requests.contact_email',
      'help_requests.asker_name',
      'tenants.name as tenantName',
      'matches.request_id',
    ])
    .where('matches.id', '=', matchId)
    .executeTakeFirstOrThrow();
}

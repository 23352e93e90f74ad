// Reading the sounding board: counts per wijk for everyone; names, candidates and accounts only through the gate.
import { sql } from 'kysely';
import type { GatedDb } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import type { MemberChoice } from '../schema.js';
import { agendaParticipantRoles } from '../policy.js';

const day = (d: unknown): string => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d ?? '').slice(0, 10));

const activeOn = (today: string) =>
  sql<boolean>`(m.ended_on IS NULL AND m.from_on <= ${today} AND m.until_on > ${today})`;

export type WijkBoard = { id: string; name: string; members: number; drawn: number };

/** Per wijk: how many members now, and how many of them were drawn by lot. Counts only. */
export async function boardCounts(db: Db, tenantId: string, today: string): Promise<WijkBoard[]> {
  const rows = await db
    .selectFrom('neighbourhoods as n')
    .leftJoin('sounding_board_members as m', (j) =>
      j.onRef('m.neighbourhood_id', '=', 'n.id').onRef('m.tenant_id', '=', 'n.tenant_id').on(activeOn(today)),
    )
    .select([
      'n.id',
      'n.name',
      (eb) => eb.fn.count<string>('m.id').as('members'),
      sql<string>`count(m.id) FILTER (WHERE m.chosen_how = 'geloot')`.as('drawn'),
    ])
    .where('n.tenant_id', '=', tenantId)
    .groupBy(['n.id', 'n.name'])
    .orderBy('n.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, members: Number(r.members), drawn: Number(r.drawn) }));
}

export type MemberRow = {
  id: string;
  subjectUserId: string;
  name: string;
  neighbourhoodId: string;
  chosenHow: MemberChoice;
  fromOn: string;
  untilOn: string;
  endedOn: string | null;
};

/** The members with their names: for the team, and for board members (read through the gate by the caller). */
export async function membersWithNames(db: Db, tenantId: string): Promise<MemberRow[]> {
  const rows = await db
    .selectFrom('sounding_board_members as m')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'm.user_id').onRef('u.tenant_id', '=', 'm.tenant_id'))
    .select([
      'm.id',
      'm.user_id',
      'u.display_name',
      'm.neighbourhood_id',
      'm.chosen_how',
      'm.from_on',
      'm.until_on',
      'm.ended_on',
    ])
    .where('m.tenant_id', '=', tenantId)
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    subjectUserId: r.user_id,
    name: r.display_name,
    neighbourhoodId: r.neighbourhood_id,
    chosenHow: r.chosen_how,
    fromOn: day(r.from_on),
    untilOn: day(r.until_on),
    endedOn: r.ended_on === null ? null : day(r.ended_on),
  }));
}

export type CandidateRow = {
  id: string;
  subjectUserId: string;
  name: string;
  neighbourhoodId: string;
  motivation: string;
  number: number | null;
  withdrawn: boolean;
};

export async function candidatesWithNames(db: Db, tenantId: string): Promise<CandidateRow[]> {
  const rows = await db
    .selectFrom('sounding_board_candidates as c')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'c.user_id').onRef('u.tenant_id', '=', 'c.tenant_id'))
    .select(['c.id', 'c.user_id', 'u.display_name', 'c.neighbourhood_id', 'c.motivation', 'c.number', 'c.withdrawn_at'])
    .where('c.tenant_id', '=', tenantId)
    .orderBy('c.number')
    .orderBy('c.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    subjectUserId: r.user_id,
    name: r.display_name,
    neighbourhoodId: r.neighbourhood_id,
    motivation: r.motivation,
    number: r.number,
    withdrawn: r.withdrawn_at !== null,
  }));
}

/** Accounts that can be added as a member (residents, board and council members). */
export async function participantAccounts(db: Db, tenantId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name as name', 'id as subjectUserId'])
    .where('tenant_id', '=', tenantId)
    .where('role', 'in', [...agendaParticipantRoles])
    .where('disabled_at', 'is', null)
    .orderBy('display_name')
    .limit(500)
    .execute();
}

export async function myCandidacies(db: Db, tenantId: string, userId: string) {
  return db
    .selectFrom('sounding_board_candidates as c')
    .innerJoin('neighbourhoods as n', (j) =>
      j.onRef('n.id', '=', 'c.neighbourhood_id').onRef('n.tenant_id', '=', 'c.tenant_id'),
    )
    .select(['c.neighbourhood_id as neighbourhoodId', 'n.name as wijk', 'c.number', 'c.withdrawn_at as withdrawnAt'])
    .where('c.tenant_id', '=', tenantId)
    .where('c.user_id', '=', userId)
    .execute();
}

export type DrawRow = {
  id: string;
  neighbourhoodId: string;
  wijk: string;
  seed: string;
  candidateNumbers: number[];
  seats: number;
  drawnNumbers: number[];
  drawnAt: Date;
};

function drawsQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('sounding_board_draws as d')
    .innerJoin('neighbourhoods as n', (j) =>
      j.onRef('n.id', '=', 'd.neighbourhood_id').onRef('n.tenant_id', '=', 'd.tenant_id'),
    )
    .select([
      'd.id',
      'd.neighbourhood_id as neighbourhoodId',
      'n.name as wijk',
      'd.seed',
      'd.candidate_numbers as candidateNumbers',
      'd.seats',
      'd.drawn_numbers as drawnNumbers',
      'd.drawn_at as drawnAt',
    ])
    .where('d.tenant_id', '=', tenantId);
}

export async function listDraws(db: Db, tenantId: string): Promise<DrawRow[]> {
  return drawsQuery(db, tenantId).orderBy('d.drawn_at', 'desc').execute();
}

export async function findDraw(db: Db, tenantId: string, id: string): Promise<DrawRow | undefined> {
  return drawsQuery(db, tenantId).where('d.id', '=', id).executeTakeFirst();
}

export type MeetingRow = {
  id: string;
  neighbourhoodId: string;
  wijk: string;
  heldOn: string;
  place: string;
  agenda: string;
  minutes: string;
  published: boolean;
};

function meetingsQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('sounding_board_meetings as m')
    .innerJoin('neighbourhoods as n', (j) =>
      j.onRef('n.id', '=', 'm.neighbourhood_id').onRef('n.tenant_id', '=', 'm.tenant_id'),
    )
    .select([
      'm.id',
      'm.neighbourhood_id',
      'n.name',
      'm.held_on',
      'm.place',
      'm.agenda',
      'm.minutes',
      'm.minutes_published_at',
    ])
    .where('m.tenant_id', '=', tenantId);
}

type RawMeeting = Awaited<ReturnType<ReturnType<typeof meetingsQuery>['execute']>>[number];
const toMeeting = (m: RawMeeting): MeetingRow => ({
  id: m.id,
  neighbourhoodId: m.neighbourhood_id,
  wijk: m.name,
  heldOn: day(m.held_on),
  place: m.place,
  agenda: m.agenda,
  minutes: m.minutes,
  published: m.minutes_published_at !== null,
});

/** Meetings, newest first; of some wijken only when `wijken` is given. */
export async function listMeetings(
  db: Db,
  tenantId: string,
  wijken: readonly string[] | null,
  onlyPublished = false,
): Promise<MeetingRow[]> {
  let q = meetingsQuery(db, tenantId).orderBy('m.held_on', 'desc');
  if (wijken !== null) {
    if (wijken.length === 0) return [];
    q = q.where('m.neighbourhood_id', 'in', [...wijken]);
  }
  if (onlyPublished) q = q.where('m.minutes_published_at', 'is not', null);
  return (await q.execute()).map(toMeeting);
}

export async function findMeeting(db: Db, tenantId: string, id: string): Promise<MeetingRow | undefined> {
  const row = await meetingsQuery(db, tenantId).where('m.id', '=', id).executeTakeFirst();
  return row ? toMeeting(row) : undefined;
}

/** The wijken a board member belongs to: their active memberships and the wijk of their account. */
export async function boardWijkenOf(db: Db, tenantId: string, userId: string, today: string): Promise<string[]> {
  const memberships = await db
    .selectFrom('sounding_board_members as m')
    .select('m.neighbourhood_id')
    .where('m.tenant_id', '=', tenantId)
    .where('m.user_id', '=', userId)
    .where(activeOn(today))
    .execute();
  const account = await db
    .selectFrom('users')
    .select('neighbourhood_id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
  const ids = new Set(memberships.map((m) => m.neighbourhood_id));
  if (account?.neighbourhood_id) ids.add(account.neighbourhood_id);
  return [...ids];
}

// The writing side of the board, for commands/board.ts. Callers pass the gated db (or its transaction) where the
// rows are personal data, so the access log sees every statement here.

/** Whether the wijk is one of this municipality's (ids from a form are not trusted). */
export async function wijkExists(db: Db, tenantId: string, neighbourhoodId: string): Promise<boolean> {
  const found = await db
    .selectFrom('neighbourhoods')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', neighbourhoodId)
    .executeTakeFirst();
  return !!found;
}

/** The role of an account that is not disabled: only participants may become members. */
export async function activeAccountRole(db: GatedDb, tenantId: string, userId: string) {
  return db
    .selectFrom('users')
    .select('role')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}

export type NewMember = {
  tenantId: string;
  neighbourhoodId: string;
  userId: string;
  chosenHow: MemberChoice;
  drawId: string | null;
  fromOn: string;
  untilOn: string;
};

/** Adds members in one statement: one chosen member, or everyone a draw picked. */
export async function insertMembers(db: GatedDb, members: readonly NewMember[]): Promise<void> {
  await db
    .insertInto('sounding_board_members')
    .values(
      members.map((m) => ({
        tenant_id: m.tenantId,
        neighbourhood_id: m.neighbourhoodId,
        user_id: m.userId,
        chosen_how: m.chosenHow,
        draw_id: m.drawId,
        from_on: m.fromOn,
        until_on: m.untilOn,
        ended_on: null,
      })),
    )
    .execute();
}

/** Whose membership this is, so the gate can log the subject before it is changed. */
export async function memberSubject(db: Db, tenantId: string, memberId: string) {
  return db
    .selectFrom('sounding_board_members')
    .select('user_id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', memberId)
    .executeTakeFirst();
}

/** Ends a membership that has not ended yet; an ended one keeps its first end day. */
export async function endActiveMembership(
  db: GatedDb,
  tenantId: string,
  memberId: string,
  today: string,
): Promise<void> {
  await db
    .updateTable('sounding_board_members')
    .set({ ended_on: today })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', memberId)
    .where('ended_on', 'is', null)
    .execute();
}

/** Puts someone forward; coming forward again after withdrawing revives the same row (and keeps its number). */
export async function upsertCandidacy(
  db: GatedDb,
  input: { tenantId: string; neighbourhoodId: string; userId: string; motivation: string },
): Promise<void> {
  await db
    .insertInto('sounding_board_candidates')
    .values({
      tenant_id: input.tenantId,
      neighbourhood_id: input.neighbourhoodId,
      user_id: input.userId,
      motivation: input.motivation,
      number: null,
      withdrawn_at: null,
    })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'neighbourhood_id', 'user_id']).doUpdateSet({
        motivation: input.motivation,
        withdrawn_at: null,
      }),
    )
    .execute();
}

export async function withdrawActiveCandidacy(
  db: GatedDb,
  tenantId: string,
  neighbourhoodId: string,
  userId: string,
): Promise<void> {
  await db
    .updateTable('sounding_board_candidates')
    .set({ withdrawn_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('neighbourhood_id', '=', neighbourhoodId)
    .where('user_id', '=', userId)
    .where('withdrawn_at', 'is', null)
    .execute();
}

/** A wijk's candidates in the order they came forward, locked so two closings cannot hand out the same number. */
export async function lockCandidatesInOrder(trx: GatedDb, tenantId: string, neighbourhoodId: string) {
  return trx
    .selectFrom('sounding_board_candidates')
    .select(['id', 'number'])
    .where('tenant_id', '=', tenantId)
    .where('neighbourhood_id', '=', neighbourhoodId)
    .orderBy('created_at')
    .orderBy('id')
    .forUpdate()
    .execute();
}

export async function setCandidateNumber(trx: GatedDb, candidateId: string, number: number): Promise<void> {
  await trx.updateTable('sounding_board_candidates').set({ number }).where('id', '=', candidateId).execute();
}

/** The numbered candidates still standing, locked for the draw so the list cannot change under it. */
export async function lockDrawableCandidates(trx: GatedDb, tenantId: string, neighbourhoodId: string) {
  return trx
    .selectFrom('sounding_board_candidates')
    .select(['user_id', 'number'])
    .where('tenant_id', '=', tenantId)
    .where('neighbourhood_id', '=', neighbourhoodId)
    .where('number', 'is not', null)
    .where('withdrawn_at', 'is', null)
    .forUpdate()
    .execute();
}

/** Stores a draw as published: seed, numbers, seats and the drawn numbers. Returns its id. */
export async function insertDraw(
  trx: GatedDb,
  draw: {
    tenantId: string;
    neighbourhoodId: string;
    seed: string;
    candidateNumbers: number[];
    seats: number;
    drawnNumbers: number[];
    drawnBy: string;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('sounding_board_draws')
    .values({
      tenant_id: draw.tenantId,
      neighbourhood_id: draw.neighbourhoodId,
      seed: draw.seed,
      candidate_numbers: draw.candidateNumbers,
      seats: draw.seats,
      drawn_numbers: draw.drawnNumbers,
      drawn_by: draw.drawnBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** A planned meeting, without minutes yet. Returns its id. */
export async function insertMeeting(
  db: Db,
  meeting: { tenantId: string; neighbourhoodId: string; heldOn: string; place: string; agenda: string; by: string },
): Promise<string> {
  const { id } = await db
    .insertInto('sounding_board_meetings')
    .values({
      tenant_id: meeting.tenantId,
      neighbourhood_id: meeting.neighbourhoodId,
      held_on: meeting.heldOn,
      place: meeting.place,
      agenda: meeting.agenda,
      created_by: meeting.by,
      minutes_published_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Saves the minutes; publishing keeps the first publication time, unpublishing clears it. Returns how many
 * meetings changed (0: no such meeting in this municipality).
 */
export async function updateMinutes(
  db: Db,
  tenantId: string,
  meetingId: string,
  input: { minutes: string; publish: boolean },
): Promise<number> {
  const changed = await db
    .updateTable('sounding_board_meetings')
    .set((eb) => ({
      minutes: input.minutes,
      minutes_published_at: input.publish ? eb.fn.coalesce('minutes_published_at', eb.val(new Date())) : null,
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', meetingId)
    .executeTakeFirst();
  return Number(changed.numUpdatedRows);
}

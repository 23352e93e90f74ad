// The sounding board: members per wijk with terms, residents who put themselves forward, closing the list (each
// candidate gets a number), the draw by lot (draw.ts) whose seed, numbers and result are stored and public, and
// meetings with agenda and minutes. Who sits on the board or stands for it is personal data ('klankbordlid').
import { type Actor, withAccess } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import { inTransaction } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { drawByLot } from '../draw.js';
import { agendaParticipantRoles } from '../policy.js';

export const BOARD_PURPOSE = 'klankbordgroep';
const boardManagers = ['opbouwwerker', 'beheerder'] as const;

type UserActor = Extract<Actor, { kind: 'user' }>;

function mustManage(actor: Actor): asserts actor is UserActor {
  if (actor.kind !== 'user' || !(boardManagers as readonly string[]).includes(actor.role))
    throw new DomainError('geen_toegang', 'Alleen de opbouwwerker of de beheerder beheert de klankbordgroep.');
}

async function mustBeWijk(db: Db, tenantId: string, neighbourhoodId: string): Promise<void> {
  const found = await db
    .selectFrom('neighbourhoods')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', neighbourhoodId)
    .executeTakeFirst();
  if (!found) throw notFound('Deze wijk');
}

export class NotAParticipantError extends DomainError {
  constructor() {
    super('ongeldige_invoer', 'Kies een account van een bewoner, klankbordgroeplid of Wmo-raadslid.');
  }
}

/** Adds a chosen member ('gekozen') by their account. */
export async function addMember(
  db: Db,
  actor: Actor,
  input: { neighbourhoodId: string; userId: string; fromOn: string; untilOn: string },
): Promise<void> {
  mustManage(actor);
  await mustBeWijk(db, actor.tenantId, input.neighbourhoodId);
  await withAccess(
    db,
    actor,
    { category: 'klankbordlid', action: 'create', purpose: BOARD_PURPOSE, subjectUserId: input.userId },
    async (gated) => {
      const account = await gated
        .selectFrom('users')
        .select('role')
        .where('tenant_id', '=', actor.tenantId)
        .where('id', '=', input.userId)
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
      if (!account || !agendaParticipantRoles.includes(account.role)) throw new NotAParticipantError();
      await gated
        .insertInto('sounding_board_members')
        .values({
          tenant_id: actor.tenantId,
          neighbourhood_id: input.neighbourhoodId,
          user_id: input.userId,
          chosen_how: 'gekozen',
          draw_id: null,
          from_on: input.fromOn,
          until_on: input.untilOn,
          ended_on: null,
        })
        .execute();
    },
  );
}

/** Ends a membership today; the member stays in the history with the day it ended. */
export async function endMembership(db: Db, actor: Actor, memberId: string, today: string): Promise<void> {
  mustManage(actor);
  const member = await db
    .selectFrom('sounding_board_members')
    .select('user_id')
    .where('tenant_id', '=', actor.tenantId)
    .where('id', '=', memberId)
    .executeTakeFirst();
  if (!member) throw notFound('Dit lidmaatschap');
  await withAccess(
    db,
    actor,
    { category: 'klankbordlid', action: 'update', purpose: BOARD_PURPOSE, subjectUserId: member.user_id },
    (gated) =>
      gated
        .updateTable('sounding_board_members')
        .set({ ended_on: today })
        .where('tenant_id', '=', actor.tenantId)
        .where('id', '=', memberId)
        .where('ended_on', 'is', null)
        .execute(),
  );
}

/** A participant puts themselves forward in a wijk (again, after withdrawing: the same row comes back). */
export async function standForBoard(
  db: Db,
  actor: Actor,
  input: { neighbourhoodId: string; motivation: string },
): Promise<void> {
  if (actor.kind !== 'user' || !agendaParticipantRoles.includes(actor.role))
    throw new DomainError('geen_toegang', 'Aanmelden kan als bewoner.');
  await mustBeWijk(db, actor.tenantId, input.neighbourhoodId);
  await withAccess(
    db,
    actor,
    { category: 'klankbordlid', action: 'create', purpose: BOARD_PURPOSE, subjectUserId: actor.userId },
    (gated) =>
      gated
        .insertInto('sounding_board_candidates')
        .values({
          tenant_id: actor.tenantId,
          neighbourhood_id: input.neighbourhoodId,
          user_id: actor.userId,
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
        .execute(),
  );
}

export async function withdrawCandidacy(db: Db, actor: Actor, neighbourhoodId: string): Promise<void> {
  if (actor.kind !== 'user') throw new DomainError('niet_ingelogd', 'Log eerst in.');
  await withAccess(
    db,
    actor,
    { category: 'klankbordlid', action: 'update', purpose: BOARD_PURPOSE, subjectUserId: actor.userId },
    (gated) =>
      gated
        .updateTable('sounding_board_candidates')
        .set({ withdrawn_at: new Date() })
        .where('tenant_id', '=', actor.tenantId)
        .where('neighbourhood_id', '=', neighbourhoodId)
        .where('user_id', '=', actor.userId)
        .where('withdrawn_at', 'is', null)
        .execute(),
  );
}

/**
 * Closes the list of a wijk: every candidate without a number gets the next one, in the order they came forward.
 * Returns how many got a number. The numbers are what the published draw lists; names never are.
 */
export async function closeCandidateList(db: Db, actor: Actor, neighbourhoodId: string): Promise<number> {
  mustManage(actor);
  await mustBeWijk(db, actor.tenantId, neighbourhoodId);
  return withAccess(
    db,
    actor,
    { category: 'klankbordlid', action: 'update', purpose: BOARD_PURPOSE, subjectUserId: null },
    (gated) =>
      inTransaction(gated, async (trx) => {
        const rows = await trx
          .selectFrom('sounding_board_candidates')
          .select(['id', 'number'])
          .where('tenant_id', '=', actor.tenantId)
          .where('neighbourhood_id', '=', neighbourhoodId)
          .orderBy('created_at')
          .orderBy('id')
          .forUpdate()
          .execute();
        let next = Math.max(0, ...rows.map((r) => r.number ?? 0)) + 1;
        let numbered = 0;
        for (const row of rows.filter((r) => r.number === null)) {
          await trx.updateTable('sounding_board_candidates').set({ number: next++ }).where('id', '=', row.id).execute();
          numbered++;
        }
        return numbered;
      }),
  );
}

export class NoCandidatesError extends DomainError {
  constructor() {
    super('ongeldige_invoer', 'Er zijn geen kandidaten met een nummer in deze wijk.');
  }
}

/**
 * The draw: the numbered candidates who did not withdraw, the seed announced beforehand, the seats. Stores seed,
 * numbers, seats and the drawn numbers; the drawn candidates become members ('geloot') for the term given.
 */
export async function holdDraw(
  db: Db,
  actor: Actor,
  input: { neighbourhoodId: string; seed: string; seats: number; fromOn: string; untilOn: string },
): Promise<string> {
  mustManage(actor);
  await mustBeWijk(db, actor.tenantId, input.neighbourhoodId);
  return withAccess(
    db,
    actor,
    { category: 'klankbordlid', action: 'create', purpose: BOARD_PURPOSE, subjectUserId: null },
    (gated) =>
      inTransaction(gated, async (trx) => {
        const candidates = await trx
          .selectFrom('sounding_board_candidates')
          .select(['user_id', 'number'])
          .where('tenant_id', '=', actor.tenantId)
          .where('neighbourhood_id', '=', input.neighbourhoodId)
          .where('number', 'is not', null)
          .where('withdrawn_at', 'is', null)
          .forUpdate()
          .execute();
        if (candidates.length === 0) throw new NoCandidatesError();
        const numbers = candidates.map((c) => c.number!).sort((a, b) => a - b);
        const drawn = drawByLot(input.seed, numbers, input.seats);
        const { id } = await trx
          .insertInto('sounding_board_draws')
          .values({
            tenant_id: actor.tenantId,
            neighbourhood_id: input.neighbourhoodId,
            seed: input.seed,
            candidate_numbers: numbers,
            seats: input.seats,
            drawn_numbers: drawn,
            drawn_by: actor.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const drawnUsers = candidates.filter((c) => drawn.includes(c.number!));
        if (drawnUsers.length > 0)
          await trx
            .insertInto('sounding_board_members')
            .values(
              drawnUsers.map((c) => ({
                tenant_id: actor.tenantId,
                neighbourhood_id: input.neighbourhoodId,
                user_id: c.user_id,
                chosen_how: 'geloot' as const,
                draw_id: id,
                from_on: input.fromOn,
                until_on: input.untilOn,
                ended_on: null,
              })),
            )
            .execute();
        return id;
      }),
  );
}

/** A meeting of a wijk's board: date, place, agenda. */
export async function planMeeting(
  db: Db,
  actor: Actor,
  input: { neighbourhoodId: string; heldOn: string; place: string; agenda: string },
): Promise<string> {
  mustManage(actor);
  await mustBeWijk(db, actor.tenantId, input.neighbourhoodId);
  const { id } = await db
    .insertInto('sounding_board_meetings')
    .values({
      tenant_id: actor.tenantId,
      neighbourhood_id: input.neighbourhoodId,
      held_on: input.heldOn,
      place: input.place,
      agenda: input.agenda,
      created_by: actor.userId,
      minutes_published_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The minutes of a meeting, published (public on /klankbordgroep) or not. */
export async function saveMinutes(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: { minutes: string; publish: boolean },
): Promise<void> {
  mustManage(actor);
  const changed = await db
    .updateTable('sounding_board_meetings')
    .set((eb) => ({
      minutes: input.minutes,
      minutes_published_at: input.publish ? eb.fn.coalesce('minutes_published_at', eb.val(new Date())) : null,
    }))
    .where('tenant_id', '=', actor.tenantId)
    .where('id', '=', meetingId)
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) === 0) throw notFound('Deze vergadering');
}

// The sounding board: members per wijk with terms, residents who put themselves forward, closing the list (each
// candidate gets a number), the draw by lot (draw.ts) whose seed, numbers and result are stored and public, and
// meetings with agenda and minutes. Who sits on the board or stands for it is personal data ('klankbordlid').
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { drawByLot } from '../draw.js';
import { agendaParticipantRoles } from '../policy.js';
import {
  activeAccountRole,
  endActiveMembership,
  insertDraw,
  insertMeeting,
  insertMembers,
  lockCandidatesInOrder,
  lockDrawableCandidates,
  memberSubject,
  setCandidateNumber,
  updateMinutes,
  upsertCandidacy,
  wijkExists,
  withdrawActiveCandidacy,
} from '../queries/board.js';

export const BOARD_PURPOSE = 'klankbordgroep';
const boardManagers = ['opbouwwerker', 'beheerder'] as const;

type UserActor = Extract<Actor, { kind: 'user' }>;

function mustManage(actor: Actor): asserts actor is UserActor {
  if (actor.kind !== 'user' || !(boardManagers as readonly string[]).includes(actor.role))
    throw new DomainError('geen_toegang', 'Alleen de opbouwwerker of de beheerder beheert de klankbordgroep.');
}

async function mustBeWijk(db: Db, tenantId: string, neighbourhoodId: string): Promise<void> {
  if (!(await wijkExists(db, tenantId, neighbourhoodId))) throw notFound('Deze wijk');
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
      const account = await activeAccountRole(gated, actor.tenantId, input.userId);
      if (!account || !agendaParticipantRoles.includes(account.role)) throw new NotAParticipantError();
      await insertMembers(gated, [
        {
          tenantId: actor.tenantId,
          neighbourhoodId: input.neighbourhoodId,
          userId: input.userId,
          chosenHow: 'gekozen',
          drawId: null,
          fromOn: input.fromOn,
          untilOn: input.untilOn,
        },
      ]);
    },
  );
}

/** Ends a membership today; the member stays in the history with the day it ended. */
export async function endMembership(db: Db, actor: Actor, memberId: string, today: string): Promise<void> {
  mustManage(actor);
  const member = await memberSubject(db, actor.tenantId, memberId);
  if (!member) throw notFound('Dit lidmaatschap');
  await withAccess(
    db,
    actor,
    { category: 'klankbordlid', action: 'update', purpose: BOARD_PURPOSE, subjectUserId: member.user_id },
    (gated) => endActiveMembership(gated, actor.tenantId, memberId, today),
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
      upsertCandidacy(gated, {
        tenantId: actor.tenantId,
        neighbourhoodId: input.neighbourhoodId,
        userId: actor.userId,
        motivation: input.motivation,
      }),
  );
}

export async function withdrawCandidacy(db: Db, actor: Actor, neighbourhoodId: string): Promise<void> {
  if (actor.kind !== 'user') throw new DomainError('niet_ingelogd', 'Log eerst in.');
  await withAccess(
    db,
    actor,
    { category: 'klankbordlid', action: 'update', purpose: BOARD_PURPOSE, subjectUserId: actor.userId },
    (gated) => withdrawActiveCandidacy(gated, actor.tenantId, neighbourhoodId, actor.userId),
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
      inGatedTransaction(gated, async (trx) => {
        const rows = await lockCandidatesInOrder(trx, actor.tenantId, neighbourhoodId);
        let next = Math.max(0, ...rows.map((r) => r.number ?? 0)) + 1;
        let numbered = 0;
        for (const row of rows.filter((r) => r.number === null)) {
          await setCandidateNumber(trx, row.id, next++);
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
      inGatedTransaction(gated, async (trx) => {
        const candidates = await lockDrawableCandidates(trx, actor.tenantId, input.neighbourhoodId);
        if (candidates.length === 0) throw new NoCandidatesError();
        const numbers = candidates.map((c) => c.number!).sort((a, b) => a - b);
        const drawn = drawByLot(input.seed, numbers, input.seats);
        const id = await insertDraw(trx, {
          tenantId: actor.tenantId,
          neighbourhoodId: input.neighbourhoodId,
          seed: input.seed,
          candidateNumbers: numbers,
          seats: input.seats,
          drawnNumbers: drawn,
          drawnBy: actor.userId,
        });
        const drawnUsers = candidates.filter((c) => drawn.includes(c.number!));
        if (drawnUsers.length > 0)
          await insertMembers(
            trx,
            drawnUsers.map((c) => ({
              tenantId: actor.tenantId,
              neighbourhoodId: input.neighbourhoodId,
              userId: c.user_id,
              chosenHow: 'geloot' as const,
              drawId: id,
              fromOn: input.fromOn,
              untilOn: input.untilOn,
            })),
          );
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
  return insertMeeting(db, { ...input, tenantId: actor.tenantId, by: actor.userId });
}

/** The minutes of a meeting, published (public on /klankbordgroep) or not. */
export async function saveMinutes(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: { minutes: string; publish: boolean },
): Promise<void> {
  mustManage(actor);
  if ((await updateMinutes(db, actor.tenantId, meetingId, input)) === 0) throw notFound('Deze vergadering');
}

// The team's public account, the writing side: an accepted proposal (or the team's own item) becomes a result with an
// owner from the team; milestones are added and marked done; updates put text, progress and a new status on the
// timeline. Every status step passes the table in states.ts. Only the team may write (agendaTeamRoles).
import { sql } from 'kysely';
import { type Actor, withAccess } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import { inTransaction } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { agendaTeamRoles } from '../policy.js';
import type { ResultStatus } from '../schema.js';
import { resultStepAllowed } from '../states.js';

export const ACCOUNT_PURPOSE = 'wijkagenda';

/** The result's owner: a team member of the municipality, read through the gate (their account). */
type TeamActor = Extract<Actor, { kind: 'user' }>;

function mustBeTeam(actor: Actor): asserts actor is TeamActor {
  if (actor.kind !== 'user' || !agendaTeamRoles.includes(actor.role))
    throw new DomainError('geen_toegang', 'Alleen het team houdt de verantwoording bij.');
}

export class ResultStepError extends DomainError {
  constructor() {
    super('ongeldige_invoer', 'Deze stap kan niet vanuit de huidige status.');
  }
}

export class NotAcceptedError extends DomainError {
  constructor() {
    super('ongeldige_invoer', 'Alleen een aangenomen voorstel wordt een resultaat, en maar één keer.');
  }
}

async function checkOwner(db: Db, actor: TeamActor, ownerUserId: string): Promise<boolean> {
  const owner = await withAccess(
    db,
    actor,
    { category: 'account', action: 'read', purpose: ACCOUNT_PURPOSE, subjectUserId: ownerUserId },
    (gated) =>
      gated
        .selectFrom('users')
        .select(['role', 'disabled_at'])
        .where('tenant_id', '=', actor.tenantId)
        .where('id', '=', ownerUserId)
        .executeTakeFirst(),
  ).catch(() => undefined);
  return !!owner && owner.disabled_at === null && agendaTeamRoles.includes(owner.role);
}

export type ResultInput = {
  proposalId: string | null;
  /** Needed for the team's own item; taken from the proposal otherwise. */
  neighbourhoodId: string | null;
  title: string;
  description: string;
  ownerUserId: string;
  startsOn: string | null;
  endsOn: string | null;
};

export class OwnerNotInTeamError extends DomainError {
  constructor() {
    super('ongeldige_invoer', 'Kies iemand van het team als eigenaar.');
  }
}

/** Makes a result; returns its id. A proposal must be answered 'aangenomen' and have no result yet. */
export async function createResult(db: Db, actor: Actor, input: ResultInput): Promise<string> {
  mustBeTeam(actor);
  if (!(await checkOwner(db, actor, input.ownerUserId))) throw new OwnerNotInTeamError();
  return inTransaction(db, async (trx) => {
    let neighbourhoodId = input.neighbourhoodId;
    if (input.proposalId !== null) {
      const proposal = await trx
        .selectFrom('agenda_proposals')
        .select(['neighbourhood_id', 'status', 'answer'])
        .where('tenant_id', '=', actor.tenantId)
        .where('id', '=', input.proposalId)
        .forUpdate()
        .executeTakeFirst();
      if (!proposal) throw notFound('Dit voorstel');
      if (proposal.status !== 'beantwoord' || proposal.answer !== 'aangenomen') throw new NotAcceptedError();
      const existing = await trx
        .selectFrom('agenda_results')
        .select('id')
        .where('tenant_id', '=', actor.tenantId)
        .where('proposal_id', '=', input.proposalId)
        .executeTakeFirst();
      if (existing) throw new NotAcceptedError();
      neighbourhoodId = proposal.neighbourhood_id;
    }
    if (neighbourhoodId === null) throw new DomainError('ongeldige_invoer', 'Kies een wijk.');
    const wijk = await trx
      .selectFrom('neighbourhoods')
      .select('id')
      .where('tenant_id', '=', actor.tenantId)
      .where('id', '=', neighbourhoodId)
      .executeTakeFirst();
    if (!wijk) throw notFound('Deze wijk');
    const { id } = await trx
      .insertInto('agenda_results')
      .values({
        tenant_id: actor.tenantId,
        neighbourhood_id: neighbourhoodId,
        proposal_id: input.proposalId,
        title: input.title,
        description: input.description,
        owner_user_id: input.ownerUserId,
        status: 'gepland',
        starts_on: input.startsOn,
        ends_on: input.endsOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.proposalId !== null)
      await trx
        .insertInto('agenda_proposal_events')
        .values({
          tenant_id: actor.tenantId,
          proposal_id: input.proposalId,
          actor_user_id: actor.userId,
          kind: 'resultaat',
          from_status: null,
          to_status: null,
          text: input.title,
          meeting_id: null,
        })
        .execute();
    return id;
  });
}

async function lockedResult(trx: Db, tenantId: string, resultId: string) {
  const result = await trx
    .selectFrom('agenda_results')
    .select(['id', 'status', 'progress'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', resultId)
    .forUpdate()
    .executeTakeFirst();
  if (!result) throw notFound('Dit resultaat');
  return result;
}

export async function addMilestone(
  db: Db,
  actor: Actor,
  resultId: string,
  input: { title: string; dueOn: string | null },
): Promise<void> {
  mustBeTeam(actor);
  await inTransaction(db, async (trx) => {
    await lockedResult(trx, actor.tenantId, resultId);
    await trx
      .insertInto('agenda_milestones')
      .values({
        tenant_id: actor.tenantId,
        result_id: resultId,
        title: input.title,
        due_on: input.dueOn,
        position: sql<number>`(SELECT coalesce(max(position), 0) + 1 FROM agenda_milestones
          WHERE tenant_id = ${actor.tenantId} AND result_id = ${resultId})`,
      })
      .execute();
  });
}

/** Marks a milestone done today (or on the day given); a second time changes nothing. */
export async function markMilestoneDone(
  db: Db,
  actor: Actor,
  resultId: string,
  milestoneId: string,
  doneOn: string,
): Promise<void> {
  mustBeTeam(actor);
  const changed = await db
    .updateTable('agenda_milestones')
    .set({ done_on: doneOn })
    .where('tenant_id', '=', actor.tenantId)
    .where('result_id', '=', resultId)
    .where('id', '=', milestoneId)
    .where('done_on', 'is', null)
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) === 0) {
    const exists = await db
      .selectFrom('agenda_milestones')
      .select('id')
      .where('tenant_id', '=', actor.tenantId)
      .where('result_id', '=', resultId)
      .where('id', '=', milestoneId)
      .executeTakeFirst();
    if (!exists) throw notFound('Deze mijlpaal');
  }
}

export type UpdateInput = { text: string; progress: number | null; status: ResultStatus | null };

/** Puts an update on the timeline, and its progress and status on the result; followers hear of it (jobs.ts). */
export async function postUpdate(db: Db, actor: Actor, resultId: string, input: UpdateInput): Promise<string> {
  mustBeTeam(actor);
  return inTransaction(db, async (trx) => {
    const result = await lockedResult(trx, actor.tenantId, resultId);
    if (input.status !== null && !resultStepAllowed(result.status, input.status)) throw new ResultStepError();
    const { id } = await trx
      .insertInto('agenda_updates')
      .values({
        tenant_id: actor.tenantId,
        result_id: resultId,
        author_user_id: actor.userId,
        text: input.text,
        progress: input.progress,
        status: input.status,
        mailed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('agenda_results')
      .set({
        progress: input.progress ?? result.progress,
        status: input.status ?? result.status,
        updated_at: new Date(),
      })
      .where('tenant_id', '=', actor.tenantId)
      .where('id', '=', resultId)
      .execute();
    return id;
  });
}

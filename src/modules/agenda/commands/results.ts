// The team's public account, the writing side: an accepted proposal (or the team's own item) becomes a result with an
// owner from the team; milestones are added and marked done; updates put text, progress and a new status on the
// timeline. Every status step passes the table in states.ts. Only the team may write (agendaTeamRoles).
import { type Actor, withAccess } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import { inTransaction } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { agendaTeamRoles } from '../policy.js';
import { wijkExists } from '../queries/board.js';
import {
  insertMilestoneAtEnd,
  insertResult,
  insertResultEventOnProposal,
  insertUpdate,
  lockProposalForResult,
  lockResult,
  markMilestoneDoneOn,
  milestoneExists,
  ownerAccount,
  resultOfProposal,
  setResultProgress,
} from '../queries/results.js';
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
    (gated) => ownerAccount(gated, actor.tenantId, ownerUserId),
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
      const proposal = await lockProposalForResult(trx, actor.tenantId, input.proposalId);
      if (!proposal) throw notFound('Dit voorstel');
      if (proposal.status !== 'beantwoord' || proposal.answer !== 'aangenomen') throw new NotAcceptedError();
      const existing = await resultOfProposal(trx, actor.tenantId, input.proposalId);
      if (existing) throw new NotAcceptedError();
      neighbourhoodId = proposal.neighbourhood_id;
    }
    if (neighbourhoodId === null) throw new DomainError('ongeldige_invoer', 'Kies een wijk.');
    if (!(await wijkExists(trx, actor.tenantId, neighbourhoodId))) throw notFound('Deze wijk');
    const id = await insertResult(trx, {
      tenantId: actor.tenantId,
      neighbourhoodId,
      proposalId: input.proposalId,
      title: input.title,
      description: input.description,
      ownerUserId: input.ownerUserId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
    });
    if (input.proposalId !== null)
      await insertResultEventOnProposal(trx, {
        tenantId: actor.tenantId,
        proposalId: input.proposalId,
        actorUserId: actor.userId,
        title: input.title,
      });
    return id;
  });
}

async function lockedResult(trx: Db, tenantId: string, resultId: string) {
  const result = await lockResult(trx, tenantId, resultId);
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
    await insertMilestoneAtEnd(trx, { tenantId: actor.tenantId, resultId, title: input.title, dueOn: input.dueOn });
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
  const changed = await markMilestoneDoneOn(db, actor.tenantId, resultId, milestoneId, doneOn);
  // Nothing changed: done before (fine, a second time changes nothing) or not there at all (not found).
  if (changed === 0 && !(await milestoneExists(db, actor.tenantId, resultId, milestoneId)))
    throw notFound('Deze mijlpaal');
}

export type UpdateInput = { text: string; progress: number | null; status: ResultStatus | null };

/** Puts an update on the timeline, and its progress and status on the result; followers hear of it (jobs.ts). */
export async function postUpdate(db: Db, actor: Actor, resultId: string, input: UpdateInput): Promise<string> {
  mustBeTeam(actor);
  return inTransaction(db, async (trx) => {
    const result = await lockedResult(trx, actor.tenantId, resultId);
    if (input.status !== null && !resultStepAllowed(result.status, input.status)) throw new ResultStepError();
    const id = await insertUpdate(trx, {
      tenantId: actor.tenantId,
      resultId,
      authorUserId: actor.userId,
      text: input.text,
      progress: input.progress,
      status: input.status,
    });
    await setResultProgress(trx, actor.tenantId, resultId, {
      progress: input.progress ?? result.progress,
      status: input.status ?? result.status,
    });
    return id;
  });
}

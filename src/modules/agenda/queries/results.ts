// The public account, the writing side's SQL (commands/results.ts calls these): results, milestones and updates.
// Callers hold the transaction; the rows that lock (forUpdate) keep two team members from stepping over each other.
import { sql } from 'kysely';
import type { GatedDb } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import type { ResultStatus } from '../schema.js';

/** The role and disabled state of a would-be owner: an account, so read through the gate. */
export async function ownerAccount(db: GatedDb, tenantId: string, userId: string) {
  return db
    .selectFrom('users')
    .select(['role', 'disabled_at'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** The proposal a result is made from, locked so it cannot get two results at once. */
export async function lockProposalForResult(trx: Db, tenantId: string, proposalId: string) {
  return trx
    .selectFrom('agenda_proposals')
    .select(['neighbourhood_id', 'status', 'answer'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', proposalId)
    .forUpdate()
    .executeTakeFirst();
}

/** The result already made from a proposal, if any (one proposal, one result). */
export async function resultOfProposal(trx: Db, tenantId: string, proposalId: string) {
  return trx
    .selectFrom('agenda_results')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
}

export type NewResult = {
  tenantId: string;
  neighbourhoodId: string;
  proposalId: string | null;
  title: string;
  description: string;
  ownerUserId: string;
  startsOn: string | null;
  endsOn: string | null;
};

/** A new result starts 'gepland'. Returns its id. */
export async function insertResult(trx: Db, result: NewResult): Promise<string> {
  const { id } = await trx
    .insertInto('agenda_results')
    .values({
      tenant_id: result.tenantId,
      neighbourhood_id: result.neighbourhoodId,
      proposal_id: result.proposalId,
      title: result.title,
      description: result.description,
      owner_user_id: result.ownerUserId,
      status: 'gepland',
      starts_on: result.startsOn,
      ends_on: result.endsOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Puts "became a result" on the proposal's own timeline, so its page leads on to the result. */
export async function insertResultEventOnProposal(
  trx: Db,
  event: { tenantId: string; proposalId: string; actorUserId: string; title: string },
): Promise<void> {
  await trx
    .insertInto('agenda_proposal_events')
    .values({
      tenant_id: event.tenantId,
      proposal_id: event.proposalId,
      actor_user_id: event.actorUserId,
      kind: 'resultaat',
      from_status: null,
      to_status: null,
      text: event.title,
      meeting_id: null,
    })
    .execute();
}

/** A result locked for a change, so status steps and milestone positions follow one another. */
export async function lockResult(trx: Db, tenantId: string, resultId: string) {
  return trx
    .selectFrom('agenda_results')
    .select(['id', 'status', 'progress'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', resultId)
    .forUpdate()
    .executeTakeFirst();
}

/** Adds a milestone after the last one of the result (position = highest + 1, computed in the same statement). */
export async function insertMilestoneAtEnd(
  trx: Db,
  milestone: { tenantId: string; resultId: string; title: string; dueOn: string | null },
): Promise<void> {
  await trx
    .insertInto('agenda_milestones')
    .values({
      tenant_id: milestone.tenantId,
      result_id: milestone.resultId,
      title: milestone.title,
      due_on: milestone.dueOn,
      position: sql<number>`(SELECT coalesce(max(position), 0) + 1 FROM agenda_milestones
          WHERE tenant_id = ${milestone.tenantId} AND result_id = ${milestone.resultId})`,
    })
    .execute();
}

/** Marks a milestone done if it is not yet; returns how many changed (0: already done, or no such milestone). */
export async function markMilestoneDoneOn(
  db: Db,
  tenantId: string,
  resultId: string,
  milestoneId: string,
  doneOn: string,
): Promise<number> {
  const changed = await db
    .updateTable('agenda_milestones')
    .set({ done_on: doneOn })
    .where('tenant_id', '=', tenantId)
    .where('result_id', '=', resultId)
    .where('id', '=', milestoneId)
    .where('done_on', 'is', null)
    .executeTakeFirst();
  return Number(changed.numUpdatedRows);
}

export async function milestoneExists(
  db: Db,
  tenantId: string,
  resultId: string,
  milestoneId: string,
): Promise<boolean> {
  const found = await db
    .selectFrom('agenda_milestones')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('result_id', '=', resultId)
    .where('id', '=', milestoneId)
    .executeTakeFirst();
  return !!found;
}

/** An update on the timeline, not mailed yet (jobs.ts mails it to the followers). Returns its id. */
export async function insertUpdate(
  trx: Db,
  update: {
    tenantId: string;
    resultId: string;
    authorUserId: string;
    text: string;
    progress: number | null;
    status: ResultStatus | null;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('agenda_updates')
    .values({
      tenant_id: update.tenantId,
      result_id: update.resultId,
      author_user_id: update.authorUserId,
      text: update.text,
      progress: update.progress,
      status: update.status,
      mailed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The result's progress and status as they stand after an update. */
export async function setResultProgress(
  trx: Db,
  tenantId: string,
  resultId: string,
  now: { progress: number; status: ResultStatus },
): Promise<void> {
  await trx
    .updateTable('agenda_results')
    .set({ progress: now.progress, status: now.status, updated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', resultId)
    .execute();
}

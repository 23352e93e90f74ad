// What the agenda's demo needs beside the agenda's commands: whether it is there, and dates in the past (a command
// stamps "now"; the demo's proposals came in weeks ago).
import type { Db } from '../../../kernel/db/database.js';

export async function hasProposals(db: Db, tenantId: string): Promise<boolean> {
  const row = await db
    .selectFrom('agenda_proposals')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Puts a proposal's coming in, and its steps after it, `at` and later, in the order they were taken. */
export async function backdateProposal(db: Db, tenantId: string, proposalId: string, at: Date): Promise<void> {
  await db
    .updateTable('agenda_proposals')
    .set({ created_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', proposalId)
    .execute();
  await db
    .updateTable('agenda_proposal_events')
    .set({ at })
    .where('tenant_id', '=', tenantId)
    .where('proposal_id', '=', proposalId)
    .where('kind', '=', 'ingediend')
    .execute();
}

/** Dates the newest step of a proposal `at` (its answer or discussion, weeks ago in the demo). */
export async function backdateLastStep(db: Db, tenantId: string, proposalId: string, at: Date): Promise<void> {
  const last = await db
    .selectFrom('agenda_proposal_events')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('proposal_id', '=', proposalId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last) return;
  await db
    .updateTable('agenda_proposal_events')
    .set({ at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', last.id)
    .execute();
  await db
    .updateTable('agenda_proposals')
    .set({ answered_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', proposalId)
    .where('answered_at', 'is not', null)
    .execute();
}

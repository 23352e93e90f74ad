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

/** Dates a result's updates, oldest first, on the given days (the demo's timeline spans months, not one start). */
export async function backdateUpdates(
  db: Db,
  tenantId: string,
  resultId: string,
  days: readonly Date[],
): Promise<void> {
  const updates = await db
    .selectFrom('agenda_updates')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('result_id', '=', resultId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  for (const [i, u] of updates.entries()) {
    const at = days[i];
    if (!at) break;
    // Marked as mailed: the demo's history is not news to anyone who follows later.
    await db
      .updateTable('agenda_updates')
      .set({ at, mailed_at: at })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', u.id)
      .execute();
  }
}

/** Dates a meeting's minutes as published on the day after it was held. */
export async function backdateMinutes(db: Db, tenantId: string, meetingId: string, at: Date): Promise<void> {
  await db
    .updateTable('sounding_board_meetings')
    .set({ minutes_published_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', meetingId)
    .where('minutes_published_at', 'is not', null)
    .execute();
}

/** A result's milestones in their order. */
export async function milestonesOf(db: Db, tenantId: string, resultId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('agenda_milestones')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('result_id', '=', resultId)
    .orderBy('position')
    .orderBy('due_on')
    .execute();
  return rows.map((r) => r.id);
}

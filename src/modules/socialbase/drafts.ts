// Upload drafts: a checked spreadsheet kept between the preview and "save", so nothing is saved before the coordinator says so.
import type { Db } from '../../kernel/db/database.js';
import { type ActivityInput, type ImportReport, saveActivities } from './activity-import.js';

export async function createDraft(
  db: Db,
  tenantId: string,
  userId: string,
  fileName: string,
  rows: ActivityInput[],
): Promise<string> {
  const draft = await db
    .insertInto('import_drafts')
    .values({ tenant_id: tenantId, created_by: userId, file_name: fileName, rows: JSON.stringify(rows) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return draft.id;
}

/** How many rows are new and how many update an existing entry (by id). */
export async function previewCounts(
  db: Db,
  tenantId: string,
  rows: readonly ActivityInput[],
): Promise<{ create: number; update: number }> {
  if (rows.length === 0) return { create: 0, update: 0 };
  const existing = await db
    .selectFrom('activities')
    .select('external_id')
    .where('tenant_id', '=', tenantId)
    .where(
      'external_id',
      'in',
      rows.map((r) => r.externalId),
    )
    .execute();
  return { create: rows.length - existing.length, update: existing.length };
}

/** Saves a draft once; a second click or a draft of someone else's municipality does nothing. */
export async function saveDraft(db: Db, tenantId: string, draftId: string): Promise<ImportReport | undefined> {
  // Marking the draft and saving its rows happen together, so a failed save can be tried again.
  return db.transaction().execute(async (trx) => {
    const draft = await trx
      .updateTable('import_drafts')
      .set({ saved_at: new Date() })
      .where('id', '=', draftId)
      .where('tenant_id', '=', tenantId)
      .where('saved_at', 'is', null)
      .returning('rows')
      .executeTakeFirst();
    if (!draft) return undefined;
    const rows = (draft.rows as ActivityInput[]).map((r) => ({
      ...r,
      lastConfirmedAt: r.lastConfirmedAt ? new Date(r.lastConfirmedAt) : null,
    }));
    return saveActivities(trx, tenantId, rows);
  });
}

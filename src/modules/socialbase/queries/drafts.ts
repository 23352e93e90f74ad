// Upload drafts: a checked spreadsheet kept between the preview and "save", so nothing is saved before the
// coordinator says so.
import type { Db } from '../../../kernel/db/database.js';
import type { ActivityInput } from '../activity-import.js';

export async function insertDraft(
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

/**
 * Marks a draft of this municipality as saved and returns its rows; undefined when it was saved before or is not
 * there, so a second click does nothing.
 */
export async function markDraftSaved(db: Db, tenantId: string, draftId: string): Promise<ActivityInput[] | undefined> {
  const draft = await db
    .updateTable('import_drafts')
    .set({ saved_at: new Date() })
    .where('id', '=', draftId)
    .where('tenant_id', '=', tenantId)
    .where('saved_at', 'is', null)
    .returning('rows')
    .executeTakeFirst();
  if (!draft) return undefined;
  // Dates come back from JSON as text.
  return (draft.rows as ActivityInput[]).map((r) => ({
    ...r,
    lastConfirmedAt: r.lastConfirmedAt ? new Date(r.lastConfirmedAt) : null,
  }));
}

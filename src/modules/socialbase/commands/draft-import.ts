// Checking an uploaded spreadsheet: read it, check every row, and keep the good file as a draft with a preview of
// what would change. Nothing is saved to the social base yet.
import type { Db } from '../../../kernel/db/database.js';
import { type RowError, readTableFile, TableFileError } from '../../../kernel/tables/index.js';
import { type ActivityInput, parseActivityRows } from '../activity-import.js';
import { previewCounts } from '../queries/activities.js';
import { insertDraft } from '../queries/drafts.js';

export type DraftedImport =
  | { outcome: 'no_file' }
  | { outcome: 'unreadable' }
  | { outcome: 'row_errors'; errors: RowError[]; total: number }
  | { outcome: 'drafted'; draftId: string; rows: ActivityInput[]; counts: { create: number; update: number } };

export async function draftImport(
  db: Db,
  user: { tenantId: string; userId: string },
  file: Buffer | string | undefined,
): Promise<DraftedImport> {
  if (!Buffer.isBuffer(file) || file.length === 0) return { outcome: 'no_file' };
  let records;
  try {
    records = await readTableFile(file);
  } catch (error) {
    if (!(error instanceof TableFileError) && !(error instanceof Error)) throw error;
    return { outcome: 'unreadable' };
  }
  const { rows, errors } = parseActivityRows(records);
  if (errors.length > 0 || rows.length === 0) return { outcome: 'row_errors', errors, total: records.length };
  const counts = await previewCounts(db, user.tenantId, rows);
  const draftId = await insertDraft(db, user.tenantId, user.userId, 'upload', rows);
  return { outcome: 'drafted', draftId, rows, counts };
}

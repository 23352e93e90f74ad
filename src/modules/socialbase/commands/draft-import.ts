// Checking an uploaded spreadsheet: read it, check every row, and keep the good file as a draft with a preview of
// what would change. Nothing is saved to the social base yet.
import type { Db } from '../../../kernel/db/database.js';
import {
  type RowError,
  readTable,
  TableFileError,
  type TableFileProblem,
  type TextEncodingName,
} from '../../../kernel/tables/index.js';
import { type ActivityInput, parseActivityRows } from '../activity-import.js';
import { previewCounts } from '../queries/activities.js';
import { insertDraft } from '../queries/drafts.js';

export type DraftedImport =
  | { outcome: 'no_file' }
  | { outcome: 'refused'; problem: TableFileProblem }
  | { outcome: 'row_errors'; errors: RowError[]; total: number; encoding: TextEncodingName }
  | {
      outcome: 'drafted';
      draftId: string;
      rows: ActivityInput[];
      counts: { create: number; update: number };
      encoding: TextEncodingName;
    };

export async function draftImport(
  db: Db,
  user: { tenantId: string; userId: string },
  file: Buffer | string | undefined,
): Promise<DraftedImport> {
  if (!Buffer.isBuffer(file) || file.length === 0) return { outcome: 'no_file' };
  let table;
  try {
    table = await readTable(file);
  } catch (error) {
    if (error instanceof TableFileError) return { outcome: 'refused', problem: error.problem };
    // Whatever else a strange file makes go wrong in reading it, it is still a file we cannot read.
    if (error instanceof Error) return { outcome: 'refused', problem: 'bestand_onleesbaar' };
    throw error;
  }
  const { encoding } = table;
  const { rows, errors } = parseActivityRows(table.rows);
  if (errors.length > 0 || rows.length === 0)
    return { outcome: 'row_errors', errors, total: table.rows.length, encoding };
  const counts = await previewCounts(db, user.tenantId, rows);
  const draftId = await insertDraft(db, user.tenantId, user.userId, 'upload', rows);
  return { outcome: 'drafted', draftId, rows, counts, encoding };
}

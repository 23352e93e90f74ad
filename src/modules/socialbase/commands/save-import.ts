// Saving an upload the community worker has checked: the draft's rows become activities, once.
import type { Db } from '../../../kernel/db/database.js';
import { markDraftSaved } from '../queries/drafts.js';
import { inTransaction } from '../../../kernel/db/database.js';
import { activitiesChanged } from '../events.js';
import { type ImportReport, saveActivities } from './save-activities.js';

/** Saves a draft once; a second click or a draft of someone else's municipality does nothing (undefined). */
export async function saveImport(db: Db, tenantId: string, draftId: string): Promise<ImportReport | undefined> {
  // Marking the draft and saving its rows happen together, so a failed save can be tried again.
  const report = await inTransaction(db, async (trx) => {
    const rows = await markDraftSaved(trx, tenantId, draftId);
    return rows && saveActivities(trx, tenantId, rows);
  });
  if (report) activitiesChanged(tenantId);
  return report;
}

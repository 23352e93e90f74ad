// An owner (or a community worker) updates an entry: its text, cost, free places and the dates it does not take
// place. Saving also confirms that everything is still right.
import type { Db } from '../../../kernel/db/database.js';
import { isFreeOfCharge } from '../activity-import.js';
import { parseExceptionLines } from '../exception-lines.js';
import type { EntryEdit } from '../pages/edit-entry-form.js';
import { updateOwnEntryFields } from '../queries/activities.js';

export async function updateOwnEntry(db: Db, tenantId: string, activityId: string, edit: EntryEdit): Promise<void> {
  await updateOwnEntryFields(db, tenantId, activityId, {
    description: edit.omschrijving,
    cost: edit.kosten,
    isFree: isFreeOfCharge(edit.kosten),
    freePlaces: edit.vrije_plaatsen === '' ? null : edit.vrije_plaatsen,
    exceptions: parseExceptionLines(edit.gaat_niet_door) ?? [],
    confirmedAt: new Date(),
  });
}

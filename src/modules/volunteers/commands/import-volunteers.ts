// Importing volunteers from a coordinator's checked file: all rows by id in one transaction, all or nothing.
import { type GatedDb, inGatedTransaction } from '../../../kernel/access/gate.js';
import { upsertImportedVolunteer } from '../queries.js';
import type { VolunteerInput } from '../volunteer-import.js';

/**
 * Saves volunteers by id in one transaction. A file's "vog = ja" means the coordinator saw a valid VOG: when
 * no date is known yet it is recorded as checked today, so it expires in three years unless renewed.
 */
export async function importVolunteers(
  db: GatedDb,
  tenantId: string,
  rows: readonly VolunteerInput[],
  today: string,
): Promise<{ created: number; updated: number }> {
  return inGatedTransaction(db, async (trx) => {
    let created = 0;
    for (const row of rows) if (await upsertImportedVolunteer(trx, tenantId, row, today)) created++;
    return { created, updated: rows.length - created };
  });
}

// "Klopt dit nog?" answered: an entry is confirmed as still right, by a community worker or owner, or by its
// contact through the link in the email.
import type { Db } from '../../../kernel/db/database.js';
import { markConfirmed } from '../queries/activities.js';
import { useConfirmationLink } from '../queries/confirmation-links.js';
import { inTransaction } from '../../../kernel/db/database.js';

/** Confirms an entry of this municipality; false when there is no such entry. */
export async function confirmEntry(db: Db, tenantId: string, activityId: string, at = new Date()): Promise<boolean> {
  return markConfirmed(db, tenantId, activityId, at);
}

/** Confirms through the link, once: using the link and confirming the entry happen together. */
export async function confirmEntryByLink(db: Db, token: string, now = new Date()): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const link = await useConfirmationLink(trx, token, now);
    if (!link) return false;
    return markConfirmed(trx, link.tenant_id, link.activity_id, now);
  });
}

// The short retention term of an unfounded signal (nothing was the matter): the retention job calls this per
// municipality; each signal goes with its steps, each delete through the gate as 'bewaartermijn' and logged under
// the signal, so the log rows about it stay and say it was deleted. Retention imports signals, never the reverse.
import { withAccess } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import { deleteSignal, unfoundedIds } from '../queries/team.js';

/** Deletes the municipality's signals closed as 'ongegrond' before `closedBefore`; returns how many. */
export async function deleteUnfoundedSignals(db: Db, tenantId: string, closedBefore: Date): Promise<number> {
  let deleted = 0;
  for (const id of await unfoundedIds(db, tenantId, closedBefore)) {
    const gone = await withAccess(
      db,
      { kind: 'system', tenantId, process: 'bewaartermijn' },
      { category: 'signaal', action: 'delete', purpose: 'bewaartermijn', subjectUserId: null, subjectRequestId: id },
      (gated) => deleteSignal(gated, tenantId, id),
    );
    if (gone) deleted++;
  }
  return deleted;
}

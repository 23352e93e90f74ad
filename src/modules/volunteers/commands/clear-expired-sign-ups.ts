// Sign-ups whose link was never clicked go once the link has expired: their data is not kept longer than needed.
import { withAccess } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import { deleteExpiredSignUps, tenantsWithExpiredSignUps } from '../queries.js';
import { signUpActor } from './sign-up-volunteer.js';

/** Deletes the expired sign-ups of every municipality, each through the gate; returns how many went. */
export async function clearExpiredSignUps(db: Db, now = new Date()): Promise<number> {
  let cleared = 0;
  for (const tenantId of await tenantsWithExpiredSignUps(db, now)) {
    cleared += await withAccess(
      db,
      signUpActor(tenantId),
      { category: 'vrijwilliger', action: 'delete', purpose: 'aanmelden', subjectUserId: null },
      (gated) => deleteExpiredSignUps(gated, tenantId, now),
    );
  }
  return cleared;
}

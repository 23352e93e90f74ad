// The demo accounts: listed for the sign-in shortcut outside production, counted by the production check.
import type { GatedDb } from '../access/gate.js';
import type { Db } from '../db/database.js';
import type { Role } from './roles.js';

export async function listDemoAccounts(
  db: GatedDb,
  tenantId: string,
): Promise<{ subjectUserId: string; displayName: string; role: Role; email: string }[]> {
  return db
    .selectFrom('users')
    .select(['id as subjectUserId', 'display_name as displayName', 'role', 'email'])
    .where('tenant_id', '=', tenantId)
    .where('is_demo', '=', true)
    .orderBy('created_at')
    .execute();
}

/** The slug of the fictional demo municipality; also the default of NABIJ_GEMEENTE, so a demo works at once. */
export const DEMO_TENANT_SLUG = 'wijkstad';

/**
 * How many demo accounts there are, over every municipality. The demo seed marks each account it makes with
 * `is_demo`, and no other code path sets it: a count without reading anyone's data, for the production check.
 */
export async function countDemoAccounts(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('is_demo', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

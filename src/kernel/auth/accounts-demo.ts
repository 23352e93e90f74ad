// The demo accounts: listed for the sign-in shortcut outside production, counted by the production check.
import type { GatedDb } from '../access/gate.js';
import type { Db } from '../db/database.js';
import type { Role } from './roles.js';

/**
 * One demo account per role, the first made of it: the demo's other residents (who support proposals and stand for
 * the sounding board) are there to fill the pages, not to sign in as.
 */
export async function listDemoAccounts(
  db: GatedDb,
  tenantId: string,
): Promise<{ subjectUserId: string; displayName: string; role: Role; email: string }[]> {
  const first = await db
    .selectFrom('users')
    .distinctOn('role')
    .select(['id as subjectUserId', 'display_name as displayName', 'role', 'email', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('is_demo', '=', true)
    .orderBy('role')
    .orderBy('created_at')
    .execute();
  return first
    .sort((a, b) => a.created_at.getTime() - b.created_at.getTime())
    .map(({ created_at: _made, ...account }) => account);
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

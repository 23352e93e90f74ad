// The demo accounts for the sign-in shortcut; only used when NODE_ENV is not production.
import type { GatedDb } from '../access/gate.js';
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

// The municipalities, for the jobs that go through each of them.
import type { Db } from '../../../kernel/db/database.js';

export async function listTenants(db: Db): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('tenants').select(['id', 'name']).execute();
}

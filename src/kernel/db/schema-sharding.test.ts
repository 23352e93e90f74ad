// The schema can be sharded by municipality (docs/sharding.md): the catalogue check finds nothing after all
// migrations, and it does find the mistakes it is meant to find.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, testDatabase } from '../../../test/support/database.js';
import { checkSharding } from './sharding.js';

// Tables that hold neither municipality data nor data shared by all municipalities, and why.
const notSharded: Record<string, string> = {
  kysely_migration: "Kysely's record of applied migrations; it stays a plain table on the Citus coordinator",
  kysely_migration_lock: 'the lock Kysely takes while migrating; a plain table on the coordinator as well',
  rate_limits:
    'counters keyed by a hash of route and address, shared by every instance before anyone is known; ' +
    'no municipality and no person in it, a plain table on the coordinator',
};

let database: TestDatabase;

beforeAll(async () => {
  database = await testDatabase();
});

afterAll(async () => {
  await database.drop();
});

describe('sharding by municipality', () => {
  it('finds no problem after all migrations', async () => {
    const report = await checkSharding(database.db, Object.keys(notSharded));

    expect(report.problems).toEqual([]);
    expect(report.referenceTables).toEqual(['allowance_limits', 'assessment_instruments', 'postcodes', 'tenants']);
    // Not an empty check: the tables that matter most are seen as municipality data.
    expect(report.tenantTables).toEqual(expect.arrayContaining(['users', 'help_requests', 'matches', 'access_log']));
  });

  it('keeps the allow-list to tables that exist', async () => {
    const { rows } = await sql<{ name: string }>`
      SELECT relname::text AS name FROM pg_class
      WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r'`.execute(database.db);
    const names = rows.map((r) => r.name);

    for (const table of Object.keys(notSharded)) expect(names, `${table} is allow-listed`).toContain(table);
  });

  it('reports tables built the wrong way, by table and constraint', async () => {
    // Made inside a transaction that is rolled back, so the other tests see the real schema.
    const trx = await database.db.startTransaction().execute();
    try {
      // Creating tables is the owner's work, not the application role's; the rollback undoes this too.
      await sql`RESET ROLE`.execute(trx);
      await sql`
        CREATE TABLE wrong_keys (
          id uuid PRIMARY KEY,
          tenant_id uuid NOT NULL REFERENCES tenants (id),
          code text CONSTRAINT wrong_keys_code_key UNIQUE,
          parent_id uuid CONSTRAINT wrong_keys_parent_fkey REFERENCES wrong_keys (id),
          user_id uuid,
          owner_id uuid,
          CONSTRAINT wrong_keys_user_fkey FOREIGN KEY (tenant_id, user_id) REFERENCES users (id, tenant_id),
          CONSTRAINT wrong_keys_owner_fkey FOREIGN KEY (tenant_id, owner_id) REFERENCES users (tenant_id, id)
            ON DELETE SET NULL (owner_id)
        )`.execute(trx);
      await sql`CREATE UNIQUE INDEX wrong_keys_lower_code ON wrong_keys (lower(code))`.execute(trx);
      await sql`CREATE TABLE wrong_unmarked (code text PRIMARY KEY)`.execute(trx);
      await sql`CREATE TABLE wrong_no_key (tenant_id uuid NOT NULL, note text)`.execute(trx);
      await sql`COMMENT ON TABLE wrong_no_key IS 'nabij:reference - marked, yet holds tenant_id'`.execute(trx);
      await sql`
        CREATE TABLE wrong_reference (
          code text PRIMARY KEY,
          tenant uuid,
          user_id uuid,
          CONSTRAINT wrong_reference_user_fkey FOREIGN KEY (tenant, user_id) REFERENCES users (tenant_id, id)
        )`.execute(trx);
      await sql`COMMENT ON TABLE wrong_reference IS 'nabij:reference - a mistake made on purpose'`.execute(trx);

      const report = await checkSharding(trx, Object.keys(notSharded));

      const key = (name: string, columns: string) => `wrong_keys: foreign key wrong_keys_${name}_fkey ${columns}`;
      expect(report.problems).toEqual([
        'wrong_no_key: has tenant_id but is marked as a reference table',
        'wrong_no_key: has no primary key',
        "wrong_unmarked: has no tenant_id, is not marked 'nabij:reference' and is not allow-listed",
        'wrong_keys: unique constraint wrong_keys_code_key (code) lacks tenant_id',
        'wrong_keys: unique index wrong_keys_lower_code (lower(code)) lacks tenant_id',
        'wrong_keys: primary key wrong_keys_pkey (id) lacks tenant_id',
        key('owner', '(tenant_id, owner_id) -> users (tenant_id, id) has ON DELETE SET NULL, which Citus refuses'),
        key('parent', '(parent_id) -> wrong_keys (id) does not match tenant_id with tenant_id'),
        key('user', '(tenant_id, user_id) -> users (id, tenant_id) does not match tenant_id with tenant_id'),
        'wrong_reference: foreign key wrong_reference_user_fkey (tenant, user_id) -> users (tenant_id, id) ' +
          'points from a reference table at a tenant table',
      ]);
    } finally {
      await trx.rollback().execute();
    }
    expect((await checkSharding(database.db, Object.keys(notSharded))).problems).toEqual([]);
  });
});

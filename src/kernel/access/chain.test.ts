// The access log nobody can quietly change: the application's role may only add and read rows, and every row is in
// a hash chain that shows where a row was changed, removed or cut off by someone with more rights.
import { randomUUID } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, makeUser, type TestUser } from '../../../test/support/factories.js';
import { type TestDatabase, testDatabase } from '../../../test/support/database.js';
import { findAccount } from '../auth/accounts.js';
import { type Db, openDatabase } from '../db/database.js';
import { allMigrations, migrateToLatest } from '../db/migrator.js';
import type { Tenant } from '../tenancy/queries.js';
import { verifyAllChains, verifyChain } from './chain.js';
import { withAccess } from './gate.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.drop());

/** `count` reads of `subject` by a team member, each one log row; run at once when `together`. */
async function readsOf(subject: TestUser, reader: TestUser, count: number, together = false) {
  const read = () =>
    withAccess(
      database.db,
      { kind: 'user', userId: reader.id, tenantId: reader.tenantId, role: reader.role },
      { category: 'account', action: 'read', purpose: 'contact_opnemen', subjectUserId: subject.id },
      (gated) => findAccount(gated, reader.tenantId, subject.id),
    );
  if (together) await Promise.all(Array.from({ length: count }, read));
  else for (let i = 0; i < count; i++) await read();
}

async function municipalityWithLog(slug: string): Promise<{ tenant: Tenant; ids: number[] }> {
  const tenant = await makeTenant(database.db, slug, slug);
  const resident = await makeUser(database.db, tenant, 'bewoner');
  await readsOf(resident, await makeUser(database.db, tenant, 'wijkteamlid'), 5);
  const rows = await database.db
    .selectFrom('access_log')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .orderBy('chain_seq')
    .execute();
  return { tenant, ids: rows.map((r) => r.id) };
}

/** Work done as the owner of the tables, as only someone with the database's own keys can. */
function asOwner(work: (db: Db) => Promise<unknown>): Promise<unknown> {
  return database.db.connection().execute(async (connection) => {
    await sql`RESET ROLE`.execute(connection);
    try {
      await sql`ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_or_delete`.execute(connection);
      await work(connection);
      await sql`ALTER TABLE access_log ENABLE TRIGGER access_log_no_update_or_delete`.execute(connection);
    } finally {
      await sql`SET ROLE nabij_app`.execute(connection);
    }
  });
}

describe('the access log’s hash chain', () => {
  it('links every row to the one before, per municipality, also when rows are written at the same time', async () => {
    const tenant = await makeTenant(database.db, 'keten-a', 'Keten A');
    const resident = await makeUser(database.db, tenant, 'bewoner');
    await readsOf(resident, await makeUser(database.db, tenant, 'regisseur'), 25, true);
    const report = await verifyChain(database.db, tenant.id);
    expect(report.broken).toBeNull();
    expect(report.rows).toBeGreaterThanOrEqual(25);
    const reports = await verifyAllChains(database.db);
    expect(reports.every((r) => r.broken === null)).toBe(true);
  });

  it('names the row whose content was changed afterwards', async () => {
    const { tenant, ids } = await municipalityWithLog('keten-veranderd');
    await asOwner((db) => sql`UPDATE access_log SET purpose = 'demo' WHERE id = ${ids[2]}`.execute(db));
    expect((await verifyChain(database.db, tenant.id)).broken).toEqual({
      rowId: ids[2],
      chainSeq: 3,
      reason: 'hash_klopt_niet',
    });
  });

  it('names the row after one that was removed, and sees rows cut off at the end', async () => {
    const middle = await municipalityWithLog('keten-gat');
    await asOwner((db) => sql`DELETE FROM access_log WHERE id = ${middle.ids[1]}`.execute(db));
    expect((await verifyChain(database.db, middle.tenant.id)).broken).toMatchObject({
      rowId: middle.ids[2],
      reason: 'regel_ontbreekt',
    });
    const end = await municipalityWithLog('keten-einde');
    await asOwner((db) => sql`DELETE FROM access_log WHERE id = ${end.ids.at(-1)}`.execute(db));
    expect((await verifyChain(database.db, end.tenant.id)).broken).toMatchObject({ reason: 'einde_ontbreekt' });
  });

  it('covers the API key a row names, and hashes a row without one as before the key was added', async () => {
    const tenant = await makeTenant(database.db, 'keten-sleutel', 'Keten sleutel');
    const resident = await makeUser(database.db, tenant, 'bewoner');
    const key = { kind: 'token' as const, tokenId: randomUUID(), tenantId: tenant.id, name: 'Portaal' };
    await withAccess(
      database.db,
      { ...key, scopes: ['personen:lezen'] },
      { category: 'account', action: 'read', purpose: 'contact_opnemen', subjectUserId: resident.id },
      (gated) => findAccount(gated, tenant.id, resident.id),
    );
    const rows = await database.db
      .selectFrom('access_log')
      .select(['id', 'actor_token_id'])
      .where('tenant_id', '=', tenant.id)
      .orderBy('chain_seq')
      .execute();
    expect(rows.at(-1)?.actor_token_id).toBe(key.tokenId);
    expect((await verifyChain(database.db, tenant.id)).broken).toBeNull();

    // Migration 0023's fields alone, for the row without a key (the account made for the resident).
    const { rows: same } = await sql<{ same: boolean }>`
      SELECT access_log_canonical(r) = jsonb_build_array(
        r.tenant_id, r.chain_seq, (extract(epoch FROM r.at) * 1000000)::bigint, r.actor_user_id, r.actor_role,
        r.on_behalf_of_user_id, r.subject_user_id, r.category, r.action, r.outcome, r.purpose, r.refusal_reason,
        r.prev_hash)::text AS same
      FROM access_log r WHERE r.id = ${rows[0]!.id}`.execute(database.db);
    expect(same[0]?.same).toBe(true);

    await asOwner((db) =>
      sql`UPDATE access_log SET actor_token_id = ${randomUUID()} WHERE id = ${rows.at(-1)!.id}`.execute(db),
    );
    expect((await verifyChain(database.db, tenant.id)).broken).toMatchObject({
      rowId: rows.at(-1)!.id,
      reason: 'hash_klopt_niet',
    });
  });

  it('covers the request a row names, checks old and new rows together, and breaks on a change', async () => {
    const tenant = await makeTenant(database.db, 'keten-hulpvraag', 'Keten hulpvraag');
    const resident = await makeUser(database.db, tenant, 'bewoner');
    const reader = await makeUser(database.db, tenant, 'wijkteamlid');
    const actor = { kind: 'user' as const, userId: reader.id, tenantId: tenant.id, role: reader.role };
    const requestId = randomUUID();
    // Rows as written before migration 0042 (no request), then rows that name one, then without again.
    await readsOf(resident, reader, 2);
    for (const subjectUserId of [resident.id, null])
      await withAccess(
        database.db,
        actor,
        { category: 'account', action: 'read', purpose: 'contact_opnemen', subjectUserId, subjectRequestId: requestId },
        async () => undefined,
      );
    await readsOf(resident, reader, 1);
    const rows = await database.db
      .selectFrom('access_log')
      .select(['id', 'subject_request_id'])
      .where('tenant_id', '=', tenant.id)
      .orderBy('chain_seq')
      .execute();
    const named = rows.filter((r) => r.subject_request_id === requestId);
    expect(named).toHaveLength(2);
    expect((await verifyChain(database.db, tenant.id)).broken).toBeNull();

    // A row without a request hashes over exactly the fields of migrations 0023 and 0026.
    const plain = rows.find((r) => r.subject_request_id === null)!;
    const { rows: same } = await sql<{ same: boolean }>`
      SELECT access_log_canonical(r) = (jsonb_build_array(
        r.tenant_id, r.chain_seq, (extract(epoch FROM r.at) * 1000000)::bigint, r.actor_user_id, r.actor_role,
        r.on_behalf_of_user_id, r.subject_user_id, r.category, r.action, r.outcome, r.purpose, r.refusal_reason,
        r.prev_hash) || '[]'::jsonb)::text AS same
      FROM access_log r WHERE r.id = ${plain.id}`.execute(database.db);
    expect(same[0]?.same).toBe(true);

    await asOwner((db) =>
      sql`UPDATE access_log SET subject_request_id = ${randomUUID()} WHERE id = ${named[1]!.id}`.execute(db),
    );
    expect((await verifyChain(database.db, tenant.id)).broken).toMatchObject({
      rowId: named[1]!.id,
      reason: 'hash_klopt_niet',
    });
  });

  it('breaks when a request id is added to or removed from a row afterwards', async () => {
    const { tenant, ids } = await municipalityWithLog('keten-hulpvraag-erbij');
    await asOwner((db) =>
      sql`UPDATE access_log SET subject_request_id = ${randomUUID()} WHERE id = ${ids[1]}`.execute(db),
    );
    expect((await verifyChain(database.db, tenant.id)).broken).toMatchObject({
      rowId: ids[1],
      reason: 'hash_klopt_niet',
    });
  });

  it('sees a row slipped in with a made-up hash', async () => {
    const { tenant, ids } = await municipalityWithLog('keten-vals');
    await asOwner((db) => sql`UPDATE access_log SET prev_hash = repeat('0', 64) WHERE id = ${ids[3]}`.execute(db));
    expect((await verifyChain(database.db, tenant.id)).broken).toMatchObject({
      rowId: ids[3],
      reason: 'vorige_hash_klopt_niet',
    });
  });
});

// Security probe finding 5: the application's role owned the tables, so it could disable or drop the log's triggers.
describe('the application’s database role', () => {
  const refused = [
    `UPDATE access_log SET purpose = 'x'`,
    'DELETE FROM access_log',
    'TRUNCATE access_log',
    'ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_or_delete',
    'DROP TRIGGER access_log_no_update_or_delete ON access_log',
    'DROP TRIGGER access_log_chain ON access_log',
    'ALTER TABLE access_log DROP COLUMN row_hash',
    'DROP TABLE access_log',
    'UPDATE access_log_heads SET seq = 0',
    'DELETE FROM access_log_heads',
    `INSERT INTO access_log_heads (tenant_id, seq, hash) SELECT id, 0, '' FROM tenants LIMIT 1`,
    'DROP TABLE users',
    'DELETE FROM kysely_migration',
  ];

  it.each(refused)('may not: %s', async (query) => {
    await expect(sql.raw(query).execute(database.db)).rejects.toThrow(/permission denied|must be owner/);
  });

  it('may add rows to the log and read them, and works as nabij_app', async () => {
    const { tenant, ids } = await municipalityWithLog('rol-mag');
    expect(ids.length).toBeGreaterThan(0);
    const { rows } = await sql<{ role: string }>`SELECT current_user AS role`.execute(database.db);
    expect(rows[0]?.role).toBe('nabij_app');
    expect((await verifyChain(database.db, tenant.id)).broken).toBeNull();
  });
});

// Migration 0042 adds the request a row names: a chain written before it must still check after it.
describe('the chain across migration 0042', () => {
  it('checks rows written before the request id existed together with rows that name one', async () => {
    const owner = await openDatabase({ kind: 'pglite-memory' });
    try {
      const provider = { getMigrations: async () => allMigrations() };
      const before = Object.keys(allMigrations())
        .filter((name) => name < '0042')
        .sort()
        .at(-1)!;
      const { error } = await new Migrator({ db: owner.db, provider }).migrateTo(before);
      expect(error).toBeUndefined();
      const tenant = await makeTenant(owner.db, 'keten-oud', 'Keten oud');
      for (let i = 0; i < 3; i++)
        await sql`INSERT INTO access_log (tenant_id, actor_role, category, action, outcome, purpose)
          VALUES (${tenant.id}, 'systeem:opdrachtregel', 'account', 'read', 'toegestaan', 'demo')`.execute(owner.db);
      await migrateToLatest(owner.db);
      await withAccess(
        owner.db,
        { kind: 'system', tenantId: tenant.id, process: 'hulpvraag' },
        {
          category: 'hulpvraag',
          action: 'read',
          purpose: 'hulpvraag_behandelen',
          subjectUserId: null,
          subjectRequestId: randomUUID(),
        },
        async () => undefined,
      );
      const report = await verifyChain(owner.db, tenant.id);
      expect(report).toMatchObject({ rows: 4, broken: null });
    } finally {
      await owner.close();
    }
  }, 120_000);
});

// The migrator's quick path: a start with nothing new reads the applied list once, and still refuses a database
// that a newer version of Nabij has migrated further.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../../test/support/database.js';
import { loadConfig } from '../../config.js';
import { type DatabaseHandle, openDatabase } from './database.js';
import { allMigrations, migrateToLatest } from './migrator.js';

const serverUrl = loadConfig().databaseUrl;
const name = `nabij_test_migrator_${randomBytes(4).toString('hex')}`;
let owner: DatabaseHandle;

async function onServer(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

beforeAll(async () => {
  if (!serverUrl) {
    owner = await openDatabase({ kind: 'pglite-memory' });
    return;
  }
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  owner = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
});

afterAll(async () => {
  await owner?.close();
  if (serverUrl) await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe('migrateToLatest', () => {
  it('applies every migration on a new database, then nothing on the next start', async () => {
    const first = await migrateToLatest(owner.db);
    expect(first.applied).toEqual(Object.keys(allMigrations()).sort());
    expect((await migrateToLatest(owner.db)).applied).toEqual([]);
  }, 120_000);

  it('refuses a database that has a migration this code does not know', async () => {
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_a_newer_version', now()::text)`.execute(
      owner.db,
    );
    await expect(migrateToLatest(owner.db)).rejects.toThrow(/9999_from_a_newer_version/);
  });
});

// A fresh, migrated database for one test file: in-memory PGlite, or a new database on the server of DATABASE_URL.
// Each starts as a copy of the database the global setup migrated once (database-template.ts).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type DatabaseHandle, openDatabase } from '../../src/kernel/db/database.js';
import { migrateToLatest } from '../../src/kernel/db/migrator.js';
import { grantAppRole } from '../../src/kernel/db/roles.js';
import { installModules } from '../../src/kernel/modules.js';
import { modules } from '../../src/modules/index.js';
import type { DatabaseTemplate } from './database-template.js';

// Every test database has every module's tables and access rules, as a running Nabij has.
installModules(modules);

export type TestDatabase = DatabaseHandle & { drop(): Promise<void> };

/** `demo`: start from the database with the demo municipality, when the project's global setup made one. */
export async function testDatabase({ demo = false }: { demo?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = loadConfig().databaseUrl;
  const template = ((demo ? inject('demoTemplate') : undefined) ?? inject('databaseTemplate')) as
    DatabaseTemplate | undefined;
  if (!serverUrl) {
    const from = template?.kind === 'pglite' ? new Blob([await readFile(template.tarball)]) : undefined;
    const owner = await openDatabase({ kind: 'pglite-memory', from });
    if (!from) await migrateToLatest(owner.db);
    await grantAppRole(owner.db);
    const handle = await owner.asAppRole();
    return { ...handle, drop: () => handle.close() };
  }
  const copy = template?.kind === 'postgres' ? template.name : undefined;
  const name = `nabij_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(copy ? `CREATE DATABASE ${name} TEMPLATE ${copy}` : `CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const owner = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  if (!copy) await migrateToLatest(owner.db);
  await grantAppRole(owner.db);
  // Like a running Nabij, tests work as the application's role: what it may not do fails here as in production.
  const handle = await owner.asAppRole();
  return {
    ...handle,
    drop: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

// Vitest's global setup for both projects: migrates one database before the first test file runs, and every test
// database starts as a copy of it (see database.ts) instead of running every migration again. On PGlite the copy
// is the migrated data folder as a tarball in a temporary file; on a server it is a template database for
// `CREATE DATABASE … TEMPLATE`. Made by the same migrator and grants as before, from the code under test.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/kernel/db/database.js';
import { migrateToLatest } from '../../src/kernel/db/migrator.js';
import { grantAppRole } from '../../src/kernel/db/roles.js';
import { installModules } from '../../src/kernel/modules.js';
import { seedDemo } from '../../src/modules/demo/index.js';
import { modules } from '../../src/modules/index.js';

/** Where test databases start from: a PGlite tarball's path, or the name of a template database on the server. */
export type DatabaseTemplate = { kind: 'pglite'; tarball: string } | { kind: 'postgres'; name: string };

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: DatabaseTemplate;
    /** The browser project's: the migrated database with the demo municipality seeded, as a PGlite tarball. */
    demoTemplate?: DatabaseTemplate;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  installModules(modules);
  const serverUrl = loadConfig().databaseUrl;
  if (!serverUrl) {
    const owner = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(owner.db);
    await grantAppRole(owner.db);
    const gzipped = await owner.dumpEmbedded!();
    // Unpacked once here, so each test file only reads it.
    const folder = mkdtempSync(join(tmpdir(), 'nabij-test-template-'));
    const tarball = join(folder, 'migrated.tar');
    writeFileSync(tarball, gunzipSync(gzipped));
    project.provide('databaseTemplate', { kind: 'pglite', tarball });
    // Every browser test's app shows the demo municipality: seeded once here (triage, the social map, a year of
    // history) instead of in every file; the file's own seedDemo then finds it there and adds nothing.
    if (project.name === 'browser') {
      await seedDemo(owner.db);
      const demoTarball = join(folder, 'demo.tar');
      writeFileSync(demoTarball, gunzipSync(await owner.dumpEmbedded!()));
      project.provide('demoTemplate', { kind: 'pglite', tarball: demoTarball });
    }
    await owner.close();
    return async () => rmSync(folder, { recursive: true, force: true });
  }
  const name = `nabij_template_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const owner = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 1 });
  await migrateToLatest(owner.db);
  await grantAppRole(owner.db);
  // A template may have no open connection while it is copied.
  await owner.close();
  project.provide('databaseTemplate', { kind: 'postgres', name });
  return () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

async function adminQuery(serverUrl: string, query: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(query);
  } finally {
    await admin.end();
  }
}

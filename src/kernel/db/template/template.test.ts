// The empty database new folders start from: made by the installed PGlite, and really used instead of initdb.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import { emptyDatabaseTemplate, installedPgliteVersion, templateInfo } from './index.js';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** The system identifier initdb draws at random: equal in two new folders only when both came from the template. */
async function systemIdentifierOfNewFolder(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'nabij-template-test-'));
  folders.push(folder);
  const database = await openDatabase({ kind: 'pglite', dataDir: folder });
  try {
    const { rows } = await sql<{ id: string }>`SELECT system_identifier::text AS id FROM pg_control_system()`.execute(
      database.db,
    );
    const tables = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`.execute(
      database.db,
    );
    expect(tables.rows[0]?.n, 'the template holds no tables: migrations make them').toBe(0);
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(database.db);
    // Unpacked by Node beside the folder and renamed: nothing half-made is left, and only its owner may read it.
    expect(readdirSync(folder).sort()).toEqual(['nabij.pid', 'pglite']);
    expect(statSync(join(folder, 'pglite')).mode & 0o777).toBe(0o700);
    expect(statSync(join(folder, 'pglite', 'PG_VERSION')).mode & 0o777).toBe(0o600);
    return rows[0]!.id;
  } finally {
    await database.close();
  }
}

describe('the empty database template', () => {
  it('was made by the installed PGlite (after an upgrade: npm run pglite-template)', () => {
    expect(templateInfo()?.pgliteVersion).toBe(installedPgliteVersion());
    expect(emptyDatabaseTemplate()?.size).toBeGreaterThan(1_000_000);
  });

  it('is where a new data folder starts from, instead of initdb, and it is an empty working PostgreSQL', async () => {
    const first = await systemIdentifierOfNewFolder();
    const second = await systemIdentifierOfNewFolder();
    expect(second).toBe(first);
  }, 60_000);
});

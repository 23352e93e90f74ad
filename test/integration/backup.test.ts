// nabij backup and nabij restore as an operator runs them: backup, wipe, restore gives the same rows; restore refuses
// a database with rows (unless --force), a file that is not a whole Nabij backup, and a data folder serve holds.
// Backups of Nabij itself are for the embedded database, so this file runs on PGlite in both suites.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAllChains } from '../../src/kernel/access/chain.js';
import { decodeBackup, restoreBackup, startDailyBackups, summarizeDatabase } from '../../src/kernel/db/backup.js';
import { type Db, openDatabase } from '../../src/kernel/db/database.js';
import { allMigrations } from '../../src/kernel/db/migrator.js';
import { openMigratedDatabase } from '../../src/kernel/db/open.js';
import { loadConfig } from '../../src/config.js';
import { ensureTenant } from '../../src/kernel/tenancy/queries.js';
import '../support/database.js';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'nabij.js');
const folder = mkdtempSync(join(tmpdir(), 'nabij-backup-'));
const dataDir = join(folder, 'data');
const backupFile = join(folder, 'nabij.backup');
const env = {
  ...process.env,
  NABIJ_DATA_DIR: dataDir,
  DATABASE_URL: undefined,
  NODE_ENV: 'development',
  LOG_LEVEL: 'silent',
} as NodeJS.ProcessEnv;

const nabij = (args: string[], extra: Record<string, string> = {}) =>
  run('node', [bin, ...args], { env: { ...env, ...extra }, timeout: 240_000 });

/** A checksum of every row of a table, in a fixed order. */
async function checksum(db: Db, table: string): Promise<string> {
  const { rows } = await sql<{ sum: string }>`
    SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM ${sql.table(table)} t`.execute(db);
  return rows[0]?.sum ?? '';
}

/** Rows per table and checksums of the tables that matter most, read in this process. */
async function snapshot() {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    const summary = await summarizeDatabase(database.db);
    const sums: Record<string, string> = {};
    for (const table of ['access_log', 'users', 'help_requests', 'volunteers']) {
      sums[table] = await checksum(database.db, table);
    }
    // The access log's hash chain, as `nabij toegangslog controleer` checks it: whole, and the same after a restore.
    const chains = await verifyAllChains(database.db);
    return { summary, sums, chains };
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  // The demo: accounts, a social base, volunteers, help requests, and the access log rows of creating them.
  await nabij(['seed', '--demo']);
}, 300_000);

describe('nabij backup and restore', { timeout: 300_000 }, () => {
  it('backs up, and after a wipe restores the same rows, the access log included', async () => {
    const before = await snapshot();
    expect(before.summary.tables.access_log).toBeGreaterThan(0);
    expect(before.chains.length).toBeGreaterThan(0);
    expect(before.chains.every((chain) => chain.broken === null && chain.rows > 0)).toBe(true);
    // One account per role (10) and the six residents who fill the neighbourhood agenda.
    expect(before.summary.tables.users).toBe(16);

    const made = await nabij(['backup', backupFile]);
    expect(made.stdout).toMatch(/^Backup geschreven naar .*nabij\.backup: [\d,]+ MB, \d+ tabellen, \d+ rijen/);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(backupFile).subarray(0, 13).toString()).toBe('NABIJ-BACKUP ');

    rmSync(join(dataDir, 'pglite'), { recursive: true });
    const restored = await nabij(['restore', backupFile]);
    expect(restored.stdout).toContain('teruggezet in');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to replace a database with rows unless --force', async () => {
    await expect(nabij(['restore', backupFile])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('is niet leeg'),
    });
    const before = await snapshot();
    expect((await nabij(['restore', '--force', backupFile])).stdout).toContain('teruggezet in');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file that is not a Nabij backup, or not a whole one, and changes nothing', async () => {
    const other = join(folder, 'ander.dump');
    writeFileSync(other, 'PGDMP\u0001\u000e\u0000');
    await expect(nabij(['restore', '--force', other])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('geen backup van Nabij'),
    });
    const cut = join(folder, 'half.backup');
    const whole = readFileSync(backupFile);
    writeFileSync(cut, whole.subarray(0, whole.length - 1000));
    await expect(nabij(['restore', '--force', cut])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('beschadigd of niet compleet'),
    });
  });

  it('refuses to back up or restore while serve holds the data folder', async () => {
    // A live process in the lock file, as when nabij serve runs: this test's own.
    writeFileSync(join(dataDir, 'nabij.pid'), String(process.pid));
    try {
      for (const args of [
        ['backup', join(folder, 'tijdens.backup')],
        ['restore', '--force', backupFile],
      ]) {
        await expect(nabij(args)).rejects.toMatchObject({
          code: 1,
          stderr: expect.stringContaining(`Nabij draait (proces ${process.pid})`),
        });
      }
    } finally {
      rmSync(join(dataDir, 'nabij.pid'));
    }
  });

  it('says how to back up a PostgreSQL server, without touching it', async () => {
    const server = { DATABASE_URL: 'postgres://nabij@127.0.0.1:1/nabij' };
    await expect(nabij(['backup', join(folder, 'pg.backup')], server)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('pg_dump --format=custom'),
    });
    await expect(nabij(['restore', backupFile], server)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('pg_restore --clean --if-exists'),
    });
  });
});

describe('the daily backup of serve', { timeout: 300_000 }, () => {
  it('backs up the database serve has open, as the application role, and it restores to the same rows', async () => {
    // The handle serve works with: migrated by the owner, then the application's restricted role.
    const running = await openMigratedDatabase(loadConfig({ NABIJ_DATA_DIR: join(folder, 'draaiend') }));
    const dir = join(folder, 'dagelijks');
    try {
      await ensureTenant(running.db, 'dagdorp', 'Dagdorp');
      const result = await new Promise<{ written: string | undefined }>((resolve, reject) => {
        const stop = startDailyBackups(
          { dir, keep: 7, database: running, clock: () => new Date(Date.UTC(2026, 11, 7, 3)) },
          { done: (done) => (stop(), resolve(done)), failed: (error) => (stop(), reject(error)) },
        );
      });
      expect(result.written).toBe(join(dir, 'nabij-2026-12-07.backup'));
      expect(statSync(result.written!).mode & 0o777).toBe(0o600);
      const { manifest } = decodeBackup(readFileSync(result.written!));
      expect(manifest.migrations).toHaveLength(Object.keys(allMigrations()).length);
      expect(manifest.tables.tenants).toBe(1);
      // The application role is back on its connection afterwards: it still may not read the migrator's tables.
      await expect(sql`SELECT count(*) FROM kysely_migration`.execute(running.db)).rejects.toThrow(/permission/);

      const elsewhere = join(folder, 'elders');
      await restoreBackup(elsewhere, result.written!, false);
      const restored = await openDatabase({ kind: 'pglite', dataDir: elsewhere });
      try {
        expect(await summarizeDatabase(restored.db)).toEqual({
          migrations: manifest.migrations,
          tables: manifest.tables,
        });
      } finally {
        await restored.close();
      }
    } finally {
      await running.close();
    }
  });
});

// Opening a database migrates it, whether or not the caller listens for the steps (serve does, other commands not).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../test/support/database.js';
import { loadConfig } from '../../config.js';
import { summarizeDatabase } from './backup.js';
import { databaseOptionsFrom, openDatabase } from './database.js';
import { sql } from 'kysely';
import { allMigrations } from './migrator.js';
import { openMigratedDatabase } from './open.js';
import { MIGRATED_DATABASE_FILE } from './template/index.js';

describe('openMigratedDatabase', () => {
  it('applies every migration without a listener, and tells a listener opened, then migrated', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'nabij-open-')), 'data');
    const config = loadConfig({ NABIJ_DATA_DIR: dataDir });
    const total = Object.keys(allMigrations()).length;

    await (await openMigratedDatabase(config)).close();
    // Read as the owner: the handle openMigratedDatabase returns works as the application's role.
    const owner = await openDatabase(databaseOptionsFrom(config));
    try {
      expect((await summarizeDatabase(owner.db)).migrations).toHaveLength(total);
    } finally {
      await owner.close();
    }

    const told: string[] = [];
    const again = await openMigratedDatabase(config, {
      opened: () => told.push('opened'),
      migrated: ({ applied }) => told.push(`migrated ${applied.length}`),
    });
    await again.close();
    expect(told).toEqual(['opened', 'migrated 0']);
  }, 120_000);

  it('keeps a migrated copy beside the program; a new folder starts from it with nothing to migrate', async () => {
    const programDir = mkdtempSync(join(tmpdir(), 'nabij-program-'));
    const configFor = (name: string) =>
      loadConfig({ NABIJ_DATA_DIR: join(programDir, name), NABIJ_PROGRAM_DIR: programDir });
    const total = Object.keys(allMigrations()).length;
    const applied = async (name: string) => {
      let count = -1;
      await (await openMigratedDatabase(configFor(name), { migrated: (r) => (count = r.applied.length) })).close();
      return count;
    };

    expect(await applied('eerste')).toBe(total);
    expect(existsSync(join(programDir, MIGRATED_DATABASE_FILE))).toBe(true);
    expect(await applied('tweede')).toBe(0);
    const second = await openDatabase(databaseOptionsFrom(configFor('tweede')));
    try {
      expect((await summarizeDatabase(second.db)).migrations).toHaveLength(total);
      // The application's role came along: the copy is a whole migrated database, not only its tables.
      const roles = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM pg_roles WHERE rolname = 'nabij_app'`.execute(second.db);
      expect(roles.rows[0]?.n).toBe(1);
    } finally {
      await second.close();
    }
  }, 120_000);

  it('starts an embedded database with the configured shared buffers: 32 MiB unless set', async () => {
    const buffers = async (env: Record<string, string>) => {
      const dataDir = join(mkdtempSync(join(tmpdir(), 'nabij-buffers-')), 'data');
      const database = await openDatabase(databaseOptionsFrom(loadConfig({ ...env, NABIJ_DATA_DIR: dataDir })));
      try {
        const { rows } = await sql<{ setting: string }>`SELECT current_setting('shared_buffers') AS setting`.execute(
          database.db,
        );
        return rows[0]?.setting;
      } finally {
        await database.close();
      }
    };
    expect(await buffers({})).toBe('32MB');
    expect(await buffers({ NABIJ_EMBEDDED_BUFFERS_MB: '64' })).toBe('64MB');
    expect(() => loadConfig({ NABIJ_EMBEDDED_BUFFERS_MB: '0' })).toThrow(/NABIJ_EMBEDDED_BUFFERS_MB/);
  }, 120_000);
});

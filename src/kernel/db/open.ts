// Opening the configured database with every migration applied: what every command and the server start with.
// Migrations run as the owner of the tables; the handle returned works as the application's restricted role.
import type { Config } from '../../config.js';
import { type DatabaseHandle, databaseOptionsFrom, openDatabase } from './database.js';
import { join } from 'node:path';
import { type MigrationReport, allMigrations, migrateToLatest } from './migrator.js';
import { grantAppRole, loginOf } from './roles.js';
import { MIGRATED_DATABASE_FILE, keepMigratedDatabase } from './template/index.js';

/**
 * Starts opening the configured database as its owner, so the caller can go on loading meanwhile: an embedded one
 * reads and compiles its WebAssembly off this thread. The promise is marked as handled; its failure reaches whoever
 * awaits it.
 */
export function beginOpening(config: Config): Promise<DatabaseHandle> {
  const opening = openDatabase(databaseOptionsFrom(config));
  opening.catch(() => {});
  return opening;
}

/** Told as each part is done, so `serve` can say what it is doing while it starts. */
export type OpenProgress = { opened?(): void; migrated?(report: MigrationReport): void };

/**
 * The database opening already begun with `beginOpening` (`serve` begins it while the program loads) or opened
 * now, then migrated.
 */
export async function openMigratedDatabase(
  config: Config,
  progress: OpenProgress = {},
  opening: Promise<DatabaseHandle> = beginOpening(config),
): Promise<DatabaseHandle> {
  const owner = await opening;
  progress.opened?.();
  try {
    // Not `progress.migrated?.(await …)`: an optional call skips its arguments when nobody listens.
    const report = await migrateToLatest(owner.db);
    progress.migrated?.(report);
    // With a separate owner, the application's own login joins the role; with one login, that login itself.
    await grantAppRole(
      owner.db,
      config.databaseOwnerUrl && config.databaseUrl ? loginOf(config.databaseUrl) : undefined,
    );
    // Every migration was new: an empty embedded database, which the next new folder of this program can copy.
    const dump = owner.dumpEmbedded;
    if (config.programDir && dump && report.applied.length === Object.keys(allMigrations()).length)
      await keepMigratedDatabase(join(config.programDir, MIGRATED_DATABASE_FILE), dump);
  } catch (error) {
    await owner.close();
    throw error;
  }
  return owner.asAppRole();
}

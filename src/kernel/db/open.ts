// Opening the configured database with every migration applied: what every command and the server start with.
import type { Config } from '../../config.js';
import { type DatabaseHandle, databaseOptionsFrom, openDatabase } from './database.js';
import { type MigrationReport, migrateToLatest } from './migrator.js';

/** Told as each part is done, so `serve` can say what it is doing while it starts. */
export type OpenProgress = { opened?(): void; migrated?(report: MigrationReport): void };

export async function openMigratedDatabase(config: Config, progress: OpenProgress = {}): Promise<DatabaseHandle> {
  const database = await openDatabase(databaseOptionsFrom(config));
  progress.opened?.();
  try {
    const report = await migrateToLatest(database.db);
    progress.migrated?.(report);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

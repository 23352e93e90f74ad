// Opening the configured database with every migration applied: what every command and the server start with.
import type { Config } from '../../config.js';
import { type DatabaseHandle, databaseOptionsFrom, openDatabase } from './database.js';
import { migrateToLatest } from './migrator.js';

export async function openMigratedDatabase(config: Config): Promise<DatabaseHandle> {
  const database = await openDatabase(databaseOptionsFrom(config));
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

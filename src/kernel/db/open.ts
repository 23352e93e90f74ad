// Opening the configured database with every migration applied: what every command and the server start with.
// Migrations run as the owner of the tables; the handle returned works as the application's restricted role.
import type { Config } from '../../config.js';
import { type DatabaseHandle, databaseOptionsFrom, openDatabase } from './database.js';
import { migrateToLatest } from './migrator.js';
import { grantAppRole, loginOf } from './roles.js';

export async function openMigratedDatabase(config: Config): Promise<DatabaseHandle> {
  const owner = await openDatabase(databaseOptionsFrom(config));
  try {
    await migrateToLatest(owner.db);
    // With a separate owner, the application's own login joins the role; with one login, that login itself.
    await grantAppRole(
      owner.db,
      config.databaseOwnerUrl && config.databaseUrl ? loginOf(config.databaseUrl) : undefined,
    );
  } catch (error) {
    await owner.close();
    throw error;
  }
  return owner.asAppRole();
}

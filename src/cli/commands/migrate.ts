// nabij migrate: bring the database schema up to date.
import { loadConfig } from '../../config.js';
import { databaseOptionsFrom, openDatabase } from '../../kernel/db/database.js';
import { migrateToLatest } from '../../kernel/db/migrator.js';
import { grantAppRole, loginOf } from '../../kernel/db/roles.js';
import type { Command } from '../command.js';

export const migrate: Command = {
  name: 'migrate',
  summary: 'Bring the database schema up to date',
  usage:
    'nabij migrate\n\nRuns every migration not yet applied, on DATABASE_URL or the embedded database in ' +
    'NABIJ_DATA_DIR.',
  async run() {
    const config = loadConfig();
    const database = await openDatabase(databaseOptionsFrom(config));
    try {
      const { applied } = await migrateToLatest(database.db);
      await grantAppRole(
        database.db,
        config.databaseOwnerUrl && config.databaseUrl ? loginOf(config.databaseUrl) : undefined,
      );
      console.log(applied.length === 0 ? 'De database is al bijgewerkt.' : `Uitgevoerd: ${applied.join(', ')}`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

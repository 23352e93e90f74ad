// nabij migrate: bring the database schema up to date.
import { loadConfig } from '../../config.js';
import { databaseOptionsFrom, openDatabase } from '../../kernel/db/database.js';
import { migrateToLatest } from '../../kernel/db/migrator.js';
import type { Command } from '../command.js';

export const migrate: Command = {
  name: 'migrate',
  summary: 'Bring the database schema up to date',
  usage:
    'nabij migrate\n\nRuns every migration not yet applied, on DATABASE_URL or the embedded database in ' +
    'NABIJ_DATA_DIR.',
  async run() {
    const database = await openDatabase(databaseOptionsFrom(loadConfig()));
    try {
      const { applied } = await migrateToLatest(database.db);
      console.log(applied.length === 0 ? 'De database is al bijgewerkt.' : `Uitgevoerd: ${applied.join(', ')}`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

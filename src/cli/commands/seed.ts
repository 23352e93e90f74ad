// nabij seed --demo: create the demo municipality Wijkstad.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { seedDemo } from '../../modules/demo/seed.js';
import { openMigratedDatabase } from '../../server.js';
import { type Command, UsageError } from '../command.js';

export const seed: Command = {
  name: 'seed',
  summary: 'Fill the database with demo data',
  usage: `nabij seed --demo

  --demo   the municipality Wijkstad, two neighbourhoods and a demo account for every role (not in production)`,
  async run(args) {
    const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false } } });
    if (!values.demo) throw new UsageError('Say what to seed: --demo');
    const config = loadConfig();
    if (config.isProduction) {
      console.error('Demo data is not allowed when NODE_ENV=production.');
      return 1;
    }
    const database = await openMigratedDatabase(config);
    try {
      const report = await seedDemo(database.db);
      console.log(`Demo ${report.tenant.name}: ${report.accountsCreated} accounts created, ${report.activitiesCreated} activities created.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

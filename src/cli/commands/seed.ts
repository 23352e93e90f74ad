// nabij seed --demo: create the demo municipality Wijkstad. Generated benchmark data: bench/seed.ts.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { seedDemo } from '../../modules/demo/index.js';
import { type Command, UsageError } from '../command.js';

export const seed: Command = {
  name: 'seed',
  summary: 'Fill the database with demo data',
  usage: `nabij seed --demo

  --demo   the municipality Wijkstad, two neighbourhoods and a demo account for every role (not in production)

Generated data for benchmarks (a neighbourhood or a city): node bin/run-ts.js bench/seed.ts --scale buurt|city`,
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
      console.log(
        `Demo ${report.tenant.name}: ${report.accountsCreated} accounts, ${report.activitiesCreated} activities, ` +
          `${report.volunteersCreated} volunteers and ${report.requestsCreated} help requests created.`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};

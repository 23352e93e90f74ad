// nabij serve: migrate, optionally seed the demo, and serve on PORT.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { seedDemo } from '../../modules/demo/index.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { mailerFor } from '../../kernel/mail/mailer.js';
import { startJobs } from '../../kernel/jobs.js';
import { activeModules } from '../../kernel/modules.js';
import { createApp } from '../../server.js';
import type { Command } from '../command.js';

export const serve: Command = {
  name: 'serve',
  summary: 'Start Nabij (web pages and API)',
  usage: `nabij serve [--demo]

  --demo   create the demo municipality Wijkstad with an account for every role, when it is not there yet

Settings come from the environment: PORT, HOST, DATABASE_URL, NABIJ_DATA_DIR, ... (see README).`,
  async run(args) {
    const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false } } });
    const config = loadConfig();
    const database = await openMigratedDatabase(config);
    if (values.demo && !config.isProduction) await seedDemo(database.db);
    const mailer = mailerFor(config);
    const app = await createApp(config, database, { mailer });
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down');
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    // The modules' jobs ("Klopt dit nog?" daily, "Hoe gaat het?" hourly). Several instances may each run them: a job
    // runs once at a time over all of them (see kernel/jobs.ts).
    startJobs(
      activeModules(config.isProduction).flatMap((m) => m.jobs ?? []),
      { config, database, mailer },
      app.log,
    );
    await app.listen({ port: config.port, host: config.host });
    app.log.info({ database: database.kind, demo: values.demo }, 'Nabij is ready');
    return new Promise<number>(() => {});
  },
};

// nabij serve: migrate, optionally seed the demo, and serve on PORT.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { seedDemo } from '../../modules/demo/seed.js';
import { sendFollowUps } from '../../modules/requests/matching.js';
import { sendDueConfirmationRequests } from '../../modules/socialbase/confirmations.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { mailerFor } from '../../kernel/mail/mailer.js';
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
    // The daily "Klopt dit nog?" run; idempotent, so several instances may each run it.
    const remind = () =>
      sendDueConfirmationRequests(database.db, mailer, config).then(
        (sent) => app.log.info({ sent }, 'confirmation reminders sent'),
        (error: unknown) => app.log.error({ err: error }, 'confirmation reminders failed'),
      );
    // "Hoe gaat het?" two weeks after a match started; checked hourly, each match moves once.
    const followUp = () =>
      sendFollowUps({ config, database, mailer }).then(
        (sent) => app.log.info({ sent }, 'match follow-ups sent'),
        (error: unknown) => app.log.error({ err: error }, 'match follow-ups failed'),
      );
    setTimeout(remind, 60_000).unref();
    setInterval(remind, 24 * 3600_000).unref();
    setInterval(followUp, 3600_000).unref();
    await app.listen({ port: config.port, host: config.host });
    app.log.info({ database: database.kind, demo: values.demo }, 'Nabij is ready');
    return new Promise<number>(() => {});
  },
};

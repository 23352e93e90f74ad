// nabij herinneringen: run every module's job once ("Klopt dit nog?", "Hoe gaat het?", expired sign-ups). Safe to
// run often (cron).
import { loadConfig } from '../../config.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { mailerFor } from '../../kernel/mail/mailer.js';
import { runJobsOnce } from '../../kernel/jobs.js';
import { activeModules } from '../../kernel/modules.js';
import type { Command } from '../command.js';

export const reminders: Command = {
  name: 'herinneringen',
  summary: 'Send the "Klopt dit nog?" and "Hoe gaat het?" emails that are due, and clear expired sign-ups',
  usage: `nabij herinneringen

Sends owners of entries not confirmed for NABIJ_CONFIRM_EVERY_MONTHS months an email with a confirm link.
An entry gets at most one email in that period, so running it daily (or from several servers) is safe.
Also deletes volunteer sign-ups whose confirmation link expired unused (after 48 hours).
\`nabij serve\` also runs it once a day.`,
  async run() {
    const config = loadConfig();
    const database = await openMigratedDatabase(config);
    try {
      const mailer = mailerFor(config);
      const done = await runJobsOnce(
        activeModules(config.isProduction).flatMap((m) => m.jobs ?? []),
        {
          config,
          database,
          mailer,
        },
      );
      console.log(`${done.map(({ job, count }) => job.summary(count)).join(', ')}.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

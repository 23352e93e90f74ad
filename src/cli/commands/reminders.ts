// nabij herinneringen: send the "Klopt dit nog?" emails that are due, for every municipality. Safe to run often (cron).
import { loadConfig } from '../../config.js';
import { sendFollowUps } from '../../modules/requests/matching.js';
import { sendDueConfirmationRequests } from '../../modules/socialbase/confirmations.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { mailerFor } from '../../kernel/mail/mailer.js';
import type { Command } from '../command.js';

export const reminders: Command = {
  name: 'herinneringen',
  summary: 'Send the "Klopt dit nog?" and "Hoe gaat het?" emails that are due',
  usage: `nabij herinneringen

Sends owners of entries not confirmed for NABIJ_CONFIRM_EVERY_MONTHS months an email with a confirm link.
An entry gets at most one email in that period, so running it daily (or from several servers) is safe.
\`nabij serve\` also runs it once a day.`,
  async run() {
    const config = loadConfig();
    const database = await openMigratedDatabase(config);
    try {
      const mailer = mailerFor(config);
      const sent = await sendDueConfirmationRequests(database.db, mailer, config);
      const followUps = await sendFollowUps({ config, database, mailer });
      console.log(`${sent} "Klopt dit nog?"-e-mails en ${followUps} "Hoe gaat het?"-e-mails verstuurd.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

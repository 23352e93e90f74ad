// Keeping entries current: the "Klopt dit nog?" email with a one-click confirm link, on request of a community
// worker and as a daily job for every municipality.
import { newToken } from '../../../kernel/auth/tokens.js';
import type { Db } from '../../../kernel/db/database.js';
import type { Mailer } from '../../../kernel/mail/mailer.js';
import { monthsAgo } from '../freshness.js';
import { listEntriesDueForReminder } from '../queries/activities.js';
import { insertConfirmationLink } from '../queries/confirmation-links.js';
import { listTenants } from '../queries/tenants.js';

const LINK_DAYS = 30;

export type ReminderSettings = { confirmEveryMonths: number; baseUrl: string; tenantName: string };

/**
 * Sends "Klopt dit nog?" to the contact of every entry not confirmed for `confirmEveryMonths` that had no
 * reminder in that time. Running it twice sends nothing twice, so it is safe from several instances or cron.
 */
export async function sendConfirmationRequests(
  db: Db,
  mailer: Mailer,
  tenantId: string,
  settings: ReminderSettings,
  now = new Date(),
): Promise<number> {
  const entries = await listEntriesDueForReminder(db, tenantId, monthsAgo(settings.confirmEveryMonths, now));
  for (const entry of entries) {
    const token = newToken();
    await insertConfirmationLink(db, tenantId, entry.id, token, new Date(now.getTime() + LINK_DAYS * 86_400_000));
    await mailer.send({
      to: entry.contact_email ?? '',
      subject: `Klopt dit nog? ${entry.name}`,
      text:
        `Hallo,\n\n"${entry.name}" staat op de sociale kaart van ${settings.tenantName}. ` +
        `Zo kunnen buurtbewoners en het wijkteam het vinden.\n` +
        `Klopt alles nog: de dagen, de tijden, de plek en de kosten?\n\n` +
        `Bekijk het en bevestig met één klik:\n${settings.baseUrl}/klopt-dit-nog/${token}\n\n` +
        `Is er iets veranderd? Dan zie je op die pagina hoe je het doorgeeft.\nDe link werkt ${LINK_DAYS} dagen.\n\n` +
        `Nabij ${settings.tenantName}`,
    });
  }
  return entries.length;
}

/** The daily job: reminders for every municipality. */
export async function sendDueConfirmationRequests(
  db: Db,
  mailer: Mailer,
  config: { baseUrl: string; socialBase: { confirmEveryMonths: number } },
  now = new Date(),
): Promise<number> {
  let sent = 0;
  for (const tenant of await listTenants(db)) {
    sent += await sendConfirmationRequests(
      db,
      mailer,
      tenant.id,
      { confirmEveryMonths: config.socialBase.confirmEveryMonths, baseUrl: config.baseUrl, tenantName: tenant.name },
      now,
    );
  }
  return sent;
}

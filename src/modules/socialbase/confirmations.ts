// Keeping entries current: the "Klopt dit nog?" email with a one-click confirm, and the list of stale entries.
import { sql } from 'kysely';
import { hashToken, newToken } from '../../kernel/auth/tokens.js';
import type { Db } from '../../kernel/db/database.js';
import type { Mailer } from '../../kernel/mail/mailer.js';
import { monthsAgo } from './freshness.js';

const LINK_DAYS = 30;

export type StaleEntry = {
  id: string;
  name: string;
  providerName: string;
  contactEmail: string | null;
  lastConfirmedAt: Date;
  lastReminderAt: Date | null;
};

/** Entries not confirmed since `before`, oldest first, with when the last reminder went out. */
export async function listStaleEntries(db: Db, tenantId: string, before: Date): Promise<StaleEntry[]> {
  return db
    .selectFrom('activities')
    .select([
      'activities.id',
      'activities.name',
      'activities.provider_name as providerName',
      'activities.contact_email as contactEmail',
      'activities.last_confirmed_at as lastConfirmedAt',
      (eb) =>
        eb
          .selectFrom('confirmation_links')
          .select(sql<Date>`max(sent_at)`.as('m'))
          .whereRef('confirmation_links.activity_id', '=', 'activities.id')
          .as('lastReminderAt'),
    ])
    .where('activities.tenant_id', '=', tenantId)
    .where('activities.last_confirmed_at', '<', before)
    .orderBy('activities.last_confirmed_at', 'asc')
    .execute();
}

export async function confirmEntry(db: Db, tenantId: string, activityId: string, at = new Date()): Promise<boolean> {
  const result = await db
    .updateTable('activities')
    .set({ last_confirmed_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', activityId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

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
  const due = monthsAgo(settings.confirmEveryMonths, now);
  const entries = await db
    .selectFrom('activities')
    .select(['id', 'name', 'contact_email'])
    .where('tenant_id', '=', tenantId)
    .where('contact_email', 'is not', null)
    .where('last_confirmed_at', '<', due)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('confirmation_links')
            .select('token_hash')
            .whereRef('confirmation_links.activity_id', '=', 'activities.id')
            .where('sent_at', '>=', due),
        ),
      ),
    )
    .execute();
  for (const entry of entries) {
    const token = newToken();
    await db
      .insertInto('confirmation_links')
      .values({
        token_hash: hashToken(token),
        tenant_id: tenantId,
        activity_id: entry.id,
        expires_at: new Date(now.getTime() + LINK_DAYS * 86_400_000),
      })
      .execute();
    await mailer.send({
      to: entry.contact_email ?? '',
      subject: `Klopt dit nog? ${entry.name}`,
      text:
        `Hallo,\n\n"${entry.name}" staat op de sociale kaart van ${settings.tenantName}. Zo kunnen buurtbewoners en het wijkteam het vinden.\n` +
        `Klopt alles nog: de dagen, de tijden, de plek en de kosten?\n\nBekijk het en bevestig met één klik:\n${settings.baseUrl}/klopt-dit-nog/${token}\n\n` +
        `Is er iets veranderd? Dan zie je op die pagina hoe je het doorgeeft.\nDe link werkt ${LINK_DAYS} dagen.\n\nNabij ${settings.tenantName}`,
    });
  }
  return entries.length;
}

export type ConfirmationLink = { activityId: string; tenantId: string; usable: boolean };

export async function findConfirmationLink(
  db: Db,
  token: string,
  now = new Date(),
): Promise<ConfirmationLink | undefined> {
  const row = await db
    .selectFrom('confirmation_links')
    .select(['activity_id', 'tenant_id', 'used_at', 'expires_at'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  return (
    row && {
      activityId: row.activity_id,
      tenantId: row.tenant_id,
      usable: row.used_at === null && row.expires_at > now,
    }
  );
}

/** Confirms through the link, once. */
export async function confirmByLink(db: Db, token: string, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const link = await trx
      .updateTable('confirmation_links')
      .set({ used_at: now })
      .where('token_hash', '=', hashToken(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(['activity_id', 'tenant_id'])
      .executeTakeFirst();
    if (!link) return false;
    return confirmEntry(trx, link.tenant_id, link.activity_id, now);
  });
}

/** The daily job: reminders for every municipality. */
export async function sendDueConfirmationRequests(
  db: Db,
  mailer: Mailer,
  config: { baseUrl: string; socialBase: { confirmEveryMonths: number } },
  now = new Date(),
): Promise<number> {
  const tenants = await db.selectFrom('tenants').select(['id', 'name']).execute();
  let sent = 0;
  for (const tenant of tenants) {
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

// The monitor's jobs: the nightly refresh of the figures per municipality, and the satisfaction invitations after
// a closed match, case or signal (helper C1).
import type { AppContext } from '../../kernel/http/context.js';
import type { Job } from '../../kernel/modules.js';
import { lastRefreshes, refreshMonitor } from './queries/refresh.js';
import { sendSatisfactionInvitations } from './queries/survey.js';

const amsterdam = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});
const localDay = (at: Date) => amsterdam.format(at).slice(0, 10);
const localHour = (at: Date) => Number(amsterdam.formatToParts(at).find((p) => p.type === 'hour')?.value ?? 0);

/** The hour (Amsterdam) from which a municipality's figures are refreshed, once a day: at night, when it is quiet. */
export const REFRESH_FROM_HOUR = 2;

/**
 * Refreshes every municipality whose figures were not refreshed yet today (after 02:00 Amsterdam), or never;
 * returns how many were refreshed. Run hourly by `serve`, this is once a night.
 */
export async function refreshAllMonitors(ctx: AppContext, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  let refreshed = 0;
  for (const tenant of await lastRefreshes(db)) {
    const due =
      tenant.refreshed_at === null ||
      (localHour(now) >= REFRESH_FROM_HOUR && localDay(tenant.refreshed_at) < localDay(now));
    if (!due) continue;
    await refreshMonitor(db, tenant.id, { now });
    refreshed++;
  }
  return refreshed;
}

export const monitorJobs: readonly Job[] = [
  {
    name: 'monitor-bijwerken',
    everyMs: 3600_000,
    firstAfterMs: 15 * 60_000,
    run: (ctx) => refreshAllMonitors(ctx),
    summary: (n) => `cijfers van de monitor bijgewerkt voor ${n} ${n === 1 ? 'gemeente' : 'gemeenten'}`,
  },
  {
    name: 'tevredenheid-uitnodigen',
    everyMs: 3600_000,
    firstAfterMs: 20 * 60_000,
    run: (ctx) => sendSatisfactionInvitations(ctx),
    summary: (n) => `${n} uitnodigingen voor de vragen over tevredenheid verstuurd`,
  },
];

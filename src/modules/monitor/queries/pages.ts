// What the monitor's pages, CSV, API and open data show: who sees which periods (published or draft, all wijken or
// one), the periods of a chart, and every figure passed through showFigure before anything leaves. Counts only: no
// query here reads a person, so the monitor writes nothing to the access log.
import type { Role } from '../../../kernel/auth/roles.js';
import type { Db } from '../../../kernel/db/database.js';
import { teamRoles } from '../../../kernel/access/policy.js';
import { type Figure, figures } from '../figures.js';
import type { PeriodKind } from '../schema.js';
import { type ShownValue, showFigure } from '../suppression.js';
import { type MonitorSettings, storedValues } from './values.js';

/**
 * Which draft periods (after monitor_settings.published_through) someone sees: none (the public, residents, anyone
 * else), those of their own wijk (the klankbordgroep), or all (the Wmo council, the team, the administrator).
 */
export type MonitorAccess = { draft: 'geen' } | { draft: 'eigen_wijk'; wijk: string | null } | { draft: 'alle' };

export const PUBLIC_ACCESS: MonitorAccess = { draft: 'geen' };

/** The one rule of who sees what; `ownWijk` is users.neighbourhood_id of the signed-in person. */
export function monitorAccessOf(role: Role | undefined, ownWijk: string | null): MonitorAccess {
  if (role === 'wmoraad' || (role && teamRoles.includes(role))) return { draft: 'alle' };
  if (role === 'klankbordgroep') return { draft: 'eigen_wijk', wijk: ownWijk };
  return PUBLIC_ACCESS;
}

const monthOf = (date: string) => date.slice(0, 7);

/** yyyy-mm-01 moved by `months`. */
export function addMonths(start: string, months: number): string {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7)) - 1 + months;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
}

const stepOf = (kind: PeriodKind) => (kind === 'maand' ? 1 : 3);

/** A period is published when its last month is at or before published_through. */
export function isPublished(kind: PeriodKind, start: string, publishedThrough: string | null): boolean {
  if (!publishedThrough) return false;
  return monthOf(addMonths(start, stepOf(kind) - 1)) <= monthOf(publishedThrough);
}

/** Whether this viewer may see this wijk ('gemeente', 'onbekend' or an id) in this period. */
export function mayShow(
  access: MonitorAccess,
  publishedThrough: string | null,
  kind: PeriodKind,
  start: string,
  wijk: string,
): boolean {
  if (isPublished(kind, start, publishedThrough)) return true;
  if (access.draft === 'alle') return true;
  return access.draft === 'eigen_wijk' && access.wijk !== null && access.wijk === wijk;
}

/** The period starts of a chart: `count` periods ending with `last`. */
export function periodsEnding(kind: PeriodKind, last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(last, -(count - 1 - i) * stepOf(kind)));
}

export const chartLength = (kind: PeriodKind) => (kind === 'maand' ? 12 : 8);

const monthNames: [string, string][] = [
  ['jan', 'Jan'],
  ['feb', 'Feb'],
  ['mrt', 'Mar'],
  ['apr', 'Apr'],
  ['mei', 'May'],
  ['jun', 'Jun'],
  ['jul', 'Jul'],
  ['aug', 'Aug'],
  ['sep', 'Sep'],
  ['okt', 'Oct'],
  ['nov', 'Nov'],
  ['dec', 'Dec'],
];

/** "mrt 2026" or "K1 2026" (English "Mar 2026", "Q1 2026"). */
export function periodLabel(kind: PeriodKind, start: string, lang: 'nl' | 'en'): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7)) - 1;
  if (kind === 'kwartaal') return `${lang === 'en' ? 'Q' : 'K'}${Math.floor(month / 3) + 1} ${year}`;
  return `${monthNames[month]![lang === 'en' ? 1 : 0]} ${year}`;
}

/** The short label under a chart's point: "mrt" (January shows its year: "jan 26"), "K1 '26". */
export function shortPeriodLabel(kind: PeriodKind, start: string, lang: 'nl' | 'en'): string {
  const year = start.slice(2, 4);
  const month = Number(start.slice(5, 7)) - 1;
  if (kind === 'kwartaal') return `${lang === 'en' ? 'Q' : 'K'}${Math.floor(month / 3) + 1} '${year}`;
  const name = monthNames[month]![lang === 'en' ? 1 : 0];
  return month === 0 ? `${name} '${year}` : name;
}

/** One figure for one wijk in one period, as it may be shown: suppressed, and marked when it is still a draft. */
export type MonitorCell = ShownValue & { figureKey: string; periodStart: string; concept: boolean };

/**
 * Every figure of the periods from `from` through `through`, suppressed per figure and period over all wijken
 * together (so what one viewer sees never differs in its suppression from what another sees), then only the cells
 * this viewer may see. A wijk without a row in a period has no cell.
 */
export async function visibleCells(
  db: Db,
  tenantId: string,
  access: MonitorAccess,
  settings: MonitorSettings,
  kind: PeriodKind,
  from: string,
  through: string,
  only?: Figure,
): Promise<MonitorCell[]> {
  const rows = await storedValues(db, tenantId, kind, from, through);
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    if (only && r.figureKey !== only.key) continue;
    const key = `${r.figureKey}|${r.periodStart}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const cells: MonitorCell[] = [];
  for (const figure of only ? [only] : figures)
    for (const [key, group] of groups) {
      const [figureKey, periodStart] = key.split('|') as [string, string];
      if (figureKey !== figure.key) continue;
      for (const shown of showFigure(figure, group)) {
        if (!mayShow(access, settings.publishedThrough, kind, periodStart, shown.wijk)) continue;
        const concept = !isPublished(kind, periodStart, settings.publishedThrough);
        cells.push({ ...shown, figureKey, periodStart, concept });
      }
    }
  return cells.sort((a, b) => a.periodStart.localeCompare(b.periodStart));
}

/** The newest period with figures of this kind, or null when the refresh has computed none yet. */
export async function latestPeriod(db: Db, tenantId: string, kind: PeriodKind): Promise<string | null> {
  const row = await db
    .selectFrom('monitor_values')
    .select((eb) => eb.fn<string | null>('to_char', [eb.fn.max('period_start'), eb.val('YYYY-MM-DD')]).as('last'))
    .where('tenant_id', '=', tenantId)
    .where('period_kind', '=', kind)
    .executeTakeFirst();
  return row?.last ?? null;
}

/**
 * The last period this viewer sees of this wijk: the newest computed one, or for a viewer without its draft the
 * newest published one. Null when there is nothing to show.
 */
export function lastVisiblePeriod(
  access: MonitorAccess,
  settings: MonitorSettings,
  kind: PeriodKind,
  newest: string | null,
  wijk: string,
): string | null {
  if (!newest) return null;
  let last = newest;
  // At most a few years back: a published_through far behind the newest figures ends the walk as "nothing".
  for (let i = 0; i < 240 && !mayShow(access, settings.publishedThrough, kind, last, wijk); i++)
    last = addMonths(last, -stepOf(kind));
  return mayShow(access, settings.publishedThrough, kind, last, wijk) ? last : null;
}

/** The first day of the quarter a month is in. */
export const quarterOf = (start: string) => addMonths(start, -((Number(start.slice(5, 7)) - 1) % 3));

/** The neighbourhood a signed-in person belongs to (users.neighbourhood_id): only to decide what they may see. */
export async function ownNeighbourhoodOf(db: Db, tenantId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('neighbourhood_id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.neighbourhood_id ?? null;
}

/** What the administrator sets on /beheer/monitor; refreshed_at stays as the refresh left it. */
export async function saveMonitorSettings(
  db: Db,
  tenantId: string,
  userId: string,
  input: { publishedThrough: string | null; publishOpenData: boolean },
): Promise<void> {
  await db
    .insertInto('monitor_settings')
    .values({
      tenant_id: tenantId,
      published_through: input.publishedThrough,
      publish_open_data: input.publishOpenData,
      updated_by: userId,
    })
    .onConflict((oc) =>
      oc.column('tenant_id').doUpdateSet({
        published_through: input.publishedThrough,
        publish_open_data: input.publishOpenData,
        updated_by: userId,
        updated_at: new Date(),
      }),
    )
    .execute();
}

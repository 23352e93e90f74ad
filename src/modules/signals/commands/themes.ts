// Neighbourhood themes: the community worker turns a group of neighbourhood signals (one theme in one buurt) into a
// theme for the neighbourhood agenda; each waiting signal of the group moves to 'doorgezet' through moveSignal, so
// its reporter hears it in the standard text. The agenda module (issue 14) takes waiting themes over with the two
// functions at the bottom. And the open export: counts per wijk, buurt, theme and quarter, small counts hidden.
import { type Actor, withAccess } from '../../../kernel/access/gate.js';
import { DomainError } from '../../../kernel/errors.js';
import type { Db } from '../../../kernel/db/database.js';
import { csvTable } from '../../../kernel/tables/csv-export.js';
import { areaOf } from '../queries/core.js';
import {
  countPerQuarter,
  insertTheme,
  listThemes,
  setThemeCount,
  setThemeOnAgenda,
  type ThemeRow,
  waitingSignalsOf,
} from '../queries/themes.js';
import type { NeighbourhoodTheme } from '../schema.js';
import { suppressGroup, type SuppressionNote } from '../suppression.js';
import { findSignal, moveSignal, type SignalContext, StepNotAllowedError, TEAM_PURPOSE } from './move.js';

export type NewTheme = {
  topic: NeighbourhoodTheme;
  /** The buurt, or null for the signals without one. */
  areaId: string | null;
  title: string;
  summary: string;
};

export class NothingWaitingError extends DomainError {
  constructor() {
    super('ongeldige_invoer', 'In deze groep wachten geen signalen meer: er is niets op de wijkagenda te zetten.');
  }
}

/**
 * Makes a theme of one group and moves each waiting signal of it to 'doorgezet' (wijkagenda), one gate pass each.
 * A signal another team member moved meanwhile stays where it is; the theme counts the signals it took.
 */
export async function putThemeOnAgenda(
  ctx: SignalContext,
  actor: Extract<Actor, { kind: 'user' }>,
  theme: NewTheme,
): Promise<{ id: string; moved: number }> {
  const db = ctx.database.db;
  const area = theme.areaId ? await areaOf(db, actor.tenantId, theme.areaId) : undefined;
  if (theme.areaId && !area) throw new DomainError('ongeldige_invoer', 'Deze buurt bestaat niet in deze gemeente.');
  const request = { category: 'buurtsignaal' as const, purpose: TEAM_PURPOSE, subjectUserId: null };
  const waiting = await withAccess(db, actor, { ...request, action: 'read' }, (gated) =>
    waitingSignalsOf(gated, actor.tenantId, theme.topic, area?.id ?? null),
  );
  if (waiting.length === 0) throw new NothingWaitingError();
  const id = await withAccess(db, actor, { ...request, action: 'create' }, (gated) =>
    insertTheme(gated, {
      tenantId: actor.tenantId,
      topic: theme.topic,
      areaId: area?.id ?? null,
      neighbourhoodId: area?.neighbourhoodId ?? null,
      title: theme.title,
      summary: theme.summary,
      signalCount: waiting.length,
      createdBy: actor.userId,
    }),
  );
  let moved = 0;
  for (const signalId of waiting) {
    const facts = await findSignal(ctx, actor, signalId);
    try {
      await moveSignal(ctx, actor, facts, {
        to: 'doorgezet',
        forwardedTo: 'wijkagenda',
        themeId: id,
        reason: `Op de wijkagenda gezet als thema: ${theme.title}`,
      });
      moved++;
    } catch (error) {
      if (!(error instanceof StepNotAllowedError)) throw error;
    }
  }
  if (moved !== waiting.length) await setThemeCount(db, actor.tenantId, id, moved);
  return { id, moved };
}

/**
 * For the neighbourhood agenda (issue 14): the themes that wait to be taken over, oldest first. Words and counts
 * only; nothing here is personal data, so it needs no pass of the gate.
 */
export async function themesReadyForAgenda(db: Db, tenantId: string): Promise<ThemeRow[]> {
  return (await listThemes(db, tenantId, 'klaar_voor_agenda')).reverse();
}

/**
 * For the neighbourhood agenda: the theme is now the agenda item `agendaItemId`. True when it was taken over now;
 * false when the theme does not exist in this municipality or was taken over before.
 */
export const markThemeOnAgenda = (db: Db, tenantId: string, themeId: string, agendaItemId: string): Promise<boolean> =>
  setThemeOnAgenda(db, tenantId, themeId, agendaItemId);

/** One row of the open export: a theme, or ('alle') every theme together, in one buurt in one quarter. */
export type OpenThemeRow = {
  wijk: string;
  buurt: string;
  buurtCbsCode: string;
  thema: NeighbourhoodTheme | 'alle';
  kwartaal: string;
  aantalSignalen: number | null;
  onderdrukt: SuppressionNote;
};

/** How far back the open export goes: the last two years, in quarters. */
const EXPORT_YEARS = 2;

/**
 * The open export: per wijk, buurt and quarter, the count per theme and the total, small counts hidden (see
 * suppression.ts). Signals without a buurt are counted under an empty buurt of their wijk.
 */
export async function openThemeExport(db: Db, tenantId: string, now = new Date()): Promise<OpenThemeRow[]> {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - EXPORT_YEARS);
  const counts = await countPerQuarter(db, tenantId, since);
  const groups = new Map<string, typeof counts>();
  for (const c of counts) {
    const key = JSON.stringify([c.neighbourhoodName ?? '', c.areaName ?? '', c.cbsCode ?? '', c.quarter]);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const rows: OpenThemeRow[] = [];
  for (const [key, cells] of groups) {
    const [wijk, buurt, buurtCbsCode, kwartaal] = JSON.parse(key) as [string, string, string, string];
    const published = suppressGroup(cells.map((c) => ({ key: c.topic, count: c.count })));
    const base = { wijk, buurt, buurtCbsCode, kwartaal };
    for (const cell of published.cells)
      rows.push({ ...base, thema: cell.key, aantalSignalen: cell.count, onderdrukt: cell.note });
    rows.push({ ...base, thema: 'alle', aantalSignalen: published.total.count, onderdrukt: published.total.note });
  }
  return rows.sort(
    (a, b) =>
      a.wijk.localeCompare(b.wijk, 'nl') ||
      a.buurt.localeCompare(b.buurt, 'nl') ||
      a.kwartaal.localeCompare(b.kwartaal) ||
      Number(a.thema === 'alle') - Number(b.thema === 'alle') ||
      a.thema.localeCompare(b.thema),
  );
}

export const openExportColumns = [
  'wijk',
  'buurt',
  'buurt_cbs_code',
  'thema',
  'kwartaal',
  'aantal_signalen',
  'onderdrukt',
] as const;

/** The export as CSV: UTF-8, a header row, CRLF line ends, every cell guarded against formulas (csvTable). */
export function openThemeCsv(rows: readonly OpenThemeRow[]): string {
  return csvTable(
    openExportColumns,
    rows.map((r) => [
      r.wijk,
      r.buurt,
      r.buurtCbsCode,
      r.thema,
      r.kwartaal,
      r.aantalSignalen?.toString() ?? '',
      r.onderdrukt,
    ]),
  );
}

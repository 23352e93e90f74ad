// The queries of neighbourhood themes: neighbourhood signals counted per theme and buurt (never a person's words),
// the themes made of them, the open signals of one group, and the counts per quarter for the open export.
import { sql } from 'kysely';
import type { GatedDb } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import type { NeighbourhoodTheme } from '../schema.js';

/** The statuses a neighbourhood signal waits in before it is passed on or closed: these go to the agenda. */
export const waitingStatuses = ['gemeld', 'in_behandeling'] as const;

/** One theme in one buurt: how many signals since `since`, how many of them still wait, and the last one's date. */
export type ThemeCount = {
  topic: NeighbourhoodTheme;
  areaId: string | null;
  areaName: string | null;
  cbsCode: string | null;
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  open: number;
  total: number;
  lastAt: Date;
};

/** Neighbourhood signals made since `since`, counted per theme and buurt; optionally of one wijk. */
export async function countThemes(
  db: GatedDb,
  tenantId: string,
  since: Date,
  neighbourhoodId: string | null,
): Promise<ThemeCount[]> {
  let query = db
    .selectFrom('signals as s')
    .leftJoin('areas as a', (j) => j.onRef('a.id', '=', 's.area_id').onRef('a.tenant_id', '=', 's.tenant_id'))
    .leftJoin('neighbourhoods as n', (j) =>
      j.onRef('n.id', '=', 's.neighbourhood_id').onRef('n.tenant_id', '=', 's.tenant_id'),
    )
    .select([
      's.topic',
      's.area_id as areaId',
      'a.name as areaName',
      'a.cbs_code as cbsCode',
      's.neighbourhood_id as neighbourhoodId',
      'n.name as neighbourhoodName',
      sql<number>`count(*) filter (where s.status in ('gemeld', 'in_behandeling'))::int`.as('open'),
      sql<number>`count(*)::int`.as('total'),
      sql<Date>`max(s.created_at)`.as('lastAt'),
    ])
    .where('s.tenant_id', '=', tenantId)
    .where('s.kind', '=', 'buurt')
    .where('s.created_at', '>=', since)
    .groupBy(['s.topic', 's.area_id', 'a.name', 'a.cbs_code', 's.neighbourhood_id', 'n.name']);
  if (neighbourhoodId) query = query.where('s.neighbourhood_id', '=', neighbourhoodId);
  const rows = await query.execute();
  return rows
    .map((r) => ({ ...r, topic: r.topic as NeighbourhoodTheme, lastAt: new Date(r.lastAt) }))
    .sort(
      (a, b) =>
        (a.neighbourhoodName ?? '~').localeCompare(b.neighbourhoodName ?? '~', 'nl') ||
        (a.areaName ?? '~').localeCompare(b.areaName ?? '~', 'nl') ||
        b.total - a.total ||
        a.topic.localeCompare(b.topic),
    );
}

/** The wijken of the municipality and their buurten, for the filter and for tiles of buurten without signals. */
export async function listAreas(db: Db, tenantId: string) {
  return db
    .selectFrom('areas as a')
    .innerJoin('neighbourhoods as n', (j) =>
      j.onRef('n.id', '=', 'a.neighbourhood_id').onRef('n.tenant_id', '=', 'a.tenant_id'),
    )
    .select([
      'a.id as areaId',
      'a.name as areaName',
      'a.cbs_code as cbsCode',
      'n.id as neighbourhoodId',
      'n.name as neighbourhoodName',
      'n.slug as neighbourhoodSlug',
    ])
    .where('a.tenant_id', '=', tenantId)
    .orderBy('n.name')
    .orderBy('a.name')
    .execute();
}

export async function listNeighbourhoodsOf(db: Db, tenantId: string) {
  return db
    .selectFrom('neighbourhoods')
    .select(['id', 'slug', 'name'])
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .execute();
}

/** A theme as it is listed: words and counts only, no personal data. */
export type ThemeRow = {
  id: string;
  topic: NeighbourhoodTheme;
  title: string;
  summary: string;
  signalCount: number;
  status: 'klaar_voor_agenda' | 'op_agenda';
  agendaItemId: string | null;
  areaId: string | null;
  areaName: string | null;
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  createdAt: Date;
};

function themeQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('neighbourhood_themes as t')
    .leftJoin('areas as a', (j) => j.onRef('a.id', '=', 't.area_id').onRef('a.tenant_id', '=', 't.tenant_id'))
    .leftJoin('neighbourhoods as n', (j) =>
      j.onRef('n.id', '=', 't.neighbourhood_id').onRef('n.tenant_id', '=', 't.tenant_id'),
    )
    .select([
      't.id',
      't.topic',
      't.title',
      't.summary',
      't.signal_count as signalCount',
      't.status',
      't.agenda_item_id as agendaItemId',
      't.area_id as areaId',
      'a.name as areaName',
      't.neighbourhood_id as neighbourhoodId',
      'n.name as neighbourhoodName',
      't.created_at as createdAt',
    ])
    .where('t.tenant_id', '=', tenantId);
}

/** The themes made, newest first; optionally only those of one status. */
export async function listThemes(
  db: Db,
  tenantId: string,
  status?: ThemeRow['status'],
  neighbourhoodId?: string | null,
): Promise<ThemeRow[]> {
  let query = themeQuery(db, tenantId).orderBy('t.created_at', 'desc');
  if (status) query = query.where('t.status', '=', status);
  if (neighbourhoodId) query = query.where('t.neighbourhood_id', '=', neighbourhoodId);
  return (await query.execute()) as ThemeRow[];
}

/** The ids of one group's signals that still wait: these move to the agenda with the theme. */
export async function waitingSignalsOf(
  db: GatedDb,
  tenantId: string,
  topic: NeighbourhoodTheme,
  areaId: string | null,
) {
  let query = db
    .selectFrom('signals')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'buurt')
    .where('topic', '=', topic)
    .where('status', 'in', waitingStatuses)
    .orderBy('created_at');
  query = areaId === null ? query.where('area_id', 'is', null) : query.where('area_id', '=', areaId);
  return (await query.execute()).map((r) => r.id);
}

export async function insertTheme(
  db: GatedDb,
  theme: {
    tenantId: string;
    topic: NeighbourhoodTheme;
    areaId: string | null;
    neighbourhoodId: string | null;
    title: string;
    summary: string;
    signalCount: number;
    createdBy: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('neighbourhood_themes')
    .values({
      tenant_id: theme.tenantId,
      topic: theme.topic,
      area_id: theme.areaId,
      neighbourhood_id: theme.neighbourhoodId,
      title: theme.title,
      summary: theme.summary,
      signal_count: theme.signalCount,
      status: 'klaar_voor_agenda',
      created_by: theme.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setThemeCount(db: Db, tenantId: string, themeId: string, count: number): Promise<void> {
  await db
    .updateTable('neighbourhood_themes')
    .set({ signal_count: count })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', themeId)
    .execute();
}

/** Marks a waiting theme as taken over by an agenda item; false when it is not there or was taken over already. */
export async function setThemeOnAgenda(db: Db, tenantId: string, themeId: string, agendaItemId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(themeId)) return false;
  const result = await db
    .updateTable('neighbourhood_themes')
    .set({ status: 'op_agenda', agenda_item_id: agendaItemId })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', themeId)
    .where('status', '=', 'klaar_voor_agenda')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** One cell of the open export before suppression: signals of one theme in one buurt in one quarter. */
export type QuarterCount = {
  neighbourhoodName: string | null;
  areaName: string | null;
  cbsCode: string | null;
  topic: NeighbourhoodTheme;
  /** yyyy-Qn, in Amsterdam time. */
  quarter: string;
  count: number;
};

/** Neighbourhood signals per wijk, buurt, theme and quarter: counts only, every status, since `since`. */
export async function countPerQuarter(db: Db, tenantId: string, since: Date): Promise<QuarterCount[]> {
  const quarter = sql<string>`to_char(s.created_at at time zone 'Europe/Amsterdam', 'YYYY-"Q"Q')`;
  const rows = await db
    .selectFrom('signals as s')
    .leftJoin('areas as a', (j) => j.onRef('a.id', '=', 's.area_id').onRef('a.tenant_id', '=', 's.tenant_id'))
    .leftJoin('neighbourhoods as n', (j) =>
      j.onRef('n.id', '=', 's.neighbourhood_id').onRef('n.tenant_id', '=', 's.tenant_id'),
    )
    .select([
      'n.name as neighbourhoodName',
      'a.name as areaName',
      'a.cbs_code as cbsCode',
      's.topic',
      quarter.as('quarter'),
      sql<number>`count(*)::int`.as('count'),
    ])
    .where('s.tenant_id', '=', tenantId)
    .where('s.kind', '=', 'buurt')
    .where('s.created_at', '>=', since)
    .groupBy(['n.name', 'a.name', 'a.cbs_code', 's.topic', quarter])
    .execute();
  return rows.map((r) => ({ ...r, topic: r.topic as NeighbourhoodTheme }));
}

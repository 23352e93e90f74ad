// Searching the social base: Dutch full text with prefixes and unaccent, a trigram fallback for typos,
// and filters on need, distance, day, part of day, cost, wheelchair access and language.
import { type SqlBool, sql } from 'kysely';
import type { Db } from '../../../kernel/db/database.js';
import type { Point } from '../../../kernel/geo/index.js';
import {
  addDays,
  amsterdamNow,
  isoOf,
  type Occurrence,
  weekdayOf,
  nextOccurrence,
  occurrences,
  type Schedule,
  type ScheduleException,
  type Weekday,
  type DayPart,
  dayPartHours,
} from '../../../kernel/time/index.js';
import type { ActivityKind } from '../schema.js';
import { wordVariants } from '../search-query.js';

export type SearchFilters = {
  words: string[];
  needKeys: string[];
  days: Weekday[];
  dayParts: DayPart[];
  free: boolean;
  wheelchair: boolean;
  language: string | undefined;
  kinds?: ActivityKind[];
  /**
   * Origin and radius: results farther away are left out, and results are sorted by distance when there are no
   * words.
   */
  near: (Point & { maxKm: number | undefined }) | undefined;
  /** Leave out entries not confirmed since this date (triage does; the public search marks them instead). */
  confirmedSince?: Date;
  limit: number;
  offset?: number;
};

export type ActivityResult = {
  id: string;
  externalId: string;
  name: string;
  description: string;
  kind: ActivityKind;
  needKeys: string[];
  providerName: string;
  professional: boolean;
  address: string | null;
  postcode: string | null;
  lat: number | null;
  lon: number | null;
  schedule: Schedule;
  exceptions: ScheduleException[];
  cost: string;
  isFree: boolean;
  targetGroup: string;
  wheelchairAccessible: boolean;
  languages: string[];
  capacity: number | null;
  freePlaces: number | null;
  lastConfirmedAt: Date;
  distanceMetres: number | null;
  next: Occurrence | undefined;
  /** How the words matched: full text, or the typo-tolerant fallback. */
  match: 'tekst' | 'gelijkend' | 'filter';
};

const earthRadius = 6_371_000;

function distanceSql(near: Point) {
  // Haversine in SQL, so the distance filter and the sorting happen in the database.
  return sql<number>`(${earthRadius} * 2 * asin(least(1, sqrt(
    power(sin(radians(places.lat - ${near.lat}) / 2), 2) +
    cos(radians(${near.lat})) * cos(radians(places.lat)) * power(sin(radians(places.lon - ${near.lon}) / 2), 2)))))`;
}

/** One word, as an OR of the prefixes of its variants: to_tsquery('dutch', 'boodschap:*') | … */
function wordQuery(word: string) {
  const parts = wordVariants(word).map((v) => sql`to_tsquery('dutch', quote_literal(unaccent(${v})) || ':*')`);
  return sql.join(parts, sql` || `);
}

/** The activities that pass the filters, joined with their place; nothing selected yet. */
function filteredQuery(db: Db, tenantId: string, filters: SearchFilters) {
  // Joined on the whole key (the foreign key is tenant + place): unique, so PostgreSQL leaves the join out of a
  // query that uses no column of places, such as the ranking of ids below.
  let query = db
    .selectFrom('activities')
    .leftJoin('places', (join) =>
      join.onRef('places.id', '=', 'activities.place_id').onRef('places.tenant_id', '=', 'activities.tenant_id'),
    )
    .where('activities.tenant_id', '=', tenantId);
  if (filters.needKeys.length > 0)
    query = query.where(sql<SqlBool>`activities.need_keys && ${sql.val(filters.needKeys)}::text[]`);
  if (filters.days.length > 0) query = query.where(sql<SqlBool>`activities.days && ${sql.val(filters.days)}::text[]`);
  if (filters.dayParts.length > 0) {
    query = query.where((eb) =>
      eb.or(
        filters.dayParts.map((part) => {
          const [from, to] = dayPartHours[part];
          return eb.and([eb('activities.time_start', '<', to), eb('activities.time_end', '>', from)]);
        }),
      ),
    );
  }
  if (filters.free) query = query.where('activities.is_free', '=', true);
  if (filters.wheelchair) query = query.where('activities.wheelchair_accessible', '=', true);
  if (filters.language) query = query.where(sql<SqlBool>`activities.languages @> ARRAY[${filters.language}]::text[]`);
  if (filters.kinds && filters.kinds.length > 0) query = query.where('activities.kind', 'in', filters.kinds);
  if (filters.confirmedSince) query = query.where('activities.last_confirmed_at', '>=', filters.confirmedSince);
  if (filters.near?.maxKm !== undefined) {
    const { maxKm } = filters.near;
    const latDelta = maxKm / 111;
    const lonDelta = maxKm / (111 * Math.cos((filters.near.lat * Math.PI) / 180));
    query = query
      .where((eb) => eb.between('places.lat', filters.near!.lat - latDelta, filters.near!.lat + latDelta))
      .where((eb) => eb.between('places.lon', filters.near!.lon - lonDelta, filters.near!.lon + lonDelta))
      .where(sql<SqlBool>`${distanceSql(filters.near)} <= ${maxKm * 1000}`);
  }
  return query;
}

function baseQuery(db: Db, tenantId: string, filters: SearchFilters) {
  return filteredQuery(db, tenantId, filters).select([
    'activities.id',
    'activities.external_id as externalId',
    'activities.name',
    'activities.description',
    'activities.kind',
    'activities.need_keys as needKeys',
    'activities.provider_name as providerName',
    'activities.professional',
    'places.address',
    'places.postcode',
    'places.lat',
    'places.lon',
    'activities.schedule',
    'activities.exceptions',
    'activities.cost',
    'activities.is_free as isFree',
    'activities.target_group as targetGroup',
    'activities.wheelchair_accessible as wheelchairAccessible',
    'activities.languages',
    'activities.capacity',
    'activities.free_places as freePlaces',
    'activities.last_confirmed_at as lastConfirmedAt',
    (filters.near ? distanceSql(filters.near) : sql<number | null>`null::double precision`).as('distanceMetres'),
  ]);
}

type Row = Omit<ActivityResult, 'next' | 'match'>;

/** The rows of one page, found by id; the filters were applied already, the distance is still computed. */
function pageRows(db: Db, tenantId: string, filters: SearchFilters) {
  const near = filters.near && { ...filters.near, maxKm: undefined };
  return baseQuery(db, tenantId, { ...noFilters, near });
}

/**
 * Full text for groups of words: each group is one typed word, as an OR of its alternatives (the word itself, or the
 * words that may have been meant); the groups are combined by AND or OR.
 */
async function fullText(
  db: Db,
  tenantId: string,
  filters: SearchFilters,
  groups: string[][],
  combine: 'and' | 'or',
): Promise<Row[]> {
  const perWord = groups.map((group) => sql`(${sql.join(group.map(wordQuery), sql` || `)})`);
  // to_tsquery and unaccent are STABLE, so written inline PostgreSQL builds the query again for every row it
  // rechecks and ranks (at city scale 100 ms for "klusjes in huis"); as a scalar subquery it is built once.
  const tsquery = sql`(SELECT ${sql.join(perWord, combine === 'and' ? sql` && ` : sql` || `)})`;
  const rank = sql<number>`ts_rank(activities.search_vector, ${tsquery})`;
  // Ranks only ids (no wide rows through the sort, no place for each match), then reads the page's rows. The id
  // breaks ties of rank and name, so equal entries always come in the same order, also across pages.
  const page = filteredQuery(db, tenantId, filters)
    .where(sql<SqlBool>`activities.search_vector @@ ${tsquery}`)
    .select('activities.id')
    .orderBy(rank, 'desc')
    .orderBy('activities.name')
    .orderBy('activities.id')
    .limit(filters.limit)
    .offset(filters.offset ?? 0);
  return pageRows(db, tenantId, filters)
    .where('activities.id', 'in', page)
    .orderBy(rank, 'desc')
    .orderBy('activities.name')
    .orderBy('activities.id')
    .execute() as Promise<Row[]>;
}

/**
 * How alike a word of the municipality must be to a typed word (pg_trgm's word_similarity), how much less alike than
 * the nearest word another may be and still count ("boodschappendienst" next to "boodschappen", not "zwembad" next to
 * "zwemles" for "zwemlez"), and how many count at most.
 */
const SIMILAR_ENOUGH = 0.5;
const NEAR_THE_NEAREST = 0.1;
const WORDS_PER_TYPO = 3;

/**
 * The words of the municipality's activities that each typed word may have meant, nearest first: looked up by
 * trigram similarity in `activity_words` (the distinct words of the searchable names, kept by triggers), a few
 * thousand short rows, instead of comparing the word with every activity's text. One statement, no settings.
 */
export async function meantWords(db: Db, tenantId: string, words: string[]): Promise<string[][]> {
  if (words.length === 0) return [];
  // The trigram index gives the nearest words by word similarity (the typed word as part of a longer word counts,
  // "bootschappen" in "boodschappendienst"); among those, the ones alike as a whole come first, then the common.
  const { rows } = await sql<{ n: string; word: string; alike: number }>`
    SELECT typed.n::text AS n, near.word, near.alike
    FROM unnest(${sql.val(words)}::text[]) WITH ORDINALITY AS typed(word, n)
    CROSS JOIN LATERAL (
      SELECT w.word, w.activities, word_similarity(unaccent(typed.word), w.word) AS alike,
             similarity(unaccent(typed.word), w.word) AS whole
      FROM activity_words AS w
      WHERE w.tenant_id = ${tenantId}
      ORDER BY unaccent(typed.word) <<-> w.word
      LIMIT ${WORDS_PER_TYPO * 4}
    ) AS near
    WHERE near.alike >= ${SIMILAR_ENOUGH}
    ORDER BY typed.n, near.alike DESC, near.whole DESC, near.activities DESC, near.word`.execute(db);
  return words.map((_, i) => {
    const near = rows.filter((r) => r.n === String(i + 1));
    const nearest = near[0]?.alike ?? 1;
    return near
      .filter((r) => r.alike >= nearest - NEAR_THE_NEAREST)
      .slice(0, WORDS_PER_TYPO)
      .map((r) => r.word);
  });
}

async function similar(db: Db, tenantId: string, filters: SearchFilters): Promise<Row[]> {
  // A typed word that is itself a word of the municipality was searched already: only other words can find more.
  const groups = (await meantWords(db, tenantId, filters.words))
    .map((meant, i) => meant.filter((word) => word !== filters.words[i]))
    .filter((meant) => meant.length > 0);
  if (groups.length === 0) return [];
  let rows = await fullText(db, tenantId, filters, groups, 'and');
  if (rows.length === 0 && groups.length > 1) rows = await fullText(db, tenantId, filters, groups, 'or');
  return rows;
}

/** Finds activities: all words first, then any word, then similar words for typos. */
export async function searchActivities(
  db: Db,
  tenantId: string,
  filters: SearchFilters,
  now = new Date(),
): Promise<ActivityResult[]> {
  let rows: Row[];
  let match: ActivityResult['match'] = 'filter';
  if (filters.words.length === 0) {
    let query = baseQuery(db, tenantId, filters);
    // Entries at one place are equally far: name and id keep their order fixed, also across pages.
    if (filters.near) query = query.orderBy(sql`"distanceMetres"`, 'asc');
    query = query.orderBy('activities.name').orderBy('activities.id');
    rows = (await query
      .limit(filters.limit)
      .offset(filters.offset ?? 0)
      .execute()) as Row[];
  } else {
    match = 'tekst';
    const typed = filters.words.map((word) => [word]);
    rows = await fullText(db, tenantId, filters, typed, 'and');
    if (rows.length === 0 && filters.words.length > 1) rows = await fullText(db, tenantId, filters, typed, 'or');
    if (rows.length === 0) {
      match = 'gelijkend';
      rows = await similar(db, tenantId, filters);
    }
  }
  const from = amsterdamNow(now);
  return rows.map((row) => ({ ...row, next: occurrences(row.schedule, row.exceptions, from, 1)[0], match }));
}

export async function findActivity(
  db: Db,
  tenantId: string,
  id: string,
  now = new Date(),
): Promise<ActivityResult | undefined> {
  const row = (await baseQuery(db, tenantId, {
    words: [],
    needKeys: [],
    days: [],
    dayParts: [],
    free: false,
    wheelchair: false,
    language: undefined,
    near: undefined,
    limit: 1,
  })
    .where('activities.id', '=', id)
    .executeTakeFirst()) as Row | undefined;
  return row && { ...row, next: nextOccurrence(row.schedule, row.exceptions, now), match: 'filter' };
}

const noFilters: SearchFilters = {
  words: [],
  needKeys: [],
  days: [],
  dayParts: [],
  free: false,
  wheelchair: false,
  language: undefined,
  near: undefined,
  limit: 0,
};

/**
 * "Deze week in de buurt": what happens in the next 7 days (today included, what is over left out). Nearest first
 * when the place is known (the nearest 200 are looked at), else soonest first: day by day, each day's activities by
 * start time, so a city's thousands of entries are never all read.
 */
export async function thisWeek(
  db: Db,
  tenantId: string,
  near: (Point & { maxKm: number | undefined }) | undefined,
  limit: number,
  now = new Date(),
): Promise<ActivityResult[]> {
  const from = amsterdamNow(now);
  const withNext = (rows: Row[]) =>
    rows
      .map((row): ActivityResult => ({
        ...row,
        next: occurrences(row.schedule, row.exceptions, from, 1, 6)[0],
        match: 'filter',
      }))
      .filter((row): row is ActivityResult & { next: Occurrence } => row.next !== undefined);
  if (near) {
    const rows = (await baseQuery(db, tenantId, { ...noFilters, near })
      .where('activities.time_start', 'is not', null)
      .orderBy(sql`"distanceMetres"`, 'asc')
      .orderBy('activities.name')
      .limit(200)
      .execute()) as Row[];
    return withNext(rows).slice(0, limit);
  }
  const found: ActivityResult[] = [];
  const seen = new Set<string>();
  for (let day = 0; day < 7 && found.length < limit; day++) {
    const date = addDays(from.date, day);
    const rows = (await baseQuery(db, tenantId, { ...noFilters, days: [weekdayOf(date)] })
      .where('activities.time_start', 'is not', null)
      .orderBy('activities.time_start')
      .orderBy('activities.name')
      .limit(limit * 4)
      .execute()) as Row[];
    for (const row of withNext(rows)) {
      if (seen.has(row.id) || isoOf(row.next.date) !== isoOf(date)) continue;
      seen.add(row.id);
      found.push(row);
    }
  }
  return found.slice(0, limit);
}

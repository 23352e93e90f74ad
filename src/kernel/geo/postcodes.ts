// Dutch postcodes: normalising what people type, the centroid table, and distances between points.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.js';

/** "1234ab", "1234 ab", " 1234AB " → "1234 AB"; undefined when it is not a Dutch postcode. */
export function normalisePostcode(input: string): string | undefined {
  const match = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/.exec(input);
  if (!match) return undefined;
  return `${match[1]} ${match[2]!.toUpperCase()}`;
}

export const postcodeMessage =
  'Dit is geen geldige postcode. Een postcode heeft 4 cijfers en 2 letters, zoals 1234 AB.';

export type Point = { lat: number; lon: number };

/** A point from two cells of a table or a row; undefined when either is missing or not a number. */
export function pointOf(
  lat: string | number | null | undefined,
  lon: string | number | null | undefined,
): Point | undefined {
  if (lat === null || lat === undefined || lon === null || lon === undefined || lat === '' || lon === '')
    return undefined;
  const p = { lat: Number(lat), lon: Number(lon) };
  return Number.isFinite(p.lat) && Number.isFinite(p.lon) ? p : undefined;
}

/** Rows of a centroid file (postcode,lat,lon) → a lookup from normalised postcode ("1234 AB") to its point. */
export function postcodeLookup(rows: readonly Record<string, string>[]): Map<string, Point> {
  const map = new Map<string, Point>();
  for (const r of rows) {
    const p = pointOf(r.lat, r.lon);
    const code = normalisePostcode(r.postcode ?? '');
    if (p && code) map.set(code, p);
  }
  return map;
}

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "350 m" or "1,2 km" */
export function distanceLabel(metres: number, lang: 'nl' | 'en' = 'nl'): string {
  if (Math.round(metres / 10) * 10 < 1000) return `${Math.round(metres / 10) * 10} m`;
  const km = (metres / 1000).toFixed(1);
  return `${lang === 'nl' ? km.replace('.', ',') : km} km`;
}

export async function postcodePoint(db: Db, postcode: string): Promise<Point | undefined> {
  return db.selectFrom('postcodes').select(['lat', 'lon']).where('postcode', '=', postcode).executeTakeFirst();
}

/** How long a found point is kept in memory, and for how many postcodes at most per database. */
const POINT_CACHE_MS = 60_000;
const POINT_CACHE_SIZE = 10_000;
let pointCaches = new WeakMap<Db, Map<string, { at: number; point: Point }>>();
const clearPointCaches = () => {
  pointCaches = new WeakMap();
};

/**
 * `postcodePoint` for the public search, which looks up the same few postcodes on every page: a found point is kept
 * for a minute (per database). Centroids are reference data that change only by an import; an import in this process
 * (`upsertPostcodes`) empties the cache at once, one in another process shows within the minute. A postcode that is
 * not found is not kept, so one imported a moment later is found at once.
 */
export async function cachedPostcodePoint(db: Db, postcode: string): Promise<Point | undefined> {
  let cache = pointCaches.get(db);
  const kept = cache?.get(postcode);
  if (kept && Date.now() - kept.at < POINT_CACHE_MS) return kept.point;
  const point = await postcodePoint(db, postcode);
  if (point) {
    if (!cache) pointCaches.set(db, (cache = new Map()));
    if (cache.size >= POINT_CACHE_SIZE) cache.clear();
    cache.set(postcode, { at: Date.now(), point: { lat: point.lat, lon: point.lon } });
  }
  return point;
}

export type PostcodeRow = { postcode: string; lat: number; lon: number };

/** Inserts or updates centroids in batches; returns how many rows were written. */
export async function upsertPostcodes(db: Db, rows: readonly PostcodeRow[]): Promise<number> {
  // Whichever database or transaction this is, no point kept in memory may outlive a change of the centroids:
  // emptied before and after (a search in between may have kept an old point).
  clearPointCaches();
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('postcodes')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) => oc.column('postcode').doUpdateSet({ lat: sql`excluded.lat`, lon: sql`excluded.lon` }))
      .execute();
  }
  clearPointCaches();
  return rows.length;
}

/** A spreadsheet column with an optional postcode: normalised, or a Dutch message on the row. */
export const postcodeColumn = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v?.trim()) return null;
    const normal = normalisePostcode(v);
    if (!normal) ctx.addIssue({ code: 'custom', message: postcodeMessage });
    return normal ?? null;
  });

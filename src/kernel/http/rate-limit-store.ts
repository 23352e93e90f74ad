// Rate-limit counters in the database instead of in memory: they hold across a restart and are shared by every
// instance serving the municipality, so ten tries on one server and ten on another are twenty.
import { createHash } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

type Counter = { current: number; ttl: number };

/** Counts one hit for `key` in its window and returns the hits so far and the milliseconds left. */
export async function countHit(db: Db, key: string, windowMs: number): Promise<Counter> {
  const hashed = createHash('sha256').update(key).digest('base64url');
  const { rows } = await sql<{ hits: number; ms_left: number }>`
    INSERT INTO rate_limits (key, hits, window_ends)
    VALUES (${hashed}, 1, clock_timestamp() + make_interval(secs => ${windowMs / 1000}))
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limits.window_ends <= clock_timestamp() THEN 1 ELSE rate_limits.hits + 1 END,
      window_ends = CASE WHEN rate_limits.window_ends <= clock_timestamp()
        THEN excluded.window_ends ELSE rate_limits.window_ends END
    RETURNING hits, (extract(epoch FROM window_ends - clock_timestamp()) * 1000)::integer AS ms_left`.execute(db);
  const row = rows[0]!;
  return { current: row.hits, ttl: Math.max(0, row.ms_left) };
}

/** Counters of windows that ended are of no use: removed now and then, by whichever instance counts. */
export async function removeEndedWindows(db: Db): Promise<number> {
  const result = await db
    .deleteFrom('rate_limits')
    .where('window_ends', '<', sql<Date>`clock_timestamp()`)
    .execute();
  return Number(result[0]?.numDeletedRows ?? 0);
}

/** A store for @fastify/rate-limit; each route gets its own counters (the route is part of the key). */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  let hitsSinceCleanUp = 0;
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options?: unknown,
      private readonly prefix = '',
    ) {}
    incr(key: string, callback: (error: Error | null, result?: Counter) => void, timeWindow: number): void {
      if (++hitsSinceCleanUp >= 1000) {
        hitsSinceCleanUp = 0;
        void removeEndedWindows(db).catch(() => undefined);
      }
      countHit(db, `${this.prefix}|${key}`, timeWindow).then(
        (counter) => callback(null, counter),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }
    // The plugin hands the route's merged settings with the route under `routeInfo` (its types say otherwise).
    child(params: object): FastifyRateLimitStore {
      const route = (params as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo ?? {};
      return new DatabaseStore(undefined, `${[route.method ?? ''].flat().join(',')} ${route.url ?? ''}`);
    }
  }
  return DatabaseStore;
}

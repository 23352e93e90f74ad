// The database: one PostgreSQL dialect over either an embedded PGlite folder or a PostgreSQL server.
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { lockDataDir } from './lock.js';

export type Db = Kysely<Database>;

export type DatabaseHandle = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs VACUUM ANALYZE; needed after bulk loads because PGlite has no autovacuum. */
  vacuumAnalyze(): Promise<void>;
  /**
   * Runs `work` unless a run under the same name is under way, in this process or (on a server) in any other on the
   * same database; then it does not wait but answers `{ ran: false }`.
   */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<Exclusive<T>>;
  close(): Promise<void>;
};

export type Exclusive<T> = { ran: true; value: T } | { ran: false };

/**
 * On a server: a session-level advisory lock (key: the name's 64-bit hash) on a connection of its own, outside the
 * pool. So `work` may use the pool freely, closing the pool never waits for a run that hangs, and the lock goes when
 * the work ends or the process dies (PostgreSQL ends the session).
 */
async function advisoryExclusive<T>(url: string, name: string, work: () => Promise<T>): Promise<Exclusive<T>> {
  const client = new pg.Client({ connectionString: url });
  // A broken lock connection is noticed by the unlock below; without a listener it would end the process.
  client.on('error', () => {});
  await client.connect();
  try {
    const key = `nabij:${name}`;
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
      [key],
    );
    if (!rows[0]?.locked) return { ran: false };
    try {
      return { ran: true, value: await work() };
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
    }
  } finally {
    await client.end();
  }
}

/** Embedded: one process holds the folder (the PID lock), so names held in this process are all there is. */
function inProcessExclusive() {
  const running = new Set<string>();
  return async <T>(name: string, work: () => Promise<T>): Promise<Exclusive<T>> => {
    if (running.has(name)) return { ran: false };
    running.add(name);
    try {
      return { ran: true, value: await work() };
    } finally {
      running.delete(name);
    }
  };
}

// Dates as timestamptz come back as Date; bigint counts as numbers where they fit.
pg.types.setTypeParser(20, (value: string) => Number.parseInt(value, 10));

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' };

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'postgres',
      vacuumAnalyze: async () => {
        await sql`VACUUM ANALYZE`.execute(db);
      },
      exclusive: (name, work) => advisoryExclusive(options.url, name, work),
      close: () => db.destroy(),
    };
  }

  const release = options.kind === 'pglite' ? lockDataDir(options.dataDir) : () => {};
  try {
    const dataDir = options.kind === 'pglite' ? join(options.dataDir, 'pglite') : undefined;
    const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
    // PGlite is one connection; the adapter's pool of one serialises transactions instead of interleaving them.
    const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'pglite',
      vacuumAnalyze: async () => {
        await sql`VACUUM ANALYZE`.execute(db);
      },
      exclusive: inProcessExclusive(),
      close: async () => {
        await db.destroy();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export function databaseOptionsFrom(config: { databaseUrl: string | undefined; dataDir: string }): DatabaseOptions {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir };
}

/** Runs `work` in one transaction; inside a caller's transaction it runs in that one, so commands compose. */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

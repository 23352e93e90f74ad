// The database: one PostgreSQL dialect over either an embedded PGlite folder or a PostgreSQL server.
import { existsSync } from 'node:fs';
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
  /** The embedded database as a gzipped tarball of its folder (PGlite only): the inside of a backup. */
  dumpEmbedded?(): Promise<Uint8Array>;
  close(): Promise<void>;
};

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
      close: () => db.destroy(),
    };
  }

  if (options.kind === 'pglite-memory') return openPglite(undefined, () => {});
  const release = lockDataDir(options.dataDir);
  try {
    return await openPglite(embeddedFolder(options.dataDir), release);
  } catch (error) {
    release();
    throw error;
  }
}

/** Where the embedded database keeps its files inside NABIJ_DATA_DIR. */
export const embeddedFolder = (dataDir: string): string => join(dataDir, 'pglite');

/** Whether an embedded database was ever created in this data folder. */
export const embeddedDatabaseExists = (dataDir: string): boolean =>
  existsSync(join(embeddedFolder(dataDir), 'PG_VERSION'));

/**
 * Opens a PGlite folder (or memory) as a database; `load` fills a new folder from a tarball of `dumpEmbedded`.
 * Takes no lock: `openDatabase` does, and restore holds the data folder's lock while it fills another folder.
 */
export async function openPglite(
  folder: string | undefined,
  release: () => void,
  load?: Blob,
): Promise<DatabaseHandle> {
  const pglite = await PGlite.create(folder, { extensions: { pg_trgm, unaccent }, loadDataDir: load });
  // PGlite is one connection; the adapter's pool of one serialises transactions instead of interleaving them.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    vacuumAnalyze: async () => {
      await sql`VACUUM ANALYZE`.execute(db);
    },
    dumpEmbedded: async () => {
      // Holding the one connection waits for a running transaction to end and keeps the next one out, so the
      // tarball is taken between transactions; after a checkpoint it needs no recovery when it is opened.
      const client = await pool.connect();
      try {
        await client.query('CHECKPOINT');
        const tarball = await pglite.dumpDataDir('gzip');
        return new Uint8Array(await tarball.arrayBuffer());
      } finally {
        client.release();
      }
    },
    close: async () => {
      await db.destroy();
      await pglite.close();
      release();
    },
  };
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

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
  /**
   * The embedded database as a gzipped tarball of its folder (PGlite only), the inside of a backup. Taken while no
   * statement runs; `writeBackup` also holds the one connection, so no transaction is half done.
   */
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

  const release = options.kind === 'pglite' ? lockDataDir(options.dataDir) : () => {};
  try {
    const dataDir = options.kind === 'pglite' ? embeddedFolder(options.dataDir) : undefined;
    const pglite = await PGlite.create(dataDir, { extensions: pgliteExtensions });
    // PGlite is one connection; the adapter's pool of one serialises transactions instead of interleaving them.
    const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'pglite',
      vacuumAnalyze: async () => {
        await sql`VACUUM ANALYZE`.execute(db);
      },
      dumpEmbedded: async () => new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer()),
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

/** The PostgreSQL extensions Nabij uses, as PGlite loads them. */
export const pgliteExtensions = { pg_trgm, unaccent };

/** Where the embedded database keeps its files inside NABIJ_DATA_DIR. */
export const embeddedFolder = (dataDir: string): string => join(dataDir, 'pglite');

/** Whether an embedded database was ever created in this data folder. */
export const embeddedDatabaseExists = (dataDir: string): boolean =>
  existsSync(join(embeddedFolder(dataDir), 'PG_VERSION'));

export function databaseOptionsFrom(config: { databaseUrl: string | undefined; dataDir: string }): DatabaseOptions {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir };
}

/** Runs `work` in one transaction; inside a caller's transaction it runs in that one, so commands compose. */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

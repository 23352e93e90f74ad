// The database: one PostgreSQL dialect over either an embedded PGlite folder or a PostgreSQL server.
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
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
   * The same database as the application's role (`nabij_app`), which may read and add to the access log but not
   * change it, nor alter or drop any table: call after migrating. This handle is closed by it.
   */
  asAppRole(): Promise<DatabaseHandle>;
  close(): Promise<void>;
};

/** The role the application runs as; see roles.ts for what it may do. */
export const APP_ROLE = 'nabij_app';

// bigint (int8) counts come back as numbers: no count in Nabij comes near 2^53.
pg.types.setTypeParser(20, (value: string) => Number.parseInt(value, 10));

export type DatabaseOptions =
  /** `ownerUrl`: the role that owns the tables and runs migrations, when it is not the one of `url`. */
  | { kind: 'postgres'; url: string; ownerUrl?: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' };

/** Where connections come from: a server by URL, or one embedded PGlite shared by the owner and the app handle. */
type Source = { kind: 'pglite' | 'postgres'; pool(as: 'owner' | 'app'): pg.Pool; close(): Promise<void> };

function handleOn(source: Source, role: typeof APP_ROLE | undefined): DatabaseHandle {
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: source.pool(role ? 'app' : 'owner'),
      // Every connection of the application's handle takes on the restricted role before its first query.
      onCreateConnection: role
        ? async (connection) => void (await connection.executeQuery(CompiledQuery.raw(`SET ROLE ${role}`)))
        : undefined,
    }),
  });
  return {
    db,
    kind: source.kind,
    vacuumAnalyze: async () => {
      // Only a table's owner may vacuum it: the maintenance steps out of the restricted role for this one command.
      await db.connection().execute(async (connection) => {
        if (role) await sql`RESET ROLE`.execute(connection);
        try {
          await sql`VACUUM ANALYZE`.execute(connection);
        } finally {
          if (role) await sql.raw(`SET ROLE ${role}`).execute(connection);
        }
      });
    },
    asAppRole: async () => {
      await db.destroy();
      return handleOn(source, APP_ROLE);
    },
    close: async () => {
      await db.destroy();
      await source.close();
    },
  };
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    const pool = (as: 'owner' | 'app') =>
      new pg.Pool({
        connectionString: as === 'owner' ? (options.ownerUrl ?? options.url) : options.url,
        max: options.poolSize ?? 10,
      });
    return handleOn({ kind: 'postgres', pool, close: async () => {} }, undefined);
  }

  const release = options.kind === 'pglite' ? lockDataDir(options.dataDir) : () => {};
  try {
    const dataDir = options.kind === 'pglite' ? join(options.dataDir, 'pglite') : undefined;
    const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
    const source: Source = {
      kind: 'pglite',
      pool: () => new pg.Pool({ ...createPgConfig(pglite), max: 1 }),
      close: async () => {
        await pglite.close();
        release();
      },
    };
    return handleOn(source, undefined);
  } catch (error) {
    release();
    throw error;
  }
}

export function databaseOptionsFrom(config: {
  databaseUrl: string | undefined;
  databaseOwnerUrl?: string | undefined;
  dataDir: string;
}): DatabaseOptions {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl, ownerUrl: config.databaseOwnerUrl }
    : { kind: 'pglite', dataDir: config.dataDir };
}

/** Runs `work` in one transaction; inside a caller's transaction it runs in that one, so commands compose. */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

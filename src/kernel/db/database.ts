// The database: one PostgreSQL dialect over either an embedded PGlite folder or a PostgreSQL server.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { lockDataDir } from './lock.js';
import {
  MIGRATED_DATABASE_FILE,
  emptyDatabaseTemplate,
  unpackDatabase,
  unpackEmptyDatabase,
} from './template/index.js';

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
  /**
   * The embedded database as a gzipped tarball of its folder (PGlite only), the inside of a backup. Taken while no
   * statement runs; `writeBackup` also holds the one connection, so no transaction is half done.
   */
  dumpEmbedded?(): Promise<Uint8Array>;
  /**
   * Runs `work` unless a run under the same name is under way, in this process or (on a server) in any other on the
   * same database; then it does not wait but answers `{ ran: false }`.
   */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<Exclusive<T>>;
  close(): Promise<void>;
};

/** The role the application runs as; see roles.ts for what it may do. */
export const APP_ROLE = 'nabij_app';

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

// bigint (int8) counts come back as numbers: no count in Nabij comes near 2^53.
pg.types.setTypeParser(20, (value: string) => Number.parseInt(value, 10));

export type DatabaseOptions =
  /** `ownerUrl`: the role that owns the tables and runs migrations, when it is not the one of `url`. */
  | { kind: 'postgres'; url: string; ownerUrl?: string; poolSize?: number }
  /** `startFrom`: a migrated data folder's tarball that a new folder starts from when it exists. */
  | { kind: 'pglite'; dataDir: string; buffersMiB?: number; startFrom?: string }
  /** `from`: a data folder tarball to start from (the test suite's migrated copy) instead of the empty template. */
  | { kind: 'pglite-memory'; buffersMiB?: number; from?: Blob };

/**
 * Shared buffers of an embedded database unless set. PGlite starts PostgreSQL with its default of 128 MB, which
 * it zeroes at every start: 32 MiB keeps a neighbourhood's data in memory, starts 0.3 s sooner and takes about
 * 100 MiB less; the files stay in the operating system's cache beside it.
 */
export const DEFAULT_EMBEDDED_BUFFERS_MIB = 32;

/** Where connections come from: a server by URL, or one embedded PGlite shared by the owner and the app handle. */
type Source = {
  kind: 'pglite' | 'postgres';
  pool(as: 'owner' | 'app'): pg.Pool;
  dump?(): Promise<Uint8Array>;
  /** Shared by the owner's and the application's handle of one database. */
  exclusive: DatabaseHandle['exclusive'];
  close(): Promise<void>;
};

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
    dumpEmbedded: source.dump,
    asAppRole: async () => {
      await db.destroy();
      return handleOn(source, APP_ROLE);
    },
    exclusive: source.exclusive,
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
    return handleOn(
      {
        kind: 'postgres',
        pool,
        exclusive: (name, work) => advisoryExclusive(options.url, name, work),
        close: async () => {},
      },
      undefined,
    );
  }

  const release = options.kind === 'pglite' ? lockDataDir(options.dataDir) : () => {};
  try {
    // A new database starts from the empty template instead of initdb (see template/index.ts): a folder on disk
    // unpacked by Node, one in memory loaded by PGlite. Without a template for this PGlite, PGlite runs initdb.
    if (options.kind === 'pglite' && !embeddedDatabaseExists(options.dataDir)) {
      const folder = embeddedFolder(options.dataDir);
      if (options.startFrom && existsSync(options.startFrom)) unpackDatabase(folder, readFileSync(options.startFrom));
      else unpackEmptyDatabase(folder);
    }
    const buffers = options.buffersMiB ?? DEFAULT_EMBEDDED_BUFFERS_MIB;
    const pglite = await PGlite.create(options.kind === 'pglite' ? embeddedFolder(options.dataDir) : undefined, {
      extensions: pgliteExtensions,
      loadDataDir: options.kind === 'pglite-memory' ? (options.from ?? emptyDatabaseTemplate()) : undefined,
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${buffers}MB`],
    });
    const source: Source = {
      kind: 'pglite',
      // PGlite is one connection; the adapter's pool of one serialises transactions instead of interleaving them.
      pool: () => new pg.Pool({ ...createPgConfig(pglite), max: 1 }),
      dump: async () => new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer()),
      exclusive: inProcessExclusive(),
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

/** The PostgreSQL extensions Nabij uses, as PGlite loads them. */
export const pgliteExtensions = { pg_trgm, unaccent };

/** Where the embedded database keeps its files inside NABIJ_DATA_DIR. */
export const embeddedFolder = (dataDir: string): string => join(dataDir, 'pglite');

/** Whether an embedded database was ever created in this data folder. */
export const embeddedDatabaseExists = (dataDir: string): boolean =>
  existsSync(join(embeddedFolder(dataDir), 'PG_VERSION'));

export function databaseOptionsFrom(config: {
  databaseUrl: string | undefined;
  databaseOwnerUrl?: string | undefined;
  dataDir: string;
  embeddedBuffersMiB?: number;
  programDir?: string | undefined;
}): DatabaseOptions {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl, ownerUrl: config.databaseOwnerUrl }
    : {
        kind: 'pglite',
        dataDir: config.dataDir,
        buffersMiB: config.embeddedBuffersMiB,
        startFrom: config.programDir && join(config.programDir, MIGRATED_DATABASE_FILE),
      };
}

/** Runs `work` in one transaction; inside a caller's transaction it runs in that one, so commands compose. */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

// Backups of the embedded database. A backup file is one line that says what it is (format, date, migrations, rows
// per table, checksum), then PGlite's gzipped tarball of its folder; restore checks all of it before it replaces
// anything. A PostgreSQL server is backed up with its own tools (docs/operations.md).
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, type Db, embeddedDatabaseExists, embeddedFolder, pgliteExtensions } from './database.js';
import { lockDataDir } from './lock.js';
import type { Database } from './schema.js';
import { allMigrations } from './migrator.js';

const MAGIC = 'NABIJ-BACKUP';
const FORMAT = 1;
/** Kysely's own bookkeeping: rows there do not make a database "not empty". */
const bookkeeping = new Set(['kysely_migration', 'kysely_migration_lock']);

export type DatabaseSummary = {
  /** Names of the migrations applied, in order. */
  migrations: string[];
  /** Rows per table of the public schema. */
  tables: Record<string, number>;
};

export type BackupManifest = DatabaseSummary & {
  format: typeof FORMAT;
  createdAt: string;
  /** Size and SHA-256 of the tarball that follows the first line. */
  bytes: number;
  sha256: string;
};

/** A backup file that cannot be used, or a restore that would do harm; the message is for the operator. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export async function summarizeDatabase(db: Db): Promise<DatabaseSummary> {
  // pg_tables lists every table, whatever the role may see of it (information_schema would leave some out).
  const names = await sql<{ name: string }>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`.execute(db);
  const tables: Record<string, number> = {};
  for (const { name } of names.rows) {
    const { rows } = await sql<{ count: number }>`SELECT count(*)::int AS count FROM ${sql.table(name)}`.execute(db);
    tables[name] = rows[0]?.count ?? 0;
  }
  const migrations =
    'kysely_migration' in tables
      ? (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db)).rows.map(
          (r) => r.name,
        )
      : [];
  return { migrations, tables };
}

/** Rows in Nabij's own tables, Kysely's bookkeeping left out. */
export const totalRows = (summary: DatabaseSummary): number =>
  Object.entries(summary.tables)
    .filter(([name]) => !bookkeeping.has(name))
    .reduce((sum, [, count]) => sum + count, 0);

export function encodeBackup(summary: DatabaseSummary, tarball: Uint8Array, now: Date): Buffer {
  const manifest: BackupManifest = {
    format: FORMAT,
    createdAt: now.toISOString(),
    ...summary,
    bytes: tarball.byteLength,
    sha256: createHash('sha256').update(tarball).digest('hex'),
  };
  return Buffer.concat([Buffer.from(`${MAGIC} ${JSON.stringify(manifest)}\n`), tarball]);
}

export function decodeBackup(file: Buffer): { manifest: BackupManifest; tarball: Buffer } {
  const notOurs = new BackupError('Dit bestand is geen backup van Nabij (het begint niet met NABIJ-BACKUP).');
  if (!file.subarray(0, MAGIC.length + 1).equals(Buffer.from(`${MAGIC} `))) throw notOurs;
  const end = file.indexOf(0x0a);
  if (end < 0) throw notOurs;
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(file.subarray(MAGIC.length + 1, end).toString('utf8')) as BackupManifest;
  } catch {
    throw notOurs;
  }
  if (manifest.format !== FORMAT) {
    throw new BackupError(
      `Deze backup heeft formaat ${String(manifest.format)}; deze versie van Nabij kent ${FORMAT}.`,
    );
  }
  const tarball = file.subarray(end + 1);
  const sha256 = createHash('sha256').update(tarball).digest('hex');
  if (tarball.byteLength !== manifest.bytes || sha256 !== manifest.sha256) {
    throw new BackupError(
      `De backup is beschadigd of niet compleet: ${tarball.byteLength} van ${manifest.bytes} bytes, ` +
        'en de controlesom klopt niet.',
    );
  }
  return { manifest, tarball };
}

/** Writes next to the target and renames, so a backup file is whole or absent; readable by the owner only. */
function writePrivately(path: string, content: Buffer): void {
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.deels`);
  try {
    writeFileSync(partial, content, { mode: 0o600 });
    chmodSync(partial, 0o600);
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Writes a backup of an open embedded database to `path`. */
export async function writeBackup(database: DatabaseHandle, path: string, now = new Date()): Promise<BackupManifest> {
  const { dumpEmbedded } = database;
  if (!dumpEmbedded) throw new BackupError('Alleen de ingebedde database heeft backups van Nabij zelf.');
  // PGlite is one connection: holding it waits for a running transaction to end and keeps the next one out, so the
  // rows counted are the rows in the tarball, and no transaction is half done in it.
  const { summary, tarball } = await database.db.connection().execute(async (connection) => {
    // The application's handle works as a restricted role that may not read the migrator's tables nor run a
    // checkpoint: like VACUUM, the backup steps out of it on this one connection, and back in afterwards.
    const { rows } = await sql<{ role: string; login: string }>`
      SELECT current_user AS role, session_user AS login`.execute(connection);
    const role = rows[0]?.role;
    if (role && role !== rows[0]?.login) await sql`RESET ROLE`.execute(connection);
    try {
      // A checkpoint spares recovery when the backup is opened.
      await sql`CHECKPOINT`.execute(connection);
      return { summary: await summarizeDatabase(connection), tarball: await dumpEmbedded() };
    } finally {
      if (role && role !== rows[0]?.login) await sql`SET ROLE ${sql.id(role)}`.execute(connection);
    }
  });
  const content = encodeBackup(summary, tarball, now);
  writePrivately(path, content);
  return decodeBackup(content).manifest;
}

export type RestoreReport = { manifest: BackupManifest };

/**
 * A PGlite folder opened for a look, without the data folder's lock (restore holds it); `load` fills a new folder
 * from a backup's tarball.
 */
async function openFolder(folder: string, load?: Blob): Promise<{ db: Db; close(): Promise<void> }> {
  const pglite = await PGlite.create(folder, { extensions: pgliteExtensions, loadDataDir: load });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ ...createPgConfig(pglite), max: 1 }) }),
  });
  return {
    db,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

/**
 * Puts a backup in place of the embedded database in `dataDir`, holding the folder's lock throughout: the backup is
 * checked, loaded into a folder beside the database, counted against its first line, and only then swapped in.
 * A database with rows is replaced only with `force`.
 */
export async function restoreBackup(dataDir: string, path: string, force: boolean): Promise<RestoreReport> {
  const { manifest, tarball } = decodeBackup(readFileSync(path));
  const known = new Set(Object.keys(allMigrations()));
  const unknown = manifest.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `Deze backup komt van een nieuwere versie van Nabij (onbekende migraties: ${unknown.join(', ')}). ` +
        'Zet hem terug met die versie of een nieuwere.',
    );
  }
  const release = lockDataDir(dataDir);
  try {
    const target = embeddedFolder(dataDir);
    const exists = embeddedDatabaseExists(dataDir);
    if (exists && !force) {
      const current = await openFolder(target);
      const rows = await summarizeDatabase(current.db).finally(() => current.close());
      if (totalRows(rows) > 0) {
        throw new BackupError(
          `De database in ${dataDir} is niet leeg (${totalRows(rows)} rijen). Terugzetten vervangt alles wat erin ` +
            'staat; doe dat met --force, en maak eerst een backup als u twijfelt.',
        );
      }
    }
    const staging = `${target}.terugzetten`;
    rmSync(staging, { recursive: true, force: true });
    let restored: Awaited<ReturnType<typeof openFolder>>;
    try {
      restored = await openFolder(staging, new Blob([new Uint8Array(tarball)]));
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw new BackupError(`De backup kon niet worden geopend: ${(error as Error).message}`);
    }
    const summary = await summarizeDatabase(restored.db).finally(() => restored.close());
    if (JSON.stringify(summary) !== JSON.stringify({ migrations: manifest.migrations, tables: manifest.tables })) {
      rmSync(staging, { recursive: true, force: true });
      throw new BackupError(
        'De teruggezette database heeft andere aantallen rijen dan de backup zegt; er is niets vervangen.',
      );
    }
    const previous = `${target}.vorige`;
    rmSync(previous, { recursive: true, force: true });
    if (existsSync(target)) renameSync(target, previous);
    renameSync(staging, target);
    rmSync(previous, { recursive: true, force: true });
    return { manifest };
  } finally {
    release();
  }
}

// --- The daily backup of `serve` ---

const dailyName = /^nabij-\d{4}-\d{2}-\d{2}\.backup$/;

/** One file a day, named by its date in UTC: nabij-2026-12-07.backup. */
export const dailyBackupName = (now: Date): string => `nabij-${now.toISOString().slice(0, 10)}.backup`;

/** Daily backups beyond the newest `keep`, oldest first; other files in the folder are never touched. */
export function backupsBeyondKeep(names: readonly string[], keep: number): string[] {
  const daily = names.filter((name) => dailyName.test(name)).sort();
  return daily.slice(0, Math.max(0, daily.length - keep));
}

export type DailyBackupResult = { written: string | undefined; deleted: string[] };

/** Writes today's backup when it is not there yet, then deletes the oldest beyond `keep`. Safe to run often. */
export async function runDailyBackup(options: {
  dir: string;
  keep: number;
  now: Date;
  write: (path: string) => Promise<unknown>;
}): Promise<DailyBackupResult> {
  mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  const today = join(options.dir, dailyBackupName(options.now));
  let written: string | undefined;
  if (!existsSync(today)) {
    await options.write(today);
    written = today;
  }
  const deleted = backupsBeyondKeep(readdirSync(options.dir), options.keep);
  for (const name of deleted) rmSync(join(options.dir, name));
  return { written, deleted };
}

/** Runs the daily backup now and then every hour (so a restart or a sleeping laptop misses no day). */
export function startDailyBackups(
  options: { dir: string; keep: number; database: DatabaseHandle; clock?: () => Date },
  report: { done(result: DailyBackupResult): void; failed(error: unknown): void },
): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const { database } = options;
      const now = (options.clock ?? (() => new Date()))();
      report.done(await runDailyBackup({ ...options, now, write: (path) => writeBackup(database, path, now) }));
    } catch (error) {
      report.failed(error);
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

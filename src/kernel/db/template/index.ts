// A new embedded database starts from a copy of an empty one instead of running initdb: PGlite's initdb in
// WebAssembly takes 6 s on the project's machine. The copy is an empty, just-initialised PGlite data folder (no
// tables: migrations still run), made by `npm run pglite-template` for one PGlite version and kept next to this
// file, compressed with Brotli. A folder on disk is unpacked by Node itself (0.1 s), an in-memory one by PGlite.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';

const folder = new URL('./', import.meta.url);
export const TEMPLATE_FILE = new URL('pglite-empty.tar.br', folder);
export const TEMPLATE_INFO = new URL('pglite-empty.json', folder);

export type TemplateInfo = { pgliteVersion: string };

/** The PGlite version installed now: a template is used only with the version it was made by. */
export function installedPgliteVersion(): string {
  // The package exports no package.json: find it above its entry point.
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

export function templateInfo(): TemplateInfo | undefined {
  if (!existsSync(TEMPLATE_INFO)) return undefined;
  return JSON.parse(readFileSync(TEMPLATE_INFO, 'utf8')) as TemplateInfo;
}

/**
 * The empty data folder as a tarball for PGlite's `loadDataDir`, or undefined when there is none for the installed
 * PGlite (after an upgrade, before `npm run pglite-template`): then PGlite runs initdb as before.
 */
export function emptyDatabaseTemplate(): Blob | undefined {
  const tarball = templateTarball();
  return tarball && new Blob([new Uint8Array(tarball)]);
}

function templateTarball(): Buffer | undefined {
  if (templateInfo()?.pgliteVersion !== installedPgliteVersion() || !existsSync(TEMPLATE_FILE)) return undefined;
  return brotliDecompressSync(readFileSync(TEMPLATE_FILE));
}

/**
 * Unpacks the empty database into `folder`, which must not exist yet; false when there is no template for the
 * installed PGlite. Through PGlite's own `loadDataDir` the same takes about 1 s longer: every file goes through its
 * WebAssembly file system.
 */
export function unpackEmptyDatabase(folder: string): boolean {
  const tarball = templateTarball();
  if (!tarball) return false;
  unpackDatabase(folder, tarball);
  return true;
}

/**
 * Unpacks a tarball of a PGlite data folder (as `dumpDataDir` makes it) into `folder`, which must not exist yet.
 * Unpacked beside it first and then renamed, so a start that is killed halfway leaves no folder that looks like a
 * database.
 */
export function unpackDatabase(folder: string, tarball: Uint8Array): void {
  const unpacking = `${folder}.unpacking-${process.pid}`;
  rmSync(unpacking, { recursive: true, force: true });
  mkdirSync(unpacking, { recursive: true, mode: 0o700 });
  for (const entry of ustarEntries(tarball)) {
    const target = join(unpacking, entry.path);
    if (entry.kind === 'folder') mkdirSync(target, { recursive: true, mode: 0o700 });
    else {
      mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
      writeFileSync(target, entry.content, { mode: 0o600 });
    }
  }
  renameSync(unpacking, folder);
}

type TarEntry = { path: string; kind: 'folder' } | { path: string; kind: 'file'; content: Uint8Array };

/**
 * The entries of the template's tarball (POSIX ustar, as PGlite's `dumpDataDir` writes it: folders and plain files
 * only). Read by hand rather than with a tar package, because only this file, made by this project, is ever read;
 * anything else in it is refused.
 */
function* ustarEntries(tarball: Uint8Array): Generator<TarEntry> {
  const text = (from: number, length: number) =>
    Buffer.from(tarball.subarray(from, from + length))
      .toString('utf8')
      .replace(/\0.*$/s, '');
  for (let offset = 0; offset + 512 <= tarball.length;) {
    const name = text(offset, 100);
    if (name === '') return;
    const prefix = text(offset + 345, 155);
    const path = (prefix ? `${prefix}/${name}` : name).replace(/^\/+/, '');
    const size = Number.parseInt(text(offset + 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(tarball[offset + 156] ?? 0);
    if (path.split('/').includes('..')) throw new Error(`template: unsafe path ${path}`);
    const start = offset + 512;
    if (type === '5') yield { path, kind: 'folder' };
    else if (type === '0' || type === '\0')
      yield { path, kind: 'file', content: tarball.subarray(start, start + size) };
    else throw new Error(`template: unexpected entry type ${type} for ${path}`);
    offset = start + Math.ceil(size / 512) * 512;
  }
}

/** The migrated copy of a new database kept in the compiled program's folder (see `keepMigratedDatabase`). */
export const MIGRATED_DATABASE_FILE = 'database-migrated.tar';

/**
 * Keeps a tarball of a just-migrated, still empty database as `file`, for the next new data folder of the same
 * program: it then skips the migrations (1.5 s). Written beside it and renamed, so a half-written copy is never
 * read. A cache: when it cannot be written, the next new folder migrates as before.
 */
export async function keepMigratedDatabase(file: string, dump: () => Promise<Uint8Array>): Promise<void> {
  if (existsSync(file)) return;
  const writing = `${file}.${process.pid}`;
  try {
    writeFileSync(writing, gunzipSync(await dump()), { mode: 0o600 });
    renameSync(writing, file);
  } catch {
    rmSync(writing, { force: true });
  }
}

/** Writes the template from the tarball of a fresh PGlite folder (used by `npm run pglite-template`). */
export function writeTemplate(tarball: Uint8Array): { bytes: number } {
  const packed = brotliCompressSync(tarball, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
  });
  writeFileSync(TEMPLATE_FILE, packed);
  writeFileSync(TEMPLATE_INFO, `${JSON.stringify({ pgliteVersion: installedPgliteVersion() }, null, 2)}\n`);
  return { bytes: packed.length };
}

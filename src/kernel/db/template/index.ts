// A new embedded database starts from a copy of an empty one instead of running initdb: PGlite's initdb in
// WebAssembly takes 6 s on the project's machine, unpacking this copy about 0.4 s and opening it about 1.5 s. The copy
// is an empty, just-initialised PGlite data folder (no tables: migrations still run), made by
// `npm run pglite-template` for one PGlite version and kept next to this file, compressed with Brotli.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

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
  if (templateInfo()?.pgliteVersion !== installedPgliteVersion() || !existsSync(TEMPLATE_FILE)) return undefined;
  return new Blob([brotliDecompressSync(readFileSync(TEMPLATE_FILE))]);
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

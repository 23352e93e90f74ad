// The compiled program: src/ turned into JavaScript with esbuild under dist/<fingerprint>/, other files copied.
// Loading ~300 modules through tsx's loader takes about 2 s; the compiled ones load in about 1 s. Types are not
// checked here (`npm test` runs tsc). The fingerprint covers every file's path, size and time, so a changed source
// gives a new folder; two processes building at once each build their own and the first rename wins.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = join(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(source) {
  return readdirSync(source, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function fingerprint(source, files) {
  const hash = createHash('sha256');
  for (const file of files) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(source, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

const isCode = (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file);
const isTest = (file) => /\.test\.tsx?$/.test(file);

async function compile(source, files, folder) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: files.filter(isCode),
    outdir: folder,
    outbase: source,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'linked',
    logLevel: 'error',
  });
  for (const file of files.filter((f) => !isCode(f) && !isTest(f)))
    cpSync(file, join(folder, relative(source, file)), { preserveTimestamps: true });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The folder of the compiled program for the sources as they are now, compiled first when needed. Folders of older
 * sources go when a new one is made and they are a day old: a server still running from one may load a page's code
 * later.
 */
export async function compiledProgram(root = repository, { compiling = () => {} } = {}) {
  const source = join(root, 'src');
  const output = join(root, 'dist');
  const files = sourceFiles(source);
  const folder = join(output, fingerprint(source, files));
  if (existsSync(join(folder, 'cli', 'main.js'))) return folder;
  compiling();
  mkdirSync(output, { recursive: true });
  const building = `${folder}.building-${process.pid}`;
  try {
    await compile(source, files, building);
    renameSync(building, folder);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    // Another process finished the same folder first.
    if (!existsSync(join(folder, 'cli', 'main.js'))) throw error;
  }
  for (const name of readdirSync(output)) {
    const old = join(output, name);
    if (old !== folder && Date.now() - statSync(old).mtimeMs > DAY_MS) rmSync(old, { recursive: true, force: true });
  }
  return folder;
}

// The compiled program: src/ bundled by esbuild under dist/<fingerprint>/ with the packages it uses, other files
// copied. Loading ~500 modules and the packages' own files through tsx's loader took about 2 s, as separate
// JavaScript files about 1 s; bundled into a few chunks it loads in about half that. Types are not checked here
// (`npm test` runs tsc). The fingerprint covers every source file's path, size and time and the lock file, so a
// changed source or package gives a new folder; two processes building at once each build their own and the first
// rename wins.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
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
  const lock = join(source, '..', 'package-lock.json');
  for (const file of existsSync(lock) ? [...files, lock] : files) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(source, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

const isCode = (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file);
const isTest = (file) => /\.test\.tsx?$/.test(file);

/**
 * Packages left out of the bundle: PGlite and pino start workers from files of their own, pdfkit reads its fonts
 * beside its code, and esbuild and tsx are tools with native parts.
 */
const external = ['@electric-sql/pglite', 'esbuild', 'tsx', 'pdfkit', 'pino', 'thread-stream'];

/**
 * In a bundle every module shares the address of its chunk. Code that reads a file beside itself
 * (`new URL('./x.csv', import.meta.url)`) gets the address its own file has in dist/ instead, where the copies are.
 */
const ownAddress = (source) => ({
  name: 'own-address',
  setup(builder) {
    builder.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (!args.path.startsWith(source)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const own = relative(source, args.path)
        .replace(/\.tsx?$/, '.js')
        .split(sep)
        .join('/');
      return {
        contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, __nabijRoot).href`),
        loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts',
      };
    });
  },
});

async function compile(source, files, folder) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(source, 'cli', 'main.ts')],
    bundle: true,
    splitting: true,
    outdir: folder,
    outbase: source,
    entryNames: '[dir]/[name]',
    // One level down, like cli/main.js, so both find the program's root as '../'.
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'linked',
    external: external.flatMap((name) => [name, `${name}/*`]),
    // Packages written as CommonJS call require; an ES module has none of its own.
    banner: {
      js:
        "import { createRequire as __nabijRequire } from 'node:module';\n" +
        'const require = __nabijRequire(import.meta.url);\n' +
        "const __nabijRoot = new URL('../', import.meta.url);",
    },
    plugins: [ownAddress(source)],
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

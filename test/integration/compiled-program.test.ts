// bin/compiled.js: the `nabij` command runs src/ compiled to dist/<fingerprint>/, made again after any change.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compiledProgram } from '../../bin/compiled.js';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'nabij-compiled-'));
  mkdirSync(join(root, 'src', 'cli', 'texts'), { recursive: true });
  writeFileSync(
    join(root, 'src', 'cli', 'main.ts'),
    "import { readFileSync } from 'node:fs';\n" +
      'const greeting: string = readFileSync(new URL("./texts/hallo.txt", import.meta.url), "utf8");\n' +
      'export const answer = (): string => greeting.trim();\n' +
      'export const later = async (): Promise<string> => (await import("./later.js")).later();\n',
  );
  writeFileSync(join(root, 'src', 'cli', 'texts', 'hallo.txt'), 'hallo\n');
  // A module deeper down that reads a file beside itself, loaded later: bundled into a chunk of its own.
  mkdirSync(join(root, 'src', 'modules', 'buurt'), { recursive: true });
  writeFileSync(
    join(root, 'src', 'modules', 'buurt', 'index.ts'),
    "import { readFileSync } from 'node:fs';\n" +
      'export const wijk = (): string => readFileSync(new URL("./wijk.txt", import.meta.url), "utf8").trim();\n',
  );
  writeFileSync(join(root, 'src', 'modules', 'buurt', 'wijk.txt'), 'Vogelwijk\n');
  writeFileSync(
    join(root, 'src', 'cli', 'later.ts'),
    'export const later = async (): Promise<string> => (await import("../modules/buurt/index.js")).wijk();\n',
  );
  writeFileSync(join(root, 'src', 'cli', 'main.test.ts'), 'throw new Error("tests are not compiled");\n');
  return root;
}

describe('the compiled program', () => {
  it('bundles TypeScript beside copies of the other files, without tests, and reuses a build', async () => {
    const root = project();
    const folder = await compiledProgram(root);
    const main = (await import(pathToFileURL(join(folder, 'cli', 'main.js')).href)) as {
      answer(): string;
      later(): Promise<string>;
    };
    expect(main.answer()).toBe('hallo');
    expect(await main.later()).toBe('Vogelwijk');
    expect(readdirSync(join(folder, 'cli')).sort()).toEqual(['main.js', 'main.js.map', 'texts']);
    expect(await compiledProgram(root)).toBe(folder);
  });

  it('builds again when the packages change (the lock file), as they are in the bundle', async () => {
    const root = project();
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3}\n');
    const first = await compiledProgram(root);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}\n');
    expect(await compiledProgram(root)).not.toBe(first);
  });

  it('builds again when a source or data file changes, keeping the older build for a running server', async () => {
    const root = project();
    const first = await compiledProgram(root);
    const text = join(root, 'src', 'cli', 'texts', 'hallo.txt');
    writeFileSync(text, 'dag\n');
    utimesSync(text, new Date(), new Date(Date.now() + 5_000));
    const second = await compiledProgram(root);
    expect(second).not.toBe(first);
    expect(readFileSync(join(second, 'cli', 'texts', 'hallo.txt'), 'utf8')).toBe('dag\n');
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(
      [first, second].map((f) => f.slice(join(root, 'dist').length + 1)).sort(),
    );
  });
});

// The shape of the code: modules meet only at their front doors, the kernel imports no module, no import cycles,
// and every file is formatted the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryViolations, importCycles, importGraph, importsOf, sourceFiles } from './imports.js';
import { isQueryFile, longLines, sqlOutsideQueries, sqlStatementsIn } from './layout.js';

const root = join(import.meta.dirname, '..', '..');
const graph = importGraph(root, 'src');

describe('module boundaries', () => {
  it('finds no import past a front door and none from the kernel into a module', () => {
    expect(boundaryViolations(graph)).toEqual([]);
  });

  it('finds no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('gives every module a front door', () => {
    const modules = new Set(
      sourceFiles(root, 'src/modules')
        .map((f) => f.split('/')[2])
        .filter((m) => m && !m.includes('.')),
    );
    const doors = new Set(sourceFiles(root, 'src/modules').filter((f) => /^src\/modules\/[^/]+\/index\.ts$/.test(f)));
    expect([...modules].filter((m) => !doors.has(`src/modules/${m}/index.ts`))).toEqual([]);
  });

  it('lists every module in src/modules/index.ts', () => {
    const list = readFileSync(join(root, 'src/modules/index.ts'), 'utf8');
    const modules = new Set(
      sourceFiles(root, 'src/modules')
        .map((f) => f.split('/')[2])
        .filter((m) => m && !m.includes('.')),
    );
    for (const m of modules) expect(list, `src/modules/${m} is not listed`).toContain(`'./${m}/index.js'`);
  });
});

describe('code layout', () => {
  it('keeps SQL in a module’s query files and migrations', () => {
    expect(sqlOutsideQueries(root, sourceFiles(root, 'src/modules'))).toEqual([]);
  });

  it('keeps every line of code within the formatter’s width', () => {
    const files = ['src', 'test', 'bench'].flatMap((folder) => sourceFiles(root, folder));
    expect(longLines(root, files)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const file = (path: string, text: string) => importsOf(path, text);

  it('catch an import past a front door, and let the front door through', () => {
    const imports = [
      ...file('src/modules/requests/a.ts', "import { x } from '../socialbase/search.js';"),
      ...file('src/modules/requests/b.ts', "import { y } from '../socialbase/index.js';"),
      ...file('src/cli/c.ts', "import { z } from '../modules/volunteers/queries.js';"),
    ];
    expect(boundaryViolations(imports)).toEqual([
      'src/modules/requests/a -> src/modules/socialbase/search: past the front door of modules/socialbase',
      'src/cli/c -> src/modules/volunteers/queries: past the front door of modules/volunteers',
    ]);
  });

  it('catch the kernel importing a module, except the schema types', () => {
    const imports = [
      ...file('src/kernel/http/app.ts', "import { routes } from '../../modules/portal/index.js';"),
      ...file('src/kernel/db/schema.ts', "import type { T } from '../../modules/requests/schema.js';"),
      ...file('src/kernel/db/schema.ts', "import { value } from '../../modules/requests/schema.js';"),
    ];
    expect(boundaryViolations(imports)).toEqual([
      'src/kernel/http/app -> src/modules/portal/index: the kernel imports a module',
      'src/kernel/db/schema -> src/modules/requests/schema: the kernel imports a module',
    ]);
  });

  it('catch a cycle, also through type imports and dynamic imports', () => {
    const imports = [
      ...file('src/a.ts', "import type { B } from './b.js';"),
      ...file('src/b.ts', "export { c } from './c.js';"),
      ...file('src/c.ts', "const a = await import('./a.js');"),
      ...file('src/d.ts', "import { a } from './a.js';"),
    ];
    expect(importCycles(imports)).toEqual([['src/a', 'src/b', 'src/c']]);
  });

  it('read multi-line imports and ignore module augmentation', () => {
    const imports = file(
      'src/modules/x/a.ts',
      "import {\n  one,\n  type Two,\n} from './one.js';\ndeclare module '../../kernel/events.js' {}\n",
    );
    expect(imports).toEqual([{ from: 'src/modules/x/a', to: 'src/modules/x/one', typeOnly: false }]);
  });

  it('tell query files from other files, and see SQL in a route file', () => {
    expect(
      ['src/modules/x/queries.ts', 'src/modules/x/queries/a.ts', 'src/modules/x/migrations/0001_x.ts'].map(isQueryFile),
    ).toEqual([true, true, true]);
    expect(isQueryFile('src/modules/x/routes.tsx')).toBe(false);
    expect(sqlStatementsIn("await db.selectFrom('activities').selectAll().execute();")).toBe(1);
    expect(sqlStatementsIn('const page = <p>Selecteer een activiteit</p>;')).toBe(0);
  });
});

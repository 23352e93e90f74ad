// Reads the import graph of the source tree: which file imports which, and whether only for types.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export type Import = { from: string; to: string; typeOnly: boolean };

/** Every .ts/.tsx file under a folder, as paths relative to `root` with forward slashes. */
export function sourceFiles(root: string, folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(join(root, folder));
  return found.sort();
}

const importPattern =
  /^\s*(?:import|export)\s+(type\s+)?(?:[\w*\s{},]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/gm;

/** The relative imports of one file's text, resolved to repository paths without extension. */
export function importsOf(file: string, text: string): Import[] {
  const imports: Import[] = [];
  for (const match of text.matchAll(importPattern)) {
    const spec = match[2] ?? match[3];
    if (!spec) continue;
    const to = resolve('/', dirname(file), spec)
      .slice(1)
      .replace(/\.(js|ts|tsx)$/, '');
    // `import { type A, type B }` is as type-only as `import type { A, B }`.
    const braces = /\{([^}]*)\}/.exec(match[0])?.[1];
    const allTypes =
      braces !== undefined && braces.split(',').every((name) => name.trim() === '' || name.trim().startsWith('type '));
    imports.push({ from: file.replace(/\.tsx?$/, ''), to, typeOnly: Boolean(match[1]) || allTypes });
  }
  return imports;
}

export function importGraph(root: string, folder: string): Import[] {
  return sourceFiles(root, folder).flatMap((file) => importsOf(file, readFileSync(join(root, file), 'utf8')));
}

/** "src/modules/requests/queries" → "modules/requests"; "src/kernel/db/x" → "kernel"; else the top folder. */
export function partOf(path: string): string {
  const [top, second, third] = path.split('/').slice(1);
  if (top === 'modules' && third !== undefined) return `modules/${second}`;
  return top ?? path;
}

/** Imports that break the rules: past another module's index, or from the kernel into a module. */
export function boundaryViolations(imports: readonly Import[]): string[] {
  const found: string[] = [];
  for (const { from, to, typeOnly } of imports) {
    const source = partOf(from);
    const target = partOf(to);
    if (source === target || !target.startsWith('modules/')) continue;
    if (source === 'kernel') {
      // Kysely's one Database type is the union of every module's tables: a type-only import of schema files.
      const schemaTypes = from === 'src/kernel/db/schema' && typeOnly && to.endsWith('/schema');
      if (!schemaTypes) found.push(`${from} -> ${to}: the kernel imports a module`);
    } else if (to !== `src/${target}/index`) {
      found.push(`${from} -> ${to}: past the front door of ${target}`);
    }
  }
  return found;
}

/** Import cycles between files (every import counts, types too), each as the files of one strongly connected set. */
export function importCycles(imports: readonly Import[]): string[][] {
  const edges = new Map<string, string[]>();
  for (const { from, to } of imports) edges.set(from, [...(edges.get(from) ?? []), to]);
  // Tarjan's algorithm for strongly connected components.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (edges.get(node) ?? []).includes(node)) cycles.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

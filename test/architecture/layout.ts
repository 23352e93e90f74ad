// Checks of where code sits and how it reads: SQL only in a module's query files, lines within the formatter's width.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const WIDTH = 120;

/** queries.ts, a file under queries/, or a migration: the places a module keeps its SQL. */
export const isQueryFile = (path: string): boolean =>
  /\/queries(\.ts|\/[^/]+\.ts)$/.test(path) || /\/migrations\/[^/]+\.ts$/.test(path);

const sqlPattern = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto)\(|\bsql`|\bsql<[^>]*>`/g;

export const sqlStatementsIn = (text: string): number => [...text.matchAll(sqlPattern)].length;

/** Module files (tests aside) that build SQL outside the module's query files. */
export function sqlOutsideQueries(root: string, files: readonly string[]): string[] {
  return files
    .filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.test.tsx') && !isQueryFile(f))
    .filter((f) => sqlStatementsIn(readFileSync(join(root, f), 'utf8')) > 0);
}

/** A regular expression literal cannot be broken over lines without changing it, so it may be longer. */
const isRegexLiteral = (line: string) => /^\s*\/[^/*]/.test(line);

/** Lines over the width; merged migrations are never edited, so they keep the lines they were merged with. */
export function longLines(root: string, files: readonly string[]): string[] {
  return files
    .filter((f) => !/\/migrations\//.test(f))
    .flatMap((f) =>
      readFileSync(join(root, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.length > WIDTH && !isRegexLiteral(line) ? [`${f}:${i + 1}`] : [])),
    );
}

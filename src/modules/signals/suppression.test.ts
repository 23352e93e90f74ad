// Small-cell suppression as a table of cases: no count under 5 is published, and no hidden count can be worked out
// from the published total and the other counts.
import { describe, expect, it } from 'vitest';
import { suppressGroup } from './suppression.js';

const run = (counts: number[]) => {
  const result = suppressGroup(counts.map((count, key) => ({ key, count })));
  return { cells: result.cells.map((c) => c.count), total: result.total.count };
};

describe('suppressGroup', () => {
  it.each([
    // counts, published cells, published total
    [[7, 6], [7, 6], 13],
    [[7, 6, 3], [7, null, null], 16],
    [[8, 4, 2], [8, null, null], 14],
    [[9, 3, 3], [9, null, null], 15],
    [[6, 5, 1], [6, null, null], 12],
    [[12, 9, 6, 1], [12, 9, null, null], 28],
    [[4], [null], null],
    [[2, 2], [null, null], null],
    [[3, 3], [null, null], 6],
    [[5, 5], [5, 5], 10],
  ])('%j gives %j and total %j', (counts, cells, total) => {
    expect(run(counts)).toEqual({ cells, total });
  });

  it('never publishes a count under 5, and never leaves hidden counts that add up to under 5 beside a total', () => {
    for (let a = 1; a <= 9; a++)
      for (let b = 1; b <= 9; b++)
        for (let c = 1; c <= 9; c++) {
          const counts = [a, b, c];
          const { cells, total } = run(counts);
          for (const n of [...cells, total]) expect(n === null || n >= 5).toBe(true);
          const hidden = counts.filter((_n, i) => cells[i] === null);
          if (total !== null && hidden.length > 0) {
            expect(hidden.length).toBeGreaterThan(1);
            expect(hidden.reduce((s, n) => s + n, 0)).toBeGreaterThanOrEqual(5);
          }
        }
  });

  it('says why a cell is empty', () => {
    const { cells } = suppressGroup([
      { key: 'a', count: 7 },
      { key: 'b', count: 6 },
      { key: 'c', count: 3 },
    ]);
    expect(cells.map((c) => c.note)).toEqual(['', 'verborgen, beschermt een kleine telling', 'minder dan 5']);
  });
});

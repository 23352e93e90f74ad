// The draw by lot: reproducible from its seed, fair to every candidate, and exactly the algorithm the docs describe.
import { describe, expect, it } from 'vitest';
import { drawByLot, numberBelow } from './draw.js';

const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('drawByLot', () => {
  it('gives the same members for the same seed and numbers, in any order the numbers come', () => {
    const seed = 'Staatsloterij 10 januari 2027: 123456';
    expect(drawByLot(seed, ten, 3)).toEqual(drawByLot(seed, [...ten].reverse(), 3));
  });

  it('matches known vectors, so a change of algorithm fails (the Python script in docs/agenda-board.md agrees)', () => {
    expect(drawByLot('Staatsloterij 10 januari 2027: 123456', ten, 3)).toEqual([9, 8, 1]);
    expect(drawByLot('abc', [3, 1, 2], 5)).toEqual([2, 3, 1]);
  });

  it('gives another result for another seed (almost surely)', () => {
    const results = new Set(['a', 'b', 'c', 'd', 'e'].map((seed) => drawByLot(seed, ten, 4).join(',')));
    expect(results.size).toBeGreaterThan(3);
  });

  it('draws everyone, once, when there are fewer candidates than seats', () => {
    const drawn = drawByLot('zaal', [12, 4, 7], 5);
    expect([...drawn].sort((a, b) => a - b)).toEqual([4, 7, 12]);
  });

  it('refuses no seats and repeated numbers', () => {
    expect(() => drawByLot('x', ten, 0)).toThrow(RangeError);
    expect(() => drawByLot('x', [1, 1, 2], 1)).toThrow(RangeError);
  });

  it('gives every candidate a fair chance over many seeds (loose bounds)', () => {
    const counts = new Map<number, number>(ten.map((n) => [n, 0]));
    const runs = 4000;
    for (let k = 0; k < runs; k++)
      for (const n of drawByLot(`seed-${k}`, ten, 3)) counts.set(n, (counts.get(n) ?? 0) + 1);
    // Each is drawn with chance 3/10: 1200 expected out of 4000, standard deviation about 29.
    for (const n of ten) {
      expect(counts.get(n)).toBeGreaterThan(1080);
      expect(counts.get(n)).toBeLessThan(1320);
    }
  });
});

describe('numberBelow', () => {
  it('throws away values above the largest multiple, so there is no modulo bias', () => {
    const values = [2 ** 32 - 1, 7];
    const next = () => values.shift() ?? 0;
    // The limit for 3 is floor(2^32 / 3) * 3 = 2^32 - 1: that value itself is thrown away, then 7 gives 7 % 3 = 1.
    expect(numberBelow(next, 3)).toBe(1);
  });
});

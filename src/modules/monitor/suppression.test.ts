// Small-cell suppression of the monitor as a table of cases: no count under 10 is shown, no share over fewer than
// 10, and no hidden count can be worked out from the municipality's total.
import { describe, expect, it } from 'vitest';
import { figureByKey } from './figures.js';
import { hiddenWords, showFigure } from './suppression.js';

const count = figureByKey.get('initiatieven')!;
const share = figureByKey.get('aandeel_professioneel')!;

describe('showFigure', () => {
  it('shows counts of 10 and more, and the total', () => {
    const shown = showFigure(count, [
      { wijk: 'a', n: 12, value: null },
      { wijk: 'b', n: 10, value: null },
      { wijk: 'gemeente', n: 22, value: null },
    ]);
    expect(shown.map((s) => s.n)).toEqual([12, 10, 22]);
  });

  it('hides a count under 10, and the next smallest so the total does not give it away', () => {
    const shown = showFigure(count, [
      { wijk: 'a', n: 40, value: null },
      { wijk: 'b', n: 15, value: null },
      { wijk: 'c', n: 3, value: null },
      { wijk: 'gemeente', n: 58, value: null },
    ]);
    expect(shown.map((s) => [s.wijk, s.n, hiddenWords(s.hidden)])).toEqual([
      ['a', 40, ''],
      ['b', null, 'verborgen'],
      ['c', null, 'minder dan 10'],
      ['gemeente', 58, ''],
    ]);
  });

  it('shows a share only over 10 or more, and not where its count is hidden to protect a small one', () => {
    const shown = showFigure(share, [
      { wijk: 'a', n: 20, value: 5 },
      { wijk: 'b', n: 9, value: 9 },
      { wijk: 'c', n: 30, value: 3 },
      { wijk: 'gemeente', n: 59, value: 17 },
    ]);
    expect(shown.map((s) => s.value)).toEqual([null, null, 10, 28.8]);
    expect(shown.map((s) => s.n)).toEqual([null, null, 30, 59]);
  });

  it('hides the total under 10 as well', () => {
    const shown = showFigure(count, [
      { wijk: 'a', n: 4, value: null },
      { wijk: 'gemeente', n: 4, value: null },
    ]);
    expect(shown.every((s) => s.n === null && s.value === null)).toBe(true);
  });

  it('never leaves a count under 10 visible, for any split of two or three wijken', () => {
    for (let a = 0; a <= 25; a += 1)
      for (let b = 0; b <= 25; b += 3)
        for (const c of [0, 1, 9, 10, 30]) {
          const rows = [
            { wijk: 'a', n: a, value: null },
            { wijk: 'b', n: b, value: null },
            { wijk: 'c', n: c, value: null },
            { wijk: 'gemeente', n: a + b + c, value: null },
          ];
          const shown = showFigure(count, rows);
          for (const s of shown) if (s.n !== null) expect(s.n).toBeGreaterThanOrEqual(10);
          const hidden = rows.filter((r, i) => r.wijk !== 'gemeente' && shown[i]!.n === null);
          const hiddenSum = hidden.reduce((sum, r) => sum + r.n, 0);
          if (hidden.length > 0 && shown.at(-1)!.n !== null) expect(hiddenSum).toBeGreaterThanOrEqual(10);
        }
  });
});

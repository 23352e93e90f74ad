// The one door every monitor figure passes before anyone sees it, on a page, in a CSV or through the API: a count
// under 10 is shown as "minder dan 10", a share, mean or median over fewer than 10 is not shown, and a wijk's count
// that could be worked out from the municipality's total and the other wijken is hidden too (complementary
// suppression, the kernel's algorithm). So nobody can be recognised in a small number.
import { type SuppressionReason, suppressSmallCells } from '../../kernel/suppression.js';
import type { Figure } from './figures.js';

export const SMALLEST_SHOWN = 10;

/** A computed figure for one wijk (or 'gemeente', 'onbekend') in one period, as monitor_values keeps it. */
export type RawValue = { wijk: string; n: number; value: number | null };

/**
 * What may be shown. n: the count (or the number a share or mean is over), null when hidden. value: a share as a
 * percentage (0–100), a mean or median, a sum; null when hidden or not applicable ('aantal').
 */
export type ShownValue = {
  wijk: string;
  n: number | null;
  value: number | null;
  /** Why n is not shown: under 10, or hidden to protect a small count elsewhere. */
  hidden: SuppressionReason;
};

const valueOf = (figure: Figure, raw: RawValue): number | null => {
  if (figure.kind === 'aantal' || raw.value === null) return null;
  if (figure.kind === 'aandeel') return raw.n === 0 ? null : Math.round((1000 * raw.value) / raw.n) / 10;
  return Math.round(raw.value * 10) / 10;
};

/**
 * One figure in one period: the wijken and the municipality's total ('gemeente') shown together, so the counts are
 * suppressed as one group. The total is the 'gemeente' row when there is one, else the sum of the wijken.
 */
export function showFigure(figure: Figure, rows: readonly RawValue[]): ShownValue[] {
  const parts = rows.filter((r) => r.wijk !== 'gemeente');
  const totalRow = rows.find((r) => r.wijk === 'gemeente');
  const suppressed = suppressSmallCells(
    parts.map((r) => ({ key: r.wijk, count: r.n })),
    SMALLEST_SHOWN,
  );
  const shown: ShownValue[] = parts.map((r, i) => {
    const cell = suppressed.cells[i]!;
    // a share or mean is shown only over 10 or more; a value over a hidden n would give the n away for a sum
    const value = r.n >= SMALLEST_SHOWN && cell.count !== null ? valueOf(figure, r) : null;
    return { wijk: r.wijk, n: cell.count, value, hidden: cell.reason };
  });
  if (totalRow) {
    const visible = totalRow.n >= SMALLEST_SHOWN;
    shown.push({
      wijk: 'gemeente',
      n: visible ? totalRow.n : null,
      value: visible ? valueOf(figure, totalRow) : null,
      hidden: visible ? '' : 'te_klein',
    });
  }
  return shown;
}

/** The words for a hidden count, the same on pages, in CSV and in the API. */
export function hiddenWords(reason: SuppressionReason): string {
  if (reason === 'te_klein') return 'minder dan 10';
  if (reason === 'beschermt') return 'verborgen';
  return '';
}

// Small-cell suppression for the open export of neighbourhood themes: a count under 5 is never published, and a
// buurt's total that would let one work out a hidden count hides the next smallest counts too (complementary
// suppression). Pure: no I/O, tested with tables of cases (suppression.test.ts).

/** The smallest count that is published. */
export const SMALLEST_PUBLISHED = 5;

/** Why a cell is empty: under 5 itself, or hidden so that a small one cannot be computed from the total. */
export type SuppressionNote = '' | 'minder dan 5' | 'verborgen, beschermt een kleine telling';

export type Cell<K> = { key: K; count: number };
export type PublishedCell<K> = { key: K; count: number | null; note: SuppressionNote };

/**
 * One group of cells that add up to a published total (the themes of one buurt in one quarter). Every count under
 * 5 is hidden, and so is the total when it is under 5. While the total is published and the hidden counts add up to
 * less than 5 (one hidden count alone is always found as total minus the rest), the smallest published count is
 * hidden too, until the hidden counts together are 5 or more, or nothing is left to hide.
 */
export function suppressGroup<K>(cells: readonly Cell<K>[]): {
  cells: PublishedCell<K>[];
  total: { count: number | null; note: SuppressionNote };
} {
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  const out: PublishedCell<K>[] = cells.map((c) =>
    c.count < SMALLEST_PUBLISHED ? { key: c.key, count: null, note: 'minder dan 5' } : { ...c, note: '' },
  );
  const totalHidden = total < SMALLEST_PUBLISHED;
  if (!totalHidden) {
    const hidden = () => out.filter((c) => c.count === null);
    const hiddenSum = () => cells.filter((_c, i) => out[i]!.count === null).reduce((sum, c) => sum + c.count, 0);
    while (hidden().length > 0 && hiddenSum() < SMALLEST_PUBLISHED) {
      const next = out
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => c.count !== null)
        .sort((a, b) => (a.c.count ?? 0) - (b.c.count ?? 0))[0];
      if (!next) break;
      out[next.i] = { key: next.c.key, count: null, note: 'verborgen, beschermt een kleine telling' };
    }
  }
  return {
    cells: out,
    total: totalHidden ? { count: null, note: 'minder dan 5' } : { count: total, note: '' },
  };
}

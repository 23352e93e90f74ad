// Small-cell suppression, one algorithm for every published table: signals' open export (smallest count 5) and the
// monitor (smallest count 10). Pure: no I/O, tested with tables of cases.

/** Why a cell is empty: under the smallest count itself, or hidden so that a small one cannot be worked out. */
export type SuppressionReason = '' | 'te_klein' | 'beschermt';

export type Cell<K> = { key: K; count: number };
export type SuppressedCell<K> = { key: K; count: number | null; reason: SuppressionReason };

/**
 * One group of cells that add up to a published total (the themes of one buurt in one quarter, the wijken of one
 * month). Every count under `smallest` is hidden, and so is the total when it is. While the total is published and
 * the hidden counts add up to less than `smallest` (one hidden count alone is always found as total minus the
 * rest), the smallest published count is hidden too, until the hidden counts together reach `smallest` or nothing
 * is left to hide.
 */
export function suppressSmallCells<K>(
  cells: readonly Cell<K>[],
  smallest: number,
): { cells: SuppressedCell<K>[]; total: { count: number | null; reason: SuppressionReason } } {
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  const out: SuppressedCell<K>[] = cells.map((c) =>
    c.count < smallest ? { key: c.key, count: null, reason: 'te_klein' } : { ...c, reason: '' },
  );
  const totalHidden = total < smallest;
  if (!totalHidden) {
    const hidden = () => out.filter((c) => c.count === null);
    const hiddenSum = () => cells.filter((_c, i) => out[i]!.count === null).reduce((sum, c) => sum + c.count, 0);
    while (hidden().length > 0 && hiddenSum() < smallest) {
      const next = out
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => c.count !== null)
        .sort((a, b) => (a.c.count ?? 0) - (b.c.count ?? 0))[0];
      if (!next) break;
      out[next.i] = { key: next.c.key, count: null, reason: 'beschermt' };
    }
  }
  return {
    cells: out,
    total: totalHidden ? { count: null, reason: 'te_klein' } : { count: total, reason: '' },
  };
}

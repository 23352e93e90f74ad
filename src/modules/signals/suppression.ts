// Small-cell suppression for the open export of neighbourhood themes: a count under 5 is never published, and a
// buurt's total that would let one work out a hidden count hides the next smallest counts too (complementary
// suppression). The algorithm is the kernel's (src/kernel/suppression.ts); this says it in the export's words.
import { type Cell, type SuppressionReason, suppressSmallCells } from '../../kernel/suppression.js';

export type { Cell } from '../../kernel/suppression.js';

/** The smallest count that is published. */
export const SMALLEST_PUBLISHED = 5;

/** Why a cell is empty: under 5 itself, or hidden so that a small one cannot be computed from the total. */
export type SuppressionNote = '' | 'minder dan 5' | 'verborgen, beschermt een kleine telling';

export type PublishedCell<K> = { key: K; count: number | null; note: SuppressionNote };

const noteOf = (reason: SuppressionReason): SuppressionNote =>
  reason === 'te_klein' ? 'minder dan 5' : reason === 'beschermt' ? 'verborgen, beschermt een kleine telling' : '';

/** One group of cells that add up to a published total (the themes of one buurt in one quarter). */
export function suppressGroup<K>(cells: readonly Cell<K>[]): {
  cells: PublishedCell<K>[];
  total: { count: number | null; note: SuppressionNote };
} {
  const result = suppressSmallCells(cells, SMALLEST_PUBLISHED);
  return {
    cells: result.cells.map((c) => ({ key: c.key, count: c.count, note: noteOf(c.reason) })),
    total: { count: result.total.count, note: noteOf(result.total.reason) },
  };
}

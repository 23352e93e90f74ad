// The draw by lot for the sounding board, as a pure function anyone can re-run: the same seed and the same candidate
// numbers always give the same members. docs/agenda-board.md spells out every step and has a script to check it.
import { createHash } from 'node:crypto';

/**
 * A stream of 32-bit numbers from the seed: number k is the first 4 bytes (big-endian) of SHA-256(`${seed}:${k}`),
 * k = 0, 1, 2, … Nothing secret and nothing random: the seed is published before the draw.
 */
export function seededNumbers(seed: string): () => number {
  let counter = 0;
  return () => createHash('sha256').update(`${seed}:${counter++}`, 'utf8').digest().readUInt32BE(0);
}

const TWO_TO_32 = 2 ** 32;

/** A number from 0 to n - 1 without modulo bias: values at or above the largest multiple of n are thrown away. */
export function numberBelow(next: () => number, n: number): number {
  const limit = Math.floor(TWO_TO_32 / n) * n;
  for (;;) {
    const value = next();
    if (value < limit) return value % n;
  }
}

/**
 * Draws `seats` numbers out of the candidates' numbers: sort them ascending, shuffle them with Fisher–Yates (from the
 * last place down to the second, swap place i with place numberBelow(i + 1)), take the first `seats`. With fewer
 * candidates than seats, everyone is drawn (in the shuffled order).
 */
export function drawByLot(seed: string, candidateNumbers: readonly number[], seats: number): number[] {
  if (!Number.isInteger(seats) || seats < 1) throw new RangeError('seats must be a whole number of at least 1');
  const sorted = [...candidateNumbers].sort((a, b) => a - b);
  if (sorted.some((n, i) => !Number.isInteger(n) || (i > 0 && n === sorted[i - 1])))
    throw new RangeError('candidate numbers must be distinct whole numbers');
  const next = seededNumbers(seed);
  for (let i = sorted.length - 1; i >= 1; i--) {
    const j = numberBelow(next, i + 1);
    [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
  }
  return sorted.slice(0, Math.min(seats, sorted.length));
}

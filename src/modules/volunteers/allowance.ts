// The tax-free volunteer allowance (vrijwilligersvergoeding): limits per year, and whether a new entry would exceed
// them. Pure.

/** Limits per calendar year, in cents. Add a year here when the Belastingdienst publishes it. */
export const allowanceLimits: Record<number, { monthCents: number; yearCents: number }> = {
  2025: { monthCents: 21_000, yearCents: 210_000 },
};

export function limitsFor(year: number): { monthCents: number; yearCents: number; fromYear: number } {
  const known = Object.keys(allowanceLimits)
    .map(Number)
    .filter((y) => y <= year);
  const fromYear = known.length > 0 ? Math.max(...known) : Math.min(...Object.keys(allowanceLimits).map(Number));
  return { ...allowanceLimits[fromYear]!, fromYear };
}

export type AllowanceEntry = { onDate: string; allowanceCents: number };

export type AllowanceCheck = {
  monthCents: number;
  yearCents: number;
  limits: { monthCents: number; yearCents: number; fromYear: number };
  exceedsMonth: boolean;
  exceedsYear: boolean;
};

/** Totals for the month and year of `newEntry`, including it, against that year's limits. */
export function checkAllowance(existing: readonly AllowanceEntry[], newEntry: AllowanceEntry): AllowanceCheck {
  const year = newEntry.onDate.slice(0, 4);
  const month = newEntry.onDate.slice(0, 7);
  const all = [...existing, newEntry];
  const yearCents = all.filter((e) => e.onDate.startsWith(year)).reduce((sum, e) => sum + e.allowanceCents, 0);
  const monthCents = all.filter((e) => e.onDate.startsWith(month)).reduce((sum, e) => sum + e.allowanceCents, 0);
  const limits = limitsFor(Number(year));
  return {
    monthCents,
    yearCents,
    limits,
    exceedsMonth: monthCents > limits.monthCents,
    exceedsYear: yearCents > limits.yearCents,
  };
}

const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
export const euros = (cents: number) => euroFormat.format(cents / 100);

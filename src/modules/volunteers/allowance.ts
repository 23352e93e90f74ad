// The tax-free volunteer allowance (vrijwilligersvergoeding): whether a new entry would exceed a year's limits. The
// limits per year are a setting (table allowance_limits, /beheer/vrijwilligersvergoeding). Pure.

export type AllowanceLimits = { monthCents: number; yearCents: number };

export type AllowanceEntry = { onDate: string; allowanceCents: number };

export type AllowanceCheck = {
  monthCents: number;
  yearCents: number;
  /** Undefined when nobody entered the amounts of that year: then nothing can be exceeded. */
  limits: AllowanceLimits | undefined;
  exceedsMonth: boolean;
  exceedsYear: boolean;
};

/** Totals for the month and year of `newEntry`, including it, against that year's limits. */
export function checkAllowance(
  existing: readonly AllowanceEntry[],
  newEntry: AllowanceEntry,
  limits: AllowanceLimits | undefined,
): AllowanceCheck {
  const year = newEntry.onDate.slice(0, 4);
  const month = newEntry.onDate.slice(0, 7);
  const all = [...existing, newEntry];
  const yearCents = all.filter((e) => e.onDate.startsWith(year)).reduce((sum, e) => sum + e.allowanceCents, 0);
  const monthCents = all.filter((e) => e.onDate.startsWith(month)).reduce((sum, e) => sum + e.allowanceCents, 0);
  return {
    monthCents,
    yearCents,
    limits,
    exceedsMonth: limits !== undefined && monthCents > limits.monthCents,
    exceedsYear: limits !== undefined && yearCents > limits.yearCents,
  };
}

const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
export const euros = (cents: number) => euroFormat.format(cents / 100);

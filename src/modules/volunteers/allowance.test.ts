// The volunteer allowance: totals per month and year against the limits of that year.
import { describe, expect, it } from 'vitest';
import { checkAllowance, euros } from './allowance.js';
import { isVogExpiringSoon, isVogValid, parseAvailability, vogValidUntil } from './availability.js';

describe('volunteer allowance', () => {
  const limits = { monthCents: 21_000, yearCents: 210_000 };

  it('exceeds nothing in a year whose amounts nobody entered', () => {
    const check = checkAllowance([], { onDate: '2031-03-20', allowanceCents: 500_000 }, undefined);
    expect(check).toMatchObject({ yearCents: 500_000, exceedsMonth: false, exceedsYear: false });
  });

  it('warns when a new entry would exceed the month', () => {
    const existing = [{ onDate: '2025-03-02', allowanceCents: 15_000 }];
    expect(checkAllowance(existing, { onDate: '2025-03-20', allowanceCents: 5_000 }, limits).exceedsMonth).toBe(false);
    expect(checkAllowance(existing, { onDate: '2025-03-20', allowanceCents: 7_000 }, limits).exceedsMonth).toBe(true);
    expect(checkAllowance(existing, { onDate: '2025-04-01', allowanceCents: 7_000 }, limits).exceedsMonth).toBe(false);
  });

  it('warns when the year would be exceeded, even with every month under its limit', () => {
    const existing = Array.from({ length: 10 }, (_, i) => ({
      onDate: `2025-${String(i + 1).padStart(2, '0')}-01`,
      allowanceCents: 20_000,
    }));
    const check = checkAllowance(existing, { onDate: '2025-11-01', allowanceCents: 20_000 }, limits);
    expect(check.exceedsMonth).toBe(false);
    expect(check.exceedsYear).toBe(true);
    expect(euros(check.yearCents).replace(/\s/g, ' ')).toBe('€ 2.200,00');
  });
});

describe('VOG and availability', () => {
  it('counts a VOG as valid for three years, with a reminder in the last two months', () => {
    expect(vogValidUntil('2023-05-10')).toBe('2026-05-10');
    expect(isVogValid('2023-05-10', '2026-05-09')).toBe(true);
    expect(isVogValid('2023-05-10', '2026-05-10')).toBe(false);
    expect(isVogValid(null, '2026-01-01')).toBe(false);
    expect(isVogExpiringSoon('2023-05-10', '2026-03-01')).toBe(false);
    expect(isVogExpiringSoon('2023-05-10', '2026-03-15')).toBe(true);
  });

  it('reads day parts and whole days', () => {
    expect(parseAvailability(['ma-ochtend', 'za'])).toEqual([
      { day: 'ma', part: 'ochtend' },
      { day: 'za', part: 'ochtend' },
      { day: 'za', part: 'middag' },
      { day: 'za', part: 'avond' },
    ]);
    expect(parseAvailability(['maandag'])).toBeUndefined();
    expect(parseAvailability(['ma-nacht'])).toBeUndefined();
  });
});

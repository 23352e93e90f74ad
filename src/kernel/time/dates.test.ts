// Dates as people type them: Dutch notation and the picker's ISO form, impossible days refused.
import { describe, expect, it } from 'vitest';
import { dutchDate, parseDate } from './dates.js';

describe('parseDate', () => {
  it.each([
    ['18-03-2025', '2025-03-18'],
    ['18-3-2025', '2025-03-18'],
    ['8-3-2025', '2025-03-08'],
    ['18/03/2025', '2025-03-18'],
    ['18.03.2025', '2025-03-18'],
    [' 2025-03-18 ', '2025-03-18'],
    ['29-02-2024', '2024-02-29'],
  ])('reads %s as %s', (typed, isoDate) => {
    expect(parseDate(typed)).toBe(isoDate);
  });

  it.each(['31-02-2025', '29-02-2025', '18-13-2025', '2025-3-18', '18-03-25', '03/18/2025', 'morgen', '', '1-1-0001'])(
    'refuses %j',
    (typed) => {
      expect(parseDate(typed)).toBeUndefined();
    },
  );
});

describe('dutchDate', () => {
  it('writes an ISO date the Dutch way', () => {
    expect(dutchDate('2025-03-18')).toBe('18-03-2025');
  });
});

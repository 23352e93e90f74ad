// Weekdays, parts of the day and moments: the one list, its names and the parser of "ma-ochtend;za".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayParts, momentName, parseMoments, weekdayName, weekdays, wholeWeek } from './index.js';

describe('moments', () => {
  it.each([
    [['ma-ochtend'], [{ day: 'ma', part: 'ochtend' }], []],
    [
      ['za'],
      [
        { day: 'za', part: 'ochtend' },
        { day: 'za', part: 'middag' },
        { day: 'za', part: 'avond' },
      ],
      [],
    ],
    [[' DI-Avond '], [{ day: 'di', part: 'avond' }], []],
    [['maandag', 'ma-nacht', ''], [], ['maandag', 'ma-nacht', '']],
  ])('reads %j', (values, moments, unknown) => {
    expect(parseMoments(values)).toEqual({ moments, unknown });
  });

  it('reads back every moment it writes', () => {
    fc.assert(
      fc.property(fc.subarray([...wholeWeek]), (chosen) => {
        expect(parseMoments(chosen.map((m) => `${m.day}-${m.part}`)).moments).toEqual(chosen);
      }),
    );
  });

  it('has 21 moments in a week, Monday morning first', () => {
    expect(wholeWeek).toHaveLength(weekdays.length * dayParts.length);
    expect(wholeWeek[0]).toEqual({ day: 'ma', part: 'ochtend' });
  });

  it('names days and moments in Dutch and English', () => {
    expect(weekdayName('wo')).toBe('woensdag');
    expect(weekdayName('wo', 'en', 'short')).toBe('Wed');
    expect(momentName({ day: 'wo', part: 'middag' })).toBe('woensdagmiddag');
    expect(momentName({ day: 'wo', part: 'middag' }, 'en')).toBe('Wednesday afternoon');
  });
});

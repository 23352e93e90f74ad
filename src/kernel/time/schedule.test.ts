// Schedules: weekly, every other week, monthly and cancelled periods, checked with tables and properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  amsterdamNow,
  isoOf,
  nextOccurrence,
  occurrenceLabel,
  occurrences,
  parseIso,
  type Schedule,
  scheduleLabel,
  weekdayOf,
  weekdays,
} from './index.js';

const at = (iso: string, time = '00:00') => ({ date: parseIso(iso), time });
const dates = (
  schedule: Schedule,
  from: string,
  n: number,
  exceptions = [] as { van: string; tot: string; reden: string }[],
) => occurrences(schedule, exceptions, at(from), n).map((o) => isoOf(o.date));

describe('occurrences', () => {
  it('finds every Tuesday and Thursday', () => {
    // 2026-11-23 is a Monday.
    expect(
      dates({ frequentie: 'wekelijks', dagen: ['di', 'do'], start: '10:00', eind: '12:00' }, '2026-11-23', 4),
    ).toEqual(['2026-11-24', '2026-11-26', '2026-12-01', '2026-12-03']);
  });

  it('skips today once it has ended, but not while it still runs', () => {
    const coffee: Schedule = { frequentie: 'wekelijks', dagen: ['di'], start: '10:00', eind: '12:00' };
    expect(isoOf(occurrences(coffee, [], at('2026-11-24', '11:30'))[0]?.date ?? parseIso('1970-01-01'))).toBe(
      '2026-11-24',
    );
    expect(isoOf(occurrences(coffee, [], at('2026-11-24', '12:00'))[0]?.date ?? parseIso('1970-01-01'))).toBe(
      '2026-12-01',
    );
  });

  it('alternates weeks from the anchor date', () => {
    const biweekly: Schedule = {
      frequentie: 'tweewekelijks',
      dagen: ['wo'],
      start: '19:00',
      eind: '21:00',
      vanaf: '2026-11-25',
    };
    expect(dates(biweekly, '2026-11-23', 3)).toEqual(['2026-11-25', '2026-12-09', '2026-12-23']);
    expect(dates(biweekly, '2026-11-26', 1)).toEqual(['2026-12-09']);
  });

  it('finds the first Tuesday and the last Friday of the month', () => {
    expect(
      dates({ frequentie: 'maandelijks', dag: 'di', week: 1, start: '14:00', eind: '16:00' }, '2026-11-23', 3),
    ).toEqual(['2026-12-01', '2027-01-05', '2027-02-02']);
    expect(
      dates({ frequentie: 'maandelijks', dag: 'vr', week: -1, start: '17:30', eind: '20:00' }, '2026-11-23', 2),
    ).toEqual(['2026-11-27', '2026-12-25']);
  });

  it('leaves out a cancelled period such as the Christmas holiday', () => {
    const schedule: Schedule = { frequentie: 'wekelijks', dagen: ['ma'], start: '09:00', eind: '10:00' };
    const holiday = [{ van: '2026-12-21', tot: '2027-01-03', reden: 'kerstvakantie' }];
    expect(dates(schedule, '2026-12-15', 2, holiday)).toEqual(['2027-01-04', '2027-01-11']);
  });

  it('has no occurrences for by appointment', () => {
    expect(nextOccurrence({ frequentie: 'op_afspraak' }, [], new Date())).toBeUndefined();
  });

  it('always lands on one of the schedule’s days, after the start, never in a cancelled period (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray([...weekdays], { minLength: 1 }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 30 }),
        (days, start, gap) => {
          const from = { date: parseIso(start.toISOString().slice(0, 10)), time: '00:00' };
          const exceptions = [
            { van: isoOf(addDays(from.date, gap)), tot: isoOf(addDays(from.date, gap + 6)), reden: 'vakantie' },
          ];
          const found = occurrences(
            { frequentie: 'wekelijks', dagen: days, start: '10:00', eind: '11:00' },
            exceptions,
            from,
            5,
          );
          expect(found).toHaveLength(5);
          for (const o of found) {
            expect(days).toContain(weekdayOf(o.date));
            expect(isoOf(o.date) >= isoOf(from.date)).toBe(true);
            expect(isoOf(o.date) >= exceptions[0]!.van && isoOf(o.date) <= exceptions[0]!.tot).toBe(false);
          }
        },
      ),
    );
  });
});

describe('labels', () => {
  it('reads as a resident would say it', () => {
    expect(occurrenceLabel({ date: parseIso('2026-11-24'), start: '10:00', end: '12:00' })).toBe('di 24 nov 10:00');
    expect(scheduleLabel({ frequentie: 'wekelijks', dagen: ['ma', 'do'], start: '14:00', eind: '15:30' })).toBe(
      'elke maandag en donderdag 14:00-15:30',
    );
    expect(scheduleLabel({ frequentie: 'maandelijks', dag: 'di', week: 1, start: '14:00', eind: '16:00' })).toBe(
      'elke eerste dinsdag van de maand 14:00-16:00',
    );
    expect(scheduleLabel({ frequentie: 'op_afspraak' }, 'en')).toBe('by appointment');
  });

  it('uses the Dutch date and time, also around midnight UTC', () => {
    expect(amsterdamNow(new Date('2026-11-23T23:30:00Z'))).toEqual({ date: parseIso('2026-11-24'), time: '00:30' });
    expect(amsterdamNow(new Date('2026-07-01T22:15:00Z'))).toEqual({ date: parseIso('2026-07-02'), time: '00:15' });
  });
});

// The iCalendar feed: a valid recurring event, cancelled dates excluded, text escaped and folded.
import { describe, expect, it } from 'vitest';
import { activityCalendar, recurrenceRule } from './ical.js';
import { parseIso } from '../../kernel/time/index.js';

const from = { date: parseIso('2026-11-23'), time: '09:00' };
const base = {
  id: 'abc',
  name: 'Koffieochtend; gezellig, met taart',
  description: 'Binnenlopen maar!',
  location: 'Bronplein 1, 3581 AB',
  url: 'http://localhost/x',
};

describe('iCalendar', () => {
  it('writes a weekly series from the next occurrence in Dutch local time', () => {
    const ics = activityCalendar(
      { ...base, schedule: { frequentie: 'wekelijks', dagen: ['di'], start: '10:00', eind: '12:00' }, exceptions: [] },
      from,
      new Date('2026-11-23T08:00:00Z'),
    );
    expect(ics).toContain('BEGIN:VCALENDAR\r\n');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20261124T100000');
    expect(ics).toContain('DTEND;TZID=Europe/Amsterdam:20261124T120000');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(ics).toContain('SUMMARY:Koffieochtend\\; gezellig\\, met taart');
    expect(ics).toContain('TZID:Europe/Amsterdam');
  });

  it('excludes the dates of a cancelled period', () => {
    const ics = activityCalendar(
      {
        ...base,
        schedule: { frequentie: 'wekelijks', dagen: ['di'], start: '10:00', eind: '12:00' },
        exceptions: [{ van: '2026-12-21', tot: '2027-01-03', reden: 'kerstvakantie' }],
      },
      from,
      new Date(),
    );
    expect(ics).toContain('EXDATE;TZID=Europe/Amsterdam:20261222T100000');
    expect(ics).toContain('EXDATE;TZID=Europe/Amsterdam:20261229T100000');
    expect(ics).not.toContain('EXDATE;TZID=Europe/Amsterdam:20270105T100000');
  });

  it('folds long lines at 75 octets', () => {
    const ics =
      activityCalendar(
        {
          ...base,
          description: 'é'.repeat(200),
          schedule: { frequentie: 'wekelijks', dagen: ['ma'], start: '10:00', eind: '11:00' },
          exceptions: [],
        },
        from,
        new Date(),
      ) ?? '';
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('has rules for every kind of schedule, and no feed for by appointment', () => {
    expect(
      recurrenceRule({
        frequentie: 'tweewekelijks',
        dagen: ['wo'],
        start: '19:00',
        eind: '21:00',
        vanaf: '2026-11-25',
      }),
    ).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE');
    expect(recurrenceRule({ frequentie: 'maandelijks', dag: 'vr', week: -1, start: '17:00', eind: '19:00' })).toBe(
      'FREQ=MONTHLY;BYDAY=-1FR',
    );
    expect(
      activityCalendar({ ...base, schedule: { frequentie: 'op_afspraak' }, exceptions: [] }, from, new Date()),
    ).toBeUndefined();
  });
});

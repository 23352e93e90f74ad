// iCalendar (RFC 5545) for an activity: one recurring event in Dutch local time, with cancelled dates left out.
import {
  isoOf,
  type LocalDate,
  occurrences,
  type Schedule,
  type ScheduleException,
  weekdays,
} from '../../kernel/time/index.js';

const icalDays: Record<(typeof weekdays)[number], string> = {
  ma: 'MO',
  di: 'TU',
  wo: 'WE',
  do: 'TH',
  vr: 'FR',
  za: 'SA',
  zo: 'SU',
};

/** Folds and escapes text values as RFC 5545 asks: 75 octets a line, commas and semicolons escaped. */
function textLine(name: string, value: string): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
  const line = `${name}:${escaped}`;
  const chunks: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 75;
    while (Buffer.byteLength(rest.slice(0, cut)) > 75) cut--;
    chunks.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  chunks.push(rest);
  return chunks.join('\r\n');
}

const stamp = (d: LocalDate, time: string) => `${isoOf(d).replace(/-/g, '')}T${time.replace(':', '')}00`;

export function recurrenceRule(schedule: Schedule): string | undefined {
  switch (schedule.frequentie) {
    case 'wekelijks':
      return `FREQ=WEEKLY;BYDAY=${schedule.dagen.map((d) => icalDays[d]).join(',')}`;
    case 'tweewekelijks':
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${schedule.dagen.map((d) => icalDays[d]).join(',')}`;
    case 'maandelijks':
      return `FREQ=MONTHLY;BYDAY=${schedule.week}${icalDays[schedule.dag]}`;
    case 'op_afspraak':
      return undefined;
  }
}

const amsterdamTimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export type CalendarActivity = {
  id: string;
  name: string;
  description: string;
  location: string;
  url: string;
  schedule: Schedule;
  exceptions: readonly ScheduleException[];
};

/** A calendar with the activity's series from its next occurrence; undefined for by appointment. */
export function activityCalendar(
  activity: CalendarActivity,
  from: { date: LocalDate; time: string },
  now: Date,
): string | undefined {
  const rule = recurrenceRule(activity.schedule);
  const [first] = occurrences(activity.schedule, [], from, 1);
  if (!rule || !first || activity.schedule.frequentie === 'op_afspraak') return undefined;
  const schedule = activity.schedule;
  // Dates the series would have that a cancelled period takes out, for a year ahead.
  const planned = occurrences(schedule, [], from, 400, 366);
  const kept = new Set(occurrences(schedule, activity.exceptions, from, 400, 366).map((o) => isoOf(o.date)));
  const cancelled = planned.filter((o) => !kept.has(isoOf(o.date)));
  const utc = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Nabij//Sociale kaart//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...amsterdamTimezone,
    'BEGIN:VEVENT',
    `UID:${activity.id}@nabij`,
    `DTSTAMP:${utc}`,
    `DTSTART;TZID=Europe/Amsterdam:${stamp(first.date, schedule.start)}`,
    `DTEND;TZID=Europe/Amsterdam:${stamp(first.date, schedule.eind)}`,
    `RRULE:${rule}`,
    ...cancelled.map((o) => `EXDATE;TZID=Europe/Amsterdam:${stamp(o.date, schedule.start)}`),
    textLine('SUMMARY', activity.name),
    textLine('DESCRIPTION', activity.description),
    textLine('LOCATION', activity.location),
    textLine('URL', activity.url),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

// Recurring schedules of activities: weekly, every other week, monthly ("eerste dinsdag"), with cancelled periods.
// Pure functions on local (Europe/Amsterdam) dates and times; no I/O.
import { z } from 'zod';
import { type Weekday, weekdayName, weekdayNameAt, weekdays } from './days.js';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const scheduleSchema = z.discriminatedUnion('frequentie', [
  z.object({
    frequentie: z.literal('wekelijks'),
    dagen: z.array(z.enum(weekdays)).min(1),
    start: time,
    eind: time,
  }),
  z.object({
    frequentie: z.literal('tweewekelijks'),
    dagen: z.array(z.enum(weekdays)).min(1),
    start: time,
    eind: time,
    /** A date in a week when it runs; the weeks alternate from there. */
    vanaf: isoDate,
  }),
  z.object({
    frequentie: z.literal('maandelijks'),
    dag: z.enum(weekdays),
    /** 1 to 4 for the first to fourth, -1 for the last such weekday of the month. */
    week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
    start: time,
    eind: time,
  }),
  z.object({ frequentie: z.literal('op_afspraak') }),
]);
export type Schedule = z.infer<typeof scheduleSchema>;

export const exceptionSchema = z.object({ van: isoDate, tot: isoDate, reden: z.string().max(200) });
/** A period (inclusive) in which the activity does not take place, such as a school holiday. */
export type ScheduleException = z.infer<typeof exceptionSchema>;

/** A date without a time zone: year, month 1-12, day. */
export type LocalDate = { year: number; month: number; day: number };
export type Occurrence = { date: LocalDate; start: string; end: string };

const dayMs = 86_400_000;
const toUtc = (d: LocalDate) => Date.UTC(d.year, d.month - 1, d.day);
const fromUtc = (ms: number): LocalDate => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
export const addDays = (d: LocalDate, days: number): LocalDate => fromUtc(toUtc(d) + days * dayMs);
export const isoOf = (d: LocalDate): string =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
export const parseIso = (iso: string): LocalDate => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
};
/** Weekday of a date, in Dutch order: ma = 0 … zo = 6. */
export const weekdayIndex = (d: LocalDate): number => (new Date(toUtc(d)).getUTCDay() + 6) % 7;
export const weekdayOf = (d: LocalDate): Weekday => weekdays[weekdayIndex(d)] as Weekday;

// Built once: creating an Intl formatter is expensive enough to show up in a search page's profile.
const amsterdamFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

// The last minute asked for: a page asks the same minute again and again, and formatToParts costs about 80 µs.
// Exact, because the Netherlands change their offset only on a whole hour.
let lastMinute: { minute: number; date: LocalDate; time: string } | undefined;

/** The date and time it is now in the Netherlands. */
export function amsterdamNow(now: Date): { date: LocalDate; time: string } {
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastMinute?.minute !== minute) {
    const parts = Object.fromEntries(amsterdamFormat.formatToParts(now).map((p) => [p.type, p.value]));
    lastMinute = {
      minute,
      date: { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) },
      time: `${parts.hour}:${parts.minute}`,
    };
  }
  // A copy: callers may change what they get.
  return { date: { ...lastMinute.date }, time: lastMinute.time };
}

/** Today in the Netherlands as an ISO date ("2026-12-07"): the calendar day terms and consents count in. */
export const amsterdamToday = (now: Date): string => isoOf(amsterdamNow(now).date);

function runsOn(schedule: Schedule, date: LocalDate): boolean {
  switch (schedule.frequentie) {
    case 'wekelijks':
      return schedule.dagen.includes(weekdayOf(date));
    case 'tweewekelijks': {
      if (!schedule.dagen.includes(weekdayOf(date))) return false;
      const anchor = parseIso(schedule.vanaf);
      const mondayOf = (d: LocalDate) => toUtc(d) - weekdayIndex(d) * dayMs;
      const weeks = Math.round((mondayOf(date) - mondayOf(anchor)) / (7 * dayMs));
      return weeks % 2 === 0;
    }
    case 'maandelijks': {
      if (weekdayOf(date) !== schedule.dag) return false;
      if (schedule.week === -1) return addDays(date, 7).month !== date.month;
      return Math.ceil(date.day / 7) === schedule.week;
    }
    case 'op_afspraak':
      return false;
  }
}

const cancelled = (exceptions: readonly ScheduleException[], date: LocalDate) => {
  const iso = isoOf(date);
  return exceptions.some((e) => e.van <= iso && iso <= e.tot);
};

/**
 * The occurrences from `from` (a local date and time) on, at most `limit`, looking at most `horizonDays` ahead.
 * An occurrence that has already ended today is skipped.
 */
export function occurrences(
  schedule: Schedule,
  exceptions: readonly ScheduleException[],
  from: { date: LocalDate; time: string },
  limit = 1,
  horizonDays = 400,
): Occurrence[] {
  if (schedule.frequentie === 'op_afspraak') return [];
  const found: Occurrence[] = [];
  for (let i = 0; i <= horizonDays && found.length < limit; i++) {
    const date = addDays(from.date, i);
    if (i === 0 && schedule.eind <= from.time) continue;
    if (runsOn(schedule, date) && !cancelled(exceptions, date))
      found.push({ date, start: schedule.start, end: schedule.eind });
  }
  return found;
}

export function nextOccurrence(
  schedule: Schedule,
  exceptions: readonly ScheduleException[],
  now: Date,
): Occurrence | undefined {
  return occurrences(schedule, exceptions, amsterdamNow(now), 1)[0];
}

const monthNames = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** "di 24 nov 10:00" */
export function occurrenceLabel(o: Occurrence, lang: 'nl' | 'en' = 'nl'): string {
  const day = weekdayNameAt(weekdayIndex(o.date), lang, 'short');
  return `${day} ${o.date.day} ${monthNames[lang][o.date.month - 1]} ${o.start}`;
}

const listJoin = (items: string[], lang: 'nl' | 'en') =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'en'} ${items.at(-1)}`;

/** "elke dinsdag 10:00-12:00", "om de week op maandag …", "elke eerste dinsdag van de maand …" */
export function scheduleLabel(schedule: Schedule, lang: 'nl' | 'en' = 'nl'): string {
  const names = (days: readonly Weekday[]) => days.map((d) => weekdayName(d, lang));
  switch (schedule.frequentie) {
    case 'wekelijks':
      return lang === 'en'
        ? `every ${listJoin(names(schedule.dagen), lang)} ${schedule.start}-${schedule.eind}`
        : `elke ${listJoin(names(schedule.dagen), lang)} ${schedule.start}-${schedule.eind}`;
    case 'tweewekelijks':
      return lang === 'en'
        ? `every other ${listJoin(names(schedule.dagen), lang)} ${schedule.start}-${schedule.eind}`
        : `om de week op ${listJoin(names(schedule.dagen), lang)} ${schedule.start}-${schedule.eind}`;
    case 'maandelijks': {
      const nth =
        lang === 'en' ? ['', 'first', 'second', 'third', 'fourth'] : ['', 'eerste', 'tweede', 'derde', 'vierde'];
      const which = schedule.week === -1 ? (lang === 'en' ? 'last' : 'laatste') : nth[schedule.week];
      const day = names([schedule.dag])[0];
      return lang === 'en'
        ? `every ${which} ${day} of the month ${schedule.start}-${schedule.eind}`
        : `elke ${which} ${day} van de maand ${schedule.start}-${schedule.eind}`;
    }
    case 'op_afspraak':
      return lang === 'en' ? 'by appointment' : 'op afspraak';
  }
}

/** The weekdays it can run on, for filtering; empty for by appointment. */
export function scheduleDays(schedule: Schedule): Weekday[] {
  switch (schedule.frequentie) {
    case 'wekelijks':
    case 'tweewekelijks':
      return [...schedule.dagen];
    case 'maandelijks':
      return [schedule.dag];
    case 'op_afspraak':
      return [];
  }
}

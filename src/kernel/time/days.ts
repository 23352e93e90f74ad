// Weekdays, parts of the day and moments ("woensdagmiddag"): written once, used by schedules, availability,
// the request form and triage. Pure.
import type { Lang } from '../ui/messages.js';

export const weekdays = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
export type Weekday = (typeof weekdays)[number];

export const dayParts = ['ochtend', 'middag', 'avond'] as const;
export type DayPart = (typeof dayParts)[number];

/** A part of a weekday: the unit of a volunteer's availability and of a resident's "when". */
export type Moment = { day: Weekday; part: DayPart };

export const isWeekday = (value: string): value is Weekday => (weekdays as readonly string[]).includes(value);
export const isDayPart = (value: string): value is DayPart => (dayParts as readonly string[]).includes(value);

/** Every moment of the week, Monday morning first. */
export const wholeWeek: readonly Moment[] = weekdays.flatMap((day) => dayParts.map((part) => ({ day, part })));

/** Local times a part of the day covers: an activity overlapping it counts. */
export const dayPartHours: Record<DayPart, [string, string]> = {
  ochtend: ['06:00', '12:00'],
  middag: ['12:00', '18:00'],
  avond: ['18:00', '24:00'],
};

const weekdayNames: Record<Lang, { short: readonly string[]; long: readonly string[] }> = {
  nl: {
    short: weekdays,
    long: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  },
  en: {
    short: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    long: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  },
};
const dayPartNames: Record<Lang, Record<DayPart, string>> = {
  nl: { ochtend: 'ochtend', middag: 'middag', avond: 'avond' },
  en: { ochtend: 'morning', middag: 'afternoon', avond: 'evening' },
};

/** "dinsdag" / "Tuesday", or "di" / "Tue" when short. */
export const weekdayName = (day: Weekday, lang: Lang = 'nl', form: 'long' | 'short' = 'long'): string =>
  weekdayNames[lang][form][weekdays.indexOf(day)] ?? day;

/** Weekday name by index, ma = 0 … zo = 6. */
export const weekdayNameAt = (index: number, lang: Lang = 'nl', form: 'long' | 'short' = 'long'): string =>
  weekdayNames[lang][form][index] ?? '';

export const dayPartName = (part: DayPart, lang: Lang = 'nl'): string => dayPartNames[lang][part];

/** "woensdagmiddag" in Dutch, "Wednesday afternoon" in English. */
export const momentName = (m: Moment, lang: Lang = 'nl'): string =>
  lang === 'nl' ? `${weekdayName(m.day)}${m.part}` : `${weekdayName(m.day, 'en')} ${dayPartName(m.part, 'en')}`;

/**
 * "ma-ochtend", "za" (a whole day counts for all its parts) → moments, and the entries that were not understood,
 * so a strict caller (a form, an import) can refuse them and a lenient one can skip them.
 */
export function parseMoments(values: readonly string[]): { moments: Moment[]; unknown: string[] } {
  const moments: Moment[] = [];
  const unknown: string[] = [];
  for (const value of values) {
    const [day = '', part] = value
      .trim()
      .toLowerCase()
      .split('-')
      .map((x) => x.trim());
    if (!isWeekday(day)) unknown.push(value);
    else if (part === undefined) for (const p of dayParts) moments.push({ day, part: p });
    else if (isDayPart(part)) moments.push({ day, part });
    else unknown.push(value);
  }
  return { moments, unknown };
}

// The two terms of a case: first contact within a number of working days, the plan within a number of weeks. Both
// run from the day the request came in (the melding), in Dutch time; pure, so they are tested with tables of dates.
import { addDays, amsterdamNow, isoOf, type LocalDate, weekdayIndex } from '../../kernel/time/index.js';
import { tr, type Lang } from '../../kernel/ui/messages.js';

export type CaseTerms = { firstContactWorkingDays: number; planWeeks: number };

/** Three working days for first contact and four weeks for the plan, until the administrator sets others. */
export const defaultTerms: CaseTerms = { firstContactWorkingDays: 3, planWeeks: 4 };

/**
 * The date `count` working days (Monday to Friday) after `from`. Public holidays count as working days: Nabij has
 * no holiday calendar yet, and a term that ends a day early is the safe side for the resident.
 */
export function addWorkingDays(from: LocalDate, count: number): LocalDate {
  let date = from;
  let left = count;
  while (left > 0) {
    date = addDays(date, 1);
    if (weekdayIndex(date) < 5) left--;
  }
  return date;
}

const dayNumber = (d: LocalDate) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/** 'klaar': done (or the case is closed); 'op_tijd': due today or later; 'te_laat': the due day has passed. */
export type Deadline = { due: LocalDate; state: 'klaar' | 'op_tijd' | 'te_laat'; daysLate: number; daysLeft: number };

/** `spoed`: a request triaged as spoed, whose first contact is due the day it came in and goes above all else. */
export type CaseDeadlines = { firstContact: Deadline; plan: Deadline; spoed: boolean };

function deadline(due: LocalDate, done: boolean, today: LocalDate): Deadline {
  const diff = dayNumber(today) - dayNumber(due);
  if (done) return { due, state: 'klaar', daysLate: 0, daysLeft: 0 };
  return diff > 0
    ? { due, state: 'te_laat', daysLate: diff, daysLeft: 0 }
    : { due, state: 'op_tijd', daysLate: 0, daysLeft: Math.abs(diff) };
}

/**
 * The deadlines of a request (with or without a case). First contact is done once recorded; the plan is done when
 * the resident's plan is set (vastgesteld) or the case is closed.
 */
export function deadlinesOf(input: {
  since: Date;
  firstContactAt: Date | null;
  closed: boolean;
  /** When the plan was set (vastgesteld); null while it is still a concept or there is none. */
  planSetAt?: Date | null;
  terms: CaseTerms;
  now: Date;
  /** A spoed request: first contact the same day, whatever the municipality's term for other requests. */
  spoed?: boolean;
}): CaseDeadlines {
  const start = amsterdamNow(input.since).date;
  const today = amsterdamNow(input.now).date;
  const spoed = input.spoed ?? false;
  return {
    firstContact: deadline(
      addWorkingDays(start, spoed ? 0 : input.terms.firstContactWorkingDays),
      input.closed || input.firstContactAt !== null,
      today,
    ),
    plan: deadline(
      addDays(start, input.terms.planWeeks * 7),
      input.closed || (input.planSetAt ?? null) !== null,
      today,
    ),
    spoed,
  };
}

/** The first day something is due that is not done yet, as a number to sort by; Infinity when nothing is due. */
const nextDue = (d: CaseDeadlines): number =>
  d.spoed && d.firstContact.state !== 'klaar'
    ? -Infinity
    : Math.min(...[d.firstContact, d.plan].filter((x) => x.state !== 'klaar').map((x) => dayNumber(x.due)), Infinity);

/**
 * Spoed without first contact first; then whatever is due first. That puts overdue work on top, the longest overdue
 * first: a missed day lies before any day still to come. Ties keep their order (the oldest request first).
 */
export function byUrgency<T extends { deadlines: CaseDeadlines }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => nextDue(a.deadlines) - nextDue(b.deadlines));
}

const shortDate = (lang: Lang, d: LocalDate) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${isoOf(d)}T12:00:00Z`));

const days = (lang: Lang, n: number) =>
  tr(lang, `${n} ${n === 1 ? 'dag' : 'dagen'}`, `${n} ${n === 1 ? 'day' : 'days'}`);

/** A deadline in words, never only a colour: "te laat sinds 2 dagen", "uiterlijk wo 4 mrt. (nog 1 dag)", "gedaan". */
export function deadlineLabel(lang: Lang, d: Deadline): string {
  if (d.state === 'klaar') return tr(lang, 'gedaan', 'done');
  if (d.state === 'te_laat')
    return tr(lang, `te laat sinds ${days(lang, d.daysLate)}`, `late by ${days(lang, d.daysLate)}`);
  if (d.daysLeft === 0) return tr(lang, `uiterlijk vandaag (${shortDate(lang, d.due)})`, `today at the latest`);
  return tr(
    lang,
    `uiterlijk ${shortDate(lang, d.due)} (nog ${days(lang, d.daysLeft)})`,
    `by ${shortDate(lang, d.due)} (${days(lang, d.daysLeft)} left)`,
  );
}

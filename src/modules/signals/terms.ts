// How soon the team acts on a signal: a term per kind and urgency and a second, longer one, and the urgency a new
// signal gets. A municipality may set its own terms (signal_terms); these are the defaults.
import type { PersonConcern, SignalKind, SignalTopic, TermUnit, Urgency } from './schema.js';

export type Term = { amount: number; unit: TermUnit };
export type SignalTerms = { first: Term; second: Term };
export type TermKey = `${SignalKind}:${Urgency}`;

export const defaultSignalTerms: Record<TermKey, SignalTerms> = {
  // Danger: the same day, whatever it is about.
  'persoon:spoed': { first: { amount: 4, unit: 'uren' }, second: { amount: 24, unit: 'uren' } },
  'buurt:spoed': { first: { amount: 4, unit: 'uren' }, second: { amount: 24, unit: 'uren' } },
  // An older person living alone, a child or a family: someone goes out within a day.
  'persoon:hoog': { first: { amount: 24, unit: 'uren' }, second: { amount: 3, unit: 'werkdagen' } },
  'persoon:normaal': { first: { amount: 3, unit: 'werkdagen' }, second: { amount: 10, unit: 'werkdagen' } },
  'buurt:hoog': { first: { amount: 3, unit: 'werkdagen' }, second: { amount: 10, unit: 'werkdagen' } },
  // A neighbourhood theme: an answer within a working week.
  'buurt:normaal': { first: { amount: 5, unit: 'werkdagen' }, second: { amount: 15, unit: 'werkdagen' } },
};

/** Concerns about a person that cannot wait: someone goes out within a day. */
const urgentConcerns: readonly PersonConcern[] = ['oudere_alleen', 'kind_gezin'];

/** The urgency of a new signal: spoed on danger, hoog for a concern that cannot wait, else normaal. */
export function urgencyOf(kind: SignalKind, topic: SignalTopic, danger: boolean): Urgency {
  if (danger) return 'spoed';
  return kind === 'persoon' && (urgentConcerns as readonly string[]).includes(topic) ? 'hoog' : 'normaal';
}

const weekdayInAmsterdam = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short' });
const isWeekend = (at: Date) => ['Sat', 'Sun'].includes(weekdayInAmsterdam.format(at));

/**
 * The moment a term ends, counted from `from`: hours on the clock, or working days (Monday to Friday, in Amsterdam)
 * at the same time of day. A signal made in the weekend counts its working days from Monday. Public holidays count
 * as working days, as the case terms do (casework/deadlines.ts).
 */
export function termEnd(from: Date, term: Term): Date {
  if (term.unit === 'uren') return new Date(from.getTime() + term.amount * 3_600_000);
  const day = 86_400_000;
  let at = new Date(from.getTime());
  let left = term.amount;
  while (left > 0) {
    at = new Date(at.getTime() + day);
    if (!isWeekend(at)) left--;
  }
  return at;
}

/** Both deadlines of a signal made at `from` with these terms. */
export const deadlinesOf = (from: Date, terms: SignalTerms): { dueAt: Date; secondDueAt: Date } => ({
  dueAt: termEnd(from, terms.first),
  secondDueAt: termEnd(from, terms.second),
});

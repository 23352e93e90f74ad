// The retention terms (bewaartermijnen) per data category: the default, the range a municipality may set, the unit
// the settings page uses, and where the term comes from. docs/retention.md explains each.
export const retentionCategories = [
  'dossier',
  'jeugd',
  'hulpvraag_gekoppeld',
  'hulpvraag_zonder_vervolg',
  'signaal',
] as const;
export type RetentionCategory = (typeof retentionCategories)[number];

export type TermRule = {
  unit: 'jaar' | 'maand';
  /** Defaults and limits in the unit. */
  standard: number;
  min: number;
  max: number;
  /** The message beside the field for a value outside the range (a key of fieldMessages). */
  message: 'bewaartermijn_dossier' | 'bewaartermijn_jeugd' | 'bewaartermijn_gekoppeld' | 'bewaartermijn_kort';
  /** Whether the job acts on it yet: Nabij has no youth marker on a case yet. */
  inUse: boolean;
};

export const termRules: Record<RetentionCategory, TermRule> = {
  // A Wmo case file: 15 years after closing (the term municipalities keep Wmo files by; not shorter without reason).
  dossier: { unit: 'jaar', standard: 15, min: 15, max: 20, message: 'bewaartermijn_dossier', inUse: true },
  // A Jeugdwet case file: 20 years (Jeugdwet art. 7.3.8), or longer when careful help asks it.
  jeugd: { unit: 'jaar', standard: 20, min: 20, max: 30, message: 'bewaartermijn_jeugd', inUse: false },
  // A request that led to a match or activity that ran, without a case: no legal duty to keep; long enough to
  // follow up and to answer a question about it.
  hulpvraag_gekoppeld: {
    unit: 'maand',
    standard: 24,
    min: 6,
    max: 60,
    message: 'bewaartermijn_gekoppeld',
    inUse: true,
  },
  // A request closed without a case and without a match: only as long as needed (AVG art. 5 lid 1 e).
  hulpvraag_zonder_vervolg: {
    unit: 'maand',
    standard: 12,
    min: 3,
    max: 24,
    message: 'bewaartermijn_kort',
    inUse: true,
  },
  // An unfounded signal (zorgen over een buurtgenoot; nothing was the matter): short, from its closing.
  signaal: { unit: 'maand', standard: 6, min: 3, max: 24, message: 'bewaartermijn_kort', inUse: true },
};

export const monthsOf = (category: RetentionCategory, amount: number): number =>
  termRules[category].unit === 'jaar' ? amount * 12 : amount;

export const amountOf = (category: RetentionCategory, months: number): number =>
  termRules[category].unit === 'jaar' ? Math.round(months / 12) : months;

export type RetentionTerms = Record<RetentionCategory, number>;

/** The defaults, in months. */
export const defaultRetentionTerms = (): RetentionTerms =>
  Object.fromEntries(retentionCategories.map((c) => [c, monthsOf(c, termRules[c].standard)])) as RetentionTerms;

/** `months` before `now`, by the calendar (15 years before 7 March 2041 is 7 March 2026). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/** `months` after `from`, by the calendar. */
export function monthsAfter(from: Date, months: number): Date {
  const d = new Date(from);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

// The words of consent: purposes, how consent was given, who receives it, and the state of a consent on a day. Pure.
import { categoryInWords, roleInWords } from '../../kernel/access/plain-words.js';
import { dutchDate } from '../../kernel/time/dates.js';
import { amsterdamToday } from '../../kernel/time/schedule.js';
import { tr, type Lang } from '../../kernel/ui/messages.js';
import type { ConsentView } from './queries.js';
import type { GivenHow } from './schema.js';

export const purposes = ['ondersteuning', 'doorverwijzing', 'bezwaar_of_klacht', 'anders'] as const;
export type Purpose = (typeof purposes)[number];

/** What the data is shared for, completing "voor …". */
export const purposeWords: Record<Purpose, [string, string]> = {
  ondersteuning: ['hulp bij je vraag of je plan', 'help with your question or your plan'],
  doorverwijzing: ['doorverwijzing naar hulp of zorg', 'a referral to help or care'],
  bezwaar_of_klacht: ['hulp bij een bezwaar of klacht', 'help with an objection or complaint'],
  anders: ['iets anders', 'something else'],
};

export const givenHowWords: Record<GivenHow, [string, string]> = {
  schriftelijk: ['op papier, met handtekening', 'on paper, signed'],
  mondeling: ['mondeling, opgeschreven door het wijkteam', 'spoken, written down by the team'],
  digitaal: ['digitaal, in Nabij', 'digitally, in Nabij'],
};

/** The roles a consent can name as a whole: outside the team, with an account in Nabij. */
export const recipientRoles = ['clientondersteuner'] as const;

export const purposeLabel = (lang: Lang, purpose: string, note: string | null): string => {
  const words = purposeWords[purpose as Purpose];
  const base = words ? tr(lang, words[0], words[1]) : purpose;
  return note ? `${base}: ${note}` : base;
};

export function recipientLabel(lang: Lang, c: Pick<ConsentView, 'recipientKind' | 'recipientName' | 'recipientRole'>) {
  if (c.recipientKind === 'rol')
    return tr(
      lang,
      `iedere ${roleInWords(lang, c.recipientRole ?? '')} van de gemeente`,
      `every ${roleInWords(lang, c.recipientRole ?? '')} of the municipality`,
    );
  return c.recipientName ?? '';
}

export const dataLabel = (lang: Lang, category: string) => categoryInWords(lang, category);

export type ConsentState = 'actief' | 'nog_niet' | 'ingetrokken' | 'verlopen';

/** Where a consent stands on `today` (ISO date in Dutch time): what the gate decides, in one word. */
export function consentState(c: Pick<ConsentView, 'startsOn' | 'endsOn' | 'withdrawnAt'>, today: string): ConsentState {
  if (c.withdrawnAt) return 'ingetrokken';
  if (c.endsOn !== null && c.endsOn < today) return 'verlopen';
  if (c.startsOn > today) return 'nog_niet';
  return 'actief';
}

export const dateLabel = (iso: string) => dutchDate(iso);

/** Today in the Netherlands, as the ISO date consents start and end on. */
export const dutchToday = amsterdamToday;

// The words of client support and complaints. Pure.
import { categoryInWords } from '../../kernel/access/plain-words.js';
import { tr, type Lang } from '../../kernel/ui/messages.js';
import type { ComplaintKind, ComplaintStatus } from './schema.js';

export const complaintKindWords: Record<ComplaintKind, [string, string]> = {
  klacht: [
    'Een klacht: ik ben niet tevreden over hoe ik geholpen word',
    'A complaint: I am not happy with how I am helped',
  ],
  bezwaar: [
    'Een bezwaar: ik ben het niet eens met een besluit over mij',
    'An objection: I do not agree with a decision about me',
  ],
};

export const complaintKindShort: Record<ComplaintKind, [string, string]> = {
  klacht: ['Klacht', 'Complaint'],
  bezwaar: ['Bezwaar', 'Objection'],
};

export const complaintStatusWords: Record<ComplaintStatus, [string, string]> = {
  ontvangen: ['Ontvangen', 'Received'],
  in_behandeling: ['In behandeling', 'Being handled'],
  afgehandeld: ['Afgehandeld', 'Handled'],
};

export const words = (lang: Lang, pair: [string, string]) => tr(lang, pair[0], pair[1]);

/** A category as the item of a list ("Je hulpvraag"), from the plain words the log uses too. */
export const sharedLabel = (lang: Lang, category: string) => {
  const text = categoryInWords(lang, category);
  return text.charAt(0).toUpperCase() + text.slice(1);
};

const day = (lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
export const dayLabel = (lang: Lang, at: Date) => day(lang).format(at);

/** The same part as someone else reads it about the resident ("Hulpvraag", not "Je hulpvraag"). */
export const partLabel = (lang: Lang, category: string) => {
  const text = categoryInWords(lang, category).replace(/^(je|your) /i, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

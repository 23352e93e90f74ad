// The words of the neighbourhood agenda's proposals, shared by the public pages and the team's.
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { ProposalAnswer, ProposalStatus } from '../schema.js';

const amsterdamDay = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "7 december 2026", in Amsterdam's time. */
export const dayInWords = (at: Date): string => amsterdamDay.format(at);

const statusWords: Record<ProposalStatus, [string, string]> = {
  ingediend: ['Ingediend, wacht op antwoord', 'Submitted, waiting for an answer'],
  besproken: ['Besproken, wacht op antwoord', 'Discussed, waiting for an answer'],
  beantwoord: ['Beantwoord', 'Answered'],
  verborgen: ['Verborgen', 'Hidden'],
};
export const statusInWords = (lang: Lang, s: ProposalStatus) => tr(lang, ...statusWords[s]);

const answerWords: Record<ProposalAnswer, [string, string]> = {
  aangenomen: ['Aangenomen: het team gaat ermee aan de slag', 'Accepted: the team will work on it'],
  niet_nu: ['Nu niet', 'Not now'],
  al_bezig: ['Hier wordt al aan gewerkt', 'Already under way'],
};
export const answerInWords = (lang: Lang, a: ProposalAnswer) => tr(lang, ...answerWords[a]);

const eventWords: Record<string, [string, string]> = {
  ingediend: ['Voorstel ingediend', 'Proposal submitted'],
  besproken: ['Besproken', 'Discussed'],
  beantwoord: ['Beantwoord door het wijkteam', 'Answered by the team'],
  heropend: ['Het antwoord wordt opnieuw bekeken', 'The answer is being reconsidered'],
  verborgen: ['Verborgen', 'Hidden'],
  teruggezet: ['Weer zichtbaar', 'Visible again'],
};
export const eventInWords = (lang: Lang, kind: string) => tr(lang, ...(eventWords[kind] ?? [kind, kind]));

/** The flag on a proposal past its term: the date it was due, said plainly. */
export const overdueInWords = (lang: Lang, dueAt: Date) =>
  tr(
    lang,
    `Nog geen antwoord, termijn verlopen op ${dayInWords(dueAt)}`,
    `No answer yet, the term ended on ${dayInWords(dueAt)}`,
  );

export const supportsInWords = (lang: Lang, n: number) =>
  n === 1
    ? tr(lang, '1 bewoner steunt dit', '1 resident supports this')
    : tr(lang, `${n} bewoners steunen dit`, `${n} residents support this`);

export const fromWhomInWords = (lang: Lang, origin: string, wijk: string) =>
  origin === 'signalen'
    ? tr(lang, `Uit signalen van bewoners in ${wijk}`, `From residents’ signals in ${wijk}`)
    : origin === 'team'
      ? tr(lang, `Van het wijkteam, voor ${wijk}`, `From the team, for ${wijk}`)
      : tr(lang, `Van een bewoner uit ${wijk}`, `From a resident of ${wijk}`);

/** "1 voorstel", "3 voorstellen". */
export const proposalsInWords = (lang: Lang, n: number) =>
  n === 1 ? tr(lang, '1 voorstel', '1 proposal') : tr(lang, `${n} voorstellen`, `${n} proposals`);

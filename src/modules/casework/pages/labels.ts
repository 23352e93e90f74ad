// Words the case pages show for outcomes, timeline entries and a request's area, in Dutch and English.
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { CaseEventKind, CaseOutcome } from '../states.js';

export const outcomeWords: Record<CaseOutcome, [string, string]> = {
  met_koppeling: ['Geholpen met een koppeling (vrijwilliger of activiteit)', 'Helped through a match'],
  opgelost_zonder_hulp: ['Opgelost zonder hulp van buiten', 'Solved without outside help'],
  doorverwezen: ['Doorverwezen', 'Referred elsewhere'],
  wil_geen_hulp_meer: ['Bewoner wil geen hulp meer', 'The resident no longer wants help'],
  geen_contact: ['Geen contact gekregen', 'Could not get in touch'],
  verhuisd: ['Verhuisd', 'Moved away'],
  anders: ['Anders (schrijf op hoe)', 'Other (write down how)'],
};

export const outcomeLabel = (lang: Lang, outcome: string): string => {
  const words = outcomeWords[outcome as CaseOutcome];
  return words ? tr(lang, words[0], words[1]) : outcome;
};

export const eventWords: Record<CaseEventKind, [string, string]> = {
  geopend: ['casus geopend', 'case opened'],
  notitie: ['notitie', 'note'],
  overgedragen: ['overgedragen', 'handed over'],
  eerste_contact: ['eerste contact gehad', 'first contact made'],
  gesloten: ['casus gesloten', 'case closed'],
  heropend: ['casus heropend', 'case reopened'],
  plan_vastgesteld: ['plan vastgesteld', 'plan set'],
  regisseur_gekozen: ['regisseur gekozen', 'case director chosen'],
  knoop_doorgehakt: ['knoop doorgehakt', 'deadlock broken'],
  verwijzing: ['aanbieder gekozen (verwijzing)', 'provider chosen (referral)'],
  verwijzing_termijn: ['termijn van de verwijzing gezet', 'referral deadline set'],
  verwijzing_gestart: ['hulp van de aanbieder gestart', 'help from the provider started'],
  verwijzing_gestopt: ['verwijzing gestopt', 'referral stopped'],
  escalatie: ['escalatie', 'escalation'],
};

/** The area of a request: its postcode's four digits (PC4), as a volunteer sees it too. */
export const areaOf = (postcode: string | null): string | null =>
  postcode && /^\d{4}/.test(postcode) ? postcode.slice(0, 4) : null;

export const areaLabel = (lang: Lang, area: string | null): string =>
  area ? tr(lang, `postcode ${area}`, `postcode ${area}`) : tr(lang, 'onbekend', 'unknown');

const dateTime = (lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
export const whenLabel = (lang: Lang, at: Date): string => dateTime(lang).format(at);

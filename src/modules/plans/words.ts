// The words of the plan: who carries out an agreement, the names of the domains, and a change in the history, in
// plain Dutch (B1) first. Pure.
import { roleInWords } from '../../kernel/access/plain-words.js';
import { dutchDate } from '../../kernel/time/dates.js';
import { tr, type Lang } from '../../kernel/ui/messages.js';
import type { Instrument } from '../casework/index.js';
import type { PlanChange } from './queries.js';
import type { AgreementWho } from './schema.js';

/** The domain of a goal that fits none of the instrument's domains. */
export const OTHER_DOMAIN = 'anders';

export const whoWords: Record<AgreementWho, [string, string]> = {
  bewoner: ['ikzelf (de bewoner)', 'myself (the resident)'],
  netwerk: ['iemand uit mijn omgeving', 'someone I know'],
  vrijwilliger: ['een vrijwilliger', 'a volunteer'],
  activiteit: ['een activiteit in de buurt', 'an activity in the neighbourhood'],
  professional: ['een professional (zorg of hulpverlening)', 'a professional (care or support)'],
};

export const whoLabel = (lang: Lang, who: AgreementWho, name: string | null): string => {
  const base = tr(lang, whoWords[who][0], whoWords[who][1]);
  return name ? `${name}, ${base}` : base;
};

export function domainName(lang: Lang, instrument: Instrument, key: string): string {
  if (key === OTHER_DOMAIN) return tr(lang, 'Iets anders', 'Something else');
  return instrument.domains.find((d) => d.key === key)?.name ?? key;
}

const fieldWords: Record<string, [string, string]> = {
  toegevoegd: ['schreef', 'wrote'],
  verwijderd: ['haalde weg', 'removed'],
  doel: ['veranderde het doel', 'changed the goal'],
  domein: ['veranderde het onderwerp', 'changed the topic'],
  wat_ging_goed: ['schreef wat goed ging', 'wrote what went well'],
  wat: ['veranderde de afspraak', 'changed the agreement'],
  wie: ['veranderde wie het doet', 'changed who does it'],
  naam: ['veranderde de naam', 'changed the name'],
  uiterlijk: ['veranderde de datum', 'changed the date'],
  gedaan: ['zette op gedaan', 'marked done'],
  niet_gedaan: ['zette op nog niet gedaan', 'marked not done'],
  vastgesteld: ['stelde het plan vast', 'set the plan'],
  gepland: ['plande een netwerkberaad', 'planned a network meeting'],
};

const itemWords: Record<string, [string, string]> = {
  doel: ['doel', 'goal'],
  afspraak: ['afspraak', 'agreement'],
  beraad: ['netwerkberaad', 'network meeting'],
  plan: ['plan', 'plan'],
};

/** Who made a change, as the resident reads it: their name and role ("Sanne Wijk (medewerker van het wijkteam)"). */
export function changedBy(lang: Lang, c: Pick<PlanChange, 'actorName' | 'actorRole'>): string {
  const role = roleInWords(lang, c.actorRole);
  return c.actorName ? `${c.actorName} (${role})` : role;
}

const dateTime = (lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
export const whenLabel = (lang: Lang, at: Date): string => dateTime(lang).format(at);

/** One change in words: "Sanne Wijk, wijkteamlid, veranderde het doel: "oud" wordt "nieuw"". */
export function changeSentence(lang: Lang, c: PlanChange): string {
  const what = fieldWords[c.field] ?? [c.field, c.field];
  const item = itemWords[c.itemKind] ?? [c.itemKind, c.itemKind];
  const shown = (text: string | null) =>
    text === null || text === ''
      ? tr(lang, '(leeg)', '(empty)')
      : `“${c.field === 'uiterlijk' ? dutchDate(text) : text}”`;
  const action = `${changedBy(lang, c)} ${tr(lang, what[0], what[1])}`;
  if (c.field === 'vastgesteld') return action;
  const head = `${action} (${tr(lang, item[0], item[1])})`;
  if (c.oldText !== null && c.newText !== null && c.field !== 'gepland')
    return `${head}: ${shown(c.oldText)} ${tr(lang, 'wordt', 'becomes')} ${shown(c.newText)}`;
  return `${head}: ${shown(c.newText ?? c.oldText)}`;
}

/** The latest change of an item, for "laatst gewijzigd door …". Changes come newest first. */
export const lastChangeOf = (changes: readonly PlanChange[], itemId: string): PlanChange | undefined =>
  changes.find((c) => c.itemId === itemId);

export const dueLabel = (lang: Lang, dueOn: string | null): string =>
  dueOn ? tr(lang, `uiterlijk ${dutchDate(dueOn)}`, `by ${dutchDate(dueOn)}`) : tr(lang, 'geen datum', 'no date');

// The words of a signal on the team's pages and the person's page: kinds, concerns and themes, states, urgencies,
// visit results, where it went and how it ended. Dutch first, English where the pages offer it.
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type {
  ClosingOutcome,
  ForwardTarget,
  SignalKind,
  SignalStatus,
  SignalTopic,
  Urgency,
  VisitResult,
} from '../schema.js';

type Words = readonly [nl: string, en: string];
const say = (lang: Lang, words: Words | undefined, fallback: string) =>
  words ? tr(lang, words[0], words[1]) : fallback;

const kindWords: Record<SignalKind, Words> = {
  persoon: ['Zorgen om iemand', 'Worry about someone'],
  buurt: ['In de buurt', 'In the neighbourhood'],
};

const topicWords: Record<SignalTopic, Words> = {
  oudere_alleen: ['oudere die alleen woont', 'older person living alone'],
  kind_gezin: ['kind of gezin', 'child or family'],
  verwaarlozing: ['verwaarlozing', 'neglect'],
  geldzorgen: ['geldzorgen', 'money worries'],
  psychisch: ['psychische zorgen', 'mental health'],
  anders: ['iets anders', 'something else'],
  eenzaamheid: ['eenzaamheid', 'loneliness'],
  jongeren: ['jongeren', 'young people'],
  overlast: ['overlast', 'nuisance'],
  armoede: ['armoede', 'poverty'],
  veiligheid: ['veiligheid', 'safety'],
  woonomgeving: ['woonomgeving', 'living environment'],
  ontmoeting: ['ontmoeting', 'meeting each other'],
};

const statusWords: Record<SignalStatus, Words> = {
  gemeld: ['gemeld', 'reported'],
  in_behandeling: ['in behandeling', 'being handled'],
  erop_af_geweest: ['erop af geweest', 'visited'],
  doorgezet: ['doorgezet', 'passed on'],
  afgesloten: ['afgesloten', 'closed'],
};

const urgencyWords: Record<Urgency, Words> = {
  spoed: ['spoed', 'urgent'],
  hoog: ['hoog', 'high'],
  normaal: ['normaal', 'normal'],
};

const visitWords: Record<VisitResult, Words> = {
  contact_gemaakt: ['contact gemaakt', 'contact made'],
  geen_contact: ['geen contact', 'no contact'],
  wil_geen_hulp: ['wil geen hulp', 'does not want help'],
};

const forwardWords: Record<ForwardTarget, Words> = {
  hulpvraag: ['een hulpvraag', 'a help request'],
  casus: ['een casus', 'a case'],
  wijkagenda: ['de wijkagenda', 'the neighbourhood agenda'],
};

const outcomeWords: Record<ClosingOutcome, Words> = {
  opgepakt: ['opgepakt', 'taken up'],
  ongegrond: ['ongegrond: er was niets aan de hand', 'unfounded: nothing was the matter'],
  wil_geen_hulp: ['de persoon wil geen hulp', 'the person does not want help'],
  geen_contact: ['geen contact gekregen', 'no contact'],
  dubbel: ['dubbel gemeld', 'reported twice'],
};

export const kindInWords = (lang: Lang, kind: string) => say(lang, kindWords[kind as SignalKind], kind);
export const topicInWords = (lang: Lang, topic: string) => say(lang, topicWords[topic as SignalTopic], topic);
export const statusInWords = (lang: Lang, s: string) => say(lang, statusWords[s as SignalStatus], s);
export const urgencyInWords = (lang: Lang, u: string) => say(lang, urgencyWords[u as Urgency], u);
export const visitInWords = (lang: Lang, v: string) => say(lang, visitWords[v as VisitResult], v);
export const forwardInWords = (lang: Lang, f: string) => say(lang, forwardWords[f as ForwardTarget], f);
export const outcomeInWords = (lang: Lang, o: string) => say(lang, outcomeWords[o as ClosingOutcome], o);

// The words the reporter reads for the module's data: concerns, themes, kinds of reporter, states. Plain Dutch (B1)
// first, English beside it.
import type { Lang } from '../../../kernel/ui/messages.js';
import type { NeighbourhoodTheme, PersonConcern, ReporterRole, SignalKind, SignalTopic } from '../schema.js';

type Words = readonly [nl: string, en: string];
const say = (lang: Lang, words: Words) => (lang === 'en' ? words[1] : words[0]);

export const concernWords: Record<PersonConcern, Words> = {
  oudere_alleen: ['Een oudere die alleen woont en het misschien niet meer redt', 'An older person living alone'],
  kind_gezin: ['Zorgen om een kind of een gezin', 'Worries about a child or a family'],
  verwaarlozing: [
    'Iemand lijkt zichzelf of het huis te verwaarlozen',
    'Someone seems to neglect themselves or their home',
  ],
  geldzorgen: ['Iemand lijkt geldzorgen te hebben', 'Someone seems to have money worries'],
  psychisch: ['Iemand lijkt in de war, angstig of erg somber', 'Someone seems confused, anxious or very low'],
  anders: ['Iets anders', 'Something else'],
};

export const themeWords: Record<NeighbourhoodTheme, Words> = {
  eenzaamheid: ['Eenzaamheid: mensen zien bijna niemand', 'Loneliness: people hardly see anyone'],
  jongeren: ['Jongeren: er is weinig voor ze, of er zijn zorgen', 'Young people: little for them, or worries'],
  overlast: ['Overlast: lawaai, ruzie of rommel', 'Nuisance: noise, quarrels or mess'],
  armoede: ['Armoede: mensen komen niet rond', 'Poverty: people cannot make ends meet'],
  veiligheid: ['Veiligheid: mensen voelen zich niet veilig', 'Safety: people do not feel safe'],
  woonomgeving: ['De straat of de huizen: vies, kapot of slecht onderhouden', 'Streets or homes: dirty or broken'],
  ontmoeting: ['Er is geen plek om elkaar te ontmoeten', 'There is no place to meet each other'],
  anders: ['Iets anders', 'Something else'],
};

/** The theme in a sentence: "… ook iets over jongeren in Lombok". */
export const themeInSentence: Record<NeighbourhoodTheme, Words> = {
  eenzaamheid: ['eenzaamheid', 'loneliness'],
  jongeren: ['jongeren', 'young people'],
  overlast: ['overlast', 'nuisance'],
  armoede: ['armoede', 'poverty'],
  veiligheid: ['veiligheid', 'safety'],
  woonomgeving: ['de straat of de huizen', 'the streets or homes'],
  ontmoeting: ['een plek om elkaar te ontmoeten', 'a place to meet'],
  anders: ['iets anders', 'something else'],
};

export const roleWords: Record<ReporterRole, Words> = {
  bewoner: ['Buurtbewoner', 'Resident'],
  vrijwilliger: ['Vrijwilliger', 'Volunteer'],
  sleutelpersoon: [
    'Sleutelpersoon (bijvoorbeeld van een kerk, moskee, winkel of vereniging)',
    'Key person (for example of a church, mosque, shop or club)',
  ],
  partner: [
    'Partner (bijvoorbeeld huisarts, school, woningcorporatie of apotheek)',
    'Partner (for example GP, school, housing corporation or pharmacy)',
  ],
};

/** The kind of reporter counted: "3 buurtbewoners", "1 vrijwilliger". */
export const roleCounted: Record<ReporterRole, readonly [one: Words, many: Words]> = {
  bewoner: [
    ['buurtbewoner', 'resident'],
    ['buurtbewoners', 'residents'],
  ],
  vrijwilliger: [
    ['vrijwilliger', 'volunteer'],
    ['vrijwilligers', 'volunteers'],
  ],
  sleutelpersoon: [
    ['sleutelpersoon', 'key person'],
    ['sleutelpersonen', 'key persons'],
  ],
  partner: [
    ['partner', 'partner'],
    ['partners', 'partners'],
  ],
};

export const kindWords: Record<SignalKind, Words> = {
  persoon: ['Zorgen om iemand', 'Worried about someone'],
  buurt: ['Er speelt iets in de buurt', 'Something is going on in the neighbourhood'],
};

export const topicInWords = (lang: Lang, kind: SignalKind, topic: SignalTopic): string =>
  kind === 'persoon'
    ? say(lang, concernWords[topic as PersonConcern] ?? concernWords.anders)
    : say(lang, themeWords[topic as NeighbourhoodTheme] ?? themeWords.anders);

export const inWords = say;

const dateFormats = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }),
};
const shortDateFormats = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'Europe/Amsterdam' }),
};

/** "7 december 2026". */
export const dateInWords = (lang: Lang, date: Date) => dateFormats[lang === 'en' ? 'en' : 'nl'].format(date);
/** "12 november", for a date of this year or close to it. */
export const shortDate = (lang: Lang, date: Date) => shortDateFormats[lang === 'en' ? 'en' : 'nl'].format(date);

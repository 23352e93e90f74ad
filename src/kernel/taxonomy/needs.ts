// The need keys (behoeften) of docs/reference/TAXONOMY.md: stable identifiers, with plain Dutch and English labels.
export const needKeys = [
  'ontmoeting',
  'maatje',
  'boodschappen',
  'vervoer',
  'klussen',
  'tuin',
  'maaltijd',
  'administratie',
  'geldzaken',
  'schulden',
  'digitaal',
  'taal',
  'opvoeding',
  'kinderopvang',
  'huiswerk',
  'bewegen',
  'mantelzorg',
  'huisdieren',
  'werk',
  'wonen',
  'gezondheid',
  'psychisch',
  'verslaving',
  'jongeren',
  'veiligheid',
] as const;

export type NeedKey = (typeof needKeys)[number];

export const isNeedKey = (value: string): value is NeedKey => (needKeys as readonly string[]).includes(value);

/** What a resident would call it: shown in filters and on result cards. */
export const needLabels: Record<NeedKey, [nl: string, en: string]> = {
  ontmoeting: ['Mensen ontmoeten', 'Meeting people'],
  maatje: ['Een maatje', 'A buddy'],
  boodschappen: ['Boodschappen', 'Groceries and errands'],
  vervoer: ['Vervoer', 'Transport'],
  klussen: ['Klusjes in huis', 'Small jobs at home'],
  tuin: ['Tuin', 'Garden'],
  maaltijd: ['Samen eten en maaltijden', 'Meals and eating together'],
  administratie: ['Post en formulieren', 'Letters and forms'],
  geldzaken: ['Rondkomen met geld', 'Managing money'],
  schulden: ['Schulden', 'Debts'],
  digitaal: ['Computer en telefoon', 'Computer and phone'],
  taal: ['Nederlands leren', 'Learning Dutch'],
  opvoeding: ['Opvoeden', 'Parenting'],
  kinderopvang: ['Opvang voor kinderen', 'Childcare'],
  huiswerk: ['Huiswerk', 'Homework'],
  bewegen: ['Bewegen en sport', 'Exercise and sport'],
  mantelzorg: ['Zorgen voor een naaste', 'Caring for someone'],
  huisdieren: ['Huisdieren', 'Pets'],
  werk: ['Werk en dagbesteding', 'Work and day activities'],
  wonen: ['Wonen', 'Housing'],
  gezondheid: ['Gezondheid', 'Health'],
  psychisch: ['Je psychisch goed voelen', 'Mental health'],
  verslaving: ['Verslaving', 'Addiction'],
  jongeren: ['Jongeren', 'Young people'],
  veiligheid: ['Veiligheid', 'Safety'],
};

export const needLabel = (key: string, lang: 'nl' | 'en' = 'nl'): string =>
  isNeedKey(key) ? needLabels[key][lang === 'en' ? 1 : 0] : key;

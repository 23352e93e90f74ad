// The access log in plain words: roles, categories, actions and purposes as a resident would say them.
import { tr, type Lang } from '../ui/messages.js';

const roleWords: Record<string, [string, string]> = {
  bewoner: ['bewoner', 'resident'],
  vrijwilliger: ['vrijwilliger', 'volunteer'],
  initiatiefnemer: ['initiatiefnemer', 'initiative organiser'],
  wijkteamlid: ['medewerker van het wijkteam', 'neighbourhood team member'],
  regisseur: ['regisseur van het wijkteam', 'case director'],
  clientondersteuner: ['cliëntondersteuner', 'client supporter'],
  opbouwwerker: ['opbouwwerker', 'community worker'],
  klankbordgroep: ['lid van de klankbordgroep', 'sounding board member'],
  wmoraad: ['lid van de Wmo-raad', 'Wmo council member'],
  beheerder: ['beheerder', 'administrator'],
  'systeem:inloggen': ['Nabij zelf', 'Nabij itself'],
  'systeem:opdrachtregel': ['Nabij zelf (beheertaak)', 'Nabij itself (admin task)'],
  'systeem:demo': ['Nabij zelf (demo)', 'Nabij itself (demo)'],
  'systeem:hulpvraag': ['Nabij zelf, bij je hulpvraag', 'Nabij itself, with your help request'],
  'systeem:aanmelding': ['Nabij zelf, bij je aanmelding', 'Nabij itself, with your sign-up'],
  'systeem:koppeling': ['Nabij zelf, bij een koppeling', 'Nabij itself, with a match'],
  'systeem:uitnodiging': ['Nabij zelf, bij een uitnodiging', 'Nabij itself, with an invitation'],
  'systeem:bewaartermijn': ['Nabij zelf, na de bewaartermijn', 'Nabij itself, after the retention term'],
  'systeem:regie': ['Nabij zelf, voor je regisseur', 'Nabij itself, for your case director'],
  'systeem:signaal': ['Nabij zelf, bij een signaal', 'Nabij itself, with a signal'],
  'systeem:wijkagenda': ['Nabij zelf, bij de wijkagenda', 'Nabij itself, with the neighbourhood agenda'],
  'systeem:monitor': ['Nabij zelf, voor de monitor', 'Nabij itself, for the monitor'],
};

const categoryWords: Record<string, [string, string]> = {
  account: ['je naam en contactgegevens', 'your name and contact details'],
  toegangslog: ['deze lijst', 'this list'],
  pagina: ['een pagina over jou', 'a page about you'],
};

/** A module names its own categories of personal data in plain words when it is installed. */
export function addCategoryWords(words: Record<string, [string, string]>): void {
  Object.assign(categoryWords, words);
}

const actionWords: Record<string, [string, string]> = {
  create: ['maakte aan', 'created'],
  read: ['bekeek', 'viewed'],
  update: ['veranderde', 'changed'],
  delete: ['verwijderde', 'deleted'],
  search: ['zocht en vond', 'searched and found'],
  export: ['downloadde', 'downloaded'],
  print: ['printte', 'printed'],
};

const purposeWords: Record<string, [string, string]> = {
  inloggen: ['om je te laten inloggen', 'to sign you in'],
  eigen_gegevens: ['je bekeek je eigen gegevens', 'you looked at your own data'],
  inzage: ['inzage in wie je gegevens bekeek', 'seeing who viewed your data'],
  tweede_stap_instellen: ['om je inlogcode-app in te stellen', 'to set up your sign-in code app'],
  contact_opnemen: ['om contact met je op te nemen', 'to get in touch with you'],
  accountbeheer: ['voor het beheer van accounts', 'to manage accounts'],
  demo: ['om de demo klaar te zetten', 'to prepare the demo'],
  sociale_kaart: ['om de sociale kaart bij te houden', 'to keep the social map up to date'],
  triage: ['om te kijken wie of wat kan helpen', 'to find out who or what can help'],
  koppelen: ['om je in contact te brengen met hulp', 'to put you in touch with help'],
  hulpvraag_behandelen: ['om je hulpvraag te behandelen', 'to handle your help request'],
  vrijwilligersbeheer: ['om vrijwilligers te beheren', 'to manage volunteers'],
  vog_controle: ['om je VOG na te kijken', 'to check your VOG'],
  aanmelden: ['om je als vrijwilliger aan te melden', 'to sign you up as a volunteer'],
  kwaliteit_triage: ['om het voorstel van Nabij te verbeteren', 'to improve what Nabij proposes'],
  pagina_openen: [
    'probeerde een pagina te openen die niet voor zijn of haar rol is',
    'tried a page not meant for their role',
  ],
  api_buiten_rechten: [
    'probeerde iets waar dit systeem geen recht op heeft',
    'tried something this system has no right to',
  ],
};

/** A module names the purposes of its reads in plain words when it is installed. */
export function addPurposeWords(words: Record<string, [string, string]>): void {
  Object.assign(purposeWords, words);
}

const pick = (lang: Lang, table: Record<string, [string, string]>, key: string): string => {
  const words = table[key];
  return words ? tr(lang, words[0], words[1]) : key;
};

/** A role in words; an integration's token (`token:<name>`) is "een gekoppeld systeem" with the name it was given. */
export const roleInWords = (lang: Lang, role: string) =>
  role.startsWith('token:')
    ? tr(lang, `een gekoppeld systeem: ${role.slice(6)}`, `a connected system: ${role.slice(6)}`)
    : pick(lang, roleWords, role);
export const categoryInWords = (lang: Lang, category: string) => pick(lang, categoryWords, category);
export const actionInWords = (lang: Lang, action: string) => pick(lang, actionWords, action);
export const purposeInWords = (lang: Lang, purpose: string) => pick(lang, purposeWords, purpose);

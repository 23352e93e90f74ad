// Languages people speak, by ISO 639-1 code (ISO 639-3 where a language has none, such as pap): one table for
// forms, pages, exports and the reasons triage gives.
import type { Lang } from '../ui/messages.js';

/**
 * A language code as the contract allows it: ISO 639-1 (two letters), or ISO 639-3 (three letters) for a language
 * that has no two-letter code, such as pap (Papiaments) and zgh (Tamazight).
 */
export const isLanguageCode = (code: string): boolean =>
  /^[a-z]{2}$/.test(code) || (/^[a-z]{3}$/.test(code) && !(code in twoLetterOf));

/** Three-letter codes (ISO 639-2/3) of languages that have a two-letter one: those must be written with two. */
const twoLetterOf: Record<string, string> = {
  nld: 'nl',
  dut: 'nl',
  eng: 'en',
  ara: 'ar',
  tur: 'tr',
  pol: 'pl',
  tir: 'ti',
  som: 'so',
  ukr: 'uk',
  fas: 'fa',
  per: 'fa',
  spa: 'es',
  fra: 'fr',
  fre: 'fr',
  deu: 'de',
  ger: 'de',
  rus: 'ru',
  kur: 'ku',
  por: 'pt',
  zho: 'zh',
  chi: 'zh',
  hin: 'hi',
  urd: 'ur',
  ron: 'ro',
  rum: 'ro',
  bul: 'bg',
  hun: 'hu',
  ita: 'it',
  pus: 'ps',
  tam: 'ta',
  bos: 'bs',
  srp: 'sr',
  hye: 'hy',
  arm: 'hy',
};
export const languageCodeMessage =
  'Talen zijn codes van 2 letters (ISO 639-1), zoals nl;en;ar, of van 3 letters (ISO 639-3) voor een taal zonder ' +
  'code van 2 letters, zoals pap of zgh.';

const names: Record<string, [dutch: string, english: string]> = {
  nl: ['Nederlands', 'Dutch'],
  en: ['Engels', 'English'],
  ar: ['Arabisch', 'Arabic'],
  tr: ['Turks', 'Turkish'],
  pl: ['Pools', 'Polish'],
  ti: ['Tigrinya', 'Tigrinya'],
  so: ['Somalisch', 'Somali'],
  uk: ['Oekraïens', 'Ukrainian'],
  fa: ['Perzisch', 'Persian'],
  es: ['Spaans', 'Spanish'],
  fr: ['Frans', 'French'],
  de: ['Duits', 'German'],
  pap: ['Papiaments', 'Papiamento'],
  ru: ['Russisch', 'Russian'],
  ku: ['Koerdisch', 'Kurdish'],
  pt: ['Portugees', 'Portuguese'],
  zh: ['Chinees', 'Chinese'],
  hi: ['Hindi', 'Hindi'],
  ur: ['Urdu', 'Urdu'],
  ro: ['Roemeens', 'Romanian'],
  bg: ['Bulgaars', 'Bulgarian'],
  hu: ['Hongaars', 'Hungarian'],
  it: ['Italiaans', 'Italian'],
  ps: ['Pasjtoe', 'Pashto'],
  ber: ['Berbers', 'Berber'],
  zgh: ['Tamazight', 'Tamazight'],
  ta: ['Tamil', 'Tamil'],
  bs: ['Bosnisch', 'Bosnian'],
  sr: ['Servisch', 'Serbian'],
  hy: ['Armeens', 'Armenian'],
};

/** The languages a form offers, in the order of how often they are spoken in Dutch neighbourhoods. */
export const knownLanguages: readonly string[] = [
  'nl',
  'en',
  'ar',
  'tr',
  'pl',
  'ti',
  'so',
  'uk',
  'fa',
  'es',
  'fr',
  'de',
  'pap',
];

const displayNames = {
  nl: new Intl.DisplayNames(['nl'], { type: 'language' }),
  en: new Intl.DisplayNames(['en'], { type: 'language' }),
};

/** "Turks" / "Turkish"; a code outside the table gets the name the platform knows, or the code itself. */
export function languageName(lang: Lang, code: string): string {
  const known = names[code];
  if (known) return known[lang === 'en' ? 1 : 0];
  try {
    return displayNames[lang].of(code) ?? code;
  } catch {
    return code;
  }
}

const byName = new Map<string, string>(
  Object.entries(names).flatMap(([code, [dutch, english]]) => [
    [dutch.toLowerCase(), code],
    [english.toLowerCase(), code],
  ]),
);

/**
 * The code of a language as a person writes it: its Dutch or English name ("Papiaments", "turkish"), or its code
 * ("pap", "TR"). Undefined when it is neither, or a three-letter code of a language that has a two-letter one.
 */
export function languageFromInput(text: string): string | undefined {
  const key = text.trim().toLowerCase();
  if (key === '') return undefined;
  const named = byName.get(key);
  if (named) return named;
  if (key in twoLetterOf) return twoLetterOf[key];
  return isLanguageCode(key) ? key : undefined;
}

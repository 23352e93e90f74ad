// Reading what a resident types in the search box: words to search for, and days, parts of day and wishes
// ("koffie dinsdagochtend gratis") that are better as filters than as words. Pure.
import type { DayPart, Weekday } from '../../kernel/time/index.js';

const dayWords: Record<string, Weekday> = {
  maandag: 'ma',
  dinsdag: 'di',
  woensdag: 'wo',
  donderdag: 'do',
  vrijdag: 'vr',
  zaterdag: 'za',
  zondag: 'zo',
  weekend: 'za',
};

const partWords: Record<string, DayPart> = {
  ochtend: 'ochtend',
  morgen: 'ochtend',
  middag: 'middag',
  avond: 'avond',
  savonds: 'avond',
  smiddags: 'middag',
  sochtends: 'ochtend',
};

const stopwords = new Set(
  (
    'de het een en of in op aan voor met bij van te om ik je jij u we wij mijn me mij er is zijn ben wil zoek zoeken ' +
    'graag iets iemand waar wat hoe kan kun kunnen die dat dit ook nog wel niet in de buurt buurt hier elke iedere s'
  ).split(' '),
);

export type ParsedSearch = {
  words: string[];
  days: Weekday[];
  dayParts: DayPart[];
  free: boolean;
  wheelchair: boolean;
};

export function parseSearchText(input: string): ParsedSearch {
  const result: ParsedSearch = { words: [], days: [], dayParts: [], free: false, wheelchair: false };
  const tokens = input
    .toLowerCase()
    .normalize('NFKC')
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  for (const token of tokens) {
    const compound = Object.keys(dayWords).find((day) => token.startsWith(day) && token.length > day.length);
    const day = dayWords[token.replace(/s$/, '')] ?? (compound ? dayWords[compound] : undefined);
    const part =
      partWords[token.replace(/(en|s)$/, '')] ??
      (compound ? partWords[token.slice(compound.length).replace(/s$/, '')] : undefined);
    if (day) result.days.push(day);
    if (token === 'weekend') result.days.push('zo');
    if (part) result.dayParts.push(part);
    if (day || part) continue;
    if (token === 'gratis' || token === 'kosteloos') result.free = true;
    else if (token.startsWith('rolstoel') || token === 'toegankelijk') result.wheelchair = true;
    else if (!stopwords.has(token) && token.length > 1) result.words.push(token);
  }
  result.days = [...new Set(result.days)];
  result.dayParts = [...new Set(result.dayParts)];
  return result;
}

/**
 * Prefixes to search for one word. The Dutch stemmer keeps a doubled consonant in plurals ("boodschappen" →
 * "boodschapp") but not in the singular ("boodschap"); searching the undoubled prefix finds both.
 */
export function wordVariants(word: string): string[] {
  const variants = new Set([word]);
  const withoutEnding = word.replace(/(en|s|e)$/, '');
  if (withoutEnding.length >= 3) variants.add(withoutEnding);
  const undoubled = withoutEnding.replace(/([bcdfghjklmnpqrstvwxz])\1$/, '$1');
  if (undoubled.length >= 3) variants.add(undoubled);
  return [...variants];
}

// Why the model chose what it chose, in sentences a team member can read: each sentence is one term of the
// linear sum ("'pillen sparen' wijst op gevaar"), in Dutch and in English.
import { type NeedKey, needLabels } from '../../../kernel/taxonomy/needs.js';
import type { Route } from '../types.js';
import { family, functionWords, letterGroups, wordForm } from './features.js';
import { type LinearWeights, routeClasses } from './linear.js';
import type { Reading } from './model.js';

export type Reason = { nl: string; en: string };

const routeWords: Record<Route, Reason> = {
  spoed: { nl: 'gevaar', en: 'danger' },
  professioneel: { nl: 'een professional', en: 'a professional' },
  collectief: { nl: 'een activiteit in de buurt', en: 'a neighbourhood activity' },
  informeel: { nl: 'hulp van één vrijwilliger', en: 'help from one volunteer' },
};

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const needWords = (k: string): Reason => {
  const label = needLabels[k as NeedKey];
  return label ? { nl: lower(label[0]), en: lower(label[1]) } : { nl: k, en: k };
};

/** A concept feature in words: what the lexicon or the rules saw. */
function conceptWords(name: string): Reason {
  const [kind, value = ''] = name.slice(family.concept.length).split(':');
  switch (kind) {
    case 'regels':
      return { nl: `de vaste regels (${value})`, en: `the fixed rules (${value})` };
    case 'behoefte':
      return { nl: `de woordenlijst (${needWords(value).nl})`, en: `the word list (${needWords(value).en})` };
    case 'zwak':
      return { nl: `een zwak signaal (${needWords(value).nl})`, en: `a weak signal (${needWords(value).en})` };
    case 'gevaar':
      return value
        ? { nl: `de gevaarwoorden (${value})`, en: `the danger words (${value})` }
        : { nl: 'de gevaarwoorden', en: 'the danger words' };
    case 'verleden':
      return { nl: 'gevaar in het verleden', en: 'danger in the past' };
    case 'voorbij':
      return { nl: '"het is voorbij"', en: '"it is over"' };
    case 'oud':
      return { nl: 'een leeftijd van 75 of meer', en: 'an age of 75 or over' };
    case 'kind':
      return { nl: 'een kind', en: 'a child' };
    default:
      return { nl: `signaalwoorden (${value || kind})`, en: `cue words (${value || kind})` };
  }
}

/** A weight towards a target; for a route, relative to the other routes, since the softmax only sees differences. */
function push(model: LinearWeights, feature: string, target: string): number {
  const w = model.weights[feature];
  if (!w) return 0;
  if (!(routeClasses as readonly string[]).includes(target)) return w[target] ?? 0;
  const mean = routeClasses.reduce((sum, r) => sum + (w[r] ?? 0), 0) / routeClasses.length;
  return (w[target] ?? 0) - mean;
}

const moreSmallWords = new Set(['mijn', 'heb', 'hebben', 'kan', 'wil', 'ook', 'nog', 'wel', 'niet', 'me', 'm']);
const smallWord = (w: string) => functionWords.has(w) || moreSmallWords.has(w);

type Unit = { text: string; concept: boolean; weight: number };

/** The terms of the sum for one target, grouped into units a person recognises: a word with its letter groups. */
export function unitsFor(model: LinearWeights, reading: Reading, target: string): Unit[] {
  const units = new Map<string, Unit>();
  const credited = new Set<string>();
  const add = (key: string, text: string, concept: boolean, weight: number) => {
    if (!weight) return;
    const unit = units.get(key) ?? { text, concept, weight: 0 };
    unit.weight += weight;
    units.set(key, unit);
  };
  const words = reading.analysis.tokens.words.map(wordForm);
  words.forEach((word, i) => {
    for (const name of [family.word + word, ...lettersOf(word)]) {
      if (credited.has(name) || !reading.features.has(name)) continue;
      credited.add(name);
      add(`w:${word}`, word, false, reading.features.get(name)! * push(model, name, target));
    }
    const pair = `${family.pair}${word} ${words[i + 1]}`;
    // "is er", "ik heb": a pair of small words is no reason a person can follow.
    const readable = !smallWord(word) || !smallWord(words[i + 1] ?? '');
    if (readable && !credited.has(pair) && reading.features.has(pair)) {
      credited.add(pair);
      add(pair, pair.slice(family.pair.length), false, push(model, pair, target));
    }
  });
  for (const [name, value] of reading.features)
    if (name.startsWith(family.concept)) add(name, name, true, value * push(model, name, target));
  return [...units.values()].sort((a, b) => b.weight - a.weight || (a.text < b.text ? -1 : 1));
}

const lettersOf = (word: string) => (word.length >= 4 ? letterGroups(word).map((g) => family.letters + g) : []);

/** Up to `count` sentences for why the model leans to a route or a need ("n:schulden"). */
export function reasonsFor(model: LinearWeights, reading: Reading, target: string, count = 3): Reason[] {
  const towards = (routeClasses as readonly string[]).includes(target)
    ? routeWords[target as Route]
    : needWords(target.slice(2));
  return unitsFor(model, reading, target)
    .filter((u) => u.weight >= 0.25)
    .slice(0, count)
    .map((u) => {
      const said = u.concept ? conceptWords(u.text) : { nl: `'${u.text}'`, en: `'${u.text}'` };
      return { nl: `${said.nl} wijst op ${towards.nl}`, en: `${said.en} points to ${towards.en}` };
    });
}

/** The words that pushed towards the proposed route rather than the one the team chose: what to look at. */
export function wrongWay(
  model: LinearWeights,
  reading: Reading,
  proposed: string,
  chosen: string,
  count = 3,
): string[] {
  const towardsChosen = new Map(unitsFor(model, reading, chosen).map((u) => [u.text, u.weight]));
  return unitsFor(model, reading, proposed)
    .map((u) => ({ ...u, weight: u.weight - (towardsChosen.get(u.text) ?? 0) }))
    .filter((u) => !u.concept && u.weight >= 0.25)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, count)
    .map((u) => u.text);
}

// Readable features of a help request for the learned model: words, word pairs, letter groups inside words (so
// compounds and misspellings carry: "geldzorgen", "schuldn") and what the lexicon recognised (its concepts).
// Every feature has a name a person can read back: that is what makes each contribution a sentence.
import type { TextAnalysis } from '../analyse.js';
import type { RouteDecision } from '../route.js';
import { conceptFeatures as dangerConcepts } from './concepts.js';

export type Features = Map<string, number>;

/** Prefixes of the feature families. */
export const family = {
  word: 'w:',
  pair: 'p:',
  letters: 'c:',
  concept: 'k:',
} as const;

/** Short function words: as words they carry little, as pairs ("niet meer", "ik wil") they do. */
export const functionWords: ReadonlySet<string> = new Set(
  'de het een en of in op aan te van voor met bij is zijn was ben er dat die dit ik je u we ze hij zij'.split(' '),
);
const letterSizes = [4] as const;

/** Letter groups of a word, with start and end marked: "<pil", "ille", "len>". */
export function letterGroups(word: string): string[] {
  const padded = `<${word}>`;
  const groups: string[] = [];
  for (const n of letterSizes)
    for (let i = 0; i + n <= padded.length; i++) {
      const g = padded.slice(i, i + n);
      // A group of the whole short word adds nothing beyond the word itself.
      if (g !== padded) groups.push(g);
    }
  return groups;
}

/** Numbers become their size, so "82" and "79" share a feature and ages carry. */
export const wordForm = (w: string) =>
  /^\d+$/.test(w) ? (w.length <= 2 ? (Number(w) >= 65 ? '#oud' : Number(w) < 18 ? '#jong' : '#nn') : '#nnn') : w;

/** What the lexicon and the rules concluded, as features the model may trust as far as the corpus shows. */
function conceptFeatures(a: TextAnalysis, rules: RouteDecision, add: (name: string, value: number) => void): void {
  add(`${family.concept}regels:${rules.route}`, 1);
  for (const k of rules.needs) add(`${family.concept}behoefte:${k}`, 1);
  for (const f of a.allNeeds) if (f.score < 0.999) add(`${family.concept}zwak:${f.group}`, Math.min(f.score, 1));
  if (a.danger.acute) add(`${family.concept}gevaar`, 1);
  for (const c of a.danger.classes) add(`${family.concept}gevaar:${c}`, 1);
  if (a.danger.past.length) add(`${family.concept}verleden`, 1);
  if (a.danger.pastIsOver) add(`${family.concept}voorbij`, 1);
  for (const [k, f] of Object.entries(a.escalation)) if (f.score > 0) add(`${family.concept}zwaar:${k}`, 1);
  for (const [k, f] of Object.entries(a.cues)) if (f.score > 0) add(`${family.concept}cue:${k}`, 1);
  if (a.ages.some((x) => x >= 75)) add(`${family.concept}oud`, 1);
  if (a.ages.some((x) => x < 18)) add(`${family.concept}kind`, 1);
}

/** The features of one text, given the lexicon's reading of it and the rules' route. */
export function featuresOf(a: TextAnalysis, rules: RouteDecision): Features {
  const features: Features = new Map();
  const add = (name: string, value: number) => features.set(name, Math.max(features.get(name) ?? 0, value));
  const words = a.tokens.words.map(wordForm);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!functionWords.has(w)) add(family.word + w, 1);
    const next = words[i + 1];
    // Pairs stay inside a clause: "niet" at the end of one clause says nothing of the next.
    if (next !== undefined && a.tokens.clause[i] === a.tokens.clause[i + 1]) add(`${family.pair}${w} ${next}`, 1);
    if (w.length >= 4 && !w.startsWith('#')) for (const g of letterGroups(w)) add(family.letters + g, 0.5);
  }
  conceptFeatures(a, rules, add);
  for (const name of dangerConcepts(a.tokens.words)) add(family.concept + name, 1);
  return features;
}

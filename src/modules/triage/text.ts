// Dutch-aware text matching for triage: normalising, tokenising into clauses, and matching lexicon terms.
// Pure and small on purpose: a team member can read why a word matched. No dependencies.
//
// Term syntax (see src/modules/triage/lexicon/README.md):
//   woord        the word, also with plural and diminutive endings (klus, klusje, klusjes), typos for long words
//   stam*        a word starting with stam (eenzaam*: eenzaamheid)
//   *deel*       a word containing deel, for compounds (*boodschap*: weekboodschappen)
//   *eind        a word ending in eind (*taxi: wmotaxi)
//   a b c        a phrase: consecutive words, each may use the forms above
//   a ... b      up to three words between a and b
//   ?            exactly one word, any word
//   a|b          either a or b at this place

/** Lowercase, no accents, ij as y, no hyphens inside words, "'s avonds" as "savonds", "m'n" as "mijn". */
export function normalise(input: string): string {
  return (
    input
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      // Letters NFD does not take apart: Turkish dotless i, Polish l with stroke.
      .replace(/ı/g, 'i')
      .replace(/ł/g, 'l')
      .replace(/[’‘`´]/g, "'")
      .replace(/\bm'n\b/g, 'mijn')
      .replace(/\bz'n\b/g, 'zijn')
      .replace(/\bd'r\b/g, 'haar')
      .replace(/(^|[^a-z])'?s\s+(ochtends|morgens|middags|avonds|nachts)\b/g, '$1s$2')
      .replace(/([a-z])-(?=[a-z])/g, '$1')
      .replace(/(\d)[.:](\d\d)\b/g, '$1h$2')
      .replace(/ij/g, 'y')
  );
}

const punctuation = /[.,;:!?()[\]"]/;
const sentenceEnd = /[.!?\n]/;

export type TokenList = {
  /** Normalised words (letters and digits only). */
  words: string[];
  /** Clause number of each word: a clause ends at punctuation or at a boundary word ("maar", "want"). */
  clause: number[];
  /** Sentence number of each word. */
  sentence: number[];
};

/** Splits normalised text into words, tracking clauses and sentences. */
export function tokenise(text: string, boundaryWords: ReadonlySet<string> = new Set()): TokenList {
  const norm = normalise(text);
  const words: string[] = [];
  const clause: number[] = [];
  const sentence: number[] = [];
  let c = 0;
  let s = 0;
  let current = '';
  const flush = () => {
    if (!current) return;
    if (boundaryWords.has(current) && words.length > 0) c++;
    words.push(current);
    clause.push(c);
    sentence.push(s);
    current = '';
  };
  for (const ch of norm) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      current += ch;
      continue;
    }
    flush();
    if (sentenceEnd.test(ch)) {
      s++;
      c++;
    } else if (punctuation.test(ch)) c++;
  }
  flush();
  return { words, clause, sentence };
}

/** Damerau-Levenshtein (optimal string alignment) distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push(new Array<number>(b.length + 1).fill(0));
  for (let i = 0; i <= a.length; i++) rows[i]![0] = i;
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Plural and diminutive forms of a Dutch word: klus → klussen, klusje, klusjes; lamp → lampje; tas → tasje, tassen. */
export function inflections(word: string): string[] {
  if (word.length < 4 || /\d/.test(word)) return [word];
  const forms = new Set([
    word,
    `${word}s`,
    `${word}en`,
    `${word}e`,
    `${word}je`,
    `${word}jes`,
    `${word}tje`,
    `${word}tjes`,
  ]);
  if (word.endsWith('e')) forms.add(`${word}n`);
  if (/[aeiouy]$/.test(word)) forms.add(`${word}tje`).add(`${word}tjes`);
  if (/m$/.test(word)) forms.add(`${word}pje`).add(`${word}pjes`);
  if (/[^aeiou][aeiou][bdfgklmnprst]$/.test(word)) {
    const last = word.at(-1)!;
    forms.add(`${word}${last}en`).add(`${word}${last}etje`).add(`${word}${last}etjes`);
  }
  return [...forms];
}

/** The smallest piece of a pattern: one word position. */
export type Atom =
  | { kind: 'word'; value: string; forms: ReadonlySet<string> }
  | { kind: 'prefix'; value: string }
  | { kind: 'suffix'; value: string }
  | { kind: 'infix'; value: string }
  | { kind: 'any' };

export type Step = { alts: Atom[] } | { gap: number };

export type Pattern = {
  source: string;
  steps: Step[];
  /** The phrase itself holds a negation ("kan niet lezen"). */ negated: boolean;
};

const negationWords = new Set([
  'geen',
  'niet',
  'nooit',
  'niets',
  'niks',
  'zonder',
  'not',
  'no',
  'never',
  'dont',
  'cant',
]);

function atomOf(raw: string): Atom {
  if (raw === '?') return { kind: 'any' };
  const starts = raw.startsWith('*');
  const ends = raw.endsWith('*');
  const value = raw.replace(/\*/g, '');
  if (starts && ends) return { kind: 'infix', value };
  if (starts) return { kind: 'suffix', value };
  if (ends) return { kind: 'prefix', value };
  return { kind: 'word', value, forms: new Set(inflections(value)) };
}

/** Compiles one lexicon term. Words are normalised like the text; * ? ... and | keep their meaning. */
export function compilePattern(source: string): Pattern {
  const steps: Step[] = [];
  let negated = false;
  const spaced = source.replace(/\.\.\./g, ' ... ');
  for (const rawPart of spaced.trim().split(/\s+/)) {
    if (rawPart === '...') {
      steps.push({ gap: 3 });
      continue;
    }
    const alts = rawPart
      .split('|')
      .map((alt) => (alt === '?' ? '?' : normaliseTermWord(alt)))
      .filter((alt) => alt.replace(/\*/g, '').length > 0 || alt === '?');
    if (alts.length === 0) continue;
    // A term word that normalises to two words ("e-mail" stays one; "foto's" becomes "foto s") becomes a phrase.
    if (alts.length === 1 && alts[0]!.includes(' ')) {
      for (const w of alts[0]!.split(' ')) steps.push({ alts: [atomOf(w)] });
      continue;
    }
    for (const alt of alts) if (negationWords.has(alt)) negated = true;
    steps.push({ alts: alts.map(atomOf) });
  }
  return { source, steps, negated };
}

function normaliseTermWord(word: string): string {
  const starts = word.startsWith('*');
  const ends = word.endsWith('*');
  const core = normalise(word.replace(/\*/g, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return `${starts ? '*' : ''}${core}${ends ? '*' : ''}`;
}

export type MatchEntry<P> = { pattern: Pattern; payload: P };
export type Match<P> = { entry: MatchEntry<P>; start: number; end: number };

type AtomTest = { atomMatches(atom: Atom, word: string): boolean };

/**
 * A set of patterns indexed on their first word, so a text of n words costs about n lookups, not n × patterns.
 * Typos: a word of 7 letters or more that matches nothing is compared with the known words (edit distance 1),
 * and a stem of 6 letters or more with the start of the word.
 *
 * Given a function, the patterns are compiled and indexed at the first use: the whole lexicon takes about 0.3 s,
 * which the server spends after it listens (`warmUp`), not before.
 */
export class Matcher<P> implements AtomTest {
  private built: MatcherIndex<P> | undefined;
  constructor(private readonly entries: readonly MatchEntry<P>[] | (() => readonly MatchEntry<P>[])) {}

  private get index(): MatcherIndex<P> {
    const entries = this.entries;
    return (this.built ??= new MatcherIndex(typeof entries === 'function' ? entries() : entries));
  }

  get size(): number {
    return this.index.size;
  }

  /** All matches of all patterns in the words, in text order. */
  findAll(words: readonly string[]): Match<P>[] {
    return this.index.findAll(words);
  }

  /** Known long words and stems within one typo of this word. */
  typos(word: string): { words: string[]; prefixes: string[] } {
    return this.index.typos(word);
  }

  /** Whether one word fits one atom, typos included. */
  atomMatches(atom: Atom, word: string): boolean {
    return this.index.atomMatches(atom, word);
  }
}

class MatcherIndex<P> implements AtomTest {
  private readonly byWord = new Map<string, MatchEntry<P>[]>();
  private readonly byPrefix = new Map<string, MatchEntry<P>[]>();
  private readonly bySuffix = new Map<string, MatchEntry<P>[]>();
  private readonly infixes: { value: string; entry: MatchEntry<P> }[] = [];
  private readonly longWords: string[] = [];
  private readonly longPrefixes: string[] = [];
  private readonly typoMemo = new Map<string, { words: string[]; prefixes: string[] }>();
  private maxPrefix = 0;
  private maxSuffix = 0;
  readonly size: number;

  constructor(entries: readonly MatchEntry<P>[]) {
    const add = (map: Map<string, MatchEntry<P>[]>, key: string, entry: MatchEntry<P>) => {
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    };
    const longWords = new Set<string>();
    const longPrefixes = new Set<string>();
    for (const entry of entries) {
      const first = entry.pattern.steps[0];
      if (!first || !('alts' in first)) continue;
      for (const atom of first.alts) {
        switch (atom.kind) {
          case 'word':
            for (const form of atom.forms) add(this.byWord, form, entry);
            if (atom.value.length >= 7) longWords.add(atom.value);
            break;
          case 'prefix':
            add(this.byPrefix, atom.value, entry);
            this.maxPrefix = Math.max(this.maxPrefix, atom.value.length);
            if (atom.value.length >= 6) longPrefixes.add(atom.value);
            break;
          case 'suffix':
            add(this.bySuffix, atom.value, entry);
            this.maxSuffix = Math.max(this.maxSuffix, atom.value.length);
            break;
          case 'infix':
            this.infixes.push({ value: atom.value, entry });
            break;
          case 'any':
            break;
        }
      }
    }
    this.longWords = [...longWords];
    this.longPrefixes = [...longPrefixes];
    this.size = entries.length;
  }

  /** All matches of all patterns in the words, in text order. */
  findAll(words: readonly string[]): Match<P>[] {
    const found: Match<P>[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const candidates = new Set<MatchEntry<P>>();
      const direct = this.firstCandidates(word, candidates);
      if (!direct && word.length >= 7) {
        const typo = this.typos(word);
        for (const w of typo.words) for (const e of this.byWord.get(w) ?? []) candidates.add(e);
        for (const p of typo.prefixes) for (const e of this.byPrefix.get(p) ?? []) candidates.add(e);
      }
      for (const entry of candidates) {
        const end = matchFrom(entry.pattern.steps, 1, words, i + 1, this);
        if (end >= 0) found.push({ entry, start: i, end: end - 1 });
      }
    }
    return found;
  }

  private firstCandidates(word: string, into: Set<MatchEntry<P>>): boolean {
    let hit = false;
    for (const e of this.byWord.get(word) ?? []) (into.add(e), (hit = true));
    for (let n = 1; n <= Math.min(word.length, this.maxPrefix); n++)
      for (const e of this.byPrefix.get(word.slice(0, n)) ?? []) (into.add(e), (hit = true));
    for (let n = 1; n <= Math.min(word.length, this.maxSuffix); n++)
      for (const e of this.bySuffix.get(word.slice(word.length - n)) ?? []) (into.add(e), (hit = true));
    for (const { value, entry } of this.infixes) if (word.includes(value)) (into.add(entry), (hit = true));
    return hit;
  }

  /** Known long words and stems within one typo of this word. */
  typos(word: string): { words: string[]; prefixes: string[] } {
    const memo = this.typoMemo.get(word);
    if (memo) return memo;
    const words = word.length >= 7 ? this.longWords.filter((w) => w[0] === word[0] && editDistance(w, word) <= 1) : [];
    const prefixes = this.longPrefixes.filter(
      (p) =>
        word.length >= p.length &&
        p[0] === word[0] &&
        [p.length - 1, p.length, p.length + 1].some((n) => n <= word.length && editDistance(p, word.slice(0, n)) <= 1),
    );
    const result = { words, prefixes };
    if (this.typoMemo.size > 50_000) this.typoMemo.clear();
    this.typoMemo.set(word, result);
    return result;
  }

  /** Whether one word fits one atom, typos included. */
  atomMatches(atom: Atom, word: string): boolean {
    switch (atom.kind) {
      case 'any':
        return true;
      case 'word':
        return (
          atom.forms.has(word) || (atom.value.length >= 7 && word.length >= 7 && editDistance(atom.value, word) <= 1)
        );
      case 'prefix':
        return (
          word.startsWith(atom.value) || (atom.value.length >= 6 && this.typos(word).prefixes.includes(atom.value))
        );
      case 'suffix':
        return word.endsWith(atom.value);
      case 'infix':
        return word.includes(atom.value);
    }
  }
}

/** Matches steps[k..] from word position i; returns the position after the match or -1. */
function matchFrom(steps: readonly Step[], k: number, words: readonly string[], i: number, m: AtomTest): number {
  if (k === steps.length) return i;
  const step = steps[k]!;
  if ('gap' in step) {
    for (let skip = 0; skip <= step.gap; skip++) {
      if (i + skip > words.length) break;
      const end = matchFrom(steps, k + 1, words, i + skip, m);
      if (end >= 0) return end;
    }
    return -1;
  }
  const word = words[i];
  if (word === undefined) return -1;
  if (!step.alts.some((atom) => m.atomMatches(atom, word))) return -1;
  return matchFrom(steps, k + 1, words, i + 1, m);
}

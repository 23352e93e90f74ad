// Reading a help question: needs, negation, danger, professional themes, route cues, moments, languages, ages.
// Every finding keeps the words that caused it, so the answer can say why.
import { type NeedKey, needKeys } from '../../kernel/taxonomy/needs.js';
import {
  cueMatcher,
  dangerClasses,
  combinationPartMatcher,
  dangerCombinations,
  dangerMatcher,
  type PartPayload,
  dayWords,
  englishWords,
  anyDangerClass,
  escalationMatcher,
  helperWishMatcher,
  languageNeedMatcher,
  languageWords,
  momentGroups,
  needMatcher,
  negation,
  partWords,
  pastMatcher,
  type TermPayload,
  unavailableMatcher,
} from './lexicon.js';
import { type Match, type TokenList, normalise, tokenise } from './text.js';
import { type Moment, dayParts, weekdays } from '../../kernel/time/index.js';

export type Finding = {
  group: string;
  score: number;
  words: string[];
  /** The lexicon terms that matched. */ terms: string[];
};

export type DangerFinding = {
  /** True when the text holds an acute danger signal (route spoed). */
  acute: boolean;
  classes: string[];
  signals: string[];
  needs: NeedKey[];
  /** Danger words that were set aside because they are about the past ("vroeger"). */
  past: string[];
  /** The writer says the past danger is over ("dat is voorbij", "al jaren stabiel"). */
  pastIsOver: boolean;
};

export type TextAnalysis = {
  tokens: TokenList;
  /** Needs that reached 1 point, strongest first. */
  needs: Finding[];
  /** Every need with any points, for explanations and tests. */
  allNeeds: Finding[];
  danger: DangerFinding;
  /** Professional escalation per group: wonen, opvoeding, mantelzorg, geldzaken, stapeling, zorgen. */
  escalation: Record<string, Finding>;
  cues: Record<string, Finding>;
  moments: { wanted: Moment[]; unavailable: Moment[]; words: string[] };
  languages: { wanted: string[]; strict: boolean; english: boolean };
  ages: number[];
  gender?: 'v' | 'm';
  /** The asker wishes for a woman ('v') or a man ('m') as helper: "ze wil graag dat er een vrouw komt". */
  helperGender?: 'v' | 'm';
};

const words = (t: TokenList, m: { start: number; end: number }) => t.words.slice(m.start, m.end + 1).join(' ');
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start <= b.end && b.start <= a.end;

/** Whether a match is negated in its clause: "geen schulden", "niet eenzaam", "boodschappen lukt nog wel". */
export function isNegated(
  t: TokenList,
  m: Match<TermPayload>,
  selfManaged: readonly Match<TermPayload>[],
  lackNeed: boolean,
): boolean {
  if (m.entry.pattern.negated) return false;
  const clause = t.clause[m.start];
  // 1. A negator shortly before, in the same clause, not turned into inability ("kan niet", "niet meer").
  for (let j = m.start - 1; j >= Math.max(0, m.start - negation.window); j--) {
    if (t.clause[j] !== clause) break;
    const w = t.words[j]!;
    if (!negation.negators.has(w)) continue;
    if (lackNeed && (w === 'geen' || w === 'zonder' || w === 'no')) continue;
    const around = [t.words[j - 1], t.words[j - 2], ...t.words.slice(j + 1, m.start), t.words[m.end + 1]];
    if (around.some((x) => x !== undefined && negation.cancellers.has(x))) return false;
    return true;
  }
  // 2. A negation after it in a copula clause: "eenzaam ben ik niet", "schulden heb ik gelukkig niet".
  const after = t.words
    .slice(m.end + 1, m.end + 6)
    .filter((_, k) => t.clause[m.end + 1 + k] === clause)
    .join(' ');
  if (
    /^(ben|heb|voel|is|zijn|hebben|was|had)( ik| we| wij| hij| ze| zij| me| mij)?( gelukkig| echt| helemaal| zeker| eigenlijk)? (niet|geen|nooit)\b(?! (meer|goed|zo))/.test(
      after,
    )
  )
    return true;
  // 3. "lukt nog wel" after it, or "geen hulp nodig bij" before it, in the same clause.
  for (const s of selfManaged) {
    if (s.entry.payload.group === 'geen_hulp' && t.clause[s.start] === clause && s.end < m.start) return true;
    if (
      s.entry.payload.group === 'zelf_redden' &&
      t.sentence[s.start] === t.sentence[m.start] &&
      s.start > m.end &&
      s.start - m.end <= 8
    )
      return true;
  }
  return false;
}

/**
 * Adds up matches per group: excluded and negated matches drop out, and where matches overlap only the
 * strongest counts, so "kopje koffie" does not count twice.
 */
function sumByGroup(
  t: TokenList,
  found: readonly Match<TermPayload>[],
  options: { negate: boolean; lackGroups?: ReadonlySet<string> },
): Map<string, Finding & { spans: { start: number; end: number }[] }> {
  const selfManaged = options.negate ? negation.matcher.findAll(t.words) : [];
  const matches = found.filter((m) => t.sentence[m.start] === t.sentence[m.end]);
  const exclusions = matches.filter((m) => m.entry.payload.exclude);
  const kept = matches
    .filter((m) => !m.entry.payload.exclude)
    .filter((m) => !exclusions.some((x) => x.entry.payload.group === m.entry.payload.group && overlaps(x, m)))
    .filter(
      (m) => !options.negate || !isNegated(t, m, selfManaged, options.lackGroups?.has(m.entry.payload.group) ?? false),
    )
    .sort(
      (a, b) =>
        b.entry.payload.weight - a.entry.payload.weight || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
  const result = new Map<string, Finding & { spans: { start: number; end: number }[] }>();
  for (const m of kept) {
    const group = m.entry.payload.group;
    let f = result.get(group);
    if (!f) result.set(group, (f = { group, score: 0, words: [], terms: [], spans: [] }));
    // A term counts once, however often it is written; overlapping matches count once.
    if (f.spans.some((s) => overlaps(s, m)) || f.terms.includes(m.entry.pattern.source)) continue;
    f.terms.push(m.entry.pattern.source);
    f.spans.push({ start: m.start, end: m.end });
    f.score += m.entry.payload.weight;
    const w = words(t, m);
    if (!f.words.includes(w)) f.words.push(w);
  }
  return result;
}

/** One match per part, all starting within `window` words of each other; undefined when some part is missing. */
function findCombination<P>(perGroup: readonly Match<P>[][], window: number): Match<P>[] | undefined {
  if (perGroup.some((ms) => ms.length === 0)) return undefined;
  for (const anchor of perGroup.flat()) {
    const chosen = perGroup.map((ms) => ms.find((m) => m.start >= anchor.start && m.start - anchor.start <= window));
    if (chosen.every((m) => m !== undefined)) return (chosen as Match<P>[]).sort((a, b) => a.start - b.start);
  }
  return undefined;
}

function findDanger(t: TokenList): DangerFinding {
  // A pattern with a gap ("is ... zoek") stays within one sentence: "dat is voorbij. Nu zoek ik" is no match.
  const matches = dangerMatcher.findAll(t.words).filter((m) => t.sentence[m.start] === t.sentence[m.end]);
  const exclusions = matches.filter((m) => m.entry.payload.exclude);
  const past = pastMatcher.findAll(t.words);
  const pastSentences = new Set(
    past.filter((m) => m.entry.payload.group === 'verleden').map((m) => t.sentence[m.start]),
  );
  for (const m of past) if (m.entry.payload.group === 'behalve') pastSentences.delete(t.sentence[m.start]);
  // "Dat is voorbij" settles it for its sentence, even with a "nu" in it ("dat is voorbij, ik woon nu veilig").
  for (const m of past) if (m.entry.payload.group === 'voorbij') pastSentences.add(t.sentence[m.start]);
  const perClass = new Map<
    string,
    { score: number; signals: string[]; terms: Set<string>; spans: { start: number; end: number }[] }
  >();
  const pastWords: string[] = [];
  const kept = matches
    // An exclusion ("doodmoe", "een slag slaan") only sets aside signals of its own kind of danger.
    .filter(
      (m) =>
        !m.entry.payload.exclude &&
        !exclusions.some(
          (x) =>
            (x.entry.payload.group === m.entry.payload.group || x.entry.payload.group === anyDangerClass) &&
            overlaps(x, m),
        ),
    )
    .sort((a, b) => b.entry.payload.weight - a.entry.payload.weight || a.start - b.start);
  for (const m of kept) {
    // Only a plain negator right before a single word counts ("niet suïcidaal", "nooit geslagen"): when in doubt,
    // danger.
    if (m.entry.pattern.steps.length === 1 && !m.entry.pattern.negated) {
      const before = [t.words[m.start - 1], t.words[m.start - 2]];
      if (before.some((w) => w === 'geen' || w === 'niet' || w === 'nooit') && t.words[m.start + 1] !== 'meer')
        continue;
    }
    const cls = m.entry.payload.group;
    if (pastSentences.has(t.sentence[m.start]) && cls !== 'medisch' && cls !== 'vermist') {
      pastWords.push(words(t, m));
      continue;
    }
    let c = perClass.get(cls);
    if (!c) perClass.set(cls, (c = { score: 0, signals: [], terms: new Set(), spans: [] }));
    // A term counts once however often it is written: "dood … dood" or three times "pillen" is not more danger.
    if (c.spans.some((s) => overlaps(s, m)) || c.terms.has(m.entry.pattern.source)) continue;
    c.terms.add(m.entry.pattern.source);
    c.spans.push(m);
    c.score += m.entry.payload.weight;
    const w = words(t, m);
    if (!c.signals.includes(w)) c.signals.push(w);
  }
  const parts = new Map<number, Match<PartPayload>[][]>();
  for (const m of combinationPartMatcher.findAll(t.words)) {
    const { combination, part, group } = m.entry.payload;
    if (
      exclusions.some(
        (x) => (x.entry.payload.group === group || x.entry.payload.group === anyDangerClass) && overlaps(x, m),
      )
    )
      continue;
    let perPart = parts.get(combination);
    if (!perPart)
      parts.set(combination, (perPart = Array.from({ length: dangerCombinations[combination]!.parts }, () => [])));
    perPart[part]!.push(m);
  }
  for (const [index, perPart] of parts) {
    const combination = dangerCombinations[index]!;
    const found = findCombination(perPart, combination.window);
    if (!found) continue;
    if (
      pastSentences.has(t.sentence[found[0]!.start]) &&
      combination.cls !== 'medisch' &&
      combination.cls !== 'vermist'
    ) {
      pastWords.push(found.map((m) => words(t, m)).join(' + '));
      continue;
    }
    let c = perClass.get(combination.cls);
    if (!c) perClass.set(combination.cls, (c = { score: 0, signals: [], terms: new Set(), spans: [] }));
    if (c.terms.has(combination.source)) continue;
    c.terms.add(combination.source);
    c.score += combination.weight;
    c.signals.push(found.map((m) => words(t, m)).join(' … '));
  }
  const total = [...perClass.values()].reduce((s, c) => s + c.score, 0);
  const acuteClasses = [...perClass.entries()].filter(([, c]) => c.score >= 1).map(([k]) => k);
  const acute = acuteClasses.length > 0 || total >= 1.6;
  const classes = acute
    ? [...perClass.entries()].filter(([, c]) => c.score >= 0.6 || acuteClasses.length === 0).map(([k]) => k)
    : [];
  const signals = acute ? classes.flatMap((k) => perClass.get(k)!.signals) : [];
  const needs = [...new Set(classes.flatMap((k) => dangerClasses[k]?.needs ?? []))];
  return {
    acute,
    classes,
    signals,
    needs,
    past: pastWords,
    pastIsOver: past.some((m) => m.entry.payload.group === 'voorbij'),
  };
}

const longDays = [...dayWords.keys()].filter((w) => w.length >= 6).join('|');
const longParts = [...partWords.keys()].filter((w) => w.length >= 5).join('|');
const dayPattern = new RegExp(`^(${longDays})(${longParts})(en|s)?$`);

function partOfHour(hour: number): Moment['part'] {
  if (hour >= 18) return 'avond';
  if (hour >= 12 || hour <= 5) return 'middag';
  return 'ochtend';
}

function findMoments(t: TokenList): TextAnalysis['moments'] {
  type Item = { days?: Moment['day'][]; parts?: Moment['part'][]; compound?: boolean; word: string };
  const perClause = new Map<number, Item[]>();
  const push = (i: number, item: Item) => {
    const c = t.clause[i]!;
    const list = perClause.get(c) ?? [];
    list.push(item);
    perClause.set(c, list);
  };
  for (let i = 0; i < t.words.length; i++) {
    const w = t.words[i]!;
    const prev = t.words[i - 1];
    const compound = dayPattern.exec(w);
    if (compound) {
      push(i, { days: [dayWords.get(compound[1]!)!], parts: [partWords.get(compound[2]!)!], compound: true, word: w });
      continue;
    }
    // Short forms (ma, di, zo …) only next to a time or in lists; the long forms always.
    const day = dayWords.get(w);
    if (day && (w.length > 2 || /^\d/.test(t.words[i + 1] ?? ''))) push(i, { days: [day], word: w });
    const part = partWords.get(w);
    if (part && !(w === 'morgen' && prev !== 'in' && prev !== 's' && prev !== 'de'))
      push(i, { parts: [part], word: w });
    const time = /^(\d{1,2})(h(\d\d))?$/.exec(w);
    if (
      time &&
      (prev === 'om' || prev === 'at' || t.words[i + 1] === 'uur' || time[2]) &&
      prev !== 'tot' &&
      prev !== 'until'
    ) {
      const hour = Number(time[1]);
      if (hour <= 23) push(i, { parts: [partOfHour(hour)], word: `${w} uur` });
    }
  }
  for (const m of momentGroups.findAll(t.words))
    push(m.start, {
      days: m.entry.payload.dagen,
      parts: m.entry.payload.dagdelen,
      compound: true,
      word: m.entry.payload.phrase,
    });
  const unavailableClauses = new Set(unavailableMatcher.findAll(t.words).map((m) => t.clause[m.start]));
  const wanted: Moment[] = [];
  const unavailable: Moment[] = [];
  const seen = new Set<string>();
  const wordsFound: string[] = [];
  for (const [clause, items] of perClause) {
    const target = unavailableClauses.has(clause) ? unavailable : wanted;
    const looseDays = items.filter((x) => x.days && !x.parts).flatMap((x) => x.days!);
    const looseParts = items.filter((x) => x.parts && !x.days).flatMap((x) => x.parts!);
    const compoundParts = items.filter((x) => x.compound && x.parts).flatMap((x) => x.parts!);
    const add = (days: readonly Moment['day'][], parts: readonly Moment['part'][]) => {
      for (const day of days)
        for (const part of parts) {
          const key = `${target === wanted ? '+' : '-'}${day}-${part}`;
          if (seen.has(key)) continue;
          seen.add(key);
          target.push({ day, part });
        }
    };
    for (const x of items) if (x.days && x.parts) add(x.days, x.parts);
    if (looseDays.length)
      add(looseDays, looseParts.length ? looseParts : compoundParts.length ? compoundParts : [...dayParts]);
    else if (looseParts.length) add([...weekdays], looseParts);
    for (const x of items) if (!wordsFound.includes(x.word)) wordsFound.push(x.word);
  }
  return { wanted, unavailable, words: wordsFound };
}

function findLanguages(t: TokenList, raw: string): TextAnalysis['languages'] {
  const needClauses = new Set(languageNeedMatcher.findAll(t.words).map((m) => t.clause[m.start]));
  const wanted: string[] = [];
  let strict = false;
  for (let i = 0; i < t.words.length; i++) {
    const code = languageWords.get(t.words[i]!);
    if (!code || code === 'nl') continue;
    if (!needClauses.has(t.clause[i])) continue;
    if (!wanted.includes(code)) wanted.push(code);
    const clauseWords = t.words.filter((_, j) => t.clause[j] === t.clause[i]);
    if (
      clauseWords.some((w) => ['alleen', 'only', 'vertalen', 'tolk'].includes(w)) ||
      /geen nederlands|weinig nederlands|beetje nederlands/.test(clauseWords.join(' '))
    )
      strict = true;
  }
  const rawWords = raw
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter(Boolean);
  const english = rawWords.length >= 5 && rawWords.filter((w) => englishWords.has(w)).length / rawWords.length >= 0.25;
  return { wanted, strict, english };
}

const notAnAge =
  /^(geleden|getrouwd|in|hier|lang|samen|bij|gewerkt|gewoond|achter|al|weduwe|weduwnaar|ouder|jonger|niet|terug|later)$/;

/**
 * Ages of the people in the request: "(86)", "ik ben 82", "82 jaar", "van 14", "groep 8", "3 havo". Babies count as 0.
 */
export function findAges(text: string): number[] {
  const norm = normalise(text);
  const ages = new Set<number>();
  const add = (n: number) => {
    if (n >= 0 && n <= 110) ages.add(n);
  };
  for (const m of norm.matchAll(/\((\d{1,3})(?:\s*(?:jaar|jr|j))?(?:\s*(?:en|,)\s*(\d{1,3}))?\)/g)) {
    add(Number(m[1]));
    if (m[2]) add(Number(m[2]));
  }
  for (const m of norm.matchAll(
    /\b(?:ik ben|ben|is|zijn|van|leeftijd|aged|i am|im|i'm)\s+(\d{1,3})\b(?!\s*(?:maand|week|weken|dag|dagen|jaar geleden|uur|keer|kinderen|maanden))/g,
  ))
    add(Number(m[1]));
  for (const m of norm.matchAll(/\b(\d{1,3})\s*(?:jaar|jr|years?)\b\s*(\w*)/g)) {
    const before =
      norm
        .slice(Math.max(0, (m.index ?? 0) - 12), m.index)
        .trim()
        .split(/\s+/)
        .at(-1) ?? '';
    if (notAnAge.test(m[2] ?? '') || /^(sinds|al|ruim|over|na|voor|afgelopen|laatste|paar|bijna|tot)$/.test(before))
      continue;
    add(Number(m[1]));
  }
  for (const m of norm.matchAll(/\bgroep\s+([1-8])\b/g)) add(Number(m[1]) + 4);
  for (const m of norm.matchAll(/\b([1-6])\s*(?:havo|vwo|vmbo|mavo|gymnasium|atheneum)\b/g)) add(Number(m[1]) + 11);
  if (/\bbrugklas/.test(norm)) add(12);
  if (/\b(baby|pasgeboren|\d+\s*(maanden|weken)\s*oud|van \d+ maanden)/.test(norm)) add(0);
  return [...ages];
}

/**
 * A wish for a woman or a man as helper; none when both are named or it is about the asker ("ik ben een vrouw die").
 */
function findHelperWish(t: TokenList): 'v' | 'm' | undefined {
  const matches = helperWishMatcher.findAll(t.words);
  const lookAlikes = matches.filter((m) => m.entry.payload.exclude);
  const wished = new Set(
    matches
      .filter((m) => !m.entry.payload.exclude && !lookAlikes.some((x) => overlaps(x, m)))
      .map((m) => m.entry.payload.group),
  );
  if (wished.size !== 1) return undefined;
  return wished.has('v') ? 'v' : 'm';
}

/** Reads a help question. Pure; costs well under a millisecond for a normal request. */
export function analyse(text: string): TextAnalysis {
  const t = tokenise(text, negation.boundaries);
  const needSums = sumByGroup(t, needMatcher.findAll(t.words), { negate: true, lackGroups: negation.lackNeeds });
  const allNeeds = needKeys
    .map((k) => needSums.get(k))
    .filter((f): f is Finding & { spans: { start: number; end: number }[] } => f !== undefined && f.score > 0)
    .map(({ group, score, words: w, terms }) => ({ group, score: Math.round(score * 100) / 100, words: w, terms }))
    .sort((a, b) => b.score - a.score);
  const escalation = Object.fromEntries(
    [...sumByGroup(t, escalationMatcher.findAll(t.words), { negate: true })].map(([k, f]) => [
      k,
      { group: k, score: f.score, words: f.words, terms: f.terms },
    ]),
  );
  // A group or place named in a sentence that says it does not fit ("het taalcafé is overdag en dan werk ik") is no
  // cue.
  const unfitSentences = new Set(unavailableMatcher.findAll(t.words).map((m) => t.sentence[m.start]));
  const cueMatches = cueMatcher
    .findAll(t.words)
    .filter((m) => m.entry.payload.group !== 'collectief' || !unfitSentences.has(t.sentence[m.start]));
  const cues = Object.fromEntries(
    [...sumByGroup(t, cueMatches, { negate: false })].map(([k, f]) => [
      k,
      { group: k, score: f.score, words: f.words, terms: f.terms },
    ]),
  );
  const cueWords = (k: string) => (cues[k]?.words.length ?? 0) > 0;
  const gender = cueWords('vrouw') && !cueWords('man') ? 'v' : cueWords('man') && !cueWords('vrouw') ? 'm' : undefined;
  const result: TextAnalysis = {
    tokens: t,
    needs: allNeeds.filter((f) => f.score >= 0.999),
    allNeeds,
    danger: findDanger(t),
    escalation,
    cues,
    moments: findMoments(t),
    languages: findLanguages(t, text),
    ages: findAges(text),
  };
  if (gender) result.gender = gender;
  const helperGender = findHelperWish(t);
  if (helperGender) result.helperGender = helperGender;
  return result;
}

// Loads the triage lexicon (src/modules/triage/lexicon/*.json) once and compiles it into matchers.
// The JSON files are the team's to read and change; this file only gives them a shape.
import { readFileSync } from 'node:fs';
import { type NeedKey, isNeedKey, needKeys } from '../../kernel/taxonomy/needs.js';
import type { Moment } from './types.js';
import { Matcher, type MatchEntry, compilePattern, normalise } from './text.js';

const lexiconDir = new URL('./lexicon/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, lexiconDir), 'utf8'));

/** Weights of the three strength lists. */
export const strengthWeights = { sterk: 1, middel: 0.6, zwak: 0.3 } as const;
const dangerWeights = { sterk: 1, middel: 0.6, zwak: 0.4 } as const;
const cueWeights = { sterk: 1.5, middel: 0.8, zwak: 0.4 } as const;

type Graded = { sterk?: string[]; middel?: string[]; zwak?: string[]; niet?: string[] };

export type TermPayload = { group: string; weight: number; exclude: boolean };

function gradedEntries(
  group: string,
  graded: Graded,
  weights: { sterk: number; middel: number; zwak: number },
): MatchEntry<TermPayload>[] {
  const entries: MatchEntry<TermPayload>[] = [];
  for (const level of ['sterk', 'middel', 'zwak'] as const)
    for (const term of graded[level] ?? [])
      entries.push({ pattern: compilePattern(term), payload: { group, weight: weights[level], exclude: false } });
  for (const term of graded.niet ?? [])
    entries.push({ pattern: compilePattern(term), payload: { group, weight: 0, exclude: true } });
  return entries;
}

function listEntries(group: string, terms: readonly string[], weight = 1): MatchEntry<TermPayload>[] {
  return terms.map((term) => ({ pattern: compilePattern(term), payload: { group, weight, exclude: false } }));
}

// ---- needs.json
const needsFile = readJson('needs.json') as {
  behoeften: Record<string, Graded>;
  onderwerpen?: Record<string, string[]>;
};
for (const key of Object.keys(needsFile.behoeften))
  if (!isNeedKey(key)) throw new Error(`lexicon/needs.json: unknown need key ${key}`);
export const needMatcher = new Matcher(() =>
  Object.entries(needsFile.behoeften).flatMap(([key, graded]) => gradedEntries(key, graded, strengthWeights)),
);

/** Topics (onderwerpen): words about the same thing, shared by a request and a candidate. */
export const topicMatcher = new Matcher(() =>
  Object.entries(needsFile.onderwerpen ?? {}).flatMap(([topic, terms]) => listEntries(topic, terms)),
);

/** Number of terms per need key, for reports. */
export const lexiconSize: Record<NeedKey, number> = Object.fromEntries(
  needKeys.map((k) => {
    const g = needsFile.behoeften[k] ?? {};
    return [k, (g.sterk?.length ?? 0) + (g.middel?.length ?? 0) + (g.zwak?.length ?? 0)];
  }),
) as Record<NeedKey, number>;

// ---- danger.json
/**
 * A combination: every group must be named within `binnen` words (default 30), in any order and any wording of
 * the group. Danger is often said in parts ("twee kindjes … alleen … of we brood hadden"), which a phrase misses.
 */
type Combination = { groepen: string[][]; sterkte: 'sterk' | 'middel' | 'zwak'; binnen?: number };
type DangerClass = Graded & { naam: string; behoeften: string[]; samen?: Combination[] };
const dangerFile = readJson('danger.json') as {
  soorten: Record<string, DangerClass>;
  verleden: { woorden: string[]; behalve: string[]; voorbij?: string[] };
  niet_overal?: string[];
};
export const dangerClasses: Record<string, { name: string; needs: NeedKey[] }> = Object.fromEntries(
  Object.entries(dangerFile.soorten).map(([id, c]) => [id, { name: c.naam, needs: c.behoeften.filter(isNeedKey) }]),
);
export type DangerCombination = { cls: string; weight: number; window: number; source: string; parts: number };
export const dangerCombinations: DangerCombination[] = Object.entries(dangerFile.soorten).flatMap(([id, c]) =>
  (c.samen ?? []).map((combination) => ({
    cls: id,
    weight: dangerWeights[combination.sterkte],
    window: combination.binnen ?? 30,
    source: combination.groepen.map((g) => g.join('|')).join(' + '),
    parts: combination.groepen.length,
  })),
);
export type PartPayload = TermPayload & { combination: number; part: number };
/** Every part of every combination in one matcher: one pass over a request finds them all. */
export const combinationPartMatcher = new Matcher<PartPayload>(() =>
  Object.values(dangerFile.soorten)
    .flatMap((c) => c.samen ?? [])
    .flatMap((combination, index) =>
      combination.groepen.flatMap((terms, part) =>
        listEntries(dangerCombinations[index]!.cls, terms).map((e) => ({
          ...e,
          payload: { ...e.payload, combination: index, part },
        })),
      ),
    ),
);

/** Exclusions of this group set aside danger of every kind; a class's own `niet` only its own kind. */
export const anyDangerClass = '*';
export const dangerMatcher = new Matcher(() => [
  ...Object.entries(dangerFile.soorten).flatMap(([id, c]) => gradedEntries(id, c, dangerWeights)),
  ...gradedEntries(anyDangerClass, { niet: dangerFile.niet_overal ?? [] }, dangerWeights),
]);
export const pastMatcher = new Matcher(() => [
  ...listEntries('verleden', dangerFile.verleden.woorden),
  ...listEntries('behalve', dangerFile.verleden.behalve),
  ...listEntries('voorbij', dangerFile.verleden.voorbij ?? []),
]);

// ---- professional.json
const professionalFile = readJson('professional.json') as {
  altijd: string[];
  escalatie: Record<string, Graded>;
  stapeling: Graded;
  zorgen: Graded;
};
export const professionalOnly: ReadonlySet<NeedKey> = new Set(professionalFile.altijd.filter(isNeedKey));
export const escalationMatcher = new Matcher(() => [
  ...Object.entries(professionalFile.escalatie).flatMap(([key, g]) => gradedEntries(key, g, strengthWeights)),
  ...gradedEntries('stapeling', professionalFile.stapeling, strengthWeights),
  ...gradedEntries('zorgen', professionalFile.zorgen, strengthWeights),
]);

// ---- negation.json
const negationFile = readJson('negation.json') as {
  venster: number;
  ontkenners: string[];
  opheffers: string[];
  zelf_redden: string[];
  geen_hulp: string[];
  grenzen: string[];
  geen_is_gemis: string[];
};
export const negation = {
  window: negationFile.venster,
  negators: new Set(negationFile.ontkenners.map(normalise)),
  cancellers: new Set(negationFile.opheffers.map(normalise)),
  boundaries: new Set(negationFile.grenzen.map(normalise).filter((w) => /^[a-z0-9]+$/.test(w))),
  lackNeeds: new Set(negationFile.geen_is_gemis.filter(isNeedKey)) as ReadonlySet<NeedKey>,
  matcher: new Matcher(() => [
    ...listEntries('zelf_redden', negationFile.zelf_redden),
    ...listEntries('geen_hulp', negationFile.geen_hulp),
  ]),
};

// ---- cues.json
const cuesFile = readJson('cues.json') as {
  voorkeur: Record<string, number>;
  informeel: Graded;
  collectief: Graded;
  geen_groep: string[];
  thuis: string[];
  toegankelijk: string[];
  kwetsbaar: string[];
  man: string[];
  vrouw: string[];
  begeleiding: string[];
  begeleiding_niet: string[];
  niet_lang_lopen: string[];
  loopactiviteit: string[];
};
export const routeLean: Record<NeedKey, number> = Object.fromEntries(
  needKeys.map((k) => [k, cuesFile.voorkeur[k] ?? 0]),
) as Record<NeedKey, number>;
export const cueMatcher = new Matcher(() => [
  ...gradedEntries('informeel', cuesFile.informeel, cueWeights),
  ...gradedEntries('collectief', cuesFile.collectief, cueWeights),
  ...listEntries('geen_groep', cuesFile.geen_groep),
  ...listEntries('thuis', cuesFile.thuis),
  ...listEntries('toegankelijk', cuesFile.toegankelijk),
  ...listEntries('kwetsbaar', cuesFile.kwetsbaar),
  ...listEntries('man', cuesFile.man),
  ...listEntries('vrouw', cuesFile.vrouw),
  ...listEntries('begeleiding', cuesFile.begeleiding),
  ...listEntries('niet_lang_lopen', cuesFile.niet_lang_lopen),
]);
/** Words that make an activity mostly walking: it does not suit someone who cannot walk or stand long. */
export const walkingMatcher = new Matcher(() => listEntries('loopactiviteit', cuesFile.loopactiviteit));
/** Limits in a description that clash with a request for accompaniment ("gaat niet mee naar binnen"). */
export const noAccompanyMatcher = new Matcher(() => listEntries('begeleiding_niet', cuesFile.begeleiding_niet));

// ---- moments.json
type Day = Moment['day'];
type Part = Moment['part'];
const momentsFile = readJson('moments.json') as {
  dagen: Record<Day, string[]>;
  dagdelen: Record<Part, string[]>;
  samen: Record<string, { dagen: Day[]; dagdelen: Part[] }>;
  niet_beschikbaar: string[];
};
export const dayWords = new Map<string, Day>();
for (const [day, words] of Object.entries(momentsFile.dagen) as [Day, string[]][])
  for (const w of words) dayWords.set(normalise(w), day);
export const partWords = new Map<string, Part>();
for (const [part, words] of Object.entries(momentsFile.dagdelen) as [Part, string[]][])
  for (const w of words) partWords.set(normalise(w), part);
export const momentGroups = new Matcher(() =>
  Object.entries(momentsFile.samen).map(([phrase, value]) => ({
    pattern: compilePattern(phrase),
    payload: { phrase, ...value },
  })),
);
export const unavailableMatcher = new Matcher(() => listEntries('niet_beschikbaar', momentsFile.niet_beschikbaar));

// ---- languages.json
const languagesFile = readJson('languages.json') as {
  talen: Record<string, string[]>;
  nodig: string[];
  engels: string[];
};
export const languageWords = new Map<string, string>();
for (const [code, words] of Object.entries(languagesFile.talen))
  for (const w of words) languageWords.set(normalise(w), code);
export const languageNeedMatcher = new Matcher(() => listEntries('nodig', languagesFile.nodig));
export const englishWords: ReadonlySet<string> = new Set(languagesFile.engels);

// ---- wishes.json and voornamen.json: a wish about the helper ("een vrouw die Turks spreekt")
type Gender = 'v' | 'm';
const wishesFile = readJson('wishes.json') as {
  helper: { vrouw: string[]; man: string[]; niet: string[] };
  zelf: { vrouw: string[]; man: string[] };
};
/** Words with which an asker wishes for a woman or a man as helper; 'niet' holds look-alikes about the asker. */
export const helperWishMatcher = new Matcher(() => [
  ...listEntries('v', wishesFile.helper.vrouw),
  ...listEntries('m', wishesFile.helper.man),
  ...wishesFile.helper.niet.map((term) => ({
    pattern: compilePattern(term),
    payload: { group: 'niet', weight: 0, exclude: true },
  })),
]);
/** Words with which volunteers describe themselves ("moeder van drie", "weduwnaar"). */
export const selfDescriptionMatcher = new Matcher(() => [
  ...listEntries('v', wishesFile.zelf.vrouw),
  ...listEntries('m', wishesFile.zelf.man),
]);
const namesFile = readJson('voornamen.json') as { vrouw: string[]; man: string[] };
const firstNames = new Map<string, Gender>();
for (const name of namesFile.vrouw) firstNames.set(normalise(name), 'v');
for (const name of namesFile.man) firstNames.set(normalise(name), 'm');
/** The gender a first name is clearly used for, or undefined (unknown, or given to both). */
export const genderOfFirstName = (name: string): Gender | undefined =>
  firstNames.get(normalise(name.trim().split(/\s+/)[0] ?? ''));

/** Compiles every matcher now, so the first request after a start does not wait for it. */
export function warmUpLexicon(): void {
  const matchers = [
    needMatcher,
    topicMatcher,
    combinationPartMatcher,
    dangerMatcher,
    pastMatcher,
    escalationMatcher,
    negation.matcher,
    cueMatcher,
    walkingMatcher,
    noAccompanyMatcher,
    momentGroups,
    unavailableMatcher,
    languageNeedMatcher,
    helperWishMatcher,
    selfDescriptionMatcher,
  ];
  for (const matcher of matchers) void matcher.size;
}

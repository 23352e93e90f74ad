// Triage of one help request: needs, route and ranked suggestions with reasons (TAXONOMY.md, CONTRACT.md).
// Pure and deterministic: the same request and candidates give the same answer. A person decides.
import type { NeedKey } from '../../kernel/taxonomy/needs.js';
import {
  type CandidateIndex,
  type Indexed,
  activitiesNear,
  buildCandidateIndex,
  contentWords,
  hasCollective,
  hasInformal,
  isCandidateIndex,
  slotsOf,
  volunteersFor,
  topicsOf,
} from './candidate-index.js';
import { decideWithModel } from './model/decision.js';
import { type TriageModel, readText } from './model/model.js';
import { baseModel } from './model/store.js';
import { decideRoute } from './route.js';
import { type Scored, type ScoringContext, scoreCandidate } from './score.js';
import type { Candidate, TriageAnswer, TriageRequest } from './types.js';

export { buildCandidateIndex } from './candidate-index.js';
export type { CandidateIndex } from './candidate-index.js';

export type TriageOptions = {
  now?: Date;
  maxSuggestions?: number;
  minScore?: number;
  /** The model to use: a municipality's own, or the base model when absent; false for the rules alone. */
  model?: TriageModel | false;
};

const childNeeds: readonly NeedKey[] = ['kinderopvang', 'huiswerk'];
/** Needs where help is outside or on the house, not with the person: no VOG asked for vulnerable adults. */
const notPersonal: readonly NeedKey[] = ['tuin', 'wonen'];

type VogRule = { required: boolean; reason: string; reasonEn: string };
const forChild: VogRule = { required: true, reason: 'hulp aan een kind', reasonEn: 'help for a child' };

export function vogRule(
  needs: readonly NeedKey[],
  route: string,
  vulnerable: boolean,
  ages: readonly number[],
): VogRule {
  if (needs.some((k) => childNeeds.includes(k))) return forChild;
  if (needs.includes('opvoeding') && route === 'informeel') return forChild;
  // A young child in the text and one person to help: a VOG, even when the need read is another one
  // ("someone to look after my son (4)" read as language help).
  if (route === 'informeel' && ages.some((age) => age < 13)) return forChild;
  if (vulnerable && needs.some((k) => !notPersonal.includes(k)))
    return {
      required: true,
      reason: 'één-op-één hulp aan een kwetsbare volwassene',
      reasonEn: 'one-to-one help for a vulnerable adult',
    };
  return { required: false, reason: '', reasonEn: '' };
}

/** Triage with an index built once by buildCandidateIndex. */
export function triageWithIndex(
  request: TriageRequest,
  index: CandidateIndex,
  options: TriageOptions = {},
): TriageAnswer {
  const reading = readText(request.tekst);
  const a = reading.analysis;
  const available = {
    collective: (k: NeedKey) => hasCollective(index, k),
    informal: (k: NeedKey) => hasInformal(index, k),
  };
  const model = options.model === false ? undefined : (options.model ?? baseModel());
  const decision = model
    ? decideWithModel(model, reading, available)
    : { ...decideRoute(a, available), model: 'regels' };
  const vulnerable =
    (a.cues.kwetsbaar?.words.length ?? 0) > 0 ||
    a.ages.some((age) => age >= 75) ||
    decision.needs.some((k) => k === 'psychisch' || k === 'gezondheid' || k === 'veiligheid');
  const vog = vogRule(decision.needs, decision.route, vulnerable, a.ages);
  const languages = [...a.languages.wanted];
  if (request.language && request.language !== 'nl' && !languages.includes(request.language))
    languages.push(request.language);
  const ctx: ScoringContext = {
    route: decision.route,
    needs: decision.needs,
    wantedSlots: slotsOf([...a.moments.wanted, ...(request.moments ?? [])]),
    unavailableSlots: slotsOf(a.moments.unavailable),
    languages,
    strictLanguage: a.languages.strict,
    english: a.languages.english,
    ages: a.ages,
    accessible: (a.cues.toegankelijk?.words.length ?? 0) > 0,
    cannotWalkLong: (a.cues.niet_lang_lopen?.words.length ?? 0) > 0,
    housebound: decision.housebound,
    noGroup: decision.noGroup,
    vogRequired: vog.required,
    vogReason: vog.reason,
    vogReasonEn: vog.reasonEn,
    stems: contentWords(request.tekst),
    terms: new Set(a.allNeeds.filter((f) => decision.needs.includes(f.group as NeedKey)).flatMap((f) => f.terms)),
    topics: topicsOf(a.tokens.words),
    accompany: (a.cues.begeleiding?.words.length ?? 0) > 0,
    aboutChild:
      a.ages.some((age) => age < 18) ||
      decision.needs.some((k) => k === 'opvoeding' || k === 'kinderopvang' || k === 'huiswerk'),
  };
  if (request.point) ctx.point = request.point;
  if (a.gender) ctx.gender = a.gender;
  if (a.helperGender) ctx.helperGender = a.helperGender;
  if (options.now) ctx.now = options.now;

  const max = options.maxSuggestions ?? 5;
  const minScore = options.minScore ?? 0.2;
  const seen = new Set<Indexed>();
  const top: { s: Scored; x: Indexed }[] = [];
  const consider = (x: Indexed) => {
    if (seen.has(x)) return;
    seen.add(x);
    // Rank on the number alone; the sentences are written for the few that make the list.
    const s = scoreCandidate(x, ctx, false);
    if (!s || s.score < minScore) return;
    // One-to-one help was asked: an activity only comes along when it fits well.
    if (decision.route === 'informeel' && x.kind === 'activiteit' && s.score < 0.5) return;
    let i = top.length;
    while (i > 0 && better(s, top[i - 1]!.s)) i--;
    if (i >= max) return;
    top.splice(i, 0, { s, x });
    if (top.length > max) top.pop();
  };
  for (const need of decision.needs) {
    for (const x of activitiesNear(index, need, request.point, 100)) consider(x);
    for (const x of volunteersFor(index, need, request.point)) consider(x);
  }
  const suggesties = top
    .map(({ x }) => scoreCandidate(x, ctx, true))
    .filter((s): s is Scored => s !== undefined && s.suggestion.redenen.length > 0)
    .map((s) => s.suggestion);
  return {
    id: request.id,
    route: decision.route,
    behoeften: decision.needs,
    suggesties,
    uitleg: decision.uitleg,
    uitlegEn: decision.uitlegEn,
    signalen: decision.signalen,
    model: decision.model,
  };
}

const better = (a: Scored, b: Scored) =>
  a.score > b.score ||
  (a.score === b.score && (a.distance < b.distance || (a.distance === b.distance && a.order < b.order)));

/**
 * Triage of one request against the neighbourhood's candidates (an array, or an index from buildCandidateIndex).
 * Pass the index when triaging many requests: building it reads every description once.
 */
export function triage(
  request: TriageRequest,
  candidates: readonly Candidate[] | CandidateIndex,
  options: TriageOptions = {},
): TriageAnswer {
  const index = isCandidateIndex(candidates) ? candidates : buildCandidateIndex(candidates as readonly Candidate[]);
  return triageWithIndex(request, index, options);
}

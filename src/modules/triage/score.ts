// Scoring one candidate for one request. Every point of the score comes with a Dutch sentence, and the hard
// rules of TAXONOMY.md (VOG, capacity, not current, no volunteers for danger) are checked before any points.
import { type NeedKey, needLabel } from '../../kernel/taxonomy/needs.js';
import { distanceLabel, distanceMetres } from '../../kernel/geo/index.js';
import { momentName, nextOccurrence, occurrenceLabel, scheduleLabel } from '../../kernel/time/index.js';
import type { Indexed, IndexedActivity } from './candidate-index.js';
import { knownGender, momentsOf } from './candidate-index.js';
import { professionalOnly } from './lexicon.js';
import { languageName } from '../../kernel/languages/index.js';
import type { Moment, Point, Route, Suggestion } from './types.js';

/** What scoring needs to know about the request, worked out once per request. */
export type ScoringContext = {
  route: Route;
  /** Needs, strongest first. */
  needs: NeedKey[];
  point?: Point;
  wantedSlots: number;
  unavailableSlots: number;
  languages: string[];
  strictLanguage: boolean;
  english: boolean;
  ages: number[];
  gender?: 'v' | 'm';
  /** The asker wishes for a woman or a man as helper. */
  helperGender?: 'v' | 'm';
  accessible: boolean;
  /** The asker cannot walk or stand long ("zittend", "lang staan of lopen houdt ze niet vol"). */
  cannotWalkLong: boolean;
  housebound: boolean;
  noGroup: boolean;
  /** Only volunteers with a valid VOG (children, vulnerable adults). */
  vogRequired: boolean;
  vogReason: string;
  vogReasonEn: string;
  /** Content words of the request by their stem ("boodsc" → "boodschappen"). */
  stems: ReadonlyMap<string, string>;
  /** Lexicon terms found in the request, for the needs of the answer. */
  terms: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  /** The request asks for someone who accompanies ("begeleid worden", "mee naar binnen"). */
  accompany: boolean;
  /** The request is about a child (for activities meant for parents). */
  aboutChild: boolean;
  now?: Date;
};

export type Scored = { suggestion: Suggestion; score: number; distance: number; order: string };

export const momentLabel = (m: Moment, lang: 'nl' | 'en' = 'nl') => momentName(m, lang);
const slotsLabel = (mask: number, lang: 'nl' | 'en' = 'nl') => {
  const ms = momentsOf(mask);
  const every = lang === 'nl' ? 'elke' : 'every';
  const byDay = ms.length >= 6 && new Set(ms.map((m) => m.part)).size === 1 ? `${every} ${ms[0]!.part}` : undefined;
  return (
    byDay ??
    ms
      .slice(0, 3)
      .map((m) => momentLabel(m, lang))
      .join(', ') + (ms.length > 3 ? ' …' : '')
  );
};
/** A reason in Dutch and in English. */
type Words = [nl: string, en: string];
const needList = (keys: readonly NeedKey[], lang: 'nl' | 'en') =>
  keys.map((k) => needLabel(k, lang).toLowerCase()).join(', ');
const pct = (n: number) => Math.round(n * 100) / 100;

/** Why a candidate may not be suggested at all, or undefined when it may. */
export function excluded(x: Indexed, ctx: ScoringContext): string | undefined {
  if (x.kind === 'activiteit') {
    if (!x.c.current) return 'niet actueel';
    // In danger the asker needs the emergency services and the team, not next week's coffee morning.
    return ctx.route === 'spoed' && !x.c.professional ? 'bij gevaar alleen professionele hulp' : undefined;
  }
  const v = x.c;
  if (v.activeMatches >= v.maxMatches) return 'zit vol';
  if (ctx.route === 'spoed') return 'bij gevaar geen vrijwilliger';
  if (ctx.vogRequired && !v.vogValid) return 'geen geldige VOG';
  const g = ctx.helperGender ? knownGender(x) : null;
  if (ctx.helperGender && g && g.value !== 'x' && g.value !== ctx.helperGender)
    return ctx.helperGender === 'v' ? 'de vrager wil een vrouw' : 'de vrager wil een man';
  // Volunteers only for what they may carry: not for a professional-only theme.
  for (const k of ctx.needs) if (x.needs.has(k) && !professionalOnly.has(k)) return undefined;
  return 'alleen een professioneel thema';
}

/**
 * Scores a candidate. With explain = false only the number is worked out (fast, for ranking thousands);
 * with explain = true every point also gets its sentence. Both give the same score.
 */
export function scoreCandidate(x: Indexed, ctx: ScoringContext, explain = true): Scored | undefined {
  if (excluded(x, ctx)) return undefined;
  const reasons: string[] = [];
  const reasonsEn: string[] = [];
  let score = 0;
  const say = (words: Words) => {
    reasons.push(words[0]);
    reasonsEn.push(words[1]);
  };
  const add = (points: number, reason: () => Words) => {
    score += points;
    if (explain) say(reason());
  };
  const note = (reason: () => Words) => {
    if (explain) say(reason());
  };
  const isActivity = x.kind === 'activiteit';
  const prof = isActivity && x.c.professional;

  // 1. Need fit: up to 0.45, the strongest need counting most.
  let total = 0;
  let fit = 0;
  const matched: NeedKey[] = [];
  const inferred: NeedKey[] = [];
  for (let i = 0; i < ctx.needs.length; i++) {
    const k = ctx.needs[i]!;
    const w = i === 0 ? 1 : i === 1 ? 0.7 : 0.5;
    total += w;
    if (x.needs.has(k)) {
      fit += w;
      matched.push(k);
    } else if (x.inferred.has(k)) {
      fit += w * 0.7;
      inferred.push(k);
    }
  }
  total = total || 1;
  if (matched.length === 0 && inferred.length === 0) return undefined;
  if (matched.length)
    add(0.45 * (fit / total), () => [`past bij: ${needList(matched, 'nl')}`, `fits: ${needList(matched, 'en')}`]);
  else
    add(0.45 * (fit / total), () => [
      `past volgens de omschrijving bij: ${needList(inferred, 'nl')}`,
      `fits, going by its description: ${needList(inferred, 'en')}`,
    ]);

  // 2. The route: group activity, one-to-one help, or a professional.
  const themes = prof ? ctx.needs.filter((k) => professionalOnly.has(k) && x.needs.has(k)) : [];
  if (ctx.route === 'professioneel' || ctx.route === 'spoed') {
    if (prof && themes.length)
      add(0.3, () => [
        `professionele hulp bij: ${needList(themes, 'nl')}`,
        `professional help with: ${needList(themes, 'en')}`,
      ]);
    else if (prof) add(0.2, () => ['professionele dienst van de buurt', 'a professional service in the neighbourhood']);
    else if (!isActivity)
      add(-0.1, () => [
        'kan naast de professional helpen, niet in plaats van',
        'can help beside the professional, not instead',
      ]);
  } else if (prof)
    add(-0.2, () => [
      'professionele dienst; de vraag lijkt zonder professional te kunnen',
      'a professional service; the question seems to need none',
    ]);
  else if (ctx.route === 'collectief') {
    if (isActivity)
      add(0.12, () => [
        'activiteit of voorziening in de buurt (collectief)',
        'an activity or place nearby (collective)',
      ]);
  } else if (ctx.route === 'informeel') {
    if (!isActivity)
      add(0.12, () => [
        'een vrijwilliger die één persoon helpt (informeel)',
        'a volunteer who helps one person (informal)',
      ]);
    else if (x.onDemand)
      add(0.08, () => ['initiatief dat één-op-één hulp regelt', 'an initiative that arranges one-to-one help']);
    else
      add(-0.1, () => [
        'groepsactiviteit, terwijl hulp van één persoon gevraagd is',
        'a group activity, while help from one person was asked',
      ]);
  }

  // 3. Distance.
  let distance = Number.POSITIVE_INFINITY;
  if (ctx.point && x.c.point) {
    distance = distanceMetres(ctx.point, x.c.point);
    const label = (): Words =>
      distance <= 1500
        ? [`${distanceLabel(distance)} lopen`, `${distanceLabel(distance, 'en')} walk`]
        : [`${distanceLabel(distance)} verderop`, `${distanceLabel(distance, 'en')} away`];
    if (isActivity) {
      const pts = distance <= 800 ? 0.12 : Math.max(0, 0.12 * (1 - (distance - 800) / 4200));
      if (pts > 0) add(pts, label);
      else note(label);
    } else {
      const reach = x.c.radiusKm * 1000;
      if (distance <= reach)
        add(0.12 * (1 - distance / Math.max(reach + 1000, 2000)), () => [
          `woont ${distanceLabel(distance)} verderop, binnen de ${x.c.radiusKm} km die ${x.c.firstName} wil reizen`,
          `lives ${distanceLabel(distance, 'en')} away, within the ${x.c.radiusKm} km ${x.c.firstName} will travel`,
        ]);
      else
        add(-0.25, () => [
          `woont ${distanceLabel(distance)} verderop, ` +
            `verder dan de ${x.c.radiusKm} km die ${x.c.firstName} wil reizen`,
          `lives ${distanceLabel(distance, 'en')} away, ` +
            `further than the ${x.c.radiusKm} km ${x.c.firstName} will travel`,
        ]);
    }
  }

  // 4. Time: schedule or availability against the moments in the request.
  if (isActivity && x.c.schedule.frequentie !== 'op_afspraak')
    note(() => [scheduleLabel(x.c.schedule), scheduleLabel(x.c.schedule, 'en')]);
  if (isActivity && ctx.now && explain) {
    const next = nextOccurrence(x.c.schedule, x.c.exceptions, ctx.now);
    if (next) say([`volgende keer: ${occurrenceLabel(next)}`, `next time: ${occurrenceLabel(next, 'en')}`]);
  }
  const onDemand = isActivity && (x as IndexedActivity).onDemand && x.slots === 0;
  if (ctx.wantedSlots) {
    const overlap = x.slots & ctx.wantedSlots;
    if (overlap)
      add(0.12, () => [
        `${isActivity ? 'past op' : 'beschikbaar op'} ${slotsLabel(overlap)}`,
        `${isActivity ? 'fits' : 'available'} ${slotsLabel(overlap, 'en')}`,
      ]);
    else if (onDemand)
      add(0.04, () => ['op afspraak: een moment is samen te kiezen', 'by appointment: a time can be agreed']);
    else
      add(-0.08, () => [
        `niet op het gevraagde moment (${slotsLabel(ctx.wantedSlots)})`,
        `not at the time asked for (${slotsLabel(ctx.wantedSlots, 'en')})`,
      ]);
  }
  if (ctx.unavailableSlots && x.slots && (x.slots & ~ctx.unavailableSlots) === 0)
    add(-0.3, () => [
      `alleen op momenten dat het niet kan (${slotsLabel(ctx.unavailableSlots)})`,
      `only at times that do not suit (${slotsLabel(ctx.unavailableSlots, 'en')})`,
    ]);

  // 5. Language.
  const langs = isActivity ? x.c.languages : x.c.languages;
  for (const code of ctx.languages) {
    const name = languageName('nl', code);
    const nameEn = languageName('en', code);
    if (langs.includes(code)) add(0.1, () => [`spreekt ${name}`, `speaks ${nameEn}`]);
    else if (ctx.strictLanguage) add(-0.2, () => [`spreekt geen ${name}`, `does not speak ${nameEn}`]);
  }
  if (ctx.english && !ctx.languages.includes('en') && langs.includes('en'))
    add(0.05, () => ['spreekt Engels', 'speaks English']);

  // 6. Target group, gender and accessibility (activities).
  if (isActivity) {
    const g = x.target;
    const ages = ctx.ages;
    const group = (): Words => [`doelgroep: ${g.text}`, `meant for: ${g.text}`];
    if (g.gender && ctx.gender && g.gender !== ctx.gender) add(-0.3, group);
    if (g.parents && !ctx.aboutChild) add(-0.2, group);
    if (ctx.accompany && x.noAccompany)
      add(-0.4, () => [
        `let op: ${x.noAccompany}, en de vrager heeft begeleiding nodig`,
        `note: ${x.noAccompany}, and the asker needs someone to come along`,
      ]);
    if ((g.minAge !== undefined || g.maxAge !== undefined) && ages.length) {
      const fits = ages.some((a) => a >= (g.minAge ?? 0) - 1 && a <= (g.maxAge ?? 200) + 1);
      if (fits) add(0.05, () => [`voor de doelgroep: ${g.text}`, `for its target group: ${g.text}`]);
      else if (!g.soft) add(-0.3, () => [`andere doelgroep: ${g.text}`, `another target group: ${g.text}`]);
    }
    if (ctx.accessible) {
      if (x.c.wheelchairAccessible)
        add(0.04, () => ['toegankelijk met rollator of rolstoel', 'accessible with a walker or wheelchair']);
      else
        add(-0.25, () => ['niet toegankelijk met rollator of rolstoel', 'not accessible with a walker or wheelchair']);
    }
    if (ctx.cannotWalkLong && x.walking)
      add(-0.35, () => [
        'is vooral lopen, en lang lopen of staan lukt de vrager niet',
        'is mostly walking, and the asker cannot walk or stand long',
      ]);
    if (!x.onDemand && ctx.housebound)
      add(-0.3, () => [
        'is buiten de deur, en de vrager komt moeilijk de deur uit',
        'is away from home, and the asker hardly gets out',
      ]);
    if (!x.onDemand && ctx.noGroup)
      add(-0.3, () => [
        'groepsactiviteit, en de vrager wil niet in een groep',
        'a group activity, and the asker does not want a group',
      ]);
  }

  // 7. Volunteer: VOG and load.
  if (!isActivity) {
    const v = x.c;
    if (ctx.vogRequired)
      add(0.05, () => [
        `heeft een geldige VOG (nodig: ${ctx.vogReason})`,
        `holds a valid VOG (needed: ${ctx.vogReasonEn})`,
      ]);
    else if (v.vogValid) add(0.02, () => ['heeft een geldige VOG', 'holds a valid VOG']);
    if (ctx.helperGender) {
      const wished = ctx.helperGender === 'v' ? 'een vrouw' : 'een man';
      const wishedEn = ctx.helperGender === 'v' ? 'a woman' : 'a man';
      const g = knownGender(x);
      if (g?.value === ctx.helperGender && g.source === 'zelf')
        add(0.1, () => [`is ${wished}, zoals de vrager wil`, `is ${wishedEn}, as the asker wishes`]);
      else if (g?.value === ctx.helperGender)
        add(0.05, () => [
          `is volgens ${g.source === 'omschrijving' ? 'de eigen omschrijving' : 'de voornaam'} ${wished}, ` +
            'zoals de vrager wil (vraag het na)',
          `is ${wishedEn} going by ${g.source === 'omschrijving' ? 'their own description' : 'the first name'}, ` +
            'as the asker wishes (check this)',
        ]);
      else
        add(-0.15, () => [
          `niet bekend of ${v.firstName} ${wished} is; de vrager wil ${wished} (vraag het na)`,
          `not known whether ${v.firstName} is ${wishedEn}; the asker wants ${wishedEn} (check this)`,
        ]);
    }
    const free = (v.maxMatches - v.activeMatches) / Math.max(v.maxMatches, 1);
    add(0.06 * free, () => [
      `helpt nu ${v.activeMatches} van de ${v.maxMatches} mensen die ${v.firstName} tegelijk wil helpen`,
      `helps ${v.activeMatches} of the ${v.maxMatches} people ${v.firstName} will help at once`,
    ]);
  }

  // 8. Terms and words the request and the description share, and limits the description names.
  const sharedTerms: string[] = [];
  for (const term of ctx.terms) if (x.terms.has(term) && sharedTerms.length < 2) sharedTerms.push(term);
  if (sharedTerms.length) {
    const terms = sharedTerms.map((term) => term.replace(/[*?]|\.\.\./g, '').trim()).join(', ');
    add(0.06 * sharedTerms.length, () => [`noemt hetzelfde: ${terms}`, `names the same: ${terms}`]);
  }
  const sharedTopics: string[] = [];
  for (const topic of ctx.topics) if (x.topics.has(topic) && sharedTopics.length < 2) sharedTopics.push(topic);
  if (sharedTopics.length)
    add(0.07 * sharedTopics.length, () => [
      `zelfde onderwerp: ${sharedTopics.join(', ')}`,
      `same subject: ${sharedTopics.join(', ')}`,
    ]);
  const shared: string[] = [];
  for (const [st, word] of ctx.stems) if (x.stems.has(st) && shared.length < 3) shared.push(word);
  if (shared.length)
    add(0.03 * shared.length, () => [`noemt ook: ${shared.join(', ')}`, `also names: ${shared.join(', ')}`]);
  for (const s of ctx.stems.keys()) {
    const limit = x.limits.get(s);
    if (limit) {
      add(-0.6, () => [`let op: "${limit}"`, `note: "${limit}"`]);
      break;
    }
  }

  const final = pct(Math.min(1, Math.max(0, score)));
  const soort = isActivity ? x.c.soort : 'vrijwilliger';
  return {
    suggestion: { id: x.c.id, soort, score: final, redenen: reasons, redenenEn: reasonsEn },
    score: final,
    distance,
    order: x.c.id,
  };
}

// An index of the neighbourhood's candidates, built once: by need key, and for volunteers also on a grid,
// so a request looks at the few hundred candidates that can fit instead of all of them.
import { type NeedKey, isNeedKey } from '../../kernel/taxonomy/needs.js';
import { type Schedule, dayPartHours, dayParts, wholeWeek, weekdays } from '../../kernel/time/index.js';
import { analyse } from './analyse.js';
import {
  genderOfFirstName,
  needMatcher,
  noAccompanyMatcher,
  selfDescriptionMatcher,
  topicMatcher,
  walkingMatcher,
} from './lexicon.js';
import { normalise, tokenise } from './text.js';
import type { ActivityCandidate, Candidate, Moment, Point, VolunteerCandidate } from './types.js';

/** One bit per weekday and part of the day: 21 bits. */
export const slotBit = (m: Moment) => 1 << (weekdays.indexOf(m.day) * 3 + dayParts.indexOf(m.part));
export const slotsOf = (moments: readonly Moment[]) => moments.reduce((mask, m) => mask | slotBit(m), 0);
export const momentsOf = (mask: number): Moment[] => wholeWeek.filter((m) => (mask & slotBit(m)) !== 0);

/** The parts of the day a schedule touches, as slot bits; 0 for by appointment. */
export function scheduleSlots(schedule: Schedule): number {
  if (schedule.frequentie === 'op_afspraak') return 0;
  const days = schedule.frequentie === 'maandelijks' ? [schedule.dag] : schedule.dagen;
  let mask = 0;
  for (const day of days)
    for (const part of dayParts) {
      const [from, to] = dayPartHours[part];
      if (schedule.start < to && schedule.eind > from) mask |= slotBit({ day, part });
    }
  return mask;
}

export type TargetGroup = {
  text: string;
  minAge?: number;
  maxAge?: number;
  /** "vooral 55+": a preference, not a rule. */
  soft: boolean;
  parents: boolean;
  gender?: 'v' | 'm';
};

/**
 * Reads a free-text target group: "55+", "kinderen van 8 tot 14", "groep 5 t/m 8", "ouders met kinderen 0-12",
 * "vrouwen".
 */
export function parseTargetGroup(text: string): TargetGroup {
  const t = normalise(text);
  const g: TargetGroup = { text, soft: /\bvooral\b/.test(t), parents: /\bouders\b/.test(t) };
  const plus = /(\d{1,2})\s*\+/.exec(t) ?? /vanaf\s+(\d{1,2})/.exec(t);
  if (plus) g.minAge = Number(plus[1]);
  const group = /groep\s+(\d)\s*(?:t\/m|tot en met|tot|-)\s*(\d)/.exec(t);
  const range = /(\d{1,2})\s*(?:tot en met|t\/m|tot|-)\s*(\d{1,2})/.exec(t);
  if (group) {
    g.minAge = Number(group[1]) + 3;
    g.maxAge = Number(group[2]) + 4;
  } else if (range && !g.parents) {
    g.minAge = Number(range[1]);
    g.maxAge = Number(range[2]);
  } else if (!g.parents && /\b(kinderen|leerlingen|kids)\b/.test(t)) g.maxAge = 17;
  else if (/\bjongeren\b/.test(t) && g.minAge === undefined) {
    g.minAge = 12;
    g.maxAge = 23;
  }
  if (/\bvolwassen/.test(t) && g.minAge === undefined) g.minAge = 18;
  if (/\bvrouwen\b/.test(t)) g.gender = 'v';
  if (/\bmannen\b/.test(t)) g.gender = 'm';
  return g;
}

/** Words too common to say anything about fit. */
export const stopwords = new Set(
  (
    'aan al alle alles als ander andere anders bij dan dat de den deze die dit doe doen door dus een eens en er ' +
    'ergens even ' +
    'geen gaat gaan graag had heb hebben heeft hele het hier hij hoe hun iemand iets ik in is ja je jij jou jouw ' +
    'jullie kan ' +
    'kom komt komen kun kunnen maar me meer men met mij mijn moet moeten na naar niet niets nog nu of om omdat ' +
    'ons onze ook ' +
    'op over per te tot uit van veel voor want was wat we wel werd wie wij wil wilt word wordt zal ze zelf zich ' +
    'zij zijn zo ' +
    'zou zoals zodat ze echt gewoon keer jaar daar waar toen alleen sinds soms vaak nooit welke vanaf zonder ' +
    'hoor wanneer ' +
    'buurt mensen mens elke iedere week maand dag samen goed fijn leuk beetje eigen mogelijk natuurlijk jaren ' +
    'weer toch ' +
    'helpt helpen hulp help graag gratis kunt laat laten hoeft weet weten moet zit zitten staat staan ligt ' +
    'liggen ander ' +
    'tegenwoordig nodig vooral ongeveer bijvoorbeeld iedereen niemand weinig klein kleine grote groot eerste tweede'
  ).split(' '),
);

/** A crude stem for comparing words of a request with a description: no plural, at most 6 letters. */
export const stem = (w: string) => {
  const base = w.length > 5 ? w.replace(/(en|s|je|jes|tje|tjes)$/, '') : w;
  return base.slice(0, 6);
};

export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of tokenise(text).words) if (w.length >= 4 && !stopwords.has(w) && !/^\d/.test(w)) out.add(stem(w));
  return out;
}

/** The content words of a text by their stem, so a reason can name the word the asker wrote, not its stem. */
export function contentWords(text: string): Map<string, string> {
  // The words as written (with their accents and ij), keyed by their normalised form.
  const written = new Map<string, string>();
  for (const [w] of text.matchAll(/[\p{L}\p{N}]+/gu))
    if (!written.has(normalise(w))) written.set(normalise(w), w.toLowerCase());
  const out = new Map<string, string>();
  for (const w of tokenise(text).words)
    if (w.length >= 4 && !stopwords.has(w) && !/^\d/.test(w) && !out.has(stem(w)))
      out.set(stem(w), written.get(w) ?? w);
  return out;
}

/** Sentences of a description that set a limit ("gaat niet mee naar binnen", "geen lift"), keyed by their words. */
export function limitsOf(description: string): Map<string, string> {
  const limits = new Map<string, string>();
  for (const sentence of description.split(/(?<=[.!?])\s+/)) {
    const t = tokenise(sentence);
    if (!t.words.some((w) => w === 'niet' || w === 'geen' || w === 'nooit')) continue;
    const joined = t.words.join(' ');
    if (/geen probleem|niet nodig|geen ervaring nodig|hoeft|hoef je|geen lid|niet weg/.test(joined)) continue;
    // "brieven die je niet snapt", "als u niet kunt": about the one who is helped, not a limit of the helper.
    if (/\b(je|jij|u)( \w+)? (niet|geen)\b/.test(joined)) continue;
    const text = sentence.trim().replace(/\s+/g, ' ');
    for (const w of t.words) if (w.length >= 5 && !stopwords.has(w)) limits.set(stem(w), text);
  }
  return limits;
}

/** The description without its sentences that say what it does not do. */
export const withoutLimits = (description: string) =>
  description
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !/\b(niet|geen|nooit)\b/i.test(sentence))
    .join(' ');

export const topicsOf = (words: readonly string[]): Set<string> =>
  new Set(topicMatcher.findAll(words).map((m) => m.entry.payload.group));

type Base = {
  needs: ReadonlySet<string>;
  inferred: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  /** Lexicon terms found in the name and description ("koffieochtend*"), not in sentences that set a limit. */
  terms: ReadonlySet<string>;
  /** Topics (onderwerpen) of the description: rouw, fietsen, voetbal … */
  topics: ReadonlySet<string>;
  limits: ReadonlyMap<string, string>;
  /** The description says it does not accompany ("gaat niet mee naar binnen"). */
  noAccompany?: string;
  slots: number;
};
export type IndexedActivity = Base & {
  kind: 'activiteit';
  c: ActivityCandidate;
  target: TargetGroup;
  onDemand: boolean;
  /** Mostly walking (a walking group): not for someone who cannot walk or stand long. */
  walking: boolean;
};
/**
 * What is known of a volunteer's gender, and from where: said themselves, their own description, or only the first
 * name.
 */
export type KnownGender = { value: 'v' | 'm' | 'x'; source: 'zelf' | 'omschrijving' | 'voornaam' };
export type IndexedVolunteer = Base & {
  kind: 'vrijwilliger';
  c: VolunteerCandidate;
  /** Worked out on first use (only a request with a wish about the helper needs it); null when unknown. */
  gender?: KnownGender | null;
};

/** The volunteer's known gender, read once and kept: most requests never ask, so the index does not pay for it. */
export function knownGender(x: IndexedVolunteer): KnownGender | null {
  if (x.gender === undefined) x.gender = volunteerGender(x.c) ?? null;
  return x.gender;
}
export type Indexed = IndexedActivity | IndexedVolunteer;

const cellLat = 0.009; // about 1 km
const cellLon = 0.015; // about 1 km in the Netherlands
const cellOf = (p: Point) => `${Math.floor(p.lat / cellLat)}:${Math.floor(p.lon / cellLon)}`;

type NeedBucket = {
  activities: IndexedActivity[];
  activityCells: Map<string, IndexedActivity[]>;
  activitiesWithoutPoint: IndexedActivity[];
  volunteers: Map<string, IndexedVolunteer[]>;
  volunteersWithoutPoint: IndexedVolunteer[];
  maxRadiusKm: number;
  volunteerCount: number;
  openVolunteers: number;
};

export type CandidateIndex = { kind: 'candidate-index'; byNeed: Map<string, NeedBucket>; size: number };

export const isCandidateIndex = (x: unknown): x is CandidateIndex =>
  typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'candidate-index';

function indexActivity(c: ActivityCandidate): IndexedActivity {
  const needs = new Set(c.needKeys.filter(isNeedKey));
  const inferred = new Set<string>();
  const text = `${c.name}. ${c.description}`;
  if (needs.size === 0) for (const f of analyse(text).needs) inferred.add(f.group);
  const words = tokenise(text).words;
  const positive = tokenise(withoutLimits(text)).words;
  const terms = new Set(
    needMatcher
      .findAll(positive)
      .filter((m) => !m.entry.payload.exclude)
      .map((m) => m.entry.pattern.source),
  );
  const noAccompany = noAccompanyMatcher.findAll(words)[0];
  return {
    kind: 'activiteit',
    c,
    needs,
    inferred,
    terms,
    topics: topicsOf(positive),
    ...(noAccompany ? { noAccompany: words.slice(noAccompany.start, noAccompany.end + 1).join(' ') } : {}),
    walking: walkingMatcher.findAll(tokenise(c.name).words).length > 0,
    stems: contentStems(`${c.name} ${c.description}`),
    limits: limitsOf(c.description),
    slots: scheduleSlots(c.schedule),
    target: parseTargetGroup(c.targetGroup),
    onDemand: c.schedule.frequentie === 'op_afspraak' || c.soort === 'dienst',
  };
}

/**
 * Only used when an asker wishes for a woman or a man. What volunteers declare comes first ('x' is never guessed
 * past); then how they describe themselves; a first name only hints, and names given to both are not in the list.
 */
export function volunteerGender(c: VolunteerCandidate): KnownGender | undefined {
  if (c.gender) return { value: c.gender, source: 'zelf' };
  const said = new Set(selfDescriptionMatcher.findAll(tokenise(c.description).words).map((m) => m.entry.payload.group));
  if (said.size === 1) return { value: said.has('v') ? 'v' : 'm', source: 'omschrijving' };
  const byName = genderOfFirstName(c.firstName);
  return byName ? { value: byName, source: 'voornaam' } : undefined;
}

function indexVolunteer(c: VolunteerCandidate): IndexedVolunteer {
  return {
    kind: 'vrijwilliger',
    c,
    needs: new Set(c.offers.filter(isNeedKey)),
    inferred: new Set(),
    terms: new Set(),
    topics: topicsOf(tokenise(withoutLimits(c.description)).words),
    stems: contentStems(c.description),
    limits: limitsOf(c.description),
    slots: slotsOf(c.availability),
  };
}

/** Builds the index once per neighbourhood snapshot. Candidates that are not current are left out. */
export function buildCandidateIndex(candidates: readonly Candidate[]): CandidateIndex {
  const byNeed = new Map<string, NeedBucket>();
  const bucket = (need: string) => {
    let b = byNeed.get(need);
    if (!b)
      byNeed.set(
        need,
        (b = {
          activities: [],
          activityCells: new Map(),
          activitiesWithoutPoint: [],
          volunteers: new Map(),
          volunteersWithoutPoint: [],
          maxRadiusKm: 0,
          volunteerCount: 0,
          openVolunteers: 0,
        }),
      );
    return b;
  };
  let size = 0;
  for (const c of candidates) {
    if (c.type === 'activiteit') {
      if (!c.current) continue;
      const a = indexActivity(c);
      for (const need of new Set([...a.needs, ...a.inferred])) {
        const b = bucket(need);
        b.activities.push(a);
        if (!c.point) b.activitiesWithoutPoint.push(a);
        else {
          const key = cellOf(c.point);
          const list = b.activityCells.get(key);
          if (list) list.push(a);
          else b.activityCells.set(key, [a]);
        }
      }
    } else {
      const v = indexVolunteer(c);
      for (const need of v.needs) {
        const b = bucket(need);
        b.volunteerCount++;
        if (c.activeMatches < c.maxMatches) b.openVolunteers++;
        b.maxRadiusKm = Math.max(b.maxRadiusKm, c.radiusKm);
        if (!c.point) {
          b.volunteersWithoutPoint.push(v);
          continue;
        }
        const key = cellOf(c.point);
        const list = b.volunteers.get(key);
        if (list) list.push(v);
        else b.volunteers.set(key, [v]);
      }
    }
    size++;
  }
  return { kind: 'candidate-index', byNeed, size };
}

/** Activities for a need (declared or read from the description). */
export const activitiesFor = (index: CandidateIndex, need: NeedKey): readonly IndexedActivity[] =>
  index.byNeed.get(need)?.activities ?? [];

/**
 * Activities for a need near a point: ring by ring of 1 km cells, at least 3 km around, then further out until
 * `enough` are found (at most 25 km). Without a point, all of them.
 */
export function activitiesNear(index: CandidateIndex, need: NeedKey, point?: Point, enough = 150): IndexedActivity[] {
  const b = index.byNeed.get(need);
  if (!b) return [];
  if (!point) return b.activities;
  const out: IndexedActivity[] = [...b.activitiesWithoutPoint];
  const cLat = Math.floor(point.lat / cellLat);
  const cLon = Math.floor(point.lon / cellLon);
  for (let r = 0; r <= 25; r++) {
    for (let i = -r; i <= r; i++)
      for (let j = -r; j <= r; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== r) continue;
        const list = b.activityCells.get(`${cLat + i}:${cLon + j}`);
        if (list) for (const a of list) out.push(a);
      }
    if (r >= 3 && out.length >= enough) break;
    if (out.length === b.activities.length) break;
  }
  return out;
}

/** Volunteers offering a need who live within their own travel radius of the point (at most 15 km). */
export function volunteersFor(index: CandidateIndex, need: NeedKey, point?: Point, enough = 200): IndexedVolunteer[] {
  const b = index.byNeed.get(need);
  if (!b) return [];
  if (!point) return [...[...b.volunteers.values()].flat(), ...b.volunteersWithoutPoint];
  const reachKm = Math.min(Math.max(b.maxRadiusKm, 1), 15);
  const dLat = Math.ceil(reachKm / 111 / cellLat);
  const dLon = Math.ceil(reachKm / 68 / cellLon);
  const cLat = Math.floor(point.lat / cellLat);
  const cLon = Math.floor(point.lon / cellLon);
  const out: IndexedVolunteer[] = [...b.volunteersWithoutPoint];
  const cosLat = Math.cos((point.lat * Math.PI) / 180);
  // Ring by ring of 1 km cells, nearest first; stop once enough volunteers within their own reach are found.
  for (let r = 0; r <= Math.max(dLat, dLon); r++) {
    for (let i = -Math.min(r, dLat); i <= Math.min(r, dLat); i++)
      for (let j = -Math.min(r, dLon); j <= Math.min(r, dLon); j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== r) continue;
        const list = b.volunteers.get(`${cLat + i}:${cLon + j}`);
        if (!list) continue;
        for (const v of list) {
          // A quick flat-earth distance: only volunteers who would travel this far (with 20% slack).
          const dy = (v.c.point!.lat - point.lat) * 111_320;
          const dx = (v.c.point!.lon - point.lon) * 111_320 * cosLat;
          const reach = v.c.radiusKm * 1200;
          if (dx * dx + dy * dy <= reach * reach) out.push(v);
        }
      }
    if (r >= 1 && out.length >= enough) break;
  }
  return out;
}

/** Whether the neighbourhood has a group activity, or an open volunteer, for a need. */
export const hasCollective = (index: CandidateIndex, need: NeedKey) =>
  activitiesFor(index, need).some((a) => !a.c.professional);
export const hasInformal = (index: CandidateIndex, need: NeedKey) =>
  (index.byNeed.get(need)?.openVolunteers ?? 0) > 0 ||
  activitiesFor(index, need).some((a) => a.onDemand && !a.c.professional);

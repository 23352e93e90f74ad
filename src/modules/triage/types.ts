// The shapes triage works on: a request, the candidates of the neighbourhood, and the answer of CONTRACT.md.
// Pure data: the engine in this folder has no I/O, so the CLI, the API and the pages share one code path.
import type { NeedKey } from '../../kernel/taxonomy/needs.js';
import type { Point } from '../../kernel/geo/index.js';
import type { Moment, Schedule, ScheduleException } from '../../kernel/time/index.js';

export type { Moment, Point };

export type Route = 'collectief' | 'informeel' | 'professioneel' | 'spoed';

export type TriageRequest = {
  id: string;
  tekst: string;
  /** Where the request is about, from its postcode centroid; absent when unknown. */
  point?: Point;
  /** Moments the asker named in a form field (the text is also read for moments). */
  moments?: Moment[];
  /** Language the asker prefers (ISO 639-1), when known. */
  language?: string;
};

export type ActivityCandidate = {
  type: 'activiteit';
  /** External id from the imported file (CONTRACT.md), returned in suggestions. */
  id: string;
  soort: 'activiteit' | 'voorziening' | 'initiatief' | 'dienst';
  name: string;
  description: string;
  needKeys: string[];
  professional: boolean;
  point?: Point;
  schedule: Schedule;
  exceptions: ScheduleException[];
  targetGroup: string;
  languages: string[];
  wheelchairAccessible: boolean;
  isFree: boolean;
  /** False when not confirmed for NABIJ_HIDDEN_MONTHS: such entries are never proposed. */
  current: boolean;
};

export type VolunteerCandidate = {
  type: 'vrijwilliger';
  id: string;
  firstName: string;
  point?: Point;
  /** Need keys they offer (biedt). */
  offers: string[];
  roles: string[];
  /** Moments they are available; a whole day counts for all its parts. */
  availability: Moment[];
  radiusKm: number;
  maxMatches: number;
  activeMatches: number;
  /** Holds a VOG that is valid today. */
  vogValid: boolean;
  languages: string[];
  description: string;
  /** Self-declared: 'v' woman, 'm' man, 'x' other or rather not say. Absent when never asked (an imported list). */
  gender?: 'v' | 'm' | 'x';
};

export type Candidate = ActivityCandidate | VolunteerCandidate;

export type Suggestion = {
  id: string;
  /** 'activiteit' | 'voorziening' | 'initiatief' | 'dienst' | 'vrijwilliger' */
  soort: string;
  score: number;
  /** Plain Dutch sentences; every point of the score has one. */
  redenen: string[];
};

export type TriageAnswer = {
  id: string;
  route: Route;
  behoeften: NeedKey[];
  suggesties: Suggestion[];
  /** Why this route, in plain Dutch: for the team member who decides. */
  uitleg: string[];
  /** The same explanation in English, line for line; empty when triage ran on the rules alone. */
  uitlegEn: string[];
  /** Words in the text that made triage think of danger; empty when none. */
  signalen: string[];
  /** The model version that made this answer ("regels" for the rules alone). */
  model: string;
};

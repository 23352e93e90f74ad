// Triage, the front door: read a help request's text, detect danger, and rank the neighbourhood's candidates.
// Pure and without I/O; the modules that own candidates (socialbase, volunteers) hand them in.
import type { ModuleDescription } from '../../kernel/modules.js';

export { analyse, type TextAnalysis } from './analyse.js';
export { type DangerCheck, detectDanger } from './danger.js';
export { type CandidateIndex, type TriageOptions, buildCandidateIndex, triage, triageWithIndex } from './engine.js';
export { formatFigures, evaluateModel, evaluateRules, type Figures } from './model/evaluate.js';
export { type LabelledText, type TriageModel } from './model/model.js';
export { baseModel, baseModelFile, serialiseModel } from './model/store.js';
export { trainFromCorpus, type TrainingReport } from './model/training.js';
export type {
  ActivityCandidate,
  Candidate,
  Route,
  Suggestion,
  TriageAnswer,
  TriageRequest,
  VolunteerCandidate,
} from './types.js';

/** Triage brings no tables or pages of its own yet: requests and signals call it. */
export const triageModule: ModuleDescription = { name: 'triage' };

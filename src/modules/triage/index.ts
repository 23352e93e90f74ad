// Triage, the front door: read a help request's text, detect danger, and rank the neighbourhood's candidates.
// Pure and without I/O; the modules that own candidates (socialbase, volunteers) hand them in.
import { lazyRoutes, type ModuleDescription } from '../../kernel/modules.js';
import * as triageLearning0021 from './migrations/0021_triage_learning.js';
import { triagePolicy } from './policy.js';

export { analyse, type TextAnalysis } from './analyse.js';
export { warmUpLexicon } from './lexicon.js';
export { type DangerCheck, detectDanger } from './danger.js';
export { type CandidateIndex, type TriageOptions, buildCandidateIndex, triage, triageWithIndex } from './engine.js';
export { formatFigures, evaluateModel, evaluateRules, type Figures } from './model/evaluate.js';
export { type LabelledText, type TriageModel } from './model/model.js';
export { baseModel, baseModelFile, serialiseModel } from './model/store.js';
export {
  type CorrectionInput,
  type CorrectionRow,
  type ModelRow,
  listModels,
  modelFor,
  readCorrections,
  recordCorrection,
  rollBackModel,
  trainMunicipalityModel,
  useModelVersion,
} from './learning.js';
export { trainFromCorpus, type TrainingReport } from './model/training.js';
export { forgetCorrectionsOf } from './queries.js';
export type {
  ActivityCandidate,
  Candidate,
  Route,
  Suggestion,
  TriageAnswer,
  TriageRequest,
  VolunteerCandidate,
} from './types.js';

/**
 * The engine is pure; around it, triage keeps the team's corrections and each municipality's own models, and
 * gives the functional administrator a page to review them and roll a model back.
 */
export const triageModule: ModuleDescription = {
  name: 'triage',
  migrations: { '0021_triage_learning': triageLearning0021 },
  routes: [lazyRoutes(async () => (await import('./routes.js')).triageReviewRoutes)],
  policy: triagePolicy,
};

// Casework, the front door: a help request becomes a case with one owner, a timeline of notes (data category
// 'dossier'), hand-over with a reason, closing with an outcome, and the municipality's terms for first contact and
// the plan; the conversation about self-reliance (assessments with an instrument kept as data, progress per
// domain). The later parts of issue 12 (plan, regisseur, consent, retention) hang off a case.
import { lazyRoutes, type ModuleDescription } from '../../kernel/modules.js';
import * as casework0037 from './migrations/0037_casework.js';
import * as assessment0038 from './migrations/0038_assessment.js';
import * as regie0041 from './migrations/0041_regie.js';
import { casePolicy } from './policy.js';
import { escalateReferrals } from './commands/escalate.js';

export { saveAssessment } from './commands/assessment.js';
export { caseKeys, type CaseKeys } from './commands/case-access.js';
export { openCase } from './commands/open-case.js';
export { readSharedDossier } from './commands/shared-dossier.js';
export { type SharedDossier, SharedDossierSection } from './pages/shared-dossier.js';
export type {} from './slots.js';
export type {} from '../portal/index.js';
export { addNote, closeCase, handOver, recordFirstContact, reopenCase } from './commands/case-steps.js';
export { type CaseTerms, defaultTerms } from './deadlines.js';
export {
  type CaseRetentionFacts,
  caseRetentionFacts,
  currentInstrument,
  hasCases,
  listAssessments,
  listInstruments,
  openCaseOfAsker,
  openCaseOfRequests,
  recordPlanSet,
  saveTerms,
} from './queries.js';
export type { Instrument } from './instruments.js';
export {
  chooseProvider,
  decideKnot,
  type ProviderChoice,
  recordReferral,
  setReferralDeadline,
  setReferralStatus,
  setRegisseur,
} from './commands/regie.js';
export { escalateReferrals } from './commands/escalate.js';
export type { ReferralStatus } from './schema.js';
export { findReferral, type ReferralView } from './queries/regie.js';

export const caseworkModule: ModuleDescription = {
  name: 'casework',
  migrations: { '0037_casework': casework0037, '0038_assessment': assessment0038, '0041_regie': regie0041 },
  routes: [
    lazyRoutes(async () => (await import('./routes.js')).caseRoutes),
    lazyRoutes(async () => (await import('./api.js')).caseApiRoutes),
    lazyRoutes(async () => (await import('./regie-routes.js')).regieRoutes),
  ],
  jobs: [
    {
      name: 'escalatie',
      // Hourly, so a new day's steps go out in the morning; a step is taken once, however often it runs.
      everyMs: 3600_000,
      run: (ctx) => escalateReferrals({ db: ctx.database.db, mailer: ctx.mailer }),
      summary: (n) => `${n} escalatie-e-mails over verwijzingen verstuurd`,
    },
  ],
  policy: casePolicy,
  sections: [
    {
      slot: 'hulpvraag-team',
      load: async (gated, context) => (await import('./routes.js')).requestCaseSection.load(gated, context),
    },
    {
      slot: 'mijn-start',
      load: async (gated, context) => (await import('./regie-routes.js')).residentRegieSection.load(gated, context),
    },
  ],
};

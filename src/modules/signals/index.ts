// Signals (issue 13), the front door: residents, volunteers, key persons and partners tell the team what they see,
// about a person or about the neighbourhood; the team goes out (erop af); the reporter hears it was picked up,
// without anyone's private story; neighbourhood themes become visible and can go to the neighbourhood agenda.
import { lazyRoutes, type ModuleDescription } from '../../kernel/modules.js';
import * as signals0045 from './migrations/0045_signals.js';
import { signalJobs } from './jobs.js';
import { signalsPolicy } from './policy.js';

export {
  categoryOf,
  findSignal,
  moveSignal,
  REPORTER_PURPOSE,
  type SignalContext,
  signalAccess,
  type Step,
  StepNotAllowedError,
  TEAM_PURPOSE,
} from './commands/move.js';
export { giveFeedback } from './commands/feedback.js';
export { dangerIn, REPORT_PURPOSE, type SignalInput, submitSignal, type SubmittedSignal } from './commands/submit.js';
export { areasByName, hasSignals } from './queries/core.js';
// The team's side: outreach, passing on with consent, the daily summary, retention of unfounded signals.
export { forwardAsHelpRequest, type HelpRequestFromSignal } from './commands/forward.js';
export { recordVisit, setOwner, tellPerson } from './commands/outreach.js';
export { deleteUnfoundedSignals } from './commands/retention.js';
export { sendSignalDigests, signalJobs } from './jobs.js';
export { nextStatuses, signalStatuses, signalTransitions, type SignalStatus, transitionFor } from './states.js';
// Neighbourhood themes: what the neighbourhood agenda (issue 14) calls to take waiting themes over.
export { markThemeOnAgenda, openThemeExport, putThemeOnAgenda, themesReadyForAgenda } from './commands/themes.js';
export { suppressGroup } from './suppression.js';

export const signalsModule: ModuleDescription = {
  name: 'signals',
  migrations: { '0045_signals': signals0045 },
  routes: [
    lazyRoutes(async () => (await import('./routes/report.js')).signalReportRoutes),
    lazyRoutes(async () => (await import('./routes/team.js')).signalTeamRoutes),
    lazyRoutes(async () => (await import('./routes/themes.js')).signalThemeRoutes),
  ],
  jobs: signalJobs,
  policy: signalsPolicy,
};

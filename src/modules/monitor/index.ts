// The monitor (issue 14), the front door: figures per wijk and per month or quarter for the Wmo council, the
// klankbordgroep, the team and the municipality (satisfaction, self-reliance, taking part, less specialist care,
// problems solved, initiatives), each with its definition, small numbers suppressed on every way out.
import { lazyRoutes, type ModuleDescription } from '../../kernel/modules.js';
import { monitorJobs } from './jobs.js';
import * as monitor0047 from './migrations/0047_monitor.js';

export { type Figure, figureByKey, figureGroups, figures, groupWords } from './figures.js';
export { monitorSettings, storedValues } from './queries/values.js';
export { saveMonitorSettings } from './queries/pages.js';
export { satisfactionQuestions, satisfactionScale } from './satisfaction.js';
export { hiddenWords, SMALLEST_SHOWN, showFigure } from './suppression.js';
// C1: computing the figures (the refresh and its nightly job) and the satisfaction questions.
export { refreshAllMonitors, monitorJobs } from './jobs.js';
export { refreshMonitor, type RefreshResult, refreshStatements, refreshWindow } from './queries/refresh.js';
export { saveSurveyAnswers, sendSatisfactionInvitations, SURVEY_PURPOSE } from './queries/survey.js';

export const monitorModule: ModuleDescription = {
  name: 'monitor',
  migrations: { '0047_monitor': monitor0047 },
  routes: [
    lazyRoutes(async () => (await import('./routes/pages.js')).monitorPageRoutes),
    lazyRoutes(async () => (await import('./routes/survey.js')).satisfactionRoutes),
    lazyRoutes(async () => (await import('./routes/postcodes.js')).postcodeRoutes),
  ],
  // C1: the nightly refresh and the satisfaction invitations, and the purpose the invitations read addresses for.
  jobs: monitorJobs,
  policy: {
    rules: [],
    purposeWords: {
      tevredenheid_vragen: [
        'om je na de hulp te vragen hoe het ging (anoniem)',
        'to ask you after the help how it went (anonymously)',
      ],
    },
  },
};

// Help requests (hulpvragen), the front door: the form for a resident, a neighbour or the team on the phone,
// triage with the neighbourhood's candidates, the team's queue, matches with a yes from both sides, follow-up.
import { lazyRoutes, type ModuleDescription } from '../../kernel/modules.js';
import { sendFollowUps } from './commands/send-follow-ups.js';
import * as requests0006 from './migrations/0006_requests.js';
import * as requestSharing0008 from './migrations/0008_request_sharing.js';
import * as requestsShardKeys0014 from './migrations/0014_shard_keys.js';
import * as buddyArranged0019 from './migrations/0019_buddy_arranged.js';
import { requestPolicy } from './policy.js';
import { forgetCandidates } from './triage-service.js';

export { loadMatchableVolunteers } from './candidates.js';
export { closeRequestForCase } from './commands/close-for-case.js';
export { proposeMatch } from './commands/propose-match.js';
export { sendFollowUps } from './commands/send-follow-ups.js';
export { newReference, submitHelpRequest } from './commands/submit-help-request.js';
export {
  findRequestSummaries,
  findRequestSummary,
  hasHelpRequests,
  insertHelpRequest,
  listOwnRequests,
  listRequestsOfAsker,
  requestForLetter,
  listRequestSummaries,
  type RequestSummary,
  requestOwner,
} from './queries/requests.js';
export { deleteHelpRequest, type RequestRetentionFacts, requestRetentionFacts } from './queries/retention.js';
export { routeLabel, routes } from './pages/team-labels.js';
export { waitingLabel } from './pages/team-queue.js';
export type {} from './slots.js';
export { defaultShareChoice, shareEverything } from './sharing.js';
export { candidateIndex, forgetCandidates, type TriageInput, triageMany } from './triage-service.js';

export const requestsModule: ModuleDescription = {
  name: 'requests',
  migrations: {
    '0006_requests': requests0006,
    '0008_request_sharing': requestSharing0008,
    '0014_shard_keys': requestsShardKeys0014,
    '0019_buddy_arranged': buddyArranged0019,
  },
  // Loaded when the app starts, so a command such as `nabij triage` does not load the pages.
  routes: [
    lazyRoutes(async () => (await import('./routes/ask.js')).askRoutes),
    lazyRoutes(async () => (await import('./routes/status.js')).statusRoutes),
    lazyRoutes(async () => (await import('./routes/api.js')).triageApiRoutes),
    lazyRoutes(async () => (await import('./routes/team.js')).teamRequestRoutes),
    lazyRoutes(async () => (await import('./routes/match.js')).matchRoutes),
    lazyRoutes(async () => (await import('./routes/phone.js')).phoneAnswerRoutes),
    lazyRoutes(async () => (await import('./routes/volunteer.js')).volunteerMatchRoutes),
  ],
  jobs: [
    {
      name: 'hoe-gaat-het',
      everyMs: 3600_000,
      run: (ctx) => sendFollowUps(ctx),
      summary: (n) => `${n} "Hoe gaat het?"-e-mails verstuurd`,
    },
  ],
  policy: requestPolicy,
  sections: [
    {
      slot: 'mijn-vrijwilliger',
      load: async (gated, context) =>
        (await import('./routes/volunteer.js')).volunteerMatchSection.load(gated, context),
    },
  ],
  // A changed volunteer or social base entry changes what triage may propose: load the candidates again.
  subscriptions: {
    'vrijwilligers.gewijzigd': ({ tenantId }) => forgetCandidates(tenantId),
    'sociale-basis.gewijzigd': ({ tenantId }) => forgetCandidates(tenantId),
  },
};

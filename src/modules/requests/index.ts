// Help requests (hulpvragen), the front door: the form for a resident, a neighbour or the team on the phone,
// triage with the neighbourhood's candidates, the team's queue, matches with a yes from both sides, follow-up.
import type { ModuleDescription } from '../../kernel/modules.js';
import { triageApiRoutes } from './api-routes.js';
import { askRoutes } from './ask-routes.js';
import { matchRoutes } from './match-routes.js';
import { sendFollowUps } from './matching.js';
import * as requests0006 from './migrations/0006_requests.js';
import * as requestSharing0008 from './migrations/0008_request_sharing.js';
import * as requestsShardKeys0014 from './migrations/0014_shard_keys.js';
import { phoneAnswerRoutes } from './phone-answer-routes.js';
import { requestPolicy } from './policy.js';
import { teamRequestRoutes } from './team-routes.js';
import { forgetCandidates } from './triage-service.js';
import { volunteerMatchRoutes, volunteerMatchSection } from './volunteer-match-routes.js';

export { loadMatchableVolunteers } from './candidates.js';
export { proposeMatch, sendFollowUps } from './matching.js';
export { insertHelpRequest, listOwnRequests } from './queries.js';
export { defaultShareChoice } from './sharing.js';
export { newReference } from './submit.js';
export { candidateIndex, forgetCandidates, type TriageInput, triageMany } from './triage-service.js';

export const requestsModule: ModuleDescription = {
  name: 'requests',
  migrations: {
    '0006_requests': requests0006,
    '0008_request_sharing': requestSharing0008,
    '0014_shard_keys': requestsShardKeys0014,
  },
  routes: [askRoutes, triageApiRoutes, teamRequestRoutes, matchRoutes, phoneAnswerRoutes, volunteerMatchRoutes],
  jobs: [
    {
      name: 'hoe-gaat-het',
      everyMs: 3600_000,
      run: (ctx) => sendFollowUps(ctx),
      summary: (n) => `${n} "Hoe gaat het?"-e-mails`,
    },
  ],
  policy: requestPolicy,
  sections: [volunteerMatchSection],
  // A volunteer's changed offer or load changes what triage may propose: load the candidates again.
  subscriptions: { 'vrijwilligers.gewijzigd': ({ tenantId }) => forgetCandidates(tenantId) },
};

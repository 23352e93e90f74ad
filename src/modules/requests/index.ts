// Help requests (hulpvragen), the front door: the form for a resident, a neighbour or the team on the phone,
// triage with the neighbourhood's candidates, the team's queue, matches with a yes from both sides, follow-up.
import type { ModuleDescription } from '../../kernel/modules.js';
import { sendFollowUps } from './commands/send-follow-ups.js';
import * as requests0006 from './migrations/0006_requests.js';
import * as requestSharing0008 from './migrations/0008_request_sharing.js';
import * as requestsShardKeys0014 from './migrations/0014_shard_keys.js';
import { requestPolicy } from './policy.js';
import { triageApiRoutes } from './routes/api.js';
import { askRoutes } from './routes/ask.js';
import { matchRoutes } from './routes/match.js';
import { phoneAnswerRoutes } from './routes/phone.js';
import { statusRoutes } from './routes/status.js';
import { teamRequestRoutes } from './routes/team.js';
import { volunteerMatchRoutes, volunteerMatchSection } from './routes/volunteer.js';
import { forgetCandidates } from './triage-service.js';

export { loadMatchableVolunteers } from './candidates.js';
export { proposeMatch } from './commands/propose-match.js';
export { sendFollowUps } from './commands/send-follow-ups.js';
export { newReference } from './commands/submit-help-request.js';
export { insertHelpRequest, listOwnRequests } from './queries/requests.js';
export { defaultShareChoice } from './sharing.js';
export { candidateIndex, forgetCandidates, type TriageInput, triageMany } from './triage-service.js';

export const requestsModule: ModuleDescription = {
  name: 'requests',
  migrations: {
    '0006_requests': requests0006,
    '0008_request_sharing': requestSharing0008,
    '0014_shard_keys': requestsShardKeys0014,
  },
  routes: [
    askRoutes,
    statusRoutes,
    triageApiRoutes,
    teamRequestRoutes,
    matchRoutes,
    phoneAnswerRoutes,
    volunteerMatchRoutes,
  ],
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

// Independent client support (issue 12, deliver 6), the front door: the resident invites a cliëntondersteuner by a
// link and chooses what to share (each part a consent the gate asks); the supporter sees only that; complaints and
// objections, filed by the resident or with the supporter, and handled by the team step by step.
import { lazyRoutes, type ModuleDescription } from '../../kernel/modules.js';
import * as support0044 from './migrations/0044_client_support.js';
import { supportPolicy } from './policy.js';

export { acceptInvitation, linkSupporter, openInvitation } from './commands/accept.js';
export { fileComplaint, handleComplaint } from './commands/complaints.js';
export { createInvitation, inviteSupporter } from './commands/invite.js';
export { hasInvitations } from './queries.js';
export { stopSupport } from './commands/stop.js';

export const supportModule: ModuleDescription = {
  name: 'support',
  migrations: { '0044_client_support': support0044 },
  routes: [lazyRoutes(async () => (await import('./routes.js')).supportRoutes)],
  policy: supportPolicy,
};

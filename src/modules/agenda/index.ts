// Residents at the helm (issue 14), the front door: the neighbourhood agenda (wijkagenda) where residents propose
// and support priorities and the team answers each within a term; the team's public account (verantwoording) of
// what became of them; and the sounding board (klankbordgroep) per wijk, drawn by lot where the municipality wants.
import { lazyRoutes, type ModuleDescription } from '../../kernel/modules.js';
import * as agenda0046 from './migrations/0046_agenda.js';
import { agendaPolicy } from './policy.js';

export { agendaParticipantRoles, agendaTeamRoles, boardRoles } from './policy.js';
export { awaitsAnswer, proposalTransitions, resultTransitions } from './states.js';
// Part A, proposals: proposing, supporting, the team's answers, themes from signals (for the demo and the CLI).
export {
  type AgendaContext,
  AlreadySupportedError,
  isOverdue,
  moveProposal,
  type ProposalInput,
  submitProposal,
  supportProposal,
  withdrawSupport,
} from './commands/proposals.js';
export { proposalFromTheme, proposalsFromThemes } from './commands/themes.js';
export { answerTermDays, saveAnswerTermDays } from './queries/proposals.js';

export const agendaModule: ModuleDescription = {
  name: 'agenda',
  migrations: { '0046_agenda': agenda0046 },
  routes: [
    lazyRoutes(async () => (await import('./routes/proposals.js')).agendaProposalRoutes),
    lazyRoutes(async () => (await import('./routes/account.js')).agendaAccountRoutes),
    lazyRoutes(async () => (await import('./routes/board.js')).soundingBoardRoutes),
  ],
  policy: agendaPolicy,
};

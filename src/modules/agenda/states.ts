// The life of a proposal on the neighbourhood agenda as data: one table decides which steps are allowed, and the
// command that moves a proposal (commands/proposals.ts) refuses any other. docs/agenda.md draws it.
import type { ProposalStatus, ResultStatus } from './schema.js';

export { proposalStatuses, type ProposalStatus } from './schema.js';

/**
 * What a step needs: a discussion's summary ('verslag'), the team's answer with its text ('antwoord'; 'niet_nu'
 * needs a reason), a reason to hide or to reopen ('reden').
 */
export type ProposalStepNeeds = 'verslag' | 'antwoord' | 'reden';

export type ProposalTransition = { from: ProposalStatus; to: ProposalStatus; needs: ProposalStepNeeds };

export const proposalTransitions: readonly ProposalTransition[] = [
  // The klankbordgroep or the team talked about it (more than once is fine: it stays 'besproken').
  { from: 'ingediend', to: 'besproken', needs: 'verslag' },
  { from: 'besproken', to: 'besproken', needs: 'verslag' },
  // The team answers: aangenomen, niet nu (with a reason) or al bezig, within the municipality's term.
  { from: 'ingediend', to: 'beantwoord', needs: 'antwoord' },
  { from: 'besproken', to: 'beantwoord', needs: 'antwoord' },
  // An answer can be reconsidered ("niet nu" can become "aangenomen" next year): back to besproken with a reason.
  { from: 'beantwoord', to: 'besproken', needs: 'reden' },
  // A proposal that names a person or is abusive is hidden from the public with a reason, and can come back.
  { from: 'ingediend', to: 'verborgen', needs: 'reden' },
  { from: 'besproken', to: 'verborgen', needs: 'reden' },
  { from: 'verborgen', to: 'ingediend', needs: 'reden' },
];

export function proposalTransitionFor(from: ProposalStatus, to: ProposalStatus): ProposalTransition | undefined {
  return proposalTransitions.find((t) => t.from === from && t.to === to);
}

export const nextProposalStatuses = (from: ProposalStatus): ProposalStatus[] =>
  proposalTransitions.filter((t) => t.from === from).map((t) => t.to);

/** Waiting for the team's answer: flagged on every page once past answer_due_at. */
export const awaitsAnswer = (status: ProposalStatus): boolean => status === 'ingediend' || status === 'besproken';

/** The steps of a result; 'klaar' and 'gestopt' can be taken back when work starts again. */
export const resultTransitions: readonly { from: ResultStatus; to: ResultStatus }[] = [
  { from: 'gepland', to: 'bezig' },
  { from: 'gepland', to: 'gestopt' },
  { from: 'bezig', to: 'klaar' },
  { from: 'bezig', to: 'gestopt' },
  { from: 'klaar', to: 'bezig' },
  { from: 'gestopt', to: 'bezig' },
];

export const resultStepAllowed = (from: ResultStatus, to: ResultStatus): boolean =>
  from === to || resultTransitions.some((t) => t.from === from && t.to === to);

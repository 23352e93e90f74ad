// The life of a signal as data: every step a signal may take, who may take it and what the step needs. Like
// Signalen's table of allowed transitions, one table decides; commands/move.ts refuses any step not in it.
// docs/signals.md draws it.
import type { SignalKind, SignalStatus } from './schema.js';

export { signalStatuses, type SignalStatus } from './schema.js';

/** Who takes a step: someone of the team, the reporter (only reopening, by answering "nee"), or Nabij itself. */
export type StepTaker = 'team' | 'melder' | 'systeem';

/**
 * What a step needs besides its reason: the visit's result ('erop_af_geweest'), where it went ('doorgezet'), how it
 * ended ('afgesloten'). The command checks these are there.
 */
export type StepNeeds = 'reden' | 'bezoekresultaat' | 'doorzetting' | 'uitkomst';

export type Transition = {
  from: SignalStatus;
  to: SignalStatus;
  /** The kinds of signal that may take it: only a worry about a person is visited. */
  kinds: readonly SignalKind[];
  by: readonly StepTaker[];
  needs: StepNeeds;
};

const both: readonly SignalKind[] = ['persoon', 'buurt'];

export const signalTransitions: readonly Transition[] = [
  // Picked up: someone of the team takes it on.
  { from: 'gemeld', to: 'in_behandeling', kinds: both, by: ['team'], needs: 'reden' },
  // A neighbourhood theme can go to the agenda at once; a double or unfounded report is closed at once.
  { from: 'gemeld', to: 'doorgezet', kinds: ['buurt'], by: ['team'], needs: 'doorzetting' },
  { from: 'gemeld', to: 'afgesloten', kinds: both, by: ['team'], needs: 'uitkomst' },
  // The team goes out (erop af) and writes down what happened.
  { from: 'in_behandeling', to: 'erop_af_geweest', kinds: ['persoon'], by: ['team'], needs: 'bezoekresultaat' },
  { from: 'in_behandeling', to: 'doorgezet', kinds: both, by: ['team'], needs: 'doorzetting' },
  { from: 'in_behandeling', to: 'afgesloten', kinds: both, by: ['team'], needs: 'uitkomst' },
  // After a visit: passed on (the person wants help), closed (they do not, or nothing was the matter), or again.
  { from: 'erop_af_geweest', to: 'doorgezet', kinds: ['persoon'], by: ['team'], needs: 'doorzetting' },
  { from: 'erop_af_geweest', to: 'afgesloten', kinds: ['persoon'], by: ['team'], needs: 'uitkomst' },
  { from: 'erop_af_geweest', to: 'in_behandeling', kinds: ['persoon'], by: ['team'], needs: 'reden' },
  { from: 'doorgezet', to: 'afgesloten', kinds: both, by: ['team'], needs: 'uitkomst' },
  // Reopened: by the team with a reason, or by the reporter's "nee" to the feedback question.
  { from: 'afgesloten', to: 'in_behandeling', kinds: both, by: ['team', 'melder'], needs: 'reden' },
  { from: 'doorgezet', to: 'in_behandeling', kinds: both, by: ['team', 'melder'], needs: 'reden' },
];

/** The step from one state to another for this kind of signal and this taker, or undefined when it is not allowed. */
export function transitionFor(
  kind: SignalKind,
  from: SignalStatus,
  to: SignalStatus,
  by: StepTaker,
): Transition | undefined {
  return signalTransitions.find((t) => t.from === from && t.to === to && t.kinds.includes(kind) && t.by.includes(by));
}

/** The states a signal can move to next, for the team's buttons. */
export const nextStatuses = (kind: SignalKind, from: SignalStatus, by: StepTaker = 'team'): SignalStatus[] =>
  signalTransitions.filter((t) => t.from === from && t.kinds.includes(kind) && t.by.includes(by)).map((t) => t.to);

/** Still the team's work: every state but closed. */
export const isOpen = (status: SignalStatus): boolean => status !== 'afgesloten';

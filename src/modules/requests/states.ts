// The lives of a help request and of a match, as explicit state machines: states and allowed transitions in one
// table each.
export const requestTransitions = {
  nieuw: ['in_behandeling', 'afgesloten'],
  in_behandeling: ['gekoppeld', 'afgesloten'],
  gekoppeld: ['in_behandeling', 'afgesloten'],
  afgesloten: [],
} as const satisfies Record<string, readonly string[]>;
export type RequestState = keyof typeof requestTransitions;

export const matchTransitions = {
  /** The team proposed it; waiting for the volunteer (or, for an activity, for the asker). */
  voorgesteld: ['vrijwilliger_akkoord', 'vrijwilliger_weigert', 'actief', 'aanvrager_weigert'],
  vrijwilliger_akkoord: ['actief', 'aanvrager_weigert'],
  vrijwilliger_weigert: [],
  aanvrager_weigert: [],
  /** Both said yes; after two weeks Nabij asks "Hoe gaat het?". */
  actief: ['opvolging', 'afgesloten'],
  opvolging: ['afgesloten'],
  afgesloten: [],
} as const satisfies Record<string, readonly string[]>;
export type MatchState = keyof typeof matchTransitions;

export const outcomes = ['collectief_opgelost', 'informeel_opgelost', 'doorverwezen', 'niet_opgelost'] as const;
export type Outcome = (typeof outcomes)[number];

export function canMoveRequest(from: RequestState, to: RequestState): boolean {
  return (requestTransitions[from] as readonly string[]).includes(to);
}

export function canMoveMatch(from: MatchState, to: MatchState): boolean {
  return (matchTransitions[from] as readonly string[]).includes(to);
}

/** States in which a volunteer counts as busy with this match. */
export const busyMatchStates: readonly MatchState[] = ['voorgesteld', 'vrijwilliger_akkoord', 'actief', 'opvolging'];

// The life of a case as an explicit state machine, the outcomes a case closes with, and the kinds of timeline entries.
export const caseTransitions = {
  open: ['gesloten'],
  /** Reopened with a reason, when it turns out the help is needed after all. */
  gesloten: ['open'],
} as const satisfies Record<string, readonly string[]>;
export type CaseStatus = keyof typeof caseTransitions;

export const canMoveCase = (from: CaseStatus, to: CaseStatus): boolean =>
  (caseTransitions[from] as readonly string[]).includes(to);

/** How a case ends: with a match, or without one for one of these reasons. 'anders' needs a note. */
export const caseOutcomes = [
  'met_koppeling',
  'opgelost_zonder_hulp',
  'doorverwezen',
  'wil_geen_hulp_meer',
  'geen_contact',
  'verhuisd',
  'anders',
] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];

export const caseEventKinds = [
  'geopend',
  'notitie',
  'overgedragen',
  'eerste_contact',
  'gesloten',
  'heropend',
  /** The resident's plan was set (the plans module records it): the plan term stops here. */
  'plan_vastgesteld',
  // The regisseur and the referrals (docs/regie.md).
  'regisseur_gekozen',
  'knoop_doorgehakt',
  'verwijzing',
  'verwijzing_termijn',
  'verwijzing_gestart',
  'verwijzing_gestopt',
  'escalatie',
] as const;
export type CaseEventKind = (typeof caseEventKinds)[number];

// Table types of signals, and the words the module's data is made of: kinds, concerns and themes, urgencies,
// visit results, where a signal is passed on to, and how it is closed.
import type { ColumnType, Generated } from 'kysely';

/** The states of a signal; the steps between them are the table in states.ts. */
export const signalStatuses = ['gemeld', 'in_behandeling', 'erop_af_geweest', 'doorgezet', 'afgesloten'] as const;
export type SignalStatus = (typeof signalStatuses)[number];

export const signalKinds = ['persoon', 'buurt'] as const;
export type SignalKind = (typeof signalKinds)[number];

/** What a worry about a person is about; the concern sets the urgency (see terms.ts). */
export const personConcerns = [
  'oudere_alleen',
  'kind_gezin',
  'verwaarlozing',
  'geldzorgen',
  'psychisch',
  'anders',
] as const;
export type PersonConcern = (typeof personConcerns)[number];

/** What is going on in the neighbourhood: the themes signals are grouped by, and the neighbourhood agenda takes up. */
export const neighbourhoodThemes = [
  'eenzaamheid',
  'jongeren',
  'overlast',
  'armoede',
  'veiligheid',
  'woonomgeving',
  'ontmoeting',
  'anders',
] as const;
export type NeighbourhoodTheme = (typeof neighbourhoodThemes)[number];

export type SignalTopic = PersonConcern | NeighbourhoodTheme;

export const urgencies = ['spoed', 'hoog', 'normaal'] as const;
export type Urgency = (typeof urgencies)[number];

export const reporterRoles = ['bewoner', 'vrijwilliger', 'sleutelpersoon', 'partner'] as const;
export type ReporterRole = (typeof reporterRoles)[number];

export const personKnowsAnswers = ['ja', 'nee', 'weet_niet'] as const;
export type PersonKnows = (typeof personKnowsAnswers)[number];

export const visitResults = ['contact_gemaakt', 'geen_contact', 'wil_geen_hulp'] as const;
export type VisitResult = (typeof visitResults)[number];

export const forwardTargets = ['hulpvraag', 'casus', 'wijkagenda'] as const;
export type ForwardTarget = (typeof forwardTargets)[number];

/** How a signal ends. Only 'ongegrond' (nothing was the matter) falls under the short retention term. */
export const closingOutcomes = ['opgepakt', 'ongegrond', 'wil_geen_hulp', 'geen_contact', 'dubbel'] as const;
export type ClosingOutcome = (typeof closingOutcomes)[number];

export const termUnits = ['uren', 'werkdagen'] as const;
export type TermUnit = (typeof termUnits)[number];

export interface SignalTable {
  id: Generated<string>;
  tenant_id: string;
  /** SG-XXXXX: what the reporter and the team say on the phone. */
  reference: string;
  kind: SignalKind;
  topic: SignalTopic;
  urgency: Urgency;
  status: SignalStatus;
  what_seen: string;
  since_when: Generated<string>;
  what_would_help: Generated<string>;
  street: Generated<string>;
  postcode: string | null;
  neighbourhood_id: string | null;
  area_id: string | null;
  person_hint: Generated<string>;
  person_knows: PersonKnows | null;
  /** Why triage's danger detection (or the reporter) made it spoed; empty when it is not. */
  danger_reasons: ColumnType<string[], string | undefined, string>;
  reporter_user_id: string | null;
  reporter_role: ReporterRole;
  reporter_organisation: Generated<string>;
  reporter_name: Generated<string>;
  reporter_email: string | null;
  reporter_phone: Generated<string>;
  reporter_wants_mail: Generated<boolean>;
  status_token_hash: string;
  language: Generated<string>;
  owner_user_id: string | null;
  visit_result: VisitResult | null;
  visit_note: Generated<string>;
  visited_at: Date | null;
  forwarded_to: ForwardTarget | null;
  help_request_id: string | null;
  case_id: string | null;
  theme_id: string | null;
  subject_token_hash: string | null;
  subject_told_at: Date | null;
  closing_outcome: ClosingOutcome | null;
  feedback: 'ja' | 'nee' | null;
  feedback_note: Generated<string>;
  feedback_at: Date | null;
  due_at: Date;
  second_due_at: Date;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  closed_at: Date | null;
}

/** Who took a step: the team (with who), the reporter, or Nabij itself. */
export type EventActorKind = 'team' | 'melder' | 'systeem';

export const signalEventKinds = [
  'gemeld',
  'status',
  'eigenaar',
  'bezoek',
  'notitie',
  'terugkoppeling',
  'spoedmelding_mislukt',
  'statusmail',
] as const;
export type SignalEventKind = (typeof signalEventKinds)[number];

export interface SignalEventTable {
  id: Generated<string>;
  tenant_id: string;
  signal_id: string;
  at: Generated<Date>;
  actor_user_id: string | null;
  actor_kind: EventActorKind;
  kind: SignalEventKind;
  from_status: SignalStatus | null;
  to_status: SignalStatus | null;
  reason: Generated<string>;
  detail: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface SignalStatusTextTable {
  tenant_id: string;
  /** A state, or a visit result (the reporter hears "we zijn langs geweest" in words fit for it). */
  step: string;
  text: string;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface SignalTermTable {
  tenant_id: string;
  kind: SignalKind;
  urgency: Urgency;
  first_amount: number;
  first_unit: TermUnit;
  second_amount: number;
  second_unit: TermUnit;
}

export interface NeighbourhoodThemeTable {
  id: Generated<string>;
  tenant_id: string;
  topic: NeighbourhoodTheme;
  neighbourhood_id: string | null;
  area_id: string | null;
  title: string;
  summary: Generated<string>;
  signal_count: Generated<number>;
  status: 'klaar_voor_agenda' | 'op_agenda';
  agenda_item_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface SignalDigestTable {
  tenant_id: string;
  /** The Amsterdam date, yyyy-mm-dd. */
  day: string;
  overdue_count: number;
  sent_at: Generated<Date>;
}

export interface SignalTables {
  signals: SignalTable;
  signal_events: SignalEventTable;
  signal_status_texts: SignalStatusTextTable;
  signal_terms: SignalTermTable;
  neighbourhood_themes: NeighbourhoodThemeTable;
  signal_digests: SignalDigestTable;
}

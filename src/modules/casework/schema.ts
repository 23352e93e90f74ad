// Table types of cases, their timeline and the municipality's terms.
import type { ColumnType, Generated } from 'kysely';
import type { CaseEventKind, CaseOutcome, CaseStatus } from './states.js';

export interface CaseTable {
  id: Generated<string>;
  tenant_id: string;
  request_id: string;
  /** Exactly one owner: a wijkteamlid or regisseur of the same municipality. */
  owner_user_id: string;
  status: CaseStatus;
  opened_at: Generated<Date>;
  opened_by_user_id: string | null;
  /** When the team first spoke with the resident; the first-contact term stops here. */
  first_contact_at: Date | null;
  closed_at: Date | null;
  outcome: CaseOutcome | null;
  outcome_note: string | null;
  updated_at: Generated<Date>;
  /** Exactly one regisseur once set: a regisseur of the same municipality (docs/regie.md). */
  regisseur_user_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CaseEventTable {
  id: Generated<number>;
  tenant_id: string;
  case_id: string;
  at: Generated<Date>;
  actor_user_id: string | null;
  kind: CaseEventKind;
  /** The note, or the reason of a hand-over, closing or reopening. */
  text: string | null;
  /** The colleague a case was handed over to. */
  to_user_id: string | null;
  detail: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface CaseTermsTable {
  tenant_id: string;
  first_contact_working_days: number;
  plan_weeks: number;
  updated_at: Generated<Date>;
  /** Working days between step 1 of an escalation (the provider) and step 2 (the team manager). */
  escalation_working_days: Generated<number>;
  manager_name: ColumnType<string | null, string | null | undefined, string | null>;
  manager_email: ColumnType<string | null, string | null | undefined, string | null>;
}

export type ReferralStatus = 'open' | 'gestart' | 'gestopt';
export type ReferralChosenHow = 'bewoner_in_nabij' | 'in_gesprek' | 'telefonisch' | 'schriftelijk';

/** A referral (verwijzing): the provider the resident chose for a case, with the reason and the escalation. */
export interface ReferralTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  activity_id: string | null;
  organisation_id: string | null;
  /** The provider's name at the time of choice, or the free name of "een andere aanbieder". */
  provider_name: string;
  service_name: string | null;
  /** Whether the provider was one of the team's own organisations at the time of choice (for the monitoring). */
  own_organisation: boolean;
  reason: string;
  chosen_how: ReferralChosenHow;
  chosen_by_user_id: string | null;
  chosen_at: Generated<Date>;
  /** "Hulp gestart uiterlijk", set by the regisseur: ISO date. */
  start_by: ColumnType<string | null, string | null | undefined, string | null>;
  contact_email: string | null;
  status: ReferralStatus;
  started_at: Date | null;
  stopped_at: Date | null;
  escalation_step: Generated<number>;
  /** The Dutch day of the latest escalation step: ISO date. */
  escalated_on: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AssessmentInstrumentTable {
  id: Generated<string>;
  /** Null: shared by every municipality (the built-in one). Not `tenant_id`: a reference table, on every shard. */
  municipality_id: string | null;
  key: string;
  name: string;
  levels: ColumnType<unknown, string, string>;
  domains: ColumnType<unknown, string, string>;
  created_at: Generated<Date>;
}

export interface AssessmentSettingsTable {
  tenant_id: string;
  instrument_id: string;
  updated_at: Generated<Date>;
}

export interface AssessmentTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  instrument_id: string;
  held_at: Generated<Date>;
  filled_by_user_id: string;
}

export interface AssessmentAnswerTable {
  tenant_id: string;
  assessment_id: string;
  domain_key: string;
  /** 1–5, or null when the domain was not discussed. */
  level: number | null;
  self_text: string;
  network_text: string;
  professional_text: string;
  wants_to_talk: boolean;
}

export interface CaseworkTables {
  cases: CaseTable;
  case_events: CaseEventTable;
  case_terms: CaseTermsTable;
  referrals: ReferralTable;
  assessment_instruments: AssessmentInstrumentTable;
  assessment_settings: AssessmentSettingsTable;
  assessments: AssessmentTable;
  assessment_answers: AssessmentAnswerTable;
}

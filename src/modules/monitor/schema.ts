// Table types of the monitor.
import type { Generated } from 'kysely';

/** What a satisfaction invitation and its answers are about: a match, a closed case, a closed signal. */
export const satisfactionSubjects = ['koppeling', 'casus', 'signaal'] as const;
export type SatisfactionSubject = (typeof satisfactionSubjects)[number];

export const periodKinds = ['maand', 'kwartaal'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export interface AreaPostcodeTable {
  tenant_id: string;
  /** Four digits ("3581") or the whole postcode without space ("3581AB"). */
  postcode_prefix: string;
  area_id: string;
}

export interface SatisfactionInvitationTable {
  id: Generated<string>;
  tenant_id: string;
  about: SatisfactionSubject;
  source_id: string;
  neighbourhood_id: string | null;
  token_hash: string;
  language: Generated<string>;
  sent_at: Generated<Date>;
  answered_at: Date | null;
  expires_at: Date;
}

export interface SatisfactionAnswerTable {
  id: Generated<string>;
  tenant_id: string;
  about: SatisfactionSubject;
  neighbourhood_id: string | null;
  question_key: string;
  score: number | null;
  /** The first day of the month, yyyy-mm-01. */
  answered_month: string;
}

export interface MonitorValueTable {
  tenant_id: string;
  figure_key: string;
  period_kind: PeriodKind;
  /** The first day of the month or quarter, yyyy-mm-dd. */
  period_start: string;
  /** A neighbourhood id, 'gemeente' (the whole municipality) or 'onbekend' (not placed in a wijk). */
  wijk: string;
  n: string | number;
  value: string | number | null;
  computed_at: Generated<Date>;
}

export interface MonitorSettingsTable {
  tenant_id: string;
  published_through: string | null;
  publish_open_data: Generated<boolean>;
  refreshed_at: Date | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface MonitorTables {
  area_postcodes: AreaPostcodeTable;
  satisfaction_invitations: SatisfactionInvitationTable;
  satisfaction_answers: SatisfactionAnswerTable;
  monitor_values: MonitorValueTable;
  monitor_settings: MonitorSettingsTable;
}

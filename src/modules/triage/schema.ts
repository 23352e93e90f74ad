// Table types of triage's learning: the team's corrections and the municipality's own models.
import type { ColumnType, Generated } from 'kysely';

export interface TriageCorrectionTable {
  id: Generated<string>;
  tenant_id: string;
  help_request_id: string;
  /** The asker's account, when they have one: whose text this is, for the access log. */
  subject_user_id: string | null;
  text: string;
  proposed_route: string;
  proposed_needs: string[];
  route: string;
  needs: string[];
  reason: string;
  model_version: string;
  corrected_by_user_id: string | null;
  created_at: Generated<Date>;
}

export interface TriageModelTable {
  tenant_id: string;
  version: string;
  model: ColumnType<unknown, string, string>;
  figures: ColumnType<unknown, string | undefined, string>;
  corrections: Generated<number>;
  trained_at: Generated<Date>;
  active: Generated<boolean>;
}

export interface TriageTables {
  triage_corrections: TriageCorrectionTable;
  triage_models: TriageModelTable;
}

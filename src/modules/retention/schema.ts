// Table types of retention: the municipality's own terms and the counted record of each run. No personal data.
import type { ColumnType, Generated } from 'kysely';

export interface RetentionTermTable {
  tenant_id: string;
  category: string;
  months: number;
  updated_at: Generated<Date>;
}

export interface RetentionRunTable {
  id: Generated<number>;
  tenant_id: string;
  started_at: Date;
  finished_at: Generated<Date>;
  /** How many items were deleted, per category: `{ "dossier": 2, "hulpvraag_zonder_vervolg": 5 }`. */
  deleted: ColumnType<Record<string, number>, string, string>;
  total: number;
}

export interface RetentionTables {
  retention_terms: RetentionTermTable;
  retention_runs: RetentionRunTable;
}

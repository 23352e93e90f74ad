// Table type of the access log (NEN 7513 fields). Append-only: rows are inserted, never changed.
import type { ColumnType, Generated } from 'kysely';

export const accessActions = ['create', 'read', 'update', 'delete', 'search', 'export', 'print'] as const;
export type AccessAction = (typeof accessActions)[number];

export type AccessOutcome = 'toegestaan' | 'geweigerd';

export interface AccessLogTable {
  id: Generated<number>;
  tenant_id: string;
  at: Generated<Date>;
  /** null when Nabij itself acted (sign-in, a command-line job). */
  actor_user_id: string | null;
  actor_role: string;
  /** The API token an integration called with (actor_role is then `token:<name>`). */
  actor_token_id: ColumnType<string | null, string | null | undefined, never>;
  on_behalf_of_user_id: string | null;
  subject_user_id: string | null;
  /** The help request the row is about, so an asker without an account finds it through their status link. */
  subject_request_id: ColumnType<string | null, string | null | undefined, never>;
  category: string;
  action: AccessAction;
  outcome: AccessOutcome;
  purpose: string;
  /** Why a request was refused; never personal data. */
  refusal_reason: string | null;
  /** The row's place in its municipality's hash chain, the hash before it and its own: set by the database. */
  chain_seq: Generated<number>;
  prev_hash: Generated<string>;
  row_hash: Generated<string>;
}

/** The last place and hash of each municipality's chain, kept by the insert trigger. */
export interface AccessLogHeadTable {
  tenant_id: string;
  seq: number;
  hash: string;
}

export interface AccessTables {
  access_log: AccessLogTable;
  access_log_heads: AccessLogHeadTable;
}

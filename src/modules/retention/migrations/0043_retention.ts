// Retention terms (bewaartermijnen): a municipality's own term per data category, where it differs from the default
// in retention/terms.ts; and a counted record of each run of the daily job that deletes what is due. Neither holds
// personal data. Shard keys as decision 0009 says: tenant_id in every key.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE retention_terms (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      category text NOT NULL,
      months integer NOT NULL CHECK (months BETWEEN 1 AND 600),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, category)
    )`.execute(db);
  await sql`
    CREATE TABLE retention_runs (
      id bigserial NOT NULL,
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      started_at timestamptz NOT NULL,
      finished_at timestamptz NOT NULL DEFAULT now(),
      deleted jsonb NOT NULL DEFAULT '{}'::jsonb,
      total integer NOT NULL CHECK (total >= 0),
      PRIMARY KEY (id, tenant_id)
    )`.execute(db);
  await sql`CREATE INDEX retention_runs_recent ON retention_runs (tenant_id, finished_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE retention_runs`.execute(db);
  await sql`DROP TABLE retention_terms`.execute(db);
}

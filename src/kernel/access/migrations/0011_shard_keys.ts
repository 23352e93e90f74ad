// Shard key for the access log (docs/sharding.md): tenant_id joins the primary key. Changing a constraint is DDL, so
// the append-only triggers, which guard rows, do not fire.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE access_log DROP CONSTRAINT access_log_pkey`.execute(db);
  await sql`ALTER TABLE access_log ADD CONSTRAINT access_log_pkey PRIMARY KEY (id, tenant_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE access_log DROP CONSTRAINT access_log_pkey`.execute(db);
  await sql`ALTER TABLE access_log ADD CONSTRAINT access_log_pkey PRIMARY KEY (id)`.execute(db);
}

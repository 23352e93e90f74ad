// The access log, append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('access_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_user_id', 'uuid')
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('on_behalf_of_user_id', 'uuid')
    .addColumn('subject_user_id', 'uuid')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) =>
      c.notNull().check(sql`action IN ('create','read','update','delete','search','export','print')`),
    )
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome IN ('toegestaan','geweigerd')`))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('refusal_reason', 'text')
    .execute();
  await db.schema
    .createIndex('access_log_subject')
    .on('access_log')
    .columns(['tenant_id', 'subject_user_id', 'at'])
    .execute();

  await sql`
    CREATE FUNCTION access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'access_log is append-only: % is not allowed', TG_OP;
    END;
    $$`.execute(db);
  await sql`
    CREATE TRIGGER access_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only()`.execute(db);
  await sql`
    CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('access_log').execute();
  await sql`DROP FUNCTION access_log_is_append_only()`.execute(db);
}

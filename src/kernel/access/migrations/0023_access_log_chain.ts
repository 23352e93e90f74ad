// A hash chain over the access log, per municipality: each row carries its place in the chain, the hash of the row
// before it and its own hash over both, set by the database itself on insert. A row changed, removed or slipped in
// afterwards breaks the chain, and `nabij toegangslog controleer` says where. Rows that exist are chained here, in
// the order they were written.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('access_log')
    .addColumn('chain_seq', 'bigint')
    .addColumn('prev_hash', 'text')
    .addColumn('row_hash', 'text')
    .execute();
  await db.schema
    .createTable('access_log_heads')
    .addColumn('tenant_id', 'uuid', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  // What a row's hash is taken over: every field that says who did what, when, to whom, and the hash before it.
  // JSON keeps the fields apart whatever they hold; the time in whole microseconds reads the same in every time zone.
  await sql`
    CREATE FUNCTION access_log_canonical(r access_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT jsonb_build_array(
        r.tenant_id, r.chain_seq, (extract(epoch FROM r.at) * 1000000)::bigint, r.actor_user_id, r.actor_role,
        r.on_behalf_of_user_id, r.subject_user_id, r.category, r.action, r.outcome, r.purpose, r.refusal_reason,
        r.prev_hash
      )::text
    $$`.execute(db);

  // Runs with its owner's rights, so the application's role needs no right on the heads: it can only insert rows.
  // The head row is locked until the inserting transaction ends, so two inserts cannot take the same place.
  await sql`
    CREATE FUNCTION access_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
    DECLARE
      head access_log_heads%ROWTYPE;
    BEGIN
      INSERT INTO access_log_heads (tenant_id, seq, hash) VALUES (NEW.tenant_id, 0, '') ON CONFLICT DO NOTHING;
      SELECT * INTO head FROM access_log_heads WHERE tenant_id = NEW.tenant_id FOR UPDATE;
      NEW.chain_seq := head.seq + 1;
      NEW.prev_hash := head.hash;
      NEW.row_hash := encode(sha256(convert_to(access_log_canonical(NEW), 'UTF8')), 'hex');
      UPDATE access_log_heads SET seq = NEW.chain_seq, hash = NEW.row_hash WHERE tenant_id = NEW.tenant_id;
      RETURN NEW;
    END;
    $$`.execute(db);

  // The rows written before this migration, chained in the order they were written.
  await sql`ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_or_delete`.execute(db);
  await sql`
    DO $$
    DECLARE
      r access_log%ROWTYPE;
      seq bigint;
      hash text;
      tenant uuid;
    BEGIN
      FOR r IN SELECT * FROM access_log ORDER BY tenant_id, id LOOP
        IF tenant IS DISTINCT FROM r.tenant_id THEN
          tenant := r.tenant_id; seq := 0; hash := '';
        END IF;
        seq := seq + 1;
        r.chain_seq := seq;
        r.prev_hash := hash;
        hash := encode(sha256(convert_to(access_log_canonical(r), 'UTF8')), 'hex');
        UPDATE access_log SET chain_seq = seq, prev_hash = r.prev_hash, row_hash = hash WHERE id = r.id;
        INSERT INTO access_log_heads (tenant_id, seq, hash) VALUES (tenant, seq, hash)
          ON CONFLICT (tenant_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash;
      END LOOP;
    END;
    $$`.execute(db);
  await sql`ALTER TABLE access_log ENABLE TRIGGER access_log_no_update_or_delete`.execute(db);

  await sql`ALTER TABLE access_log ALTER COLUMN chain_seq SET NOT NULL`.execute(db);
  await sql`ALTER TABLE access_log ALTER COLUMN prev_hash SET NOT NULL`.execute(db);
  await sql`ALTER TABLE access_log ALTER COLUMN row_hash SET NOT NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX access_log_chain ON access_log (tenant_id, chain_seq)`.execute(db);
  await sql`
    CREATE TRIGGER access_log_chain BEFORE INSERT ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_chain()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER access_log_chain ON access_log`.execute(db);
  await sql`DROP FUNCTION access_log_chain()`.execute(db);
  await sql`DROP FUNCTION access_log_canonical(access_log)`.execute(db);
  await db.schema.dropTable('access_log_heads').execute();
  await sql`DROP INDEX access_log_chain`.execute(db);
  await db.schema
    .alterTable('access_log')
    .dropColumn('chain_seq')
    .dropColumn('prev_hash')
    .dropColumn('row_hash')
    .execute();
}

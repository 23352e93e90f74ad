// The access log names the help request it is about, for an asker without an account: they read their log through
// the request's private status link. The request's id joins the fields the hash chain covers (0023, 0026) only where
// there is one, tagged by name so it can never pass for another field: a row without it hashes exactly as before,
// so the chain written so far still checks. No foreign key: the log outlives the request (docs/retention.md).
import { type Kysely, type RawBuilder, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('access_log').addColumn('subject_request_id', 'uuid').execute();
  await db.schema
    .createIndex('access_log_subject_request')
    .on('access_log')
    .columns(['tenant_id', 'subject_request_id', 'at'])
    .where(sql.ref('subject_request_id'), 'is not', null)
    .execute();
  await canonical(db, sql`${keyIdWhenThere} ${requestIdWhenThere}`);
}

// 0026's addition, unchanged.
const keyIdWhenThere = sql`
  || CASE WHEN r.actor_token_id IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(r.actor_token_id) END`;
const requestIdWhenThere = sql`
  || CASE WHEN r.subject_request_id IS NULL THEN '[]'::jsonb
     ELSE jsonb_build_array(jsonb_build_object('subject_request_id', r.subject_request_id)) END`;

export async function down(db: Kysely<unknown>): Promise<void> {
  await canonical(db, keyIdWhenThere);
  await db.schema.dropIndex('access_log_subject_request').execute();
  await db.schema.alterTable('access_log').dropColumn('subject_request_id').execute();
}

/** access_log_canonical of 0023, with `extra` appended to its array of fields. */
async function canonical(db: Kysely<unknown>, extra: RawBuilder<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION access_log_canonical(r access_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT (jsonb_build_array(
        r.tenant_id, r.chain_seq, (extract(epoch FROM r.at) * 1000000)::bigint, r.actor_user_id, r.actor_role,
        r.on_behalf_of_user_id, r.subject_user_id, r.category, r.action, r.outcome, r.purpose, r.refusal_reason,
        r.prev_hash
      ) ${extra})::text
    $$`.execute(db);
}

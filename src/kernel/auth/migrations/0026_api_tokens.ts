// API tokens for integrations: made by an administrator, kept only as a hash, revocable at once; and the access log
// names the token an integration used, so a log line points at exactly one of them, within the hash chain.
import { type Kysely, type RawBuilder, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scopes', sql`text[]`, (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    // Null when the token was made with the `nabij token` command.
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz')
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'uuid')
    .addPrimaryKeyConstraint('api_tokens_pkey', ['id', 'tenant_id'])
    // The hash comes first: a call is matched to its token before the municipality is known, as with sessions.
    .addUniqueConstraint('api_tokens_token_hash_key', ['token_hash', 'tenant_id'])
    .addForeignKeyConstraint('api_tokens_created_by_fkey', ['tenant_id', 'created_by'], 'users', ['tenant_id', 'id'])
    .addForeignKeyConstraint('api_tokens_revoked_by_fkey', ['tenant_id', 'revoked_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await db.schema.alterTable('access_log').addColumn('actor_token_id', 'uuid').execute();
  // The key's id joins the fields the hash chain covers (0023), only where there is one: a row without it hashes
  // exactly as before, so the chain written so far still checks.
  await canonical(db, keyIdWhenThere);
}

const keyIdWhenThere = sql`
  || CASE WHEN r.actor_token_id IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(r.actor_token_id) END`;

export async function down(db: Kysely<unknown>): Promise<void> {
  await canonical(db, sql``);
  await db.schema.alterTable('access_log').dropColumn('actor_token_id').execute();
  await db.schema.dropTable('api_tokens').execute();
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

// API tokens for integrations: made by an administrator, kept only as a hash, revocable at once; and the access log
// names the token an integration used, so a log line points at exactly one of them.
import { type Kysely, sql } from 'kysely';

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
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('access_log').dropColumn('actor_token_id').execute();
  await db.schema.dropTable('api_tokens').execute();
}

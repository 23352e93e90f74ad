// Help requests, their history (triage proposals and the team's changes), and matches with both sides' yes.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('help_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().defaultTo('web'))
    .addColumn('asker_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('entered_by_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('for_someone_else', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('asker_name', 'text', (c) => c.notNull())
    .addColumn('subject_name', 'text')
    .addColumn('relation', 'text')
    .addColumn('subject_consent', 'text', (c) => c.notNull().defaultTo('zelf'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('postcode', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('moments', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('language', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('need_keys', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('triage', 'jsonb', (c) => c.notNull())
    .addColumn('status_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('last_progress_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('help_requests_tenant_reference', ['tenant_id', 'reference'])
    .execute();
  await db.schema
    .createIndex('help_requests_queue')
    .on('help_requests')
    .columns(['tenant_id', 'state', 'last_progress_at'])
    .execute();
  await db.schema.createIndex('help_requests_asker').on('help_requests').column('asker_user_id').execute();

  await db.schema
    .createTable('request_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('help_requests.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema.createIndex('request_events_request').on('request_events').columns(['request_id', 'at']).execute();

  await db.schema
    .createTable('matches')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('help_requests.id').onDelete('cascade'))
    .addColumn('volunteer_id', 'uuid', (c) => c.references('volunteers.id').onDelete('set null'))
    .addColumn('activity_id', 'uuid', (c) => c.references('activities.id').onDelete('set null'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('proposed_by_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('shared_with_volunteer', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('volunteer_token_hash', 'text', (c) => c.unique())
    .addColumn('asker_token_hash', 'text', (c) => c.unique())
    .addColumn('buddy_first_visit', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('follow_up_at', 'timestamptz')
    .addColumn('outcome', 'text')
    .addColumn('outcome_reason', 'text')
    .addColumn('rating', 'integer', (c) => c.check(sql`rating BETWEEN 1 AND 5`))
    .addColumn('rating_comment', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('matches_request').on('matches').column('request_id').execute();
  await db.schema.createIndex('matches_volunteer_state').on('matches').columns(['volunteer_id', 'state']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('matches').execute();
  await db.schema.dropTable('request_events').execute();
  await db.schema.dropTable('help_requests').execute();
}

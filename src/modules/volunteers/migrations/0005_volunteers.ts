// Strong residents who offer help: their offer, roles, availability, boundaries, VOG, agreement, hours and expenses.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('volunteers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('postcode', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('offers', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('roles', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('availability', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('unavailable', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('radius_km', 'double precision', (c) => c.notNull().defaultTo(2))
    .addColumn('max_matches', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('imported_active_matches', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('languages', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{nl}'`))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('boundaries', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('vog_date', 'date')
    .addColumn('agreement_accepted_at', 'timestamptz')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('volunteers_tenant_external_id', ['tenant_id', 'external_id'])
    .execute();
  await sql`CREATE INDEX volunteers_offers ON volunteers USING gin (offers)`.execute(db);
  await db.schema.createIndex('volunteers_user').on('volunteers').column('user_id').execute();

  await db.schema
    .createTable('volunteer_hours')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('volunteer_id', 'uuid', (c) => c.notNull().references('volunteers.id').onDelete('cascade'))
    .addColumn('on_date', 'date', (c) => c.notNull())
    .addColumn('hours', sql`numeric(5,2)`, (c) => c.notNull())
    .addColumn('allowance_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('volunteer_hours_volunteer')
    .on('volunteer_hours')
    .columns(['volunteer_id', 'on_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('volunteer_hours').execute();
  await db.schema.dropTable('volunteers').execute();
}

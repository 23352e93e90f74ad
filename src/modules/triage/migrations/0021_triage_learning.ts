// The team's corrections of triage, kept as training examples of their municipality, and the municipality's own
// models: each version stored, one active, so a rollback is switching back.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('triage_corrections')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    // The help request it came from; no foreign key, since requests builds on triage and not the other way round.
    .addColumn('help_request_id', 'uuid', (c) => c.notNull())
    .addColumn('subject_user_id', 'uuid')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('proposed_route', 'text', (c) => c.notNull())
    .addColumn('proposed_needs', sql`text[]`, (c) => c.notNull())
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('needs', sql`text[]`, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('corrected_by_user_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('triage_corrections_pkey', ['tenant_id', 'id'])
    .addForeignKeyConstraint('triage_corrections_corrected_by_fkey', ['tenant_id', 'corrected_by_user_id'], 'users', [
      'tenant_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('triage_corrections_recent')
    .on('triage_corrections')
    .columns(['tenant_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('triage_models')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('model', 'jsonb', (c) => c.notNull())
    .addColumn('figures', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('corrections', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('trained_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('triage_models_pkey', ['tenant_id', 'version'])
    .execute();
  // At most one active model per municipality; none active means the base model.
  await sql`CREATE UNIQUE INDEX triage_models_one_active ON triage_models (tenant_id) WHERE active`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('triage_models').execute();
  await db.schema.dropTable('triage_corrections').execute();
}

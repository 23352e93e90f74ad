// The social base: postcode centroids, organisations and initiatives, places, activities with schedules,
// key persons, and the "Klopt dit nog?" confirmation links. Full-text (Dutch) and trigram search on activities.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);

  await db.schema
    .createTable('postcodes')
    .addColumn('postcode', 'text', (c) => c.primaryKey())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('organisatie'))
    .addColumn('description', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('website', 'text')
    .addColumn('owner_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`CREATE UNIQUE INDEX organisations_tenant_name ON organisations (tenant_id, lower(name))`.execute(db);

  await db.schema
    .createTable('places')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('postcode', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addUniqueConstraint('places_tenant_address', ['tenant_id', 'address', 'postcode'])
    .execute();

  await db.schema
    .createTable('activities')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind IN ('activiteit','voorziening','initiatief','dienst')`),
    )
    .addColumn('need_keys', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('provider_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('professional', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('place_id', 'uuid', (c) => c.references('places.id').onDelete('set null'))
    .addColumn('schedule', 'jsonb', (c) => c.notNull())
    .addColumn('exceptions', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('days', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('time_start', 'text')
    .addColumn('time_end', 'text')
    .addColumn('cost', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_free', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('target_group', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('wheelchair_accessible', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('languages', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{nl}'`))
    .addColumn('capacity', 'integer')
    .addColumn('free_places', 'integer')
    .addColumn('contact_email', 'text')
    .addColumn('last_confirmed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('search_vector', sql`tsvector`)
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('activities_tenant_external_id', ['tenant_id', 'external_id'])
    .execute();

  // Name and need keys weigh most; the Dutch stemmer with unaccent, so "cafe" finds "café".
  await sql`
    CREATE FUNCTION activities_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.search_vector :=
        setweight(to_tsvector('dutch', unaccent(NEW.name)), 'A') ||
        setweight(to_tsvector('simple', array_to_string(NEW.need_keys, ' ')), 'A') ||
        setweight(to_tsvector('dutch', unaccent(NEW.description)), 'B') ||
        setweight(to_tsvector('dutch', unaccent(NEW.provider_name || ' ' || NEW.target_group)), 'C');
      -- Typos are looked for in the words that name a thing, not in whole descriptions: short text keeps it fast.
      NEW.search_text := lower(unaccent(NEW.name || ' ' || array_to_string(NEW.need_keys, ' ') || ' ' || NEW.provider_name));
      RETURN NEW;
    END;
    $$`.execute(db);
  await sql`
    CREATE TRIGGER activities_search BEFORE INSERT OR UPDATE ON activities
    FOR EACH ROW EXECUTE FUNCTION activities_search_update()`.execute(db);
  await sql`CREATE INDEX activities_search_vector ON activities USING gin (search_vector)`.execute(db);
  await sql`CREATE INDEX activities_search_text ON activities USING gin (search_text gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX activities_need_keys ON activities USING gin (need_keys)`.execute(db);
  await db.schema
    .createIndex('activities_tenant_confirmed')
    .on('activities')
    .columns(['tenant_id', 'last_confirmed_at'])
    .execute();

  await db.schema
    .createTable('key_persons')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('known_for', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('neighbourhood_id', 'uuid', (c) => c.references('neighbourhoods.id').onDelete('set null'))
    .addColumn('languages', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{nl}'`))
    .addColumn('need_keys', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('consent_recorded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('consent_recorded_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('confirmation_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('activity_id', 'uuid', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  // An uploaded spreadsheet waits here between the preview and the coordinator's "save".
  await db.schema
    .createTable('import_drafts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('rows', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('saved_at', 'timestamptz')
    .execute();

  await db.schema
    .createIndex('confirmation_links_activity')
    .on('confirmation_links')
    .columns(['activity_id', 'sent_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'import_drafts',
    'confirmation_links',
    'key_persons',
    'activities',
    'places',
    'organisations',
    'postcodes',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`DROP FUNCTION activities_search_update()`.execute(db);
}

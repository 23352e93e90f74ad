// Shard keys for the social base (docs/sharding.md): postcodes is a reference table; organisations, places, key
// persons, confirmation links and import drafts get tenant_id in every key and foreign key; activities gets the
// (id, tenant_id) key that the requests module's foreign keys will point at.
import { type Kysely, sql } from 'kysely';

// No SET NULL on the foreign keys below: Citus refuses it on a key that holds the distribution column (decision
// 0009). Nabij never deletes the rows they point at: accounts are disabled, organisations and places stay.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Postcode centroids of the whole country, the same for every municipality.
  await sql`COMMENT ON TABLE postcodes IS 'nabij:reference - postcode centroids of the whole country'`.execute(db);

  // The requests module still references activities(id); the primary key moves over in 0017.
  await sql`CREATE UNIQUE INDEX activities_id_tenant_id ON activities (id, tenant_id)`.execute(db);
  await sql`ALTER TABLE activities DROP CONSTRAINT activities_organisation_id_fkey`.execute(db);
  await sql`ALTER TABLE activities DROP CONSTRAINT activities_place_id_fkey`.execute(db);

  await sql`ALTER TABLE organisations DROP CONSTRAINT organisations_owner_user_id_fkey`.execute(db);
  await sql`ALTER TABLE organisations DROP CONSTRAINT organisations_pkey`.execute(db);
  await sql`ALTER TABLE organisations ADD CONSTRAINT organisations_pkey PRIMARY KEY (id, tenant_id)`.execute(db);
  await sql`
    ALTER TABLE organisations ADD CONSTRAINT organisations_owner_user_id_fkey
    FOREIGN KEY (tenant_id, owner_user_id) REFERENCES users (tenant_id, id)`.execute(db);

  await sql`ALTER TABLE places DROP CONSTRAINT places_pkey`.execute(db);
  await sql`ALTER TABLE places ADD CONSTRAINT places_pkey PRIMARY KEY (id, tenant_id)`.execute(db);

  await sql`
    ALTER TABLE activities ADD CONSTRAINT activities_organisation_id_fkey
    FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisations (tenant_id, id)`.execute(db);
  await sql`
    ALTER TABLE activities ADD CONSTRAINT activities_place_id_fkey
    FOREIGN KEY (tenant_id, place_id) REFERENCES places (tenant_id, id)`.execute(db);

  await sql`ALTER TABLE key_persons DROP CONSTRAINT key_persons_neighbourhood_id_fkey`.execute(db);
  await sql`ALTER TABLE key_persons DROP CONSTRAINT key_persons_consent_recorded_by_fkey`.execute(db);
  await sql`ALTER TABLE key_persons DROP CONSTRAINT key_persons_pkey`.execute(db);
  await sql`ALTER TABLE key_persons ADD CONSTRAINT key_persons_pkey PRIMARY KEY (id, tenant_id)`.execute(db);
  await sql`
    ALTER TABLE key_persons ADD CONSTRAINT key_persons_neighbourhood_id_fkey
    FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods (tenant_id, id)`.execute(db);
  await sql`
    ALTER TABLE key_persons ADD CONSTRAINT key_persons_consent_recorded_by_fkey
    FOREIGN KEY (tenant_id, consent_recorded_by) REFERENCES users (tenant_id, id)`.execute(db);

  // The token comes first in the key: the link in an e-mail is looked up by its token alone.
  await sql`ALTER TABLE confirmation_links DROP CONSTRAINT confirmation_links_activity_id_fkey`.execute(db);
  await sql`ALTER TABLE confirmation_links DROP CONSTRAINT confirmation_links_pkey`.execute(db);
  await sql`
    ALTER TABLE confirmation_links ADD CONSTRAINT confirmation_links_pkey PRIMARY KEY (token_hash, tenant_id)`.execute(
    db,
  );
  await sql`
    ALTER TABLE confirmation_links ADD CONSTRAINT confirmation_links_activity_id_fkey
    FOREIGN KEY (tenant_id, activity_id) REFERENCES activities (tenant_id, id) ON DELETE CASCADE`.execute(db);

  await sql`ALTER TABLE import_drafts DROP CONSTRAINT import_drafts_created_by_fkey`.execute(db);
  await sql`ALTER TABLE import_drafts DROP CONSTRAINT import_drafts_pkey`.execute(db);
  await sql`ALTER TABLE import_drafts ADD CONSTRAINT import_drafts_pkey PRIMARY KEY (id, tenant_id)`.execute(db);
  await sql`
    ALTER TABLE import_drafts ADD CONSTRAINT import_drafts_created_by_fkey
    FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id) ON DELETE CASCADE`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_drafts DROP CONSTRAINT import_drafts_created_by_fkey`.execute(db);
  await sql`ALTER TABLE import_drafts DROP CONSTRAINT import_drafts_pkey`.execute(db);
  await sql`ALTER TABLE import_drafts ADD CONSTRAINT import_drafts_pkey PRIMARY KEY (id)`.execute(db);
  await sql`
    ALTER TABLE import_drafts ADD CONSTRAINT import_drafts_created_by_fkey
    FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE CASCADE`.execute(db);

  await sql`ALTER TABLE confirmation_links DROP CONSTRAINT confirmation_links_activity_id_fkey`.execute(db);
  await sql`ALTER TABLE confirmation_links DROP CONSTRAINT confirmation_links_pkey`.execute(db);
  await sql`ALTER TABLE confirmation_links ADD CONSTRAINT confirmation_links_pkey PRIMARY KEY (token_hash)`.execute(db);

  await sql`ALTER TABLE key_persons DROP CONSTRAINT key_persons_neighbourhood_id_fkey`.execute(db);
  await sql`ALTER TABLE key_persons DROP CONSTRAINT key_persons_consent_recorded_by_fkey`.execute(db);
  await sql`ALTER TABLE key_persons DROP CONSTRAINT key_persons_pkey`.execute(db);
  await sql`ALTER TABLE key_persons ADD CONSTRAINT key_persons_pkey PRIMARY KEY (id)`.execute(db);
  await sql`
    ALTER TABLE key_persons ADD CONSTRAINT key_persons_neighbourhood_id_fkey
    FOREIGN KEY (neighbourhood_id) REFERENCES neighbourhoods (id) ON DELETE SET NULL`.execute(db);
  await sql`
    ALTER TABLE key_persons ADD CONSTRAINT key_persons_consent_recorded_by_fkey
    FOREIGN KEY (consent_recorded_by) REFERENCES users (id) ON DELETE SET NULL`.execute(db);

  await sql`ALTER TABLE activities DROP CONSTRAINT activities_organisation_id_fkey`.execute(db);
  await sql`ALTER TABLE activities DROP CONSTRAINT activities_place_id_fkey`.execute(db);
  await sql`ALTER TABLE places DROP CONSTRAINT places_pkey`.execute(db);
  await sql`ALTER TABLE places ADD CONSTRAINT places_pkey PRIMARY KEY (id)`.execute(db);
  await sql`ALTER TABLE organisations DROP CONSTRAINT organisations_owner_user_id_fkey`.execute(db);
  await sql`ALTER TABLE organisations DROP CONSTRAINT organisations_pkey`.execute(db);
  await sql`ALTER TABLE organisations ADD CONSTRAINT organisations_pkey PRIMARY KEY (id)`.execute(db);
  await sql`
    ALTER TABLE organisations ADD CONSTRAINT organisations_owner_user_id_fkey
    FOREIGN KEY (owner_user_id) REFERENCES users (id) ON DELETE SET NULL`.execute(db);
  await sql`
    ALTER TABLE activities ADD CONSTRAINT activities_organisation_id_fkey
    FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE SET NULL`.execute(db);
  await sql`
    ALTER TABLE activities ADD CONSTRAINT activities_place_id_fkey
    FOREIGN KEY (place_id) REFERENCES places (id) ON DELETE SET NULL`.execute(db);

  // After 0017's down the key is still (id, tenant_id) and a unique index on id stands in; make that the key again.
  if (await indexExists(db, 'activities_id')) {
    await sql`ALTER TABLE activities DROP CONSTRAINT activities_pkey`.execute(db);
    await sql`ALTER TABLE activities ADD CONSTRAINT activities_pkey PRIMARY KEY USING INDEX activities_id`.execute(db);
  } else {
    await sql`DROP INDEX activities_id_tenant_id`.execute(db);
  }
  await sql`
    ALTER TABLE confirmation_links ADD CONSTRAINT confirmation_links_activity_id_fkey
    FOREIGN KEY (activity_id) REFERENCES activities (id) ON DELETE CASCADE`.execute(db);
  await sql`COMMENT ON TABLE postcodes IS NULL`.execute(db);
}

async function indexExists(db: Kysely<unknown>, name: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`SELECT to_regclass(${name}) IS NOT NULL AS found`.execute(db);
  return rows[0]?.found === true;
}

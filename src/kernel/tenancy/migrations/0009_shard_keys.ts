// Shard keys for tenancy (docs/sharding.md): tenants is a reference table, areas gets tenant_id in every key, and
// neighbourhoods gets the (id, tenant_id) key that other modules' foreign keys will point at.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The municipalities themselves: few rows, read by slug before any municipality is known, so every shard holds
  // all of them.
  await sql`COMMENT ON TABLE tenants IS 'nabij:reference - the municipalities, looked up by slug'`.execute(db);

  // Other modules still reference neighbourhoods(id); the primary key moves over in 0015, once they point here.
  await sql`CREATE UNIQUE INDEX neighbourhoods_id_tenant_id ON neighbourhoods (id, tenant_id)`.execute(db);

  await sql`ALTER TABLE areas DROP CONSTRAINT areas_neighbourhood_id_fkey`.execute(db);
  await sql`ALTER TABLE areas DROP CONSTRAINT areas_pkey`.execute(db);
  await sql`ALTER TABLE areas ADD CONSTRAINT areas_pkey PRIMARY KEY (id, tenant_id)`.execute(db);
  await sql`ALTER TABLE areas DROP CONSTRAINT areas_neighbourhood_name`.execute(db);
  await sql`
    ALTER TABLE areas ADD CONSTRAINT areas_neighbourhood_name UNIQUE (neighbourhood_id, name, tenant_id)`.execute(db);
  await sql`
    ALTER TABLE areas ADD CONSTRAINT areas_neighbourhood_id_fkey
    FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods (tenant_id, id) ON DELETE CASCADE`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE areas DROP CONSTRAINT areas_neighbourhood_id_fkey`.execute(db);
  await sql`ALTER TABLE areas DROP CONSTRAINT areas_neighbourhood_name`.execute(db);
  await sql`ALTER TABLE areas ADD CONSTRAINT areas_neighbourhood_name UNIQUE (neighbourhood_id, name)`.execute(db);
  await sql`ALTER TABLE areas DROP CONSTRAINT areas_pkey`.execute(db);
  await sql`ALTER TABLE areas ADD CONSTRAINT areas_pkey PRIMARY KEY (id)`.execute(db);

  // After 0015's down the key is still (id, tenant_id) and a unique index on id stands in; make that the key again.
  if (await indexExists(db, 'neighbourhoods_id')) {
    await sql`ALTER TABLE neighbourhoods DROP CONSTRAINT neighbourhoods_pkey`.execute(db);
    await sql`
      ALTER TABLE neighbourhoods ADD CONSTRAINT neighbourhoods_pkey PRIMARY KEY USING INDEX neighbourhoods_id`.execute(
      db,
    );
  } else {
    await sql`DROP INDEX neighbourhoods_id_tenant_id`.execute(db);
  }
  await sql`
    ALTER TABLE areas ADD CONSTRAINT areas_neighbourhood_id_fkey
    FOREIGN KEY (neighbourhood_id) REFERENCES neighbourhoods (id) ON DELETE CASCADE`.execute(db);
  await sql`COMMENT ON TABLE tenants IS NULL`.execute(db);
}

async function indexExists(db: Kysely<unknown>, name: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`SELECT to_regclass(${name}) IS NOT NULL AS found`.execute(db);
  return rows[0]?.found === true;
}

// The activities key becomes (id, tenant_id). It waits until 0014, because the foreign keys of matches and
// confirmation links must first point at the (id, tenant_id) index of 0012: that index becomes the primary key.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // After this migration's own down the key is already (id, tenant_id); only the stand-in index has to go.
  if (await indexExists(db, 'activities_id')) {
    await sql`DROP INDEX activities_id`.execute(db);
    return;
  }
  await sql`ALTER TABLE activities DROP CONSTRAINT activities_pkey`.execute(db);
  await sql`
    ALTER TABLE activities ADD CONSTRAINT activities_pkey PRIMARY KEY USING INDEX activities_id_tenant_id`.execute(db);
}

// Foreign keys of other modules now use the primary key index, so it cannot step back without them. Instead a unique
// index on id alone stands in for the old key: the downs of those modules point their keys back at it, and 0012's
// down makes it the primary key again.
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE UNIQUE INDEX activities_id ON activities (id)`.execute(db);
}

async function indexExists(db: Kysely<unknown>, name: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`SELECT to_regclass(${name}) IS NOT NULL AS found`.execute(db);
  return rows[0]?.found === true;
}

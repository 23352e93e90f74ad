// The neighbourhoods key becomes (id, tenant_id). It waits until 0014, because every module's foreign keys to
// neighbourhoods must first point at the (id, tenant_id) index of 0009: that index becomes the primary key.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // After this migration's own down the key is already (id, tenant_id); only the stand-in index has to go.
  if (await indexExists(db, 'neighbourhoods_id')) {
    await sql`DROP INDEX neighbourhoods_id`.execute(db);
    return;
  }
  await sql`ALTER TABLE neighbourhoods DROP CONSTRAINT neighbourhoods_pkey`.execute(db);
  await sql`
    ALTER TABLE neighbourhoods ADD CONSTRAINT neighbourhoods_pkey
    PRIMARY KEY USING INDEX neighbourhoods_id_tenant_id`.execute(db);
}

// Foreign keys of other modules now use the primary key index, so it cannot step back without them. Instead a unique
// index on id alone stands in for the old key: the downs of those modules point their keys back at it, and 0009's
// down makes it the primary key again.
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE UNIQUE INDEX neighbourhoods_id ON neighbourhoods (id)`.execute(db);
}

async function indexExists(db: Kysely<unknown>, name: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`SELECT to_regclass(${name}) IS NOT NULL AS found`.execute(db);
  return rows[0]?.found === true;
}

// Shard keys for volunteers (docs/sharding.md): hours get tenant_id in every key and foreign key, a volunteer's link
// to their account includes tenant_id, and volunteers gets the (id, tenant_id) key that matches will point at.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The requests module still references volunteers(id); the primary key moves over in 0018.
  await sql`CREATE UNIQUE INDEX volunteers_id_tenant_id ON volunteers (id, tenant_id)`.execute(db);
  // No SET NULL: Citus refuses it on a key that holds the distribution column (decision 0009). Nabij never deletes
  // an account; it disables it.
  await sql`ALTER TABLE volunteers DROP CONSTRAINT volunteers_user_id_fkey`.execute(db);
  await sql`
    ALTER TABLE volunteers ADD CONSTRAINT volunteers_user_id_fkey
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id)`.execute(db);

  await sql`ALTER TABLE volunteer_hours DROP CONSTRAINT volunteer_hours_volunteer_id_fkey`.execute(db);
  await sql`ALTER TABLE volunteer_hours DROP CONSTRAINT volunteer_hours_pkey`.execute(db);
  await sql`ALTER TABLE volunteer_hours ADD CONSTRAINT volunteer_hours_pkey PRIMARY KEY (id, tenant_id)`.execute(db);
  await sql`
    ALTER TABLE volunteer_hours ADD CONSTRAINT volunteer_hours_volunteer_id_fkey
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteers (tenant_id, id) ON DELETE CASCADE`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE volunteer_hours DROP CONSTRAINT volunteer_hours_volunteer_id_fkey`.execute(db);
  await sql`ALTER TABLE volunteer_hours DROP CONSTRAINT volunteer_hours_pkey`.execute(db);
  await sql`ALTER TABLE volunteer_hours ADD CONSTRAINT volunteer_hours_pkey PRIMARY KEY (id)`.execute(db);

  await sql`ALTER TABLE volunteers DROP CONSTRAINT volunteers_user_id_fkey`.execute(db);
  await sql`
    ALTER TABLE volunteers ADD CONSTRAINT volunteers_user_id_fkey
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL`.execute(db);

  // After 0018's down the key is still (id, tenant_id) and a unique index on id stands in; make that the key again.
  if (await indexExists(db, 'volunteers_id')) {
    await sql`ALTER TABLE volunteers DROP CONSTRAINT volunteers_pkey`.execute(db);
    await sql`ALTER TABLE volunteers ADD CONSTRAINT volunteers_pkey PRIMARY KEY USING INDEX volunteers_id`.execute(db);
  } else {
    await sql`DROP INDEX volunteers_id_tenant_id`.execute(db);
  }
  await sql`
    ALTER TABLE volunteer_hours ADD CONSTRAINT volunteer_hours_volunteer_id_fkey
    FOREIGN KEY (volunteer_id) REFERENCES volunteers (id) ON DELETE CASCADE`.execute(db);
}

async function indexExists(db: Kysely<unknown>, name: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`SELECT to_regclass(${name}) IS NOT NULL AS found`.execute(db);
  return rows[0]?.found === true;
}

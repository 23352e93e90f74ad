// Shard keys for accounts (docs/sharding.md): sessions and login codes get tenant_id in every key, their foreign keys
// to users and users' key to neighbourhoods include tenant_id, and users gets the (id, tenant_id) key that other
// modules' foreign keys will point at.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Other modules still reference users(id); the primary key moves over in 0016, once they point here.
  await sql`CREATE UNIQUE INDEX users_id_tenant_id ON users (id, tenant_id)`.execute(db);
  // No SET NULL: Citus refuses it on a key that holds the distribution column (decision 0009). Nabij never deletes
  // a neighbourhood.
  await sql`ALTER TABLE users DROP CONSTRAINT users_neighbourhood_id_fkey`.execute(db);
  await sql`
    ALTER TABLE users ADD CONSTRAINT users_neighbourhood_id_fkey
    FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods (tenant_id, id)`.execute(db);

  // The token comes first in the key: a session is found by its token alone, before the municipality is known.
  await sql`ALTER TABLE sessions DROP CONSTRAINT sessions_user_id_fkey`.execute(db);
  await sql`ALTER TABLE sessions DROP CONSTRAINT sessions_pkey`.execute(db);
  await sql`ALTER TABLE sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY (token_hash, tenant_id)`.execute(db);
  await sql`
    ALTER TABLE sessions ADD CONSTRAINT sessions_user_id_fkey
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE`.execute(db);

  await sql`ALTER TABLE login_codes DROP CONSTRAINT login_codes_user_id_fkey`.execute(db);
  await sql`ALTER TABLE login_codes DROP CONSTRAINT login_codes_pkey`.execute(db);
  await sql`ALTER TABLE login_codes ADD CONSTRAINT login_codes_pkey PRIMARY KEY (id, tenant_id)`.execute(db);
  await sql`ALTER TABLE login_codes DROP CONSTRAINT login_codes_link_token_hash_key`.execute(db);
  await sql`
    ALTER TABLE login_codes ADD CONSTRAINT login_codes_link_token_hash_key
    UNIQUE (link_token_hash, tenant_id)`.execute(db);
  await sql`
    ALTER TABLE login_codes ADD CONSTRAINT login_codes_user_id_fkey
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE login_codes DROP CONSTRAINT login_codes_user_id_fkey`.execute(db);
  await sql`ALTER TABLE login_codes DROP CONSTRAINT login_codes_link_token_hash_key`.execute(db);
  await sql`ALTER TABLE login_codes ADD CONSTRAINT login_codes_link_token_hash_key UNIQUE (link_token_hash)`.execute(
    db,
  );
  await sql`ALTER TABLE login_codes DROP CONSTRAINT login_codes_pkey`.execute(db);
  await sql`ALTER TABLE login_codes ADD CONSTRAINT login_codes_pkey PRIMARY KEY (id)`.execute(db);

  await sql`ALTER TABLE sessions DROP CONSTRAINT sessions_user_id_fkey`.execute(db);
  await sql`ALTER TABLE sessions DROP CONSTRAINT sessions_pkey`.execute(db);
  await sql`ALTER TABLE sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY (token_hash)`.execute(db);

  await sql`ALTER TABLE users DROP CONSTRAINT users_neighbourhood_id_fkey`.execute(db);
  await sql`
    ALTER TABLE users ADD CONSTRAINT users_neighbourhood_id_fkey
    FOREIGN KEY (neighbourhood_id) REFERENCES neighbourhoods (id) ON DELETE SET NULL`.execute(db);

  // After 0016's down the key is still (id, tenant_id) and a unique index on id stands in; make that the key again.
  if (await indexExists(db, 'users_id')) {
    await sql`ALTER TABLE users DROP CONSTRAINT users_pkey`.execute(db);
    await sql`ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id`.execute(db);
  } else {
    await sql`DROP INDEX users_id_tenant_id`.execute(db);
  }
  await sql`
    ALTER TABLE sessions ADD CONSTRAINT sessions_user_id_fkey
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE`.execute(db);
  await sql`
    ALTER TABLE login_codes ADD CONSTRAINT login_codes_user_id_fkey
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE`.execute(db);
}

async function indexExists(db: Kysely<unknown>, name: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`SELECT to_regclass(${name}) IS NOT NULL AS found`.execute(db);
  return rows[0]?.found === true;
}

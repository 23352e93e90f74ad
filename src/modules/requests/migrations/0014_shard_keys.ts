// Shard keys for requests (docs/sharding.md): help requests, their events and matches get tenant_id in every key and
// foreign key, including those to users, volunteers and activities.
import { type Kysely, sql } from 'kysely';

// No SET NULL on the foreign keys to users, volunteers and activities: Citus refuses it on a key that holds the
// distribution column (decision 0009). Nabij never deletes those rows: accounts are disabled, volunteers set inactive.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE request_events DROP CONSTRAINT request_events_request_id_fkey`.execute(db);
  await sql`ALTER TABLE matches DROP CONSTRAINT matches_request_id_fkey`.execute(db);

  await sql`ALTER TABLE help_requests DROP CONSTRAINT help_requests_asker_user_id_fkey`.execute(db);
  await sql`ALTER TABLE help_requests DROP CONSTRAINT help_requests_entered_by_user_id_fkey`.execute(db);
  await sql`ALTER TABLE help_requests DROP CONSTRAINT help_requests_pkey`.execute(db);
  await sql`ALTER TABLE help_requests ADD CONSTRAINT help_requests_pkey PRIMARY KEY (id, tenant_id)`.execute(db);
  // The token comes first: the asker's status link is looked up by its token alone.
  await sql`ALTER TABLE help_requests DROP CONSTRAINT help_requests_status_token_hash_key`.execute(db);
  await sql`
    ALTER TABLE help_requests ADD CONSTRAINT help_requests_status_token_hash_key
    UNIQUE (status_token_hash, tenant_id)`.execute(db);
  await sql`
    ALTER TABLE help_requests ADD CONSTRAINT help_requests_asker_user_id_fkey
    FOREIGN KEY (tenant_id, asker_user_id) REFERENCES users (tenant_id, id)`.execute(db);
  await sql`
    ALTER TABLE help_requests ADD CONSTRAINT help_requests_entered_by_user_id_fkey
    FOREIGN KEY (tenant_id, entered_by_user_id) REFERENCES users (tenant_id, id)`.execute(db);

  await sql`ALTER TABLE request_events DROP CONSTRAINT request_events_actor_user_id_fkey`.execute(db);
  await sql`ALTER TABLE request_events DROP CONSTRAINT request_events_pkey`.execute(db);
  await sql`ALTER TABLE request_events ADD CONSTRAINT request_events_pkey PRIMARY KEY (id, tenant_id)`.execute(db);
  await sql`
    ALTER TABLE request_events ADD CONSTRAINT request_events_request_id_fkey
    FOREIGN KEY (tenant_id, request_id) REFERENCES help_requests (tenant_id, id) ON DELETE CASCADE`.execute(db);
  await sql`
    ALTER TABLE request_events ADD CONSTRAINT request_events_actor_user_id_fkey
    FOREIGN KEY (tenant_id, actor_user_id) REFERENCES users (tenant_id, id)`.execute(db);

  await sql`ALTER TABLE matches DROP CONSTRAINT matches_volunteer_id_fkey`.execute(db);
  await sql`ALTER TABLE matches DROP CONSTRAINT matches_activity_id_fkey`.execute(db);
  await sql`ALTER TABLE matches DROP CONSTRAINT matches_proposed_by_user_id_fkey`.execute(db);
  await sql`ALTER TABLE matches DROP CONSTRAINT matches_pkey`.execute(db);
  await sql`ALTER TABLE matches ADD CONSTRAINT matches_pkey PRIMARY KEY (id, tenant_id)`.execute(db);
  // The tokens come first: a match's e-mailed links are looked up by their token alone.
  await sql`ALTER TABLE matches DROP CONSTRAINT matches_volunteer_token_hash_key`.execute(db);
  await sql`ALTER TABLE matches DROP CONSTRAINT matches_asker_token_hash_key`.execute(db);
  await sql`
    ALTER TABLE matches ADD CONSTRAINT matches_volunteer_token_hash_key
    UNIQUE (volunteer_token_hash, tenant_id)`.execute(db);
  await sql`
    ALTER TABLE matches ADD CONSTRAINT matches_asker_token_hash_key
    UNIQUE (asker_token_hash, tenant_id)`.execute(db);
  await sql`
    ALTER TABLE matches ADD CONSTRAINT matches_request_id_fkey
    FOREIGN KEY (tenant_id, request_id) REFERENCES help_requests (tenant_id, id) ON DELETE CASCADE`.execute(db);
  await sql`
    ALTER TABLE matches ADD CONSTRAINT matches_volunteer_id_fkey
    FOREIGN KEY (tenant_id, volunteer_id) REFERENCES volunteers (tenant_id, id)`.execute(db);
  await sql`
    ALTER TABLE matches ADD CONSTRAINT matches_activity_id_fkey
    FOREIGN KEY (tenant_id, activity_id) REFERENCES activities (tenant_id, id)`.execute(db);
  await sql`
    ALTER TABLE matches ADD CONSTRAINT matches_proposed_by_user_id_fkey
    FOREIGN KEY (tenant_id, proposed_by_user_id) REFERENCES users (tenant_id, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    'matches_request_id_fkey',
    'matches_volunteer_id_fkey',
    'matches_activity_id_fkey',
    'matches_proposed_by_user_id_fkey',
    'matches_volunteer_token_hash_key',
    'matches_asker_token_hash_key',
    'matches_pkey',
  ]) {
    await sql`ALTER TABLE matches DROP CONSTRAINT ${sql.id(name)}`.execute(db);
  }
  await sql`ALTER TABLE matches ADD CONSTRAINT matches_pkey PRIMARY KEY (id)`.execute(db);
  await sql`ALTER TABLE matches ADD CONSTRAINT matches_volunteer_token_hash_key UNIQUE (volunteer_token_hash)`.execute(
    db,
  );
  await sql`ALTER TABLE matches ADD CONSTRAINT matches_asker_token_hash_key UNIQUE (asker_token_hash)`.execute(db);
  await sql`
    ALTER TABLE matches ADD CONSTRAINT matches_volunteer_id_fkey
    FOREIGN KEY (volunteer_id) REFERENCES volunteers (id) ON DELETE SET NULL`.execute(db);
  await sql`
    ALTER TABLE matches ADD CONSTRAINT matches_activity_id_fkey
    FOREIGN KEY (activity_id) REFERENCES activities (id) ON DELETE SET NULL`.execute(db);
  await sql`
    ALTER TABLE matches ADD CONSTRAINT matches_proposed_by_user_id_fkey
    FOREIGN KEY (proposed_by_user_id) REFERENCES users (id) ON DELETE SET NULL`.execute(db);

  for (const name of ['request_events_request_id_fkey', 'request_events_actor_user_id_fkey', 'request_events_pkey']) {
    await sql`ALTER TABLE request_events DROP CONSTRAINT ${sql.id(name)}`.execute(db);
  }
  await sql`ALTER TABLE request_events ADD CONSTRAINT request_events_pkey PRIMARY KEY (id)`.execute(db);
  await sql`
    ALTER TABLE request_events ADD CONSTRAINT request_events_actor_user_id_fkey
    FOREIGN KEY (actor_user_id) REFERENCES users (id) ON DELETE SET NULL`.execute(db);

  for (const name of [
    'help_requests_asker_user_id_fkey',
    'help_requests_entered_by_user_id_fkey',
    'help_requests_status_token_hash_key',
    'help_requests_pkey',
  ]) {
    await sql`ALTER TABLE help_requests DROP CONSTRAINT ${sql.id(name)}`.execute(db);
  }
  await sql`ALTER TABLE help_requests ADD CONSTRAINT help_requests_pkey PRIMARY KEY (id)`.execute(db);
  await sql`
    ALTER TABLE help_requests ADD CONSTRAINT help_requests_status_token_hash_key UNIQUE (status_token_hash)`.execute(
    db,
  );
  await sql`
    ALTER TABLE help_requests ADD CONSTRAINT help_requests_asker_user_id_fkey
    FOREIGN KEY (asker_user_id) REFERENCES users (id) ON DELETE SET NULL`.execute(db);
  await sql`
    ALTER TABLE help_requests ADD CONSTRAINT help_requests_entered_by_user_id_fkey
    FOREIGN KEY (entered_by_user_id) REFERENCES users (id) ON DELETE SET NULL`.execute(db);

  await sql`
    ALTER TABLE request_events ADD CONSTRAINT request_events_request_id_fkey
    FOREIGN KEY (request_id) REFERENCES help_requests (id) ON DELETE CASCADE`.execute(db);
  await sql`
    ALTER TABLE matches ADD CONSTRAINT matches_request_id_fkey
    FOREIGN KEY (request_id) REFERENCES help_requests (id) ON DELETE CASCADE`.execute(db);
}

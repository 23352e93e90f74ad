// Independent client support (cliëntondersteuning, issue 12 deliver 6): the resident invites a supporter by a link
// and shares chosen parts of their data with them (as consent records); complaints and objections the resident files,
// alone or with the supporter, and the steps of their handling the resident follows. Shard keys as decision 0009
// says: tenant_id in every key.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE support_invitations (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      resident_user_id uuid NOT NULL,
      supporter_name text NOT NULL,
      supporter_email text NOT NULL,
      -- chosen from the municipality's list: the supporter's account; a person the resident named: empty until accepted
      supporter_user_id uuid,
      categories text[] NOT NULL,
      token_hash text NOT NULL,
      expires_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      accepted_at timestamptz,
      -- the supporter's account was made by accepting: a person one resident chose, not on the municipality's list
      made_account boolean NOT NULL DEFAULT false,
      ended_at timestamptz,
      PRIMARY KEY (id, tenant_id),
      UNIQUE (tenant_id, token_hash),
      FOREIGN KEY (tenant_id, resident_user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, supporter_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  // The link is found by its hash alone, as a match's link is: the municipality follows from the invitation.
  await sql`CREATE INDEX support_invitations_token ON support_invitations (token_hash)`.execute(db);
  await sql`CREATE INDEX support_invitations_resident ON support_invitations (tenant_id, resident_user_id)`.execute(db);
  await sql`CREATE INDEX support_invitations_supporter ON support_invitations (tenant_id, supporter_user_id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE complaints (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      resident_user_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('klacht', 'bezwaar')),
      about text NOT NULL,
      what_happened text NOT NULL,
      wish text NOT NULL DEFAULT '',
      status text NOT NULL CHECK (status IN ('ontvangen', 'in_behandeling', 'afgehandeld')),
      filed_by_user_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, resident_user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, filed_by_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX complaints_resident ON complaints (tenant_id, resident_user_id)`.execute(db);
  await sql`CREATE INDEX complaints_status ON complaints (tenant_id, status, created_at)`.execute(db);

  // The handling, step by step, as the resident follows it: never changed afterwards.
  await sql`
    CREATE TABLE complaint_events (
      id bigserial NOT NULL,
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      complaint_id uuid NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor_user_id uuid,
      status text NOT NULL CHECK (status IN ('ontvangen', 'in_behandeling', 'afgehandeld')),
      message text NOT NULL DEFAULT '',
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaints (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, actor_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX complaint_events_complaint ON complaint_events (complaint_id, at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE complaint_events`.execute(db);
  await sql`DROP TABLE complaints`.execute(db);
  await sql`DROP TABLE support_invitations`.execute(db);
}

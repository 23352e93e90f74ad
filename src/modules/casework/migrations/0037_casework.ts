// Cases (casussen): a help request the team works as a case, with one owner, a timeline of notes and steps, and
// the municipality's terms for first contact and the plan. Shard keys as decision 0009 says: tenant_id in every key.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE cases (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      request_id uuid NOT NULL,
      owner_user_id uuid NOT NULL,
      status text NOT NULL CHECK (status IN ('open', 'gesloten')),
      opened_at timestamptz NOT NULL DEFAULT now(),
      opened_by_user_id uuid,
      first_contact_at timestamptz,
      closed_at timestamptz,
      outcome text,
      outcome_note text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, request_id) REFERENCES help_requests (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, owner_user_id) REFERENCES users (tenant_id, id),
      FOREIGN KEY (tenant_id, opened_by_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  // One open case per request: a second team member who opens it lands on the case that is already there.
  await sql`CREATE UNIQUE INDEX cases_one_open_per_request ON cases (request_id, tenant_id) WHERE status = 'open'`.execute(
    db,
  );
  await sql`CREATE INDEX cases_tenant_status ON cases (tenant_id, status)`.execute(db);

  // The timeline: notes, the hand-overs with their reason, first contact, closing and reopening.
  await sql`
    CREATE TABLE case_events (
      id bigserial NOT NULL,
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      case_id uuid NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor_user_id uuid,
      kind text NOT NULL,
      text text,
      to_user_id uuid,
      detail jsonb NOT NULL DEFAULT '{}'::jsonb,
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, case_id) REFERENCES cases (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, actor_user_id) REFERENCES users (tenant_id, id),
      FOREIGN KEY (tenant_id, to_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX case_events_case ON case_events (case_id, at)`.execute(db);

  // The municipality's terms; a municipality without a row has the defaults (casework/deadlines.ts).
  await sql`
    CREATE TABLE case_terms (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      first_contact_working_days integer NOT NULL CHECK (first_contact_working_days BETWEEN 1 AND 30),
      plan_weeks integer NOT NULL CHECK (plan_weeks BETWEEN 1 AND 26),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE case_terms`.execute(db);
  await sql`DROP TABLE case_events`.execute(db);
  await sql`DROP TABLE cases`.execute(db);
}

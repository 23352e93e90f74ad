// Consent as a record of its own (issue 12, deliver 7): who may see which category of a resident's data, for what,
// from when until when, given how and noted by whom; or a legal basis a regisseur recorded instead, with its reason.
// History stays: a withdrawal is a timestamp on the record, never a change of what it said. Shard keys as decision
// 0009 says: tenant_id in every key.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE consents (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('toestemming', 'wettelijke_grondslag')),
      subject_user_id uuid,
      request_id uuid,
      recipient_kind text NOT NULL CHECK (recipient_kind IN ('persoon', 'rol', 'organisatie')),
      recipient_user_id uuid,
      recipient_name text,
      recipient_email text,
      recipient_role text,
      category text NOT NULL,
      purpose text NOT NULL,
      purpose_note text,
      starts_on text NOT NULL CHECK (starts_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      ends_on text CHECK (ends_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND ends_on >= starts_on),
      given_how text CHECK (given_how IN ('schriftelijk', 'mondeling', 'digitaal')),
      reason text,
      recorded_by_user_id uuid,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      withdrawn_at timestamptz,
      withdrawn_by_user_id uuid,
      PRIMARY KEY (id, tenant_id),
      CHECK (subject_user_id IS NOT NULL OR request_id IS NOT NULL),
      CHECK (recipient_kind <> 'persoon' OR recipient_name IS NOT NULL),
      CHECK (recipient_kind <> 'rol' OR recipient_role IS NOT NULL),
      CHECK (recipient_kind <> 'organisatie' OR recipient_name IS NOT NULL),
      CHECK (kind <> 'toestemming' OR given_how IS NOT NULL),
      CHECK (kind <> 'wettelijke_grondslag' OR (reason IS NOT NULL AND recorded_by_user_id IS NOT NULL)),
      FOREIGN KEY (tenant_id, subject_user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, request_id) REFERENCES help_requests (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, recipient_user_id) REFERENCES users (tenant_id, id),
      FOREIGN KEY (tenant_id, recorded_by_user_id) REFERENCES users (tenant_id, id),
      FOREIGN KEY (tenant_id, withdrawn_by_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  // The gate's question: this person, this category, today.
  await sql`CREATE INDEX consents_subject ON consents (tenant_id, subject_user_id, category)`.execute(db);
  await sql`CREATE INDEX consents_request ON consents (tenant_id, request_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE consents`.execute(db);
}

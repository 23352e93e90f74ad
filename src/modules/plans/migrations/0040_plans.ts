// The personal plan the resident owns (issue 12, deliver 3): one plan per case, its goals per domain, its agreements
// (who does what by when), every change with who made it, and the network meeting (an Eigen Kracht-style plan
// meeting) with its invitees. Shard keys as decision 0009 says: tenant_id in every key. Nothing is deleted by the
// application: a removed goal or agreement is marked removed, and every change is a new row in plan_changes.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE plans (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      case_id uuid NOT NULL,
      status text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'vastgesteld')),
      set_at timestamptz,
      set_by_user_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, tenant_id),
      UNIQUE (case_id, tenant_id),
      FOREIGN KEY (tenant_id, case_id) REFERENCES cases (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, set_by_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);

  await sql`
    CREATE TABLE plan_goals (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      plan_id uuid NOT NULL,
      domain_key text NOT NULL,
      goal text NOT NULL,
      went_well text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      removed_at timestamptz,
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id) ON DELETE CASCADE
    )`.execute(db);
  await sql`CREATE INDEX plan_goals_plan ON plan_goals (plan_id, tenant_id)`.execute(db);

  await sql`
    CREATE TABLE plan_agreements (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      plan_id uuid NOT NULL,
      goal_id uuid,
      what text NOT NULL,
      who text NOT NULL CHECK (who IN ('bewoner', 'netwerk', 'vrijwilliger', 'activiteit', 'professional')),
      who_name text,
      activity_id uuid,
      referral_id uuid,
      due_on text CHECK (due_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      done_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      removed_at timestamptz,
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id) ON DELETE CASCADE
    )`.execute(db);
  await sql`CREATE INDEX plan_agreements_plan ON plan_agreements (plan_id, tenant_id)`.execute(db);

  // Every change: who (account and role at the time), when, which item and field, the text before and after.
  await sql`
    CREATE TABLE plan_changes (
      id bigserial NOT NULL,
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      plan_id uuid NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor_user_id uuid,
      actor_role text NOT NULL,
      item_kind text NOT NULL,
      item_id uuid,
      field text NOT NULL,
      old_text text,
      new_text text,
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, actor_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX plan_changes_plan ON plan_changes (plan_id, tenant_id, at)`.execute(db);

  // The network meeting and the people invited to it: third parties, so only a name and, if the resident wants the
  // invitation sent, one way to reach them.
  await sql`
    CREATE TABLE plan_meetings (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      plan_id uuid NOT NULL,
      meets_on text NOT NULL CHECK (meets_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      place text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id) ON DELETE CASCADE
    )`.execute(db);
  await sql`
    CREATE TABLE plan_meeting_invitees (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      meeting_id uuid NOT NULL,
      name text NOT NULL,
      phone text,
      email text,
      agreement_id uuid,
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, meeting_id) REFERENCES plan_meetings (tenant_id, id) ON DELETE CASCADE
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE plan_meeting_invitees`.execute(db);
  await sql`DROP TABLE plan_meetings`.execute(db);
  await sql`DROP TABLE plan_changes`.execute(db);
  await sql`DROP TABLE plan_agreements`.execute(db);
  await sql`DROP TABLE plan_goals`.execute(db);
  await sql`DROP TABLE plans`.execute(db);
}

// The regisseur and free choice of provider (issue 12, deliver 4 and 5): one regisseur per case, the referrals
// (verwijzingen) the resident chooses with their escalation, the escalation settings beside the case terms, and in the
// social base a flag for the team's own organisations and a waiting time per professional service. One migration
// number was given for all of it, so the two social base columns are added here too (docs/regie.md says so).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE cases ADD COLUMN regisseur_user_id uuid`.execute(db);
  await sql`
    ALTER TABLE cases ADD CONSTRAINT cases_regisseur_fk
      FOREIGN KEY (tenant_id, regisseur_user_id) REFERENCES users (tenant_id, id)`.execute(db);

  // Step 2 of an escalation waits this many working days after step 1, and goes to the team manager.
  await sql`
    ALTER TABLE case_terms
      ADD COLUMN escalation_working_days integer NOT NULL DEFAULT 5
        CHECK (escalation_working_days BETWEEN 1 AND 30),
      ADD COLUMN manager_name text,
      ADD COLUMN manager_email text`.execute(db);

  // Not personal data: which organisations belong to the team itself, and how long a service's waiting list is.
  await sql`ALTER TABLE organisations ADD COLUMN team_own boolean NOT NULL DEFAULT false`.execute(db);
  await sql`ALTER TABLE activities ADD COLUMN waiting_weeks integer CHECK (waiting_weeks BETWEEN 0 AND 104)`.execute(
    db,
  );

  // Dates are ISO text (as consents keep them): the Dutch calendar day, the same on PGlite and PostgreSQL.
  // A referral keeps the provider's name and own-organisation flag as they were at the time of choice, so a later
  // change in the social base (or an import that removes the service) does not rewrite history or the monitoring.
  await sql`
    CREATE TABLE referrals (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      case_id uuid NOT NULL,
      activity_id uuid,
      organisation_id uuid,
      provider_name text NOT NULL,
      service_name text,
      own_organisation boolean NOT NULL,
      reason text NOT NULL,
      chosen_how text NOT NULL CHECK (chosen_how IN ('bewoner_in_nabij', 'in_gesprek', 'telefonisch', 'schriftelijk')),
      chosen_by_user_id uuid,
      chosen_at timestamptz NOT NULL DEFAULT now(),
      start_by text CHECK (start_by ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      contact_email text,
      status text NOT NULL CHECK (status IN ('open', 'gestart', 'gestopt')),
      started_at timestamptz,
      stopped_at timestamptz,
      escalation_step integer NOT NULL DEFAULT 0 CHECK (escalation_step BETWEEN 0 AND 2),
      escalated_on text CHECK (escalated_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, case_id) REFERENCES cases (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, chosen_by_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX referrals_case ON referrals (tenant_id, case_id)`.execute(db);
  await sql`CREATE INDEX referrals_due ON referrals (status, start_by) WHERE status = 'open'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE referrals`.execute(db);
  await sql`ALTER TABLE activities DROP COLUMN waiting_weeks`.execute(db);
  await sql`ALTER TABLE organisations DROP COLUMN team_own`.execute(db);
  await sql`
    ALTER TABLE case_terms DROP COLUMN escalation_working_days, DROP COLUMN manager_name,
      DROP COLUMN manager_email`.execute(db);
  await sql`ALTER TABLE cases DROP CONSTRAINT cases_regisseur_fk`.execute(db);
  await sql`ALTER TABLE cases DROP COLUMN regisseur_user_id`.execute(db);
}

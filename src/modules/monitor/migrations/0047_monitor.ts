// The monitor (issue 14): figures per wijk and per month or quarter for the Wmo council, the klankbordgroep, the team
// and the municipality. Figures are computed by the refresh job into monitor_values (counts, never persons), so a
// page reads a few hundred rows however large the city. Satisfaction answers are kept without any link to the person
// or the invitation they came from. Shard keys as decision 0009 says: tenant_id in every key.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Which buurt a postcode belongs to (its four digits, or all six characters where a PC4 spans two buurten), so a
  // help request, which has a postcode and no wijk, is counted in its wijk. The longest match wins.
  await sql`
    CREATE TABLE area_postcodes (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      postcode_prefix text NOT NULL CHECK (postcode_prefix ~ '^[0-9]{4}([A-Z]{2})?$'),
      area_id uuid NOT NULL,
      PRIMARY KEY (tenant_id, postcode_prefix),
      FOREIGN KEY (tenant_id, area_id) REFERENCES areas (tenant_id, id) ON DELETE CASCADE
    )`.execute(db);

  // An invitation to the satisfaction questions (CEO Wmo), sent after a match, a closed case or a closed signal.
  // It keeps what it was about (to invite once) but no address; the answers below keep no link to it.
  await sql`
    CREATE TABLE satisfaction_invitations (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      about text NOT NULL CHECK (about IN ('koppeling', 'casus', 'signaal')),
      source_id uuid NOT NULL,
      neighbourhood_id uuid,
      token_hash text NOT NULL,
      language text NOT NULL DEFAULT 'nl',
      sent_at timestamptz NOT NULL DEFAULT now(),
      answered_at timestamptz,
      expires_at timestamptz NOT NULL,
      PRIMARY KEY (id, tenant_id),
      UNIQUE (tenant_id, about, source_id),
      FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX satisfaction_invitations_token ON satisfaction_invitations (token_hash)`.execute(db);

  // One answer to one question on the 5-point scale (1 = helemaal mee oneens … 5 = helemaal mee eens), or 'weet
  // niet' (score null). Only the month is kept, so an answer cannot be traced back to the day of a match.
  await sql`
    CREATE TABLE satisfaction_answers (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      about text NOT NULL CHECK (about IN ('koppeling', 'casus', 'signaal')),
      neighbourhood_id uuid,
      question_key text NOT NULL,
      score smallint CHECK (score BETWEEN 1 AND 5),
      answered_month date NOT NULL,
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX satisfaction_answers_month ON satisfaction_answers (tenant_id, answered_month)`.execute(db);

  // The computed figures: one row per figure, period and wijk ('gemeente' for the whole municipality, 'onbekend'
  // for what could not be placed in a wijk). n is the count (or the number a share or mean is taken over), value
  // the numerator of a share or the mean/median; figures.ts says which. Suppression happens when they are shown.
  await sql`
    CREATE TABLE monitor_values (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      figure_key text NOT NULL,
      period_kind text NOT NULL CHECK (period_kind IN ('maand', 'kwartaal')),
      period_start date NOT NULL,
      wijk text NOT NULL,
      n bigint NOT NULL,
      value numeric,
      computed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, figure_key, period_kind, period_start, wijk)
    )`.execute(db);
  await sql`CREATE INDEX monitor_values_period ON monitor_values (tenant_id, period_kind, period_start)`.execute(db);

  // What the municipality publishes: periods up to published_through are public; later ones are a draft that the
  // klankbordgroep, the Wmo council and the team see first. The open data export only when publish_open_data.
  await sql`
    CREATE TABLE monitor_settings (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      published_through date,
      publish_open_data boolean NOT NULL DEFAULT false,
      refreshed_at timestamptz,
      updated_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id),
      FOREIGN KEY (tenant_id, updated_by) REFERENCES users (tenant_id, id)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'monitor_settings',
    'monitor_values',
    'satisfaction_answers',
    'satisfaction_invitations',
    'area_postcodes',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
}

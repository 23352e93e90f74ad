// Signals (issue 13): residents, volunteers, key persons and partners tell the team what they see, about a person
// ("ik maak me zorgen om iemand") or about the neighbourhood ("er speelt iets in de buurt"). The team goes out, the
// reporter hears it was picked up, and neighbourhood themes become visible. Every step is a row of signal_events;
// the allowed steps are the table in states.ts. The retention job counts what it deletes in retention_runs (0043).
// Shard keys as decision 0009 says: tenant_id in every key.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE signals (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      reference text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('persoon', 'buurt')),
      -- a concern about a person (oudere_alleen, …) or a neighbourhood theme (eenzaamheid, …): schema.ts lists them
      topic text NOT NULL,
      urgency text NOT NULL CHECK (urgency IN ('spoed', 'hoog', 'normaal')),
      status text NOT NULL CHECK (status IN ('gemeld', 'in_behandeling', 'erop_af_geweest', 'doorgezet', 'afgesloten')),
      -- what the reporter wrote: what they see, since when, and (about the neighbourhood) what would help
      what_seen text NOT NULL,
      since_when text NOT NULL DEFAULT '',
      what_would_help text NOT NULL DEFAULT '',
      -- where: a street or postcode, no house number needed; how to recognise the person or the house, if known
      street text NOT NULL DEFAULT '',
      postcode text,
      neighbourhood_id uuid,
      area_id uuid,
      person_hint text NOT NULL DEFAULT '',
      person_knows text CHECK (person_knows IN ('ja', 'nee', 'weet_niet')),
      -- danger read in the text by triage's danger detection, or said by the reporter: the reasons, for the team
      danger_reasons jsonb NOT NULL DEFAULT '[]',
      -- who signalled: never shown to the person signalled about
      reporter_user_id uuid,
      reporter_role text NOT NULL CHECK (reporter_role IN ('bewoner', 'vrijwilliger', 'sleutelpersoon', 'partner')),
      reporter_organisation text NOT NULL DEFAULT '',
      reporter_name text NOT NULL DEFAULT '',
      reporter_email text,
      reporter_phone text NOT NULL DEFAULT '',
      reporter_wants_mail boolean NOT NULL DEFAULT false,
      status_token_hash text NOT NULL,
      language text NOT NULL DEFAULT 'nl',
      -- the outreach (erop af): its owner, and the result of the visit
      owner_user_id uuid,
      visit_result text CHECK (visit_result IN ('contact_gemaakt', 'geen_contact', 'wil_geen_hulp')),
      visit_note text NOT NULL DEFAULT '',
      visited_at timestamptz,
      -- passed on: to a help request, a case, or the neighbourhood agenda (through a theme)
      forwarded_to text CHECK (forwarded_to IN ('hulpvraag', 'casus', 'wijkagenda')),
      help_request_id uuid,
      case_id uuid,
      theme_id uuid,
      -- the person signalled about, once contacted: told that a signal was made, with a link to what the log says
      subject_token_hash text,
      subject_told_at timestamptz,
      closing_outcome text
        CHECK (closing_outcome IN ('opgepakt', 'ongegrond', 'wil_geen_hulp', 'geen_contact', 'dubbel')),
      -- the reporter's answer to "Had je het gevoel dat er iets met je signaal gedaan is?"
      feedback text CHECK (feedback IN ('ja', 'nee')),
      feedback_note text NOT NULL DEFAULT '',
      feedback_at timestamptz,
      due_at timestamptz NOT NULL,
      second_due_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      PRIMARY KEY (id, tenant_id),
      UNIQUE (tenant_id, reference),
      FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods (tenant_id, id),
      FOREIGN KEY (tenant_id, area_id) REFERENCES areas (tenant_id, id),
      FOREIGN KEY (tenant_id, reporter_user_id) REFERENCES users (tenant_id, id),
      FOREIGN KEY (tenant_id, owner_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  // The status link is found by its hash alone, as a help request's is: the municipality follows from the signal.
  await sql`CREATE INDEX signals_status_token ON signals (status_token_hash)`.execute(db);
  await sql`
    CREATE INDEX signals_subject_token ON signals (subject_token_hash) WHERE subject_token_hash IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX signals_open ON signals (tenant_id, due_at) WHERE status <> 'afgesloten'`.execute(db);
  await sql`CREATE INDEX signals_reporter ON signals (tenant_id, reporter_user_id)`.execute(db);
  await sql`CREATE INDEX signals_theme ON signals (tenant_id, kind, topic, area_id, status)`.execute(db);
  await sql`CREATE INDEX signals_closed ON signals (tenant_id, closing_outcome, closed_at)`.execute(db);

  // Every step, with who took it and why: never changed afterwards.
  await sql`
    CREATE TABLE signal_events (
      id bigserial NOT NULL,
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      signal_id uuid NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor_user_id uuid,
      -- 'team' (actor_user_id says who), 'melder' (the reporter, by their link or account), 'systeem'
      actor_kind text NOT NULL CHECK (actor_kind IN ('team', 'melder', 'systeem')),
      kind text NOT NULL,
      from_status text,
      to_status text,
      reason text NOT NULL DEFAULT '',
      detail jsonb NOT NULL DEFAULT '{}',
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, signal_id) REFERENCES signals (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, actor_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX signal_events_signal ON signal_events (tenant_id, signal_id, at)`.execute(db);

  // The standard texts of the status mails, per state, as the team wrote them (else the defaults in texts.ts).
  await sql`
    CREATE TABLE signal_status_texts (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      step text NOT NULL,
      text text NOT NULL,
      updated_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, step),
      FOREIGN KEY (tenant_id, updated_by) REFERENCES users (tenant_id, id)
    )`.execute(db);

  // The municipality's own terms per kind and urgency (else the defaults in terms.ts).
  await sql`
    CREATE TABLE signal_terms (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('persoon', 'buurt')),
      urgency text NOT NULL CHECK (urgency IN ('spoed', 'hoog', 'normaal')),
      first_amount integer NOT NULL CHECK (first_amount > 0),
      first_unit text NOT NULL CHECK (first_unit IN ('uren', 'werkdagen')),
      second_amount integer NOT NULL CHECK (second_amount > 0),
      second_unit text NOT NULL CHECK (second_unit IN ('uren', 'werkdagen')),
      PRIMARY KEY (tenant_id, kind, urgency)
    )`.execute(db);

  // A neighbourhood theme the community worker made of signals (theme and buurt): ready for the neighbourhood agenda,
  // which takes it over when that module is installed (agenda_item_id). No personal data: counts and words only.
  await sql`
    CREATE TABLE neighbourhood_themes (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      topic text NOT NULL,
      neighbourhood_id uuid,
      area_id uuid,
      title text NOT NULL,
      summary text NOT NULL DEFAULT '',
      signal_count integer NOT NULL DEFAULT 0,
      status text NOT NULL CHECK (status IN ('klaar_voor_agenda', 'op_agenda')),
      agenda_item_id uuid,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods (tenant_id, id),
      FOREIGN KEY (tenant_id, area_id) REFERENCES areas (tenant_id, id),
      FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id)
    )`.execute(db);

  // One summary mail a day per municipality, however often the job runs.
  await sql`
    CREATE TABLE signal_digests (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      day text NOT NULL,  -- the Amsterdam date, yyyy-mm-dd
      overdue_count integer NOT NULL,
      sent_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, day)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE signal_digests`.execute(db);
  await sql`DROP TABLE neighbourhood_themes`.execute(db);
  await sql`DROP TABLE signal_terms`.execute(db);
  await sql`DROP TABLE signal_status_texts`.execute(db);
  await sql`DROP TABLE signal_events`.execute(db);
  await sql`DROP TABLE signals`.execute(db);
}

// Residents at the helm (issue 14): the neighbourhood agenda (wijkagenda), the team's public account of what it did
// with it (verantwoording), and the sounding board of residents (klankbordgroep). Proposals and results are public
// by nature; who proposed, who supports, who follows and who sits on the board are personal data, read through the
// gate. Shard keys as decision 0009 says: tenant_id in every key.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A municipality's own answer term and whether it publishes the agenda as open data.
  await sql`
    CREATE TABLE agenda_settings (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      answer_term_days integer NOT NULL DEFAULT 42 CHECK (answer_term_days BETWEEN 1 AND 365),
      updated_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id),
      FOREIGN KEY (tenant_id, updated_by) REFERENCES users (tenant_id, id)
    )`.execute(db);

  // A priority a resident proposes for their wijk: what, where, why, and what they would do themselves. The steps
  // between the statuses are the table in states.ts; the team's answer is one of three, with its text.
  await sql`
    CREATE TABLE agenda_proposals (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      reference text NOT NULL,
      neighbourhood_id uuid NOT NULL,
      area_id uuid,
      title text NOT NULL,
      what text NOT NULL,
      where_text text NOT NULL DEFAULT '',
      why text NOT NULL DEFAULT '',
      own_contribution text NOT NULL DEFAULT '',
      -- who proposed: never shown publicly (the page says "een bewoner uit <wijk>"); null when it came from signals
      proposer_user_id uuid,
      -- a neighbourhood theme made of signals (signals' neighbourhood_themes), when the proposal came from there
      theme_id uuid,
      origin text NOT NULL DEFAULT 'bewoner' CHECK (origin IN ('bewoner', 'signalen', 'team')),
      status text NOT NULL CHECK (status IN ('ingediend', 'besproken', 'beantwoord', 'verborgen')),
      answer text CHECK (answer IN ('aangenomen', 'niet_nu', 'al_bezig')),
      answer_text text NOT NULL DEFAULT '',
      answered_by uuid,
      answered_at timestamptz,
      -- the team answers within the municipality's term (agenda_settings); past it, the proposal is flagged
      answer_due_at timestamptz NOT NULL,
      hidden_reason text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, tenant_id),
      UNIQUE (tenant_id, reference),
      CHECK ((status = 'beantwoord') = (answer IS NOT NULL)),
      FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods (tenant_id, id),
      FOREIGN KEY (tenant_id, area_id) REFERENCES areas (tenant_id, id),
      FOREIGN KEY (tenant_id, proposer_user_id) REFERENCES users (tenant_id, id),
      FOREIGN KEY (tenant_id, answered_by) REFERENCES users (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX agenda_proposals_wijk ON agenda_proposals (tenant_id, neighbourhood_id, status)`.execute(db);
  await sql`
    CREATE INDEX agenda_proposals_unanswered ON agenda_proposals (tenant_id, answer_due_at)
      WHERE status IN ('ingediend', 'besproken')`.execute(db);
  await sql`CREATE INDEX agenda_proposals_proposer ON agenda_proposals (tenant_id, proposer_user_id)`.execute(db);

  // Support: one per resident per proposal; the key itself refuses a second. Only the count is ever shown.
  await sql`
    CREATE TABLE agenda_supports (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      proposal_id uuid NOT NULL,
      user_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, proposal_id, user_id),
      FOREIGN KEY (tenant_id, proposal_id) REFERENCES agenda_proposals (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
    )`.execute(db);

  // Every step of a proposal (submitted, discussed by the klankbordgroep or the team, answered, hidden), with who.
  await sql`
    CREATE TABLE agenda_proposal_events (
      id bigserial NOT NULL,
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      proposal_id uuid NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor_user_id uuid,
      kind text NOT NULL,
      from_status text,
      to_status text,
      -- what was said: a discussion's summary, the answer; public (no names of residents)
      text text NOT NULL DEFAULT '',
      meeting_id uuid,
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, proposal_id) REFERENCES agenda_proposals (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, actor_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX agenda_proposal_events_proposal ON agenda_proposal_events (tenant_id, proposal_id, at)`.execute(
    db,
  );

  // The team's public account: an accepted proposal (or the team's own item) becomes a result with an owner,
  // milestones, progress and a timeline of updates residents can follow.
  await sql`
    CREATE TABLE agenda_results (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      neighbourhood_id uuid NOT NULL,
      proposal_id uuid,
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      -- the owner is a team member; the public page shows the role and first name only ("Joost, opbouwwerker")
      owner_user_id uuid NOT NULL,
      status text NOT NULL CHECK (status IN ('gepland', 'bezig', 'klaar', 'gestopt')),
      progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
      starts_on date,
      ends_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods (tenant_id, id),
      FOREIGN KEY (tenant_id, proposal_id) REFERENCES agenda_proposals (tenant_id, id),
      FOREIGN KEY (tenant_id, owner_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX agenda_results_wijk ON agenda_results (tenant_id, neighbourhood_id, status)`.execute(db);
  await sql`
    CREATE UNIQUE INDEX agenda_results_proposal ON agenda_results (tenant_id, proposal_id)
      WHERE proposal_id IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE agenda_milestones (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      result_id uuid NOT NULL,
      title text NOT NULL,
      due_on date,
      done_on date,
      position integer NOT NULL DEFAULT 0,
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, result_id) REFERENCES agenda_results (tenant_id, id) ON DELETE CASCADE
    )`.execute(db);
  await sql`CREATE INDEX agenda_milestones_result ON agenda_milestones (tenant_id, result_id, position)`.execute(db);

  // The timeline: what happened, with the progress it brought; followers get a mail about each.
  await sql`
    CREATE TABLE agenda_updates (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      result_id uuid NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      author_user_id uuid,
      text text NOT NULL,
      progress integer CHECK (progress BETWEEN 0 AND 100),
      status text CHECK (status IN ('gepland', 'bezig', 'klaar', 'gestopt')),
      -- set when the followers have been mailed about it
      mailed_at timestamptz,
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, result_id) REFERENCES agenda_results (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, author_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX agenda_updates_result ON agenda_updates (tenant_id, result_id, at)`.execute(db);

  // Residents who follow a result: by their account, or by an e-mail address confirmed by a link. Personal data.
  await sql`
    CREATE TABLE agenda_follows (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      result_id uuid NOT NULL,
      user_id uuid,
      email text,
      -- the link in every mail that stops following, hashed like every other link token
      stop_token_hash text NOT NULL,
      confirmed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, tenant_id),
      CHECK (user_id IS NOT NULL OR email IS NOT NULL),
      FOREIGN KEY (tenant_id, result_id) REFERENCES agenda_results (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
    )`.execute(db);
  await sql`
    CREATE UNIQUE INDEX agenda_follows_user ON agenda_follows (tenant_id, result_id, user_id)
      WHERE user_id IS NOT NULL`.execute(db);
  await sql`
    CREATE UNIQUE INDEX agenda_follows_email ON agenda_follows (tenant_id, result_id, lower(email))
      WHERE email IS NOT NULL`.execute(db);
  await sql`CREATE INDEX agenda_follows_stop ON agenda_follows (stop_token_hash)`.execute(db);

  // The sounding board per wijk: its members with their terms, chosen or drawn by lot.
  await sql`
    CREATE TABLE sounding_board_members (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      neighbourhood_id uuid NOT NULL,
      user_id uuid NOT NULL,
      chosen_how text NOT NULL CHECK (chosen_how IN ('gekozen', 'geloot')),
      draw_id uuid,
      from_on date NOT NULL,
      until_on date NOT NULL,
      ended_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, tenant_id),
      CHECK (until_on > from_on),
      FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods (tenant_id, id),
      FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
    )`.execute(db);
  await sql`CREATE INDEX sounding_board_members_wijk ON sounding_board_members (tenant_id, neighbourhood_id)`.execute(
    db,
  );
  await sql`CREATE INDEX sounding_board_members_user ON sounding_board_members (tenant_id, user_id)`.execute(db);

  // Residents who put themselves forward for the draw; each gets a number that the published draw lists.
  await sql`
    CREATE TABLE sounding_board_candidates (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      neighbourhood_id uuid NOT NULL,
      user_id uuid NOT NULL,
      motivation text NOT NULL DEFAULT '',
      number integer,
      withdrawn_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, tenant_id),
      UNIQUE (tenant_id, neighbourhood_id, user_id),
      FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods (tenant_id, id),
      FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
    )`.execute(db);

  // A draw by lot: the seed (published before or at the draw), the candidate numbers it drew from, how many seats,
  // and the numbers drawn in order. Anyone can re-run the draw from the seed and the numbers (draw.ts).
  await sql`
    CREATE TABLE sounding_board_draws (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      neighbourhood_id uuid NOT NULL,
      seed text NOT NULL,
      candidate_numbers integer[] NOT NULL,
      seats integer NOT NULL CHECK (seats > 0),
      drawn_numbers integer[] NOT NULL,
      drawn_by uuid,
      drawn_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods (tenant_id, id),
      FOREIGN KEY (tenant_id, drawn_by) REFERENCES users (tenant_id, id)
    )`.execute(db);

  // The board's meetings: an agenda before, minutes after (public once published; no residents' names in them).
  await sql`
    CREATE TABLE sounding_board_meetings (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      neighbourhood_id uuid NOT NULL,
      held_on date NOT NULL,
      place text NOT NULL DEFAULT '',
      agenda text NOT NULL DEFAULT '',
      minutes text NOT NULL DEFAULT '',
      minutes_published_at timestamptz,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, neighbourhood_id) REFERENCES neighbourhoods (tenant_id, id),
      FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX sounding_board_meetings_wijk ON sounding_board_meetings (tenant_id, neighbourhood_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'sounding_board_meetings',
    'sounding_board_draws',
    'sounding_board_candidates',
    'sounding_board_members',
    'agenda_follows',
    'agenda_updates',
    'agenda_milestones',
    'agenda_results',
    'agenda_proposal_events',
    'agenda_supports',
    'agenda_proposals',
    'agenda_settings',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
}

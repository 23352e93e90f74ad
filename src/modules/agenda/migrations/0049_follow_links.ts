// Links in the mails to followers of a result (helper B, issue 14). The database keeps only hashes of link tokens,
// so a token cannot be written into a second mail later: each mail gets a stop link of its own, and any of them
// stops the following. The confirmation link of a visitor who follows by e-mail is kept here too.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE agenda_follow_links (
      token_hash text NOT NULL,
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      follow_id uuid NOT NULL,
      purpose text NOT NULL CHECK (purpose IN ('bevestigen', 'stoppen')),
      created_at timestamptz NOT NULL DEFAULT now(),
      -- the token first: a link is looked up by its hash alone (the municipality follows from the row)
      PRIMARY KEY (token_hash, tenant_id),
      FOREIGN KEY (follow_id, tenant_id) REFERENCES agenda_follows (id, tenant_id) ON DELETE CASCADE
    )`.execute(db);
  await sql`CREATE INDEX agenda_follow_links_follow ON agenda_follow_links (tenant_id, follow_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE agenda_follow_links`.execute(db);
}

// The typo fallback of the public search as the pg_trgm documentation advises: a small table of the distinct words
// of each municipality's searchable names (name, need keys, provider: `activities.search_text`), with how many
// activities hold each word. A misspelt word is looked up there by trigram similarity (a few thousand short rows),
// and the normal ranked full-text search runs with the words found. Before, `word_similarity` rechecked every
// candidate activity's whole `search_text`: 937 candidates and 20 ms of SQL for "bootschappen" at city scale
// (issue 11).
//
// Kept by statement triggers on `activities` with transition tables, so a bulk insert of 1,000 activities updates
// the table once, and an update that leaves the searchable text as it was (a confirmation, a free place) writes
// nothing. A word whose count reaches 0 (its last activity deleted or renamed) is removed.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The words of one searchable text: the 'simple' parser (no stemming; a hyphenated compound gives the whole and
  // its parts), distinct, of at least 3 characters, not only digits.
  await sql`
    CREATE FUNCTION activity_words_of(search_text text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(w ORDER BY w), '{}')
      FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, search_text))) AS w
      WHERE length(w) >= 3 AND w !~ '^[0-9]+$'
    $$`.execute(db);

  await sql`
    CREATE TABLE activity_words (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      word text NOT NULL,
      activities integer NOT NULL,
      PRIMARY KEY (tenant_id, word)
    )`.execute(db);
  // Nearest words first (ORDER BY typed <<-> word LIMIT n reads only a few index entries).
  await sql`CREATE INDEX activity_words_trgm ON activity_words USING gist (word gist_trgm_ops)`.execute(db);

  // One function for the three statement triggers: the change of each (tenant, word) count, then applied. Positive
  // changes are upserts; negative ones only lower existing rows (never insert), so deleting a municipality, which
  // deletes its activities and its words in one cascade, cannot insert a word for a municipality that is gone.
  await sql`
    CREATE FUNCTION activity_words_update() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      tenants uuid[];
      words text[];
      changes integer[];
    BEGIN
      IF TG_OP = 'INSERT' THEN
        SELECT array_agg(c.tenant_id ORDER BY c.tenant_id, c.word), array_agg(c.word ORDER BY c.tenant_id, c.word),
               array_agg(c.change ORDER BY c.tenant_id, c.word)
        INTO tenants, words, changes
        FROM (SELECT r.tenant_id, w.word, count(*)::integer AS change
              FROM new_rows r, unnest(activity_words_of(r.search_text)) AS w(word)
              GROUP BY r.tenant_id, w.word) c;
      ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(c.tenant_id ORDER BY c.tenant_id, c.word), array_agg(c.word ORDER BY c.tenant_id, c.word),
               array_agg(c.change ORDER BY c.tenant_id, c.word)
        INTO tenants, words, changes
        FROM (SELECT r.tenant_id, w.word, -count(*)::integer AS change
              FROM old_rows r, unnest(activity_words_of(r.search_text)) AS w(word)
              GROUP BY r.tenant_id, w.word) c;
      ELSE
        SELECT array_agg(c.tenant_id ORDER BY c.tenant_id, c.word), array_agg(c.word ORDER BY c.tenant_id, c.word),
               array_agg(c.change ORDER BY c.tenant_id, c.word)
        INTO tenants, words, changes
        FROM (SELECT r.tenant_id, w.word, sum(r.sign)::integer AS change
              FROM (SELECT n.tenant_id, n.search_text, 1 AS sign FROM new_rows n
                    UNION ALL
                    SELECT o.tenant_id, o.search_text, -1 AS sign FROM old_rows o) r,
                   unnest(activity_words_of(r.search_text)) AS w(word)
              GROUP BY r.tenant_id, w.word
              HAVING sum(r.sign) <> 0) c;
      END IF;
      IF tenants IS NULL THEN
        RETURN NULL;
      END IF;
      INSERT INTO activity_words AS a (tenant_id, word, activities)
      SELECT c.tenant_id, c.word, c.change FROM unnest(tenants, words, changes) AS c(tenant_id, word, change)
      WHERE c.change > 0
      ON CONFLICT (tenant_id, word) DO UPDATE SET activities = a.activities + excluded.activities;
      UPDATE activity_words AS a SET activities = a.activities + c.change
      FROM unnest(tenants, words, changes) AS c(tenant_id, word, change)
      WHERE c.change < 0 AND a.tenant_id = c.tenant_id AND a.word = c.word;
      DELETE FROM activity_words AS a
      USING unnest(tenants, words, changes) AS c(tenant_id, word, change)
      WHERE c.change < 0 AND a.tenant_id = c.tenant_id AND a.word = c.word AND a.activities <= 0;
      RETURN NULL;
    END;
    $$`.execute(db);
  await sql`
    CREATE TRIGGER activity_words_insert AFTER INSERT ON activities
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_words_update()`.execute(db);
  await sql`
    CREATE TRIGGER activity_words_update AFTER UPDATE ON activities
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION activity_words_update()`.execute(db);
  await sql`
    CREATE TRIGGER activity_words_delete AFTER DELETE ON activities
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_words_update()`.execute(db);

  // The activities already there.
  await sql`
    INSERT INTO activity_words (tenant_id, word, activities)
    SELECT a.tenant_id, w.word, count(*)::integer
    FROM activities a, unnest(activity_words_of(a.search_text)) AS w(word)
    GROUP BY a.tenant_id, w.word`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER activity_words_delete ON activities`.execute(db);
  await sql`DROP TRIGGER activity_words_update ON activities`.execute(db);
  await sql`DROP TRIGGER activity_words_insert ON activities`.execute(db);
  await sql`DROP FUNCTION activity_words_update()`.execute(db);
  await sql`DROP TABLE activity_words`.execute(db);
  await sql`DROP FUNCTION activity_words_of(text)`.execute(db);
}

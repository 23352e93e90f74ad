// Whether someone of the team has seen a volunteer's VOG. A date the volunteer types is "opgegeven" and does not
// count for the VOG rules of matching; a team member who saw the certificate marks it "gezien", and only then it
// counts.
//
// Existing rows: a VOG that came in with a coordinator's import file ("vog = ja", external id not starting with
// "nb-") was seen by the team, so it is "gezien". A VOG date a volunteer typed in the sign-up form (external id
// "nb-<user id>", the only way Nabij itself makes a volunteer) was never seen by anyone: it becomes "opgegeven",
// even though it counted until now. Counting a certificate nobody saw is the mistake this column corrects, so we
// rather ask the team to look once more than keep trusting those dates.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('volunteers')
    .addColumn('vog_status', 'text')
    .addColumn('vog_seen_at', 'timestamptz')
    .addColumn('vog_seen_by', 'uuid')
    .execute();
  await sql`
    UPDATE volunteers SET vog_status = CASE WHEN external_id LIKE 'nb-%' THEN 'opgegeven' ELSE 'gezien' END
    WHERE vog_date IS NOT NULL`.execute(db);
  await sql`
    ALTER TABLE volunteers
      ADD CONSTRAINT volunteers_vog_status_check CHECK (vog_status IN ('opgegeven', 'gezien')),
      ADD CONSTRAINT volunteers_vog_status_with_date CHECK ((vog_date IS NULL) = (vog_status IS NULL))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE volunteers
      DROP CONSTRAINT volunteers_vog_status_with_date,
      DROP CONSTRAINT volunteers_vog_status_check,
      DROP COLUMN vog_seen_by,
      DROP COLUMN vog_seen_at,
      DROP COLUMN vog_status`.execute(db);
}

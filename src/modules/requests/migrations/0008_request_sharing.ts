// What the asker agrees a volunteer may see of them: first name, postcode area, the need, and an optional note in
// their own words. The request keeps the asker's choice; each match keeps its own copy, which the asker can change.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('help_requests')
    .addColumn('share_with_volunteer', 'jsonb', (c) =>
      c.notNull().defaultTo(sql`'{"voornaam": true, "buurt": true, "behoeften": true, "bericht": ""}'::jsonb`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('help_requests').dropColumn('share_with_volunteer').execute();
}

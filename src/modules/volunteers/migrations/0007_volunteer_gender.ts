// A volunteer's own answer to "Ik ben": a woman, a man, or other / rather not say. Optional, and only used when an
// asker explicitly wishes for a woman or a man as helper.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('volunteers')
    .addColumn('gender', 'text', (c) => c.check(sql`gender IN ('v', 'm', 'x')`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('volunteers').dropColumn('gender').execute();
}

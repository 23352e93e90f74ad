// The asker's wish that someone comes along the first time is a task for the team: when it was arranged, so the task
// can be ticked off (who did it is in the request's history).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('matches').addColumn('buddy_arranged_at', 'timestamptz').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('matches').dropColumn('buddy_arranged_at').execute();
}

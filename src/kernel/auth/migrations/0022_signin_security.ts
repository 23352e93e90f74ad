// Staff sign-in that holds against replay and guessing, and rate limits that hold across restarts and instances:
// the last TOTP step used per account, a failure count with a lock-out time, and rate-limit counters in the database.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('totp_last_step', 'bigint')
    .addColumn('failed_signins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .execute();
  // The key is a hash of the route and the caller's address: no address is stored.
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('window_ends', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX rate_limits_window_ends ON rate_limits (window_ends)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limits').execute();
  await db.schema
    .alterTable('users')
    .dropColumn('totp_last_step')
    .dropColumn('failed_signins')
    .dropColumn('locked_until')
    .execute();
}

// A one-time link can now also be the link a new staff member sets their password with: the purpose says which, so
// a password link never signs anyone in and a sign-in link never sets a password.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('login_codes')
    .addColumn('purpose', 'text', (c) =>
      c
        .notNull()
        .defaultTo('inloggen')
        .check(sql`purpose IN ('inloggen', 'wachtwoord')`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('login_codes').dropColumn('purpose').execute();
}

// Sign-ups that wait for the person to click the link in their mail: no account is made before that. The token is
// kept as a hash; the row goes when the link is used or has expired.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pending_sign_ups')
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    /** The rest of the form, as the sign-up read it. */
    .addColumn('profile', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    // The token comes first in the key: the link in the mail is looked up by its token.
    .addPrimaryKeyConstraint('pending_sign_ups_pkey', ['token_hash', 'tenant_id'])
    .execute();
  // A new sign-up for the same address replaces the one before it.
  await sql`CREATE INDEX pending_sign_ups_email ON pending_sign_ups (tenant_id, lower(email))`.execute(db);
  await db.schema.createIndex('pending_sign_ups_expires').on('pending_sign_ups').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pending_sign_ups').execute();
}

// The application's database role. Migrations run as the owner of the tables; the application then works as
// `nabij_app`, which may read and write the tables of personal data but may only read and add to the access log,
// and may not alter, disable a trigger of, or drop any table. So no bug or injected query in the application can
// quietly change the log: only the owner can, and the hash chain shows it (see chain.ts).
import { sql } from 'kysely';
import { APP_ROLE, type Db, inTransaction } from './database.js';

/** Tables the application may read and add to, never change. */
const appendOnly = ['access_log'];
/** Tables the application may only read: kept by the owner's triggers or by the migrator. */
const readOnly = ['access_log_heads'];
const ownerOnly = ['kysely_migration', 'kysely_migration_lock'];

/**
 * Creates the role when it is missing, makes `member` (the application's login; the owner's own login when one
 * URL is used for both) a member, and sets its rights on every table of the current schema. Run by the owner after
 * each migration, so new tables are covered; safe to run often and from several processes at once.
 */
export function grantAppRole(db: Db, member?: string): Promise<void> {
  // Two servers starting on one database grant at the same moment, and PostgreSQL refuses concurrent changes of one
  // table's rights ("tuple concurrently updated"): one process at a time, by a lock the transaction lets go of.
  return inTransaction(db, async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended('nabij:grant-app-role', 0))`.execute(trx);
    await grantInOrder(trx, member);
  });
}

async function grantInOrder(db: Db, member?: string): Promise<void> {
  // Two processes may create the role at the same moment (CI runs test files in parallel): the loser lets it be.
  await sql
    .raw(
      `DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE} NOLOGIN; END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`,
    )
    .execute(db);
  const login = member ?? (await sql<{ name: string }>`SELECT current_user AS name`.execute(db)).rows[0]!.name;
  const { rows } = await sql<{
    member: boolean;
  }>`SELECT pg_has_role(${login}, ${APP_ROLE}, 'MEMBER') AS member`.execute(db);
  if (!rows[0]?.member)
    await sql
      .raw(
        `DO $$ BEGIN GRANT ${APP_ROLE} TO ${quoteIdent(login)};
        EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL; END $$`,
      )
      .execute(db);
  const schema = (await sql<{ name: string }>`SELECT current_schema() AS name`.execute(db)).rows[0]!.name;
  const s = quoteIdent(schema);
  await sql.raw(`GRANT USAGE ON SCHEMA ${s} TO ${APP_ROLE}`).execute(db);
  await sql.raw(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${APP_ROLE}`).execute(db);
  await sql.raw(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${APP_ROLE}`).execute(db);
  for (const table of appendOnly)
    await sql.raw(`REVOKE UPDATE, DELETE, TRUNCATE ON ${s}.${table} FROM ${APP_ROLE}`).execute(db);
  for (const table of readOnly)
    await sql.raw(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${s}.${table} FROM ${APP_ROLE}`).execute(db);
  for (const table of ownerOnly) await sql.raw(`REVOKE ALL ON ${s}.${table} FROM ${APP_ROLE}`).execute(db);
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The login name in a PostgreSQL URL, which becomes a member of the application's role. */
export const loginOf = (url: string): string => decodeURIComponent(new URL(url).username);

// The tax-free volunteer allowance (vrijwilligersvergoeding) per calendar year: national amounts, the same for every
// municipality, kept as a setting an administrator adds a year to when the Belastingdienst publishes it.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('allowance_limits')
    .addColumn('year', 'integer', (c) => c.primaryKey().check(sql`year BETWEEN 2000 AND 2100`))
    .addColumn('month_cents', 'integer', (c) => c.notNull().check(sql`month_cents > 0`))
    .addColumn('year_cents', 'integer', (c) => c.notNull().check(sql`year_cents > 0`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`COMMENT ON TABLE allowance_limits IS 'nabij:reference - national allowance amounts per year'`.execute(db);
  // The amounts the code held until now (2025), and 2026's, which the Belastingdienst kept the same.
  await sql`
    INSERT INTO allowance_limits (year, month_cents, year_cents)
    VALUES (2025, 21000, 210000), (2026, 21000, 210000)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('allowance_limits').execute();
}

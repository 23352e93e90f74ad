// Which postcodes belong to which buurt (area_postcodes), as the administrator sets them, and how many help requests
// no postcode places yet. Counts and settings only: no personal data.
import { sql } from 'kysely';
import type { Db } from '../../../kernel/db/database.js';

/** The postcodes (PC4 "3581" or PC6 "3581AB") of every buurt of the municipality, by area id. */
export async function postcodesByArea(db: Db, tenantId: string): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('area_postcodes')
    .select(['area_id', 'postcode_prefix'])
    .where('tenant_id', '=', tenantId)
    .orderBy('postcode_prefix')
    .execute();
  const byArea = new Map<string, string[]>();
  for (const r of rows) byArea.set(r.area_id, [...(byArea.get(r.area_id) ?? []), r.postcode_prefix]);
  return byArea;
}

/** Replaces the municipality's postcodes per buurt in one go. */
export async function replacePostcodes(
  db: Db,
  tenantId: string,
  rows: readonly { areaId: string; prefix: string }[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('area_postcodes').where('tenant_id', '=', tenantId).execute();
    if (rows.length > 0)
      await trx
        .insertInto('area_postcodes')
        .values(rows.map((r) => ({ tenant_id: tenantId, postcode_prefix: r.prefix, area_id: r.areaId })))
        .execute();
  });
}

/** How many help requests with a postcode no buurt's postcodes cover (the monitor counts them as 'onbekend'). */
export async function unplacedRequestCount(db: Db, tenantId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM help_requests r
    WHERE r.tenant_id = ${tenantId} AND r.postcode IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM area_postcodes p
        WHERE p.tenant_id = r.tenant_id
          AND p.postcode_prefix IN (left(r.postcode, 4), upper(replace(r.postcode, ' ', '')))
      )`.execute(db);
  return rows[0]?.n ?? 0;
}

// Writing checked rows to the social base in one transaction: organisations by name (with the public contact a row
// gives them), places by address, activities by their id, so importing the same file twice changes nothing.
import type { Db } from '../../../kernel/db/database.js';
import type { ActivityInput } from '../activity-import.js';
import { upsertActivity, upsertOrganisation, upsertPlace } from '../queries/activities.js';
import { updateOrganisationDetails } from '../queries/hsds.js';
import { inTransaction } from '../../../kernel/db/database.js';
import { activitiesChanged } from '../events.js';

export type ImportReport = { created: number; updated: number };

export async function saveActivities(db: Db, tenantId: string, rows: readonly ActivityInput[]): Promise<ImportReport> {
  // Inside a caller's transaction (an upload draft) this runs in it; otherwise it opens one.
  const report = await inTransaction(db, async (trx) => {
    const organisationIds = new Map<string, string>();
    for (const name of new Set(rows.map((r) => r.providerName).filter(Boolean))) {
      organisationIds.set(name, await upsertOrganisation(trx, tenantId, name));
    }
    await updateOrganisationDetails(
      trx,
      tenantId,
      rows.flatMap((r) =>
        r.providerName && r.providerContact ? [{ name: r.providerName, description: null, ...r.providerContact }] : [],
      ),
    );
    let created = 0;
    let updated = 0;
    for (const row of rows) {
      const placeId =
        row.address && row.postcode
          ? await upsertPlace(trx, tenantId, {
              address: row.address,
              postcode: row.postcode,
              lat: row.lat,
              lon: row.lon,
            })
          : null;
      const organisationId = row.providerName ? (organisationIds.get(row.providerName) ?? null) : null;
      if (await upsertActivity(trx, tenantId, row, { organisationId, placeId })) created++;
      else updated++;
    }
    return { created, updated };
  });
  // What triage may propose changed. Within a caller's transaction, the caller says so after its commit.
  if (!db.isTransaction) activitiesChanged(tenantId);
  return report;
}

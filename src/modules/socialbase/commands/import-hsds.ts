// Taking over an HSDS folder: activities by their id as a spreadsheet import does, then what organisations say of
// themselves.
import type { Db } from '../../../kernel/db/database.js';
import { type HsdsTables, hsdsOrganisations, hsdsToActivityInputs } from '../hsds.js';
import { updateOrganisationDetails } from '../queries/hsds.js';
import { type ImportReport, saveActivities } from './save-activities.js';

export async function importHsds(db: Db, tenantId: string, tables: Partial<HsdsTables>): Promise<ImportReport> {
  const activities = hsdsToActivityInputs(tables);
  const report = await saveActivities(db, tenantId, activities);
  await updateOrganisationDetails(db, tenantId, hsdsOrganisations(tables));
  return report;
}

// `nabij import vrijwilligers FILE`: strong residents from a coordinator's file, through the access gate as Nabij
// itself.
import { withAccess } from '../../kernel/access/gate.js';
import type { DatabaseHandle } from '../../kernel/db/database.js';
import type { TableRow } from '../../kernel/tables/index.js';
import { parseVolunteerRows, saveVolunteers } from '../../modules/volunteers/index.js';

export async function importVolunteers(
  database: DatabaseHandle,
  tenant: { id: string; name: string },
  records: readonly TableRow[],
): Promise<number> {
  const { rows, errors } = parseVolunteerRows(records);
  for (const e of errors.slice(0, 50)) console.error(`rij ${e.row}, ${e.column}: ${e.message}`);
  if (errors.length > 0) {
    console.error(`${errors.length} fouten in ${records.length} rijen; niets opgeslagen.`);
    return 1;
  }
  const report = await withAccess(
    database.db,
    { kind: 'system', tenantId: tenant.id, process: 'opdrachtregel' },
    { category: 'vrijwilliger', action: 'create', purpose: 'vrijwilligersbeheer', subjectUserId: null },
    (gated) => saveVolunteers(gated, tenant.id, rows, new Date().toISOString().slice(0, 10)),
  );
  await database.vacuumAnalyze();
  console.log(`${tenant.name}: ${report.created} nieuw, ${report.updated} bijgewerkt.`);
  return 0;
}

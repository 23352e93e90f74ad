// `nabij import hsds <dir>`: takes over an Open Referral HSDS 3.0 folder; nothing is saved when a service is wrong.
import { loadConfig } from '../../config.js';
import { ensureTenant, findTenantBySlug } from '../../kernel/tenancy/queries.js';
import { HsdsFolderError, HsdsImportError, importHsds, readHsdsFolder } from '../../modules/socialbase/index.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';

/** Returns the exit code, as a Command's run does. */
export async function importHsdsFolder(dir: string, gemeenteSlug: string): Promise<number> {
  let tables;
  try {
    tables = await readHsdsFolder(dir);
  } catch (error) {
    if (!(error instanceof HsdsFolderError)) throw error;
    console.error(error.message);
    return 1;
  }

  const database = await openMigratedDatabase(loadConfig());
  try {
    const tenant =
      (await findTenantBySlug(database.db, gemeenteSlug)) ??
      (await ensureTenant(database.db, gemeenteSlug, gemeenteSlug.charAt(0).toUpperCase() + gemeenteSlug.slice(1)));
    try {
      const report = await importHsds(database.db, tenant.id, tables);
      await database.vacuumAnalyze();
      console.log(`${tenant.name}: ${report.created} nieuw, ${report.updated} bijgewerkt.`);
      return 0;
    } catch (error) {
      if (!(error instanceof HsdsImportError)) throw error;
      for (const p of error.problems.slice(0, 50))
        console.error(`${p.table}.csv${p.id ? `, ${p.id}` : ''}${p.field ? `, ${p.field}` : ''}: ${p.message}`);
      console.error(error.message);
      return 1;
    }
  } finally {
    await database.close();
  }
}

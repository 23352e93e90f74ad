// nabij export hsds <dir>: a municipality's public social base as an Open Referral HSDS 3.0 folder, for other
// directories.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { findTenantBySlug, type Province, provinces, setProvince } from '../../kernel/tenancy/queries.js';
import { exportHsds, writeHsdsFolder } from '../../modules/socialbase/index.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { type Command, UsageError } from '../command.js';

const formats = ['hsds'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the social base as Open Referral HSDS 3.0 (CSV files and datapackage.json)',
  usage: `nabij export <format> <dir> [--gemeente SLUG] [--provincie NAAM]

  hsds        Open Referral HSDS 3.0: one CSV per table and a datapackage.json, written into <dir>
  --gemeente  municipality to export (default: NABIJ_GEMEENTE, wijkstad)
  --provincie the municipality's province (${provinces.join(', ')}); HSDS requires it in every
              address. Kept for the next exports and for /api/v1/hsds; needed once.

Only public data is written: no key persons and no contact addresses. Files in <dir> with the
same names are replaced; exporting again without changes gives identical files.`,
  async run(args) {
    const config = loadConfig();
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { gemeente: { type: 'string', default: config.defaultTenantSlug }, provincie: { type: 'string' } },
    });
    const [format, dir, ...rest] = positionals;
    if (!format || !(formats as readonly string[]).includes(format))
      throw new UsageError(`Say what to export: ${formats.join(' or ')}`);
    if (!dir) throw new UsageError('Give the folder to write into');
    if (rest.length > 0) throw new UsageError(`Unexpected argument: ${rest.join(' ')}`);
    const province = provinces.find((p) => p.toLowerCase() === values.provincie?.trim().toLowerCase());
    if (values.provincie !== undefined && !province)
      throw new UsageError(`Unknown province ${values.provincie}; one of ${provinces.join(', ')}`);

    const database = await openMigratedDatabase(config);
    try {
      const tenant = await findTenantBySlug(database.db, values.gemeente);
      if (!tenant) {
        console.error(`Gemeente ${values.gemeente} bestaat niet.`);
        return 1;
      }
      if (province) await setProvince(database.db, tenant.id, province as Province);
      else if (!tenant.province) {
        console.error(
          `De provincie van ${tenant.name} is onbekend; HSDS vraagt die in elk adres. ` +
            `Geef haar één keer op met --provincie (bijvoorbeeld --provincie Utrecht).`,
        );
        return 1;
      }
      const tables = await exportHsds(database.db, tenant.id);
      await writeHsdsFolder(dir, tables);
      console.log(
        `${tenant.name}: ${tables.service.length} aanbod en ${tables.organization.length} organisaties ` +
          `geschreven naar ${dir}.`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};

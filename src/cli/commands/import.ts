// nabij import postcodes|activiteiten <file>: load a coordinator's or an open-data file, through the same code as the
// upload page.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { ensureTenant, findTenantBySlug } from '../../kernel/tenancy/queries.js';
import { parseActivityRows, saveActivities } from '../../modules/socialbase/index.js';
import { parsePostcodeRows, upsertPostcodes } from '../../kernel/geo/index.js';
import {
  convertedEncodingNotice,
  maxCellLength,
  maxTableRows,
  maxUnzippedBytes,
  readTable,
  TableFileError,
} from '../../kernel/tables/index.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { type Command, UsageError } from '../command.js';
import { importHsdsFolder } from './import-hsds.js';
import { importVolunteers } from './import-volunteers.js';

const kinds = ['postcodes', 'activiteiten', 'vrijwilligers', 'hsds'] as const;

export const importCommand: Command = {
  name: 'import',
  summary: 'Import postcodes or the social base from a CSV or XLSX file',
  usage: `nabij import <what> <file> [--gemeente SLUG]

  postcodes      postcode,lat,lon (the open PC6 centroid tables)
  activiteiten   the social base in the columns of CONTRACT.md; nothing is saved when a row is wrong
  vrijwilligers  strong residents in the columns of CONTRACT.md; nothing is saved when a row is wrong
  hsds           an Open Referral HSDS 3.0 folder (datapackage.json and CSV files);
                 nothing is saved when a service is wrong
  --gemeente     municipality to import into (default: wijkstad), created when it does not exist

Importing the same file again updates rows by id and creates no duplicates. A file of activities or volunteers
has at most ${maxTableRows} rows (split a larger one) and no cell longer than ${maxCellLength} characters; an XLSX
file may unpack to at most ${maxUnzippedBytes / 1024 / 1024} MB. CSV may be UTF-8, UTF-16 or Windows-1252; the last is
converted, and said so.`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { gemeente: { type: 'string', default: 'wijkstad' } },
    });
    const [what, file] = positionals;
    if (!what || !(kinds as readonly string[]).includes(what))
      throw new UsageError(`Say what to import: ${kinds.join(' or ')}`);
    if (!file) throw new UsageError('Give the file to import');
    if (what === 'hsds') return importHsdsFolder(file, values.gemeente);
    let records;
    try {
      // The open PC6 tables have some 460,000 postcodes: the row limit is for files people make by hand.
      const table = await readTable(await readFile(file), what === 'postcodes' ? { maxRows: Infinity } : {});
      const notice = convertedEncodingNotice[table.encoding];
      if (notice) console.error(notice[0]);
      records = table.rows;
    } catch (error) {
      if (!(error instanceof TableFileError)) throw error;
      console.error(error.message);
      return 1;
    }

    const database = await openMigratedDatabase(loadConfig());
    try {
      if (what === 'postcodes') {
        const { rows, errors } = parsePostcodeRows(records);
        for (const e of errors.slice(0, 20)) console.error(`rij ${e.row}, ${e.column}: ${e.message}`);
        if (errors.length > 0) {
          console.error(`${errors.length} fouten; niets opgeslagen.`);
          return 1;
        }
        const count = await upsertPostcodes(database.db, rows);
        await database.vacuumAnalyze();
        console.log(`${count} postcodes opgeslagen.`);
        return 0;
      }
      const slug = values.gemeente;
      const tenant =
        (await findTenantBySlug(database.db, slug)) ??
        (await ensureTenant(database.db, slug, slug.charAt(0).toUpperCase() + slug.slice(1)));
      if (what === 'vrijwilligers') return await importVolunteers(database, tenant, records);
      const { rows, errors } = parseActivityRows(records);
      for (const e of errors.slice(0, 50)) console.error(`rij ${e.row}, ${e.column}: ${e.message}`);
      if (errors.length > 0) {
        console.error(`${errors.length} fouten in ${records.length} rijen; niets opgeslagen.`);
        return 1;
      }
      const report = await saveActivities(database.db, tenant.id, rows);
      await database.vacuumAnalyze();
      console.log(`${tenant.name}: ${report.created} nieuw, ${report.updated} bijgewerkt.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

// The fixture neighbourhood of test/fixtures/buurt: where its files are, and saving it through the app's imports.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { withAccess } from '../../src/kernel/access/gate.js';
import type { Db } from '../../src/kernel/db/database.js';
import { parseActivityRows, saveActivities } from '../../src/modules/socialbase/index.js';
import { parsePostcodeRows, upsertPostcodes } from '../../src/kernel/geo/index.js';
import { readTableFile, type TableRow } from '../../src/kernel/tables/index.js';
import { parseVolunteerRows, saveVolunteers } from '../../src/modules/volunteers/index.js';

export type BuurtFile = 'activiteiten.csv' | 'postcodes.csv' | 'vrijwilligers.csv';

const folder = new URL('../fixtures/buurt/', import.meta.url);

/** The path of a fixture file, for what takes a path (the command line). */
export const buurtFile = (name: BuurtFile): string => fileURLToPath(new URL(name, folder));

/** The rows of a fixture file, as an upload or the command line reads them. */
export async function readBuurt(name: BuurtFile): Promise<TableRow[]> {
  return readTableFile(await readFile(new URL(name, folder)));
}

/** A fixture row the importer refuses is a broken fixture, not a finding of the test that reads it. */
function checked<T>(name: BuurtFile, parsed: { rows: T[]; errors: unknown[] }): T[] {
  if (parsed.errors.length > 0) throw new Error(`${name} has errors: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.rows;
}

/**
 * Saves the parts of the neighbourhood a test asks for, as a coordinator's imports would: the postcode centroids
 * (shared by every municipality), and the activities and volunteers of one municipality. `vogCheckedOn` is the
 * day a volunteer's "vog = ja" counts from.
 */
export async function saveBuurt(
  db: Db,
  tenantId: string,
  parts: { postcodes?: boolean; activities?: boolean; volunteers?: boolean; vogCheckedOn?: string },
): Promise<void> {
  if (parts.postcodes)
    await upsertPostcodes(db, checked('postcodes.csv', parsePostcodeRows(await readBuurt('postcodes.csv'))));
  if (parts.activities)
    await saveActivities(
      db,
      tenantId,
      checked('activiteiten.csv', parseActivityRows(await readBuurt('activiteiten.csv'))),
    );
  if (parts.volunteers) {
    const rows = checked('vrijwilligers.csv', parseVolunteerRows(await readBuurt('vrijwilligers.csv')));
    await withAccess(
      db,
      { kind: 'system', tenantId, process: 'opdrachtregel' },
      { category: 'vrijwilliger', action: 'create', purpose: 'vrijwilligersbeheer', subjectUserId: null },
      (gated) => saveVolunteers(gated, tenantId, rows, parts.vogCheckedOn ?? new Date().toISOString().slice(0, 10)),
    );
  }
}

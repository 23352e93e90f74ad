// Checking a postcode centroid file (postcode,lat,lon) row by row.
import { normalisePostcode, postcodeMessage, type PostcodeRow } from './postcodes.js';
import type { RowError, TableRow } from '../tables/index.js';

export function parsePostcodeRows(records: readonly TableRow[]): { rows: PostcodeRow[]; errors: RowError[] } {
  const rows: PostcodeRow[] = [];
  const errors: RowError[] = [];
  records.forEach((record, index) => {
    const row = index + 2;
    const postcode = normalisePostcode(record.postcode ?? '');
    const lat = Number((record.lat ?? '').replace(',', '.'));
    const lon = Number((record.lon ?? '').replace(',', '.'));
    if (!postcode) errors.push({ row, column: 'postcode', message: postcodeMessage });
    else if (!Number.isFinite(lat) || lat < 50 || lat > 54)
      errors.push({ row, column: 'lat', message: 'Lat ligt niet in Nederland (tussen 50 en 54).' });
    else if (!Number.isFinite(lon) || lon < 3 || lon > 8)
      errors.push({ row, column: 'lon', message: 'Lon ligt niet in Nederland (tussen 3 en 8).' });
    else rows.push({ postcode, lat, lon });
  });
  return { rows, errors };
}

// A volunteers file's rows: a cell too long for any column is an error in its row, never a failure when saving.
import { describe, expect, it } from 'vitest';
import { parseVolunteerRows } from './volunteer-import.js';

const row = {
  id: 'v1',
  voornaam: 'An',
  postcode: '3532 LC',
  biedt: 'boodschappen',
  rollen: '',
  beschikbaar: 'ma-ochtend',
  straal_km: '2',
  max_matches: '2',
  actieve_matches: '0',
  vog: 'ja',
  talen: 'nl',
  omschrijving: '',
};

describe('long text in an imported volunteer', () => {
  it('reads a good row', () => {
    expect(parseVolunteerRows([row]).errors).toEqual([]);
  });

  it.each(['talen', 'omschrijving', 'voornaam'])('refuses a 3 MB cell in %s as a row error', (column) => {
    const parsed = parseVolunteerRows([{ ...row, [column]: 'x'.repeat(3 * 1024 * 1024) }]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toEqual([{ row: 2, column, message: 'Deze cel is te lang (meer dan 10.000 tekens).' }]);
  });
});

describe('languages of an imported volunteer', () => {
  it('takes ISO 639-3 codes of languages without a two-letter one (pap, zgh), in any case', () => {
    const parsed = parseVolunteerRows([{ ...row, talen: 'PAP;nl;zgh' }]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]?.languages).toEqual(['pap', 'nl', 'zgh']);
  });

  it('refuses what is no language code, naming the rule', () => {
    const parsed = parseVolunteerRows([{ ...row, talen: 'nl;nld;Nederlands' }]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors[0]).toMatchObject({ row: 2, column: 'talen' });
    expect(parsed.errors[0]?.message).toContain('zoals pap of zgh');
  });
});

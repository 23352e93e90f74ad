// The social base's CSV rows: language codes as the contract allows them (ISO 639-1, or ISO 639-3 where a language
// has no two-letter code, such as Papiaments), refused with a Dutch message when they are no code at all; and text
// too long for its column refused per row, so it never reaches the database.
import { describe, expect, it } from 'vitest';
import { parseActivityRows } from './activity-import.js';

const row = (talen: string) => ({
  id: 'z01',
  naam: 'Kòrsou-middag',
  omschrijving: 'Samen koffie en verhalen, in het Papiaments en het Nederlands.',
  soort: 'activiteit',
  behoeften: 'ontmoeting',
  aanbieder: 'Buurthuis',
  professioneel: 'nee',
  adres: 'Plein 1',
  postcode: '3091 AB',
  lat: '51.89',
  lon: '4.50',
  dagen: 'wo',
  tijd: '14:00-16:00',
  kosten: 'gratis',
  doelgroep: 'iedereen',
  toegankelijk: 'ja',
  talen,
});

describe('languages in an imported activity', () => {
  it('takes three-letter codes for languages without a two-letter one (pap, zgh)', () => {
    const parsed = parseActivityRows([row('nl;pap;zgh')]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]?.languages).toEqual(['nl', 'pap', 'zgh']);
  });

  it('refuses what is no language code, saying how to write one', () => {
    const parsed = parseActivityRows([row('Nederlands')]);
    expect(parsed.errors[0]?.message).toContain('zoals pap of zgh');
  });

  it('refuses a three-letter code of a language that has a two-letter one (nld is nl)', () => {
    expect(parseActivityRows([row('nld')]).errors).toHaveLength(1);
  });
});

describe('long text in an imported activity', () => {
  const huge = 'x'.repeat(3 * 1024 * 1024);

  it.each(['naam', 'omschrijving', 'aanbieder', 'adres', 'kosten', 'doelgroep', 'talen', 'uitzonderingen'])(
    'refuses a 3 MB cell in %s as a row error',
    (column) => {
      const parsed = parseActivityRows([{ ...row('nl'), [column]: huge }]);
      expect(parsed.rows).toEqual([]);
      expect(parsed.errors).toEqual([{ row: 2, column, message: 'Deze cel is te lang (meer dan 10.000 tekens).' }]);
    },
  );

  it.each([
    ['aanbieder', 201, 'De naam van de aanbieder is te lang (meer dan 200 tekens).'],
    ['adres', 201, 'Het adres is te lang (meer dan 200 tekens).'],
    ['kosten', 201, 'De kosten zijn te lang (meer dan 200 tekens).'],
    ['doelgroep', 501, 'De doelgroep is te lang (meer dan 500 tekens).'],
    ['uitzonderingen', 230, 'De reden dat het vervalt is te lang (meer dan 200 tekens).'],
  ])('holds %s to its own limit', (column, length, message) => {
    const text = column === 'uitzonderingen' ? `2026-12-21 ${'x'.repeat(length - 11)}` : 'x'.repeat(length);
    expect(parseActivityRows([{ ...row('nl'), [column]: text }]).errors).toEqual([{ row: 2, column, message }]);
  });

  it('refuses a long crafted e-mail address at once', () => {
    const crafted = `a@${'a.'.repeat(4000)}@`;
    const started = performance.now();
    const parsed = parseActivityRows(Array.from({ length: 50 }, () => ({ ...row('nl'), contact_email: crafted })));
    expect(parsed.errors).toHaveLength(50);
    expect(parsed.errors[0]?.message).toBe('Dit is geen geldig e-mailadres.');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

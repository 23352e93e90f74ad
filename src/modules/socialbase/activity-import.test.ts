// The social base's CSV rows: language codes as the contract allows them (ISO 639-1, or ISO 639-3 where a language
// has no two-letter code, such as Papiaments), refused with a Dutch message when they are no code at all.
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

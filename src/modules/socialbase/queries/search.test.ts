// Searching the fixture neighbourhood's social base: words, typos, filters and distance, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveBuurt } from '../../../../test/support/buurt.js';
import { type TestDatabase, testDatabase } from '../../../../test/support/database.js';
import { makeTenant } from '../../../../test/support/factories.js';
import { postcodePoint } from '../../../kernel/geo/index.js';
import { type SearchFilters, searchActivities } from './search.js';
import { parseSearchText } from '../search-query.js';
import { parseActivityRows } from '../activity-import.js';
import { saveActivities } from '../commands/save-activities.js';

let database: TestDatabase;
let tenantId: string;

beforeAll(async () => {
  database = await testDatabase();
  tenantId = (await makeTenant(database.db, 'zoekstad', 'Zoekstad')).id;
  // The fixture's files are checked as an import checks them: a row with an error fails here.
  await saveBuurt(database.db, tenantId, { activities: true, postcodes: true });
});
afterAll(() => database.drop());

const none: SearchFilters = {
  words: [],
  needKeys: [],
  days: [],
  dayParts: [],
  free: false,
  wheelchair: false,
  language: undefined,
  near: undefined,
  limit: 10,
};
const search = (text: string, extra: Partial<SearchFilters> = {}) => {
  const parsed = parseSearchText(text);
  return searchActivities(database.db, tenantId, { ...none, ...parsed, ...extra });
};

describe('searching the social base', () => {
  it('finds the Tuesday coffee morning for "koffie dinsdag"', async () => {
    const results = await search('koffie dinsdag');
    expect(results[0]?.name).toMatch(/koffie/i);
    expect(
      results.every((r) => r.schedule.frequentie !== 'op_afspraak' && JSON.stringify(r.schedule).includes('di')),
    ).toBe(true);
  });

  it('finds the grocery service despite the typo "bootschappen"', async () => {
    const results = await search('bootschappen');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]?.match).toBe('gelijkend');
    expect(results.slice(0, 3).some((r) => r.needKeys.includes('boodschappen'))).toBe(true);
  });

  it('finds singular and plural alike', async () => {
    const plural = (await search('boodschappen')).map((r) => r.id);
    const singular = (await search('boodschap')).map((r) => r.id);
    expect(plural.length).toBeGreaterThan(0);
    expect(singular).toEqual(expect.arrayContaining(plural.slice(0, 1)));
  });

  it('ignores accents: "cafe" finds "café"', async () => {
    const results = await search('taalcafe');
    expect(results.some((r) => /taalcafé/i.test(r.name))).toBe(true);
  });

  it('filters on free of charge, wheelchair access, language and need', async () => {
    const results = await search('', { free: true, wheelchair: true, language: 'ar', needKeys: ['taal'], limit: 50 });
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.isFree).toBe(true);
      expect(r.wheelchairAccessible).toBe(true);
      expect(r.languages).toContain('ar');
      expect(r.needKeys).toContain('taal');
    }
  });

  it('filters on part of day', async () => {
    const results = await search('avond', { limit: 50 });
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      if (r.schedule.frequentie === 'op_afspraak') throw new Error('by appointment has no evening');
      expect(r.schedule.eind > '18:00').toBe(true);
    }
  });

  it('sorts by distance from a postcode and leaves out what is too far', async () => {
    const origin = await postcodePoint(database.db, '3532 KM');
    expect(origin).toBeDefined();
    const results = await search('', { near: { ...origin!, maxKm: 0.5 }, limit: 100 });
    expect(results.length).toBeGreaterThan(0);
    const distances = results.map((r) => r.distanceMetres ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(500);
  });

  it('gives each weekly activity its next occurrence', async () => {
    const results = await search('koffie dinsdag', { limit: 1 });
    expect(results[0]?.next?.start).toMatch(/^\d\d:\d\d$/);
  });

  it('never returns another municipality’s entries', async () => {
    const other = await makeTenant(database.db, 'leegdorp', 'Leegdorp');
    expect(await searchActivities(database.db, other.id, { ...none, words: ['koffie'] })).toEqual([]);
  });

  it('pages through entries of equal rank and name in one fixed order, for words and for typos', async () => {
    // A city has many entries that rank the same ("Koffie-uurtje" of one provider in many places). Without a
    // last tie-breaker, each page sorted them anew in its own order, so paging showed some twice and others never.
    const twins = (await makeTenant(database.db, 'tweelingdorp', 'Tweelingdorp')).id;
    const parsed = parseActivityRows(
      Array.from({ length: 24 }, (_, i) => ({
        id: `k${i}`,
        naam: 'Koffie-uurtje',
        omschrijving: 'Koffie en een praatje.',
        soort: 'activiteit',
        behoeften: 'ontmoeting',
        aanbieder: 'Buurthuis',
        dagen: 'di',
        tijd: '10:00-11:00',
        kosten: 'gratis',
      })),
    );
    expect(parsed.errors).toEqual([]);
    await saveActivities(database.db, twins, parsed.rows);
    for (const [words, match] of [
      [['koffie'], 'tekst'],
      [['kofie'], 'gelijkend'],
    ] as const) {
      const filters = { ...none, words: [...words] };
      const all = await searchActivities(database.db, twins, { ...filters, limit: 100 });
      expect(all.map((r) => r.match)).toEqual(Array(24).fill(match));
      const ids = all.map((r) => r.id);
      expect(ids).toEqual([...ids].sort());
      const paged: string[] = [];
      for (let offset = 0; offset < 24; offset += 5)
        paged.push(...(await searchActivities(database.db, twins, { ...filters, limit: 5, offset })).map((r) => r.id));
      expect(paged).toEqual(ids);
    }
  });
});

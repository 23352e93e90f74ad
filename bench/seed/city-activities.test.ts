import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, testDatabase } from '../../test/support/database.js';
import { generateCity, seedCity } from './city-activities.js';
import { normalisePostcode } from '../../src/kernel/geo/index.js';
import { parseSearchText } from '../../src/modules/socialbase/search-query.js';
import { searchActivities, type SearchFilters } from '../../src/modules/socialbase/queries/search.js';

const now = new Date('2026-11-23T12:00:00Z');

const filtersFor = (text: string): SearchFilters => ({
  ...parseSearchText(text),
  needKeys: [],
  language: undefined,
  near: undefined,
  limit: 21,
});

describe('generated city', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await testDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('is the same city for the same seed, and another for another seed', () => {
    const names = (seed: number) => generateCity({ activities: 500, seed, now }).activities.map((a) => a.name);
    expect(names(7)).toEqual(names(7));
    expect(names(7)).not.toEqual(names(8));
  });

  it('has valid postcodes (about one per five activities), places with coordinates and known need keys', () => {
    const city = generateCity({ activities: 500, now });
    expect(city.postcodes).toHaveLength(100);
    expect(new Set(city.postcodes.map((p) => p.postcode)).size).toBe(100);
    for (const p of city.postcodes) expect(normalisePostcode(p.postcode)).toBe(p.postcode);
    for (const a of city.activities) {
      expect(a.needKeys.length).toBeGreaterThan(0);
      if (a.postcode) expect(a.lat).not.toBeNull();
    }
    const kinds = new Set(city.activities.map((a) => a.schedule.frequentie));
    expect(kinds).toEqual(new Set(['wekelijks', 'tweewekelijks', 'maandelijks', 'op_afspraak']));
  });

  it('seeds 500 activities in bulk, once, and search finds coffee', async () => {
    const { db } = database;
    const report = await seedCity(db, 'proefstad', { activities: 500, now });
    expect(report).toMatchObject({ created: true, activities: 500, postcodes: 100, places: 125 });
    expect(report.tenant.name).toBe('Proefstad');

    const stored = await db
      .selectFrom('activities')
      .select(['external_id', 'name'])
      .where('tenant_id', '=', report.tenant.id)
      .orderBy('external_id')
      .execute();
    expect(stored).toHaveLength(500);
    expect(stored.map((r) => r.name)).toEqual(
      generateCity({ activities: 500, name: 'Proefstad', now }).activities.map((a) => a.name),
    );
    const postcodes = await db
      .selectFrom('postcodes')
      .select('postcode')
      .where('postcode', '>=', '3511')
      .where('postcode', '<', '3575')
      .execute();
    expect(postcodes).toHaveLength(100);

    const again = await seedCity(db, 'proefstad', { activities: 500, now });
    expect(again).toMatchObject({ created: false, activities: 500 });

    const found = await searchActivities(db, report.tenant.id, filtersFor('koffie'), now);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.match).toBe('tekst');
    const typo = await searchActivities(db, report.tenant.id, filtersFor('bootschappen'), now);
    expect(typo.length).toBeGreaterThan(0);
    expect(typo[0]?.match).toBe('gelijkend');
  });
});

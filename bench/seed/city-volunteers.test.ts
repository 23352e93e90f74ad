// Generated volunteers for benchmarks: the asked number, near the municipality's places, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, testDatabase } from '../../test/support/database.js';
import { seedCity } from './city-activities.js';
import { seedCityVolunteers } from './city-volunteers.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.drop());

describe('seedCityVolunteers', () => {
  it('adds the volunteers once, each offering something and available at some moment', async () => {
    const { tenant } = await seedCity(database.db, 'proefstad', { activities: 200 });
    expect(await seedCityVolunteers(database.db, tenant.id, 300)).toBe(300);
    expect(await seedCityVolunteers(database.db, tenant.id, 300)).toBe(0);
    const rows = await database.db
      .selectFrom('volunteers')
      .select(['offers', 'availability', 'lat', 'max_matches', 'imported_active_matches'])
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(rows).toHaveLength(300);
    for (const row of rows) {
      expect(row.offers.length).toBeGreaterThan(0);
      expect(row.offers).not.toContain('schulden');
      expect(row.availability.length).toBeGreaterThan(0);
      expect(row.lat).not.toBeNull();
      expect(row.imported_active_matches).toBeLessThanOrEqual(row.max_matches);
    }
  });
});

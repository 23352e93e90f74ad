// Generated help requests for the load benchmark: the asked number, once, a share of them open, each with its event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, testDatabase } from '../../test/support/database.js';
import { seedCity } from './city-activities.js';
import { OPEN_SHARE, seedCityRequests } from './city-requests.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.drop());

describe('seedCityRequests', () => {
  it('adds the requests once, some open for the queue, each placed and with its first event', async () => {
    const { tenant } = await seedCity(database.db, 'vraagstad', { activities: 200 });
    expect(await seedCityRequests(database.db, tenant.id, 400)).toBe(400);
    expect(await seedCityRequests(database.db, tenant.id, 400)).toBe(0);
    const rows = await database.db
      .selectFrom('help_requests')
      .select(['state', 'lat', 'need_keys', 'reference', 'created_at', 'last_progress_at'])
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(rows).toHaveLength(400);
    expect(new Set(rows.map((r) => r.reference)).size).toBe(400);
    const open = rows.filter((r) => r.state !== 'afgesloten').length;
    expect(open).toBeGreaterThan(400 * OPEN_SHARE * 0.5);
    expect(open).toBeLessThan(400 * OPEN_SHARE * 1.5);
    for (const row of rows) {
      expect(row.reference).toMatch(/^HV-[A-Z2-9]{5}$/);
      expect(row.lat).not.toBeNull();
      expect(row.need_keys.length).toBeGreaterThan(0);
      expect(row.last_progress_at.getTime()).toBeGreaterThanOrEqual(row.created_at.getTime());
    }
    const events = await database.db
      .selectFrom('request_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenant.id)
      .where('kind', '=', 'ingediend')
      .executeTakeFirstOrThrow();
    expect(Number(events.n)).toBe(400);
  });
});

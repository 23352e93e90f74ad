// Triage's cached candidates follow the social base and the volunteers: a change is proposed at once, not after
// the cache's 30 seconds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/kernel/access/gate.js';
import { candidateIndex } from '../../src/modules/requests/index.js';
import { volunteersChanged } from '../../src/modules/volunteers/index.js';
import { saveBuurt } from '../support/buurt.js';
import { type TestDatabase, testDatabase } from '../support/database.js';
import { makeTenant } from '../support/factories.js';

let database: TestDatabase;
let tenantId: string;
let system: Actor;

beforeAll(async () => {
  database = await testDatabase();
  tenantId = (await makeTenant(database.db, 'cachedorp', 'Cachedorp')).id;
  system = { kind: 'system', tenantId, process: 'opdrachtregel' };
});
afterAll(() => database.drop());

describe('the candidate cache', () => {
  it('sees activities saved after it was filled', async () => {
    const empty = await candidateIndex(database.db, system, tenantId, 9);
    expect(empty.size).toBe(0);
    await saveBuurt(database.db, tenantId, { postcodes: true, activities: true });
    const filled = await candidateIndex(database.db, system, tenantId, 9);
    expect(filled.size).toBeGreaterThan(0);
  });

  it('is loaded again when the volunteers module says a volunteer changed', async () => {
    const before = await candidateIndex(database.db, system, tenantId, 9);
    expect(await candidateIndex(database.db, system, tenantId, 9)).toBe(before);
    volunteersChanged(tenantId);
    expect(await candidateIndex(database.db, system, tenantId, 9)).not.toBe(before);
  });
});

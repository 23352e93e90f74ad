// Queries that take a list of ids, given more ids than PostgreSQL takes parameters in one statement (65,535): each
// sends the list as one array, so an import of any size, or a long list of suggestions, never fails on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAccess } from '../../src/kernel/access/gate.js';
import type { ActivityInput } from '../../src/modules/socialbase/activity-import.js';
import { saveActivities } from '../../src/modules/socialbase/commands/save-activities.js';
import {
  activitiesById,
  activityNamesByExternalId,
  activityOverviewsByExternalId,
  previewCounts,
} from '../../src/modules/socialbase/queries/activities.js';
import { volunteerNamesByExternalId, volunteersById } from '../../src/modules/volunteers/index.js';
import { type TestDatabase, testDatabase } from '../support/database.js';
import { makeTenant } from '../support/factories.js';

let database: TestDatabase;
let tenantId: string;

const manyIds = Array.from({ length: 70_000 }, (_, i) => `lijst-${i}`);
const activity = (externalId: string): ActivityInput => ({
  externalId,
  name: `Activiteit ${externalId}`,
  description: '',
  kind: 'activiteit',
  needKeys: [],
  providerName: '',
  professional: false,
  address: '',
  postcode: null,
  lat: null,
  lon: null,
  schedule: { frequentie: 'op_afspraak' },
  exceptions: [],
  cost: '',
  isFree: false,
  targetGroup: '',
  wheelchairAccessible: false,
  languages: ['nl'],
  capacity: null,
  freePlaces: null,
  contactEmail: null,
  lastConfirmedAt: null,
});

beforeAll(async () => {
  database = await testDatabase();
  tenantId = (await makeTenant(database.db)).id;
  await saveActivities(database.db, tenantId, [activity('lijst-7'), activity('lijst-69999')]);
});
afterAll(() => database.drop());

describe('lists of ids longer than the parameter limit', () => {
  it('count what an import of 70,000 rows would create and update', async () => {
    expect(await previewCounts(database.db, tenantId, manyIds.map(activity))).toEqual({ create: 69_998, update: 2 });
  });

  it('find activities by external id and by id', async () => {
    const names = await activityNamesByExternalId(database.db, tenantId, manyIds);
    expect(names.map((n) => n.external_id).sort()).toEqual(['lijst-69999', 'lijst-7']);
    expect(await activityOverviewsByExternalId(database.db, tenantId, manyIds)).toHaveLength(2);
    const ids = (await activityOverviewsByExternalId(database.db, tenantId, ['lijst-7'])).map((a) => a.id);
    const uuids = Array.from({ length: 70_000 }, () => crypto.randomUUID());
    expect((await activitiesById(database.db, tenantId, [...uuids, ...ids])).map((a) => a.external_id)).toEqual([
      'lijst-7',
    ]);
  });

  it('find volunteers by external id and by id', async () => {
    const actor = { kind: 'system' as const, tenantId, process: 'koppeling' as const };
    const request = { category: 'vrijwilliger' as const, action: 'search' as const, purpose: 'triage' };
    const uuids = Array.from({ length: 70_000 }, () => crypto.randomUUID());
    await withAccess(database.db, actor, { ...request, subjectUserId: null }, async (gated) => {
      expect(await volunteerNamesByExternalId(gated, tenantId, manyIds)).toEqual([]);
      expect(await volunteersById(gated, tenantId, uuids)).toEqual([]);
    });
  });
});

// The centroid lookup the public search keeps in memory: a found point is kept, an import in this process is seen at
// once, and a postcode not found is asked again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, testDatabase } from '../../../test/support/database.js';
import { cachedPostcodePoint, postcodePoint, upsertPostcodes } from './postcodes.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await testDatabase();
  await upsertPostcodes(database.db, [{ postcode: '9999 ZA', lat: 52.1, lon: 5.1 }]);
});
afterAll(() => database.drop());

describe('cachedPostcodePoint', () => {
  it('keeps a found point: a change made behind its back is not read again within the minute', async () => {
    expect(await cachedPostcodePoint(database.db, '9999 ZA')).toEqual({ lat: 52.1, lon: 5.1 });
    await database.db.updateTable('postcodes').set({ lat: 52.2 }).where('postcode', '=', '9999 ZA').execute();
    expect(await postcodePoint(database.db, '9999 ZA')).toEqual({ lat: 52.2, lon: 5.1 });
    expect(await cachedPostcodePoint(database.db, '9999 ZA')).toEqual({ lat: 52.1, lon: 5.1 });
  });

  it('sees an import of centroids at once', async () => {
    await upsertPostcodes(database.db, [{ postcode: '9999 ZA', lat: 52.3, lon: 5.3 }]);
    expect(await cachedPostcodePoint(database.db, '9999 ZA')).toEqual({ lat: 52.3, lon: 5.3 });
  });

  it('does not keep a postcode it did not find', async () => {
    expect(await cachedPostcodePoint(database.db, '9999 ZB')).toBeUndefined();
    await database.db.insertInto('postcodes').values({ postcode: '9999 ZB', lat: 52.4, lon: 5.4 }).execute();
    expect(await cachedPostcodePoint(database.db, '9999 ZB')).toEqual({ lat: 52.4, lon: 5.4 });
  });

  it('keeps points apart per database', async () => {
    const other = await testDatabase();
    try {
      expect(await cachedPostcodePoint(other.db, '9999 ZA')).toBeUndefined();
    } finally {
      await other.drop();
    }
  });
});

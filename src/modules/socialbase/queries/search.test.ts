// Searching the fixture neighbourhood's social base: words, typos, filters and distance, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveBuurt } from '../../../../test/support/buurt.js';
import { type TestDatabase, testDatabase } from '../../../../test/support/database.js';
import { makeTenant } from '../../../../test/support/factories.js';
import { postcodePoint } from '../../../kernel/geo/index.js';
import { meantWords, type SearchFilters, searchActivities } from './search.js';
import { sql } from 'kysely';
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

describe('the words a typo may have meant (activity_words, kept by triggers)', () => {
  const activity = (id: string, naam: string, aanbieder: string) => ({
    id,
    naam,
    omschrijving: 'Voor iedereen uit het dorp.',
    soort: 'activiteit',
    behoeften: 'ontmoeting',
    aanbieder,
    dagen: 'wo',
    tijd: '14:00-15:00',
    kosten: 'gratis',
  });
  const save = async (tenant: string, rows: ReturnType<typeof activity>[]) => {
    const parsed = parseActivityRows(rows);
    expect(parsed.errors).toEqual([]);
    await saveActivities(database.db, tenant, parsed.rows);
  };
  const wordsOf = async (tenant: string) =>
    Object.fromEntries(
      (
        await database.db
          .selectFrom('activity_words')
          .select(['word', 'activities'])
          .where('tenant_id', '=', tenant)
          .execute()
      ).map((r) => [r.word, r.activities]),
    );
  /** The words as counted again from the activities themselves: what the triggers must keep. */
  const recounted = async (tenant: string) =>
    Object.fromEntries(
      (
        await sql<{ word: string; activities: number }>`
          SELECT w.word, count(*)::integer AS activities
          FROM activities a, unnest(activity_words_of(a.search_text)) AS w(word)
          WHERE a.tenant_id = ${tenant}
          GROUP BY w.word`.execute(database.db)
      ).rows.map((r) => [r.word, r.activities]),
    );
  const names = async (tenant: string, text: string) =>
    (await searchActivities(database.db, tenant, { ...none, ...parseSearchText(text) })).map((r) => r.name);

  it('holds every word of the searchable names, and finds "boodschappen" first for "bootschappen"', async () => {
    const words = await wordsOf(tenantId);
    expect(words).toEqual(await recounted(tenantId));
    expect(words['boodschappen']).toBeGreaterThan(0);
    expect((await meantWords(database.db, tenantId, ['bootschappen']))[0]?.[0]).toBe('boodschappen');
  });

  it('follows activities added, renamed and removed, so an old word leads nowhere', async () => {
    const village = (await makeTenant(database.db, 'woordendorp', 'Woordendorp')).id;
    await save(village, [
      activity('z1', 'Zwemles Zeehond', 'Sportclub De Ster'),
      activity('z2', 'Zwemles Dolfijn', 'Sportclub De Ster'),
    ]);
    expect(await wordsOf(village)).toMatchObject({ zwemles: 2, zeehond: 1, dolfijn: 1, sportclub: 2 });
    expect(await names(village, 'zeehont')).toEqual(['Zwemles Zeehond']);
    expect((await searchActivities(database.db, village, { ...none, words: ['zeehont'] }))[0]?.match).toBe('gelijkend');

    // Renamed: "zeehond" is no word of the village any more, and the typo finds nothing instead of the old entry.
    await database.db
      .updateTable('activities')
      .set({ name: 'Tekenles Zeepaard' })
      .where('tenant_id', '=', village)
      .where('external_id', '=', 'z1')
      .execute();
    expect(await wordsOf(village)).toMatchObject({ zwemles: 1, tekenles: 1, zeepaard: 1 });
    expect(await wordsOf(village)).not.toHaveProperty('zeehond');
    expect(await names(village, 'zeehont')).toEqual([]);

    // An update that leaves the names as they were changes no count.
    const before = await wordsOf(village);
    await database.db
      .updateTable('activities')
      .set({ last_confirmed_at: new Date() })
      .where('tenant_id', '=', village)
      .execute();
    expect(await wordsOf(village)).toEqual(before);

    // Removed: the last swimming lesson takes "zwemles" and "dolfijn" with it.
    expect(await names(village, 'zwemlez')).toEqual(['Zwemles Dolfijn']);
    await database.db
      .deleteFrom('activities')
      .where('tenant_id', '=', village)
      .where('external_id', '=', 'z2')
      .execute();
    expect(await wordsOf(village)).not.toHaveProperty('zwemles');
    expect(await wordsOf(village)).not.toHaveProperty('dolfijn');
    expect(await names(village, 'zwemlez')).toEqual([]);
    expect(await wordsOf(village)).toEqual(await recounted(village));
  });

  it('corrects a typo only with the words of the same municipality', async () => {
    const other = (await makeTenant(database.db, 'kunstdorp', 'Kunstdorp')).id;
    await save(other, [activity('k1', 'Kalligrafie voor beginners', 'Atelier Inkt')]);
    expect(await names(other, 'kaligrafie')).toEqual(['Kalligrafie voor beginners']);
    // The fixture's municipality has no such word: the other one's word does not correct its search.
    expect(await meantWords(database.db, tenantId, ['kaligrafie'])).toEqual([[]]);
    expect(await names(tenantId, 'kaligrafie')).toEqual([]);
    // A word both have is counted for each apart.
    const shared = (await wordsOf(other))['ontmoeting'];
    expect(shared).toBe(1);
    expect((await wordsOf(tenantId))['ontmoeting']).toBe((await recounted(tenantId))['ontmoeting']);
  });
});

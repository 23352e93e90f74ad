// Open Referral HSDS 3.0 out and back in: the fixture neighbourhood plus every kind of schedule survives
// export → folder → import → export unchanged, on PGlite and on PostgreSQL; and the open-data routes serve it.
// Text that a spreadsheet would take for a formula is guarded in every file and route, and still reads back as it
// was; files that are not UTF-8, or text too long for Nabij, are refused in Dutch.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuurt } from '../../../test/support/buurt.js';
import { type TestDatabase, testDatabase } from '../../../test/support/database.js';
import { makeTenant } from '../../../test/support/factories.js';
import { officialHsdsProblems } from '../../../test/support/hsds-official.js';
import { setProvince } from '../../kernel/tenancy/queries.js';
import { loadConfig } from '../../config.js';
import type { Db } from '../../kernel/db/database.js';
import { buildApp } from '../../kernel/http/app.js';
import { type ActivityInput, parseActivityRows } from './activity-import.js';
import { importHsds } from './commands/import-hsds.js';
import { saveActivities } from './commands/save-activities.js';
import {
  emptyHsdsTables,
  exportHsds,
  HsdsImportError,
  type HsdsTables,
  hsdsCsv,
  hsdsDataPackage,
  hsdsFileNames,
  hsdsId,
  hsdsToActivityInputs,
  readHsdsFolder,
  scheduleFromHsds,
  scheduleToHsds,
  writeHsdsFolder,
} from './hsds.js';
import { hsdsRoutes } from './routes/hsds.js';
import { amsterdamNow, isoOf, type Schedule, weekdays } from '../../kernel/time/index.js';

const base: ActivityInput = {
  externalId: '',
  name: '',
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
};

const privateAddress = 'vrijwilliger.prive@voorbeeld.nl';

/** Everything the eval file has no example of: other schedules, cancelled periods, capacity, odd text. */
const extra: ActivityInput[] = [
  {
    ...base,
    externalId: 'x01',
    name: 'Ouderavond "Samen opvoeden"',
    description: 'Om de week praten ouders over opvoeden.\nMet koffie, thee, en "iets lekkers".',
    kind: 'dienst',
    needKeys: ['opvoeding', 'kinderopvang'],
    providerName: 'Jeugdteam Wijkstad',
    professional: true,
    address: 'Kersenlaan 10',
    postcode: '3532 AB',
    lat: 52.0901,
    lon: 5.1102,
    schedule: { frequentie: 'tweewekelijks', dagen: ['di', 'do'], vanaf: '2026-01-06', start: '19:00', eind: '21:00' },
    exceptions: [
      { van: '2026-12-21', tot: '2027-01-03', reden: 'kerstvakantie, "gesloten"' },
      { van: '2026-04-27', tot: '2026-04-27', reden: '' },
    ],
    cost: '€ 2,50',
    targetGroup: 'ouders van kinderen tot 12 jaar',
    wheelchairAccessible: true,
    languages: ['nl', 'uk', 'ar'],
    capacity: 12,
    freePlaces: 0,
    contactEmail: privateAddress,
    // Late on 1 March in UTC is 2 March in the Netherlands.
    lastConfirmedAt: new Date('2026-03-01T23:30:00Z'),
  },
  {
    ...base,
    externalId: 'x02',
    name: 'Repaircafé',
    kind: 'activiteit',
    needKeys: ['klussen'],
    providerName: 'Buurthuis De Kers',
    address: 'Bloesemplein 4',
    postcode: '3532 KM',
    lat: 52.09154,
    lon: 5.11057,
    schedule: { frequentie: 'maandelijks', dag: 'di', week: 1, start: '13:30', eind: '16:00' },
    exceptions: [{ van: '2026-08-01', tot: '2026-08-31', reden: 'zomerstop' }],
    cost: 'gratis',
    isFree: true,
    wheelchairAccessible: true,
    capacity: 30,
    lastConfirmedAt: new Date('2026-02-10T12:00:00Z'),
  },
  {
    ...base,
    externalId: 'x03',
    name: 'Zolderbieb',
    description: ' begint met een spatie',
    kind: 'voorziening',
    needKeys: ['taal'],
    providerName: 'buurthuis de kers',
    address: 'Bloesemplein 4',
    postcode: '3532 KM',
    lat: 52.09154,
    lon: 5.11057,
    schedule: { frequentie: 'maandelijks', dag: 'vr', week: -1, start: '15:00', eind: '17:00' },
    wheelchairAccessible: false,
    freePlaces: 4,
    lastConfirmedAt: new Date('2026-02-10T12:00:00Z'),
  },
  {
    ...base,
    externalId: 'x04',
    name: 'Hulp bij formulieren, op afspraak',
    kind: 'initiatief',
    needKeys: ['administratie'],
    schedule: { frequentie: 'op_afspraak' },
    exceptions: [{ van: '2026-07-15', tot: '2026-08-15', reden: 'vakantie' }],
    languages: ['nl', 'tr'],
    lastConfirmedAt: new Date('2025-11-30T12:00:00Z'),
  },
  {
    ...base,
    externalId: '0b6f7f4e-55a5-4c1e-9a67-1c7d3a2f9e10',
    name: 'Uit een andere HSDS-bron',
    kind: 'dienst',
    providerName: 'Welzijn Wijkstad',
    schedule: { frequentie: 'wekelijks', dagen: ['za'], start: '09:00', eind: '09:30' },
    lastConfirmedAt: new Date('2026-01-01T12:00:00Z'),
  },
];

/** The day of every export here: schedules are written per season from the export's season on. */
const exportedOn = new Date('2026-12-07T12:00:00Z');

let database: TestDatabase;
let tenantA: string;
let tenantB: string;
let exportA: HsdsTables;
let exportB: HsdsTables;
let dirA: string;
let dirB: string;

/** What an activity is, without the ids and times that belong to one database. */
async function activitiesOf(db: Db, tenantId: string) {
  const rows = await db
    .selectFrom('activities as a')
    .leftJoin('places as p', 'p.id', 'a.place_id')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select([
      'a.external_id',
      'a.name',
      'a.description',
      'a.kind',
      'a.need_keys',
      'a.provider_name',
      'a.professional',
      'a.schedule',
      'a.exceptions',
      'a.days',
      'a.time_start',
      'a.time_end',
      'a.cost',
      'a.is_free',
      'a.target_group',
      'a.wheelchair_accessible',
      'a.languages',
      'a.capacity',
      'a.free_places',
      'a.last_confirmed_at',
      'p.address',
      'p.postcode',
      'p.lat',
      'p.lon',
      'o.name as organisation_name',
      'o.description as organisation_description',
      'o.email as organisation_email',
      'o.website as organisation_website',
    ])
    .where('a.tenant_id', '=', tenantId)
    .orderBy('a.external_id')
    .execute();
  // Which spelling of a provider's name the organisation row keeps depends on the order of saving; the organisation
  // is the same.
  return rows.map(({ last_confirmed_at, organisation_name, ...rest }) => ({
    ...rest,
    organisation: organisation_name?.toLowerCase() ?? null,
    confirmed_on: isoOf(amsterdamNow(last_confirmed_at).date),
  }));
}

beforeAll(async () => {
  database = await testDatabase();
  const db = database.db;
  // The same name: the municipality's name is the address's city, the one field that may differ between two of them.
  tenantA = (await makeTenant(db, 'hsds-a', 'Wijkstad')).id;
  tenantB = (await makeTenant(db, 'hsds-b', 'Wijkstad')).id;
  for (const tenant of [tenantA, tenantB]) await setProvince(db, tenant, 'Utrecht');

  const parsed = parseActivityRows(await readBuurt('activiteiten.csv'));
  expect(parsed.errors).toEqual([]);
  expect(parsed.rows).toHaveLength(45);
  await saveActivities(db, tenantA, [...parsed.rows, ...extra]);
  await db
    .updateTable('organisations')
    .set({
      description: 'Het buurthuis van de Kersenbuurt, met een "grote zaal".',
      email: 'info@dekers.example',
      website: 'https://dekers.example',
    })
    .where('tenant_id', '=', tenantA)
    .where('name', 'ilike', 'buurthuis de kers')
    .execute();

  exportA = await exportHsds(db, tenantA, exportedOn);
  dirA = await mkdtemp(join(tmpdir(), 'nabij-hsds-a-'));
  await writeHsdsFolder(dirA, exportA);

  const report = await importHsds(db, tenantB, await readHsdsFolder(dirA));
  expect(report).toEqual({ created: 50, updated: 0 });
  exportB = await exportHsds(db, tenantB, exportedOn);
  dirB = await mkdtemp(join(tmpdir(), 'nabij-hsds-b-'));
  await writeHsdsFolder(dirB, exportB);
});
afterAll(() => database.drop());

describe('HSDS round trip', () => {
  it('exports every activity as a service with its tables', () => {
    expect(exportA.service).toHaveLength(50);
    expect(exportA.service_at_location).toHaveLength(48);
    expect(exportA.organization.length).toBeGreaterThan(5);
    expect(exportA.taxonomy.map((t) => t.name)).toEqual([
      'nabij-id',
      'nabij-soort',
      'nabij-behoeften',
      'nabij-professioneel',
      'nabij-vervalt',
      'nabij-capaciteit',
    ]);
    const ids = Object.values(exportA).flatMap((rows) => rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id ?? '')),
    ).toBe(true);
  });

  it('writes a folder that reads back as the same tables', async () => {
    expect(await readHsdsFolder(dirA)).toEqual(exportA);
    expect((await readdir(dirA)).sort()).toEqual([...Object.values(hsdsFileNames), 'datapackage.json'].sort());
  });

  it('conforms to the official HSDS 3.0 descriptor and schema, read from the folder', async () => {
    expect(await officialHsdsProblems(dirA)).toEqual([]);
  });

  it('exports the imported copy identically, table by table and file by file', async () => {
    for (const table of Object.keys(exportA) as (keyof HsdsTables)[])
      expect(exportB[table], table).toEqual(exportA[table]);
    for (const file of await readdir(dirA))
      expect(await readFile(join(dirB, file), 'utf8'), file).toBe(await readFile(join(dirA, file), 'utf8'));
  });

  it('imports every activity with the same content', async () => {
    const a = await activitiesOf(database.db, tenantA);
    const b = await activitiesOf(database.db, tenantB);
    expect(b).toHaveLength(50);
    expect(b).toEqual(a);
    expect(b.find((r) => r.external_id === 'x01')?.confirmed_on).toBe('2026-03-02');
  });

  it('leaves out contact addresses and key persons', async () => {
    const everything = JSON.stringify(exportA);
    expect(everything).not.toContain(privateAddress);
    const contact = await database.db
      .selectFrom('activities')
      .select('contact_email')
      .where('tenant_id', '=', tenantB)
      .where('external_id', '=', 'x01')
      .executeTakeFirstOrThrow();
    expect(contact.contact_email).toBeNull();
  });

  it('maps the extra fields where HSDS puts them', () => {
    const x01 = exportA.service.find((s) => s.name?.startsWith('Ouderavond'))!;
    expect(x01).toMatchObject({
      status: 'active',
      fees_description: '€ 2,50',
      eligibility_description: 'ouders van kinderen tot 12 jaar',
      assured_date: '2026-03-02',
    });
    const schedules = exportA.schedule.filter((s) => s.service_id === x01.id);
    // One row per season from the export's on, with its offset; the Christmas break is a gap in validity.
    expect(schedules.map((s) => [s.valid_from, s.valid_to, s.timezone, s.opens_at, s.closes_at])).toEqual([
      ['2026-10-25', '2026-12-20', '1', '19:00:00+01:00', '21:00:00+01:00'],
      ['2027-01-04', '2027-03-27', '1', '19:00:00+01:00', '21:00:00+01:00'],
      ['2027-03-28', '2027-10-30', '2', '19:00:00+02:00', '21:00:00+02:00'],
      ['2027-10-31', '2027-12-31', '1', '19:00:00+01:00', '21:00:00+01:00'],
    ]);
    for (const s of schedules)
      expect([s.freq, s.interval, s.byday, s.wkst, s.dtstart, s.description]).toEqual([
        'WEEKLY',
        '2',
        'TU,TH',
        'MO',
        '2026-01-06',
        'om de week op dinsdag en donderdag 19:00-21:00',
      ]);
    expect(x01.alert).toBe('Vervalt 21-12-2026 t/m 03-01-2027 (kerstvakantie, "gesloten")');
    expect(exportA.language.filter((l) => l.service_id === x01.id).map((l) => [l.code, l.name])).toEqual([
      ['nl', 'Nederlands'],
      ['uk', 'Oekraïens'],
      ['ar', 'Arabisch'],
    ]);
    const terms = new Map(exportA.taxonomy_term.map((t) => [t.id, t.code]));
    expect(
      exportA.attribute.filter((a) => a.link_id === x01.id).map((a) => [terms.get(a.taxonomy_term_id!), a.value]),
    ).toEqual([
      ['id', 'x01'],
      ['vervalt', '2026-12-21/2027-01-03 kerstvakantie, "gesloten"'],
      ['vervalt', '2026-04-27/2026-04-27'],
      ['dienst', ''],
      ['opvoeding', ''],
      ['kinderopvang', ''],
      ['ja', ''],
      ['capaciteit', '12'],
      ['vrije_plaatsen', '0'],
    ]);
    const byAppointment = exportA.schedule.find(
      (s) => s.service_id === exportA.service.find((x) => x.name?.startsWith('Hulp bij formulieren'))?.id,
    );
    expect(byAppointment).toMatchObject({ freq: '', description: 'op afspraak' });
  });

  it('keeps a UUID from another source as the service id', () => {
    expect(exportA.service.some((s) => s.id === '0b6f7f4e-55a5-4c1e-9a67-1c7d3a2f9e10')).toBe(true);
  });

  it('splits a place into two locations when its activities differ in wheelchair access', () => {
    const kers = exportA.address.filter((a) => a.address_1 === 'Bloesemplein 4' && a.postal_code === '3532 KM');
    expect(kers).toHaveLength(2);
    const accessible = new Set(exportA.accessibility.map((a) => a.location_id));
    expect(kers.filter((a) => accessible.has(a.location_id!))).toHaveLength(1);
  });

  it('imports the same folder again without duplicates', async () => {
    expect(await importHsds(database.db, tenantB, await readHsdsFolder(dirB))).toEqual({ created: 0, updated: 50 });
    expect(await exportHsds(database.db, tenantB, exportedOn)).toEqual(exportA);
  });
});

describe('schedules as RRULE fields', () => {
  it.each<[Schedule, Partial<Record<string, string>>]>([
    [
      { frequentie: 'wekelijks', dagen: ['di'], start: '10:00', eind: '12:00' },
      { freq: 'WEEKLY', interval: '1', byday: 'TU', wkst: '', dtstart: '' },
    ],
    [
      { frequentie: 'wekelijks', dagen: ['ma', 'do'], start: '14:00', eind: '15:30' },
      { freq: 'WEEKLY', interval: '1', byday: 'MO,TH' },
    ],
    [
      { frequentie: 'tweewekelijks', dagen: ['zo'], vanaf: '2026-11-22', start: '10:00', eind: '11:00' },
      { freq: 'WEEKLY', interval: '2', byday: 'SU', wkst: 'MO', dtstart: '2026-11-22' },
    ],
    [
      { frequentie: 'maandelijks', dag: 'di', week: 1, start: '10:00', eind: '12:00' },
      { freq: 'MONTHLY', interval: '1', byday: '1TU' },
    ],
    [
      { frequentie: 'maandelijks', dag: 'vr', week: -1, start: '16:00', eind: '17:00' },
      { freq: 'MONTHLY', interval: '1', byday: '-1FR' },
    ],
    [
      { frequentie: 'maandelijks', dag: 'wo', week: 3, start: '09:00', eind: '10:00' },
      { freq: 'MONTHLY', byday: '3WE' },
    ],
    [{ frequentie: 'op_afspraak' }, { freq: '', byday: '', opens_at: '', closes_at: '', description: 'op afspraak' }],
  ])('%j', (schedule, fields) => {
    const row = scheduleToHsds(schedule);
    expect(row).toMatchObject(fields);
    expect(scheduleFromHsds(row)).toEqual(schedule);
  });

  it('reads back every schedule it writes', () => {
    const time = fc
      .tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const times = time.map((start) => ({
      start,
      eind: `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:${start.slice(3)}`,
    }));
    const days = fc.uniqueArray(fc.constantFrom(...weekdays), { minLength: 1 });
    const date = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const schedule: fc.Arbitrary<Schedule> = fc.oneof(
      fc
        .record({ dagen: days, times })
        .map(({ dagen, times }) => ({ frequentie: 'wekelijks' as const, dagen, ...times })),
      fc
        .record({ dagen: days, vanaf: date, times })
        .map(({ dagen, vanaf, times }) => ({ frequentie: 'tweewekelijks' as const, dagen, vanaf, ...times })),
      fc
        .record({
          dag: fc.constantFrom(...weekdays),
          week: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, -1 as const),
          times,
        })
        .map(({ dag, week, times }) => ({ frequentie: 'maandelijks' as const, dag, week, ...times })),
      fc.constant({ frequentie: 'op_afspraak' as const }),
    );
    fc.assert(
      fc.property(schedule, (s) => {
        expect(scheduleFromHsds(scheduleToHsds(s))).toEqual(s);
      }),
    );
  });

  it('reads times with seconds or an offset as local times', () => {
    expect(
      scheduleFromHsds({ freq: 'weekly', byday: 'mo, we', opens_at: '9:00:00', closes_at: '11:30+01:00' }),
    ).toEqual({
      frequentie: 'wekelijks',
      dagen: ['ma', 'wo'],
      start: '09:00',
      eind: '11:30',
    });
  });

  it.each([
    [{ freq: 'WEEKLY', byday: 'MO,XX', opens_at: '10:00', closes_at: '11:00' }, /byday/],
    [{ freq: 'WEEKLY', byday: 'MO', opens_at: '10:00', closes_at: '' }, /closes_at/],
    [{ freq: 'WEEKLY', byday: 'MO', opens_at: '12:00', closes_at: '11:00' }, /eindtijd/],
    [{ freq: 'WEEKLY', interval: '2', byday: 'MO', opens_at: '10:00', closes_at: '11:00' }, /dtstart/],
    [{ freq: 'WEEKLY', interval: '3', byday: 'MO', opens_at: '10:00', closes_at: '11:00' }, /interval/],
    [{ freq: 'MONTHLY', byday: '1TU,3TU', opens_at: '10:00', closes_at: '11:00' }, /1TU/],
    [{ freq: 'MONTHLY', byday: '5TU', opens_at: '10:00', closes_at: '11:00' }, /1TU/],
    [{ freq: 'DAILY', opens_at: '10:00', closes_at: '11:00' }, /WEEKLY en MONTHLY/],
  ])('explains in Dutch what is wrong with %j', (row, message) => {
    expect(scheduleFromHsds(row)).toMatch(message);
  });
});

describe('reading HSDS from elsewhere', () => {
  const service = (fields: Record<string, string>) => ({
    ...emptyHsdsTables(),
    service: [{ id: 's1', name: 'Inloop', status: 'active', ...fields }],
  });

  it('takes a bare service as a "dienst" by appointment in Dutch', () => {
    expect(hsdsToActivityInputs(service({}))).toEqual([{ ...base, externalId: 's1', name: 'Inloop', kind: 'dienst' }]);
  });

  it('leaves out services that are not active', () => {
    const tables = service({});
    tables.service.push({ id: 's2', name: 'Gestopt', status: 'defunct' });
    expect(hsdsToActivityInputs(tables).map((a) => a.externalId)).toEqual(['s1']);
  });

  it('collects every problem in Dutch and saves nothing', () => {
    const tables = service({ name: '', organization_id: 'o9' });
    tables.service.push({ id: 's2', name: 'Taalles', status: 'active' });
    tables.service_at_location.push({ id: 'sl', service_id: 's2', location_id: 'l1' });
    tables.location.push({ id: 'l1', location_type: 'physical', latitude: '40.1' });
    tables.address.push({ id: 'ad', location_id: 'l1', address_1: 'Straat 1', postal_code: '12345' });
    tables.language.push({ id: 'la', service_id: 's2', code: 'nld' });
    let problems: { message: string }[] = [];
    try {
      hsdsToActivityInputs(tables);
    } catch (error) {
      expect(error).toBeInstanceOf(HsdsImportError);
      problems = (error as HsdsImportError).problems;
    }
    expect(problems.map((p) => p.message)).toEqual([
      'De naam ontbreekt.',
      'Organisatie o9 staat niet in organizations.csv.',
      expect.stringContaining('geen geldige postcode'),
      'latitude ligt niet in Nederland (tussen 50 en 54).',
      'Talen zijn codes van 2 letters (ISO 639-1), zoals nl;en;ar, of van 3 letters (ISO 639-3) voor een taal zonder ' +
        'code van 2 letters, zoals pap of zgh.',
    ]);
  });

  it('says so when there is nothing to import', () => {
    expect(() => hsdsToActivityInputs(emptyHsdsTables())).toThrow(HsdsImportError);
  });
});

describe('files', () => {
  it('quotes CSV fields as RFC 4180 asks', () => {
    expect(
      hsdsCsv('accessibility', [
        { id: '1', location_id: '2', description: 'a, "b"\nc' },
        { id: '3', location_id: '4', description: ' x' },
      ]),
    ).toBe('id,location_id,description,details,url\r\n1,2,"a, ""b""\nc",,\r\n3,4," x",,\r\n');
  });

  it('makes stable version 5 UUIDs', () => {
    expect(hsdsId('service', 'a01')).toBe(hsdsId('service', 'a01'));
    expect(hsdsId('service', 'a01')).not.toBe(hsdsId('service', 'a02'));
    expect(hsdsId('service', 'a01')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('describes every table in datapackage.json', () => {
    const descriptor = hsdsDataPackage();
    expect(descriptor.resources.map((r) => r.path)).toEqual(
      Object.keys(emptyHsdsTables()).map((t) => hsdsFileNames[t as keyof HsdsTables]),
    );
    expect(descriptor.resources.find((r) => r.name === 'schedule')?.schema.fields.map((f) => f.name)).toContain(
      'byday',
    );
  });
});

describe('open-data routes', () => {
  const appFor = (gemeente: string) =>
    buildApp(
      {
        config: loadConfig({
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          NABIJ_DATA_DIR: '/nonexistent-nabij-test',
          NABIJ_GEMEENTE: gemeente,
        }),
        database,
        mailer: { send: async () => {} },
      },
      { routes: [hsdsRoutes] },
    );

  it('serves each table as CSV and the data package for the municipality', async () => {
    const app = await appFor('hsds-a');
    try {
      // The route exports as of today.
      const today = await exportHsds(database.db, tenantA);
      const csv = await app.inject({ url: '/api/v1/hsds/services.csv' });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.body).toBe(hsdsCsv('service', today.service));
      const schedule = await app.inject({ url: '/api/v1/hsds/schedules.csv' });
      expect(schedule.body).toBe(hsdsCsv('schedule', today.schedule));
      expect((await app.inject({ url: '/api/v1/hsds/service.csv' })).statusCode).toBe(400);
      const descriptor = await app.inject({ url: '/api/v1/hsds/datapackage.json' });
      expect(descriptor.statusCode).toBe(200);
      expect(descriptor.json()).toEqual(hsdsDataPackage());
      expect((await app.inject({ url: '/api/v1/hsds/key_person.csv' })).statusCode).toBe(400);
      const openapi = (await app.inject({ url: '/api/v1/openapi.json' })).json() as { paths: Record<string, unknown> };
      expect(Object.keys(openapi.paths)).toEqual(
        expect.arrayContaining(['/api/v1/hsds/datapackage.json', '/api/v1/hsds/{table}.csv']),
      );
    } finally {
      await app.close();
    }
  });

  it('answers 404 when there is no municipality', async () => {
    const app = await appFor('bestaat-niet');
    try {
      const response = await app.inject({ url: '/api/v1/hsds/services.csv' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect((await app.inject({ url: '/api/v1/hsds/datapackage.json' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});

describe('formulas in the CSV files', () => {
  /** An activity whose text a spreadsheet program would run as formulas if it were written as it is. */
  const hostile: ActivityInput = {
    ...base,
    externalId: '=x05',
    name: '=HYPERLINK("https://kwaad.example","Klik hier")',
    description: '\t@SUM(1+1)',
    kind: 'activiteit',
    needKeys: ['ontmoeting'],
    providerName: '+31 Buurtkracht',
    address: '-1 Kelder, Bloesemplein 4',
    postcode: '3532 KM',
    lat: 52.09154,
    lon: 5.11057,
    schedule: { frequentie: 'maandelijks', dag: 'vr', week: -1, start: '15:00', eind: '17:00' },
    exceptions: [{ van: '2026-12-24', tot: '2026-12-24', reden: '=kerst' }],
    cost: '-5',
    targetGroup: "'=met een quote ervoor",
    lastConfirmedAt: new Date('2026-02-10T12:00:00Z'),
  };
  let tenantC: string;
  let tenantD: string;
  let dirC: string;

  /** Every cell of a CSV file that a spreadsheet would take for a formula, but plain numbers and byday. */
  const formulaCells = (csv: string) =>
    (parse(csv, { columns: true }) as Record<string, string>[]).flatMap((row) =>
      Object.entries(row).filter(
        ([field, text]) => field !== 'byday' && /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+([.,]\d+)?$/.test(text),
      ),
    );

  beforeAll(async () => {
    tenantC = (await makeTenant(database.db, 'hsds-c', 'Wijkstad')).id;
    tenantD = (await makeTenant(database.db, 'hsds-d', 'Wijkstad')).id;
    await saveActivities(database.db, tenantC, [hostile]);
    dirC = await mkdtemp(join(tmpdir(), 'nabij-hsds-c-'));
    await writeHsdsFolder(dirC, await exportHsds(database.db, tenantC, exportedOn));
  });

  it('are guarded in the files of nabij export hsds', async () => {
    const service = await readFile(join(dirC, 'services.csv'), 'utf8');
    expect(service).toContain(`'=HYPERLINK`);
    for (const file of await readdir(dirC))
      if (file.endsWith('.csv')) expect(formulaCells(await readFile(join(dirC, file), 'utf8')), file).toEqual([]);
    // Numbers stay numbers, and "the last Friday" stays -1FR for other programs.
    expect(service).toContain(',-5,');
    expect(await readFile(join(dirC, 'schedules.csv'), 'utf8')).toContain(',-1FR,');
  });

  it('are guarded in the open-data routes', async () => {
    const app = await buildApp(
      {
        config: loadConfig({
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          NABIJ_DATA_DIR: '/nonexistent-nabij-test',
          NABIJ_GEMEENTE: 'hsds-c',
        }),
        database,
        mailer: { send: async () => {} },
      },
      { routes: [hsdsRoutes] },
    );
    try {
      for (const table of ['services', 'organizations', 'addresses', 'locations', 'schedules', 'attributes']) {
        const csv = (await app.inject({ url: `/api/v1/hsds/${table}.csv` })).body;
        expect(formulaCells(csv), table).toEqual([]);
      }
      expect((await app.inject({ url: '/api/v1/hsds/services.csv' })).body).toContain(`"'=HYPERLINK(""https://`);
    } finally {
      await app.close();
    }
  });

  it('read back as they were: export, import and export again give the same text', async () => {
    expect(await readHsdsFolder(dirC)).toEqual(await exportHsds(database.db, tenantC, exportedOn));
    await importHsds(database.db, tenantD, await readHsdsFolder(dirC));
    expect(await activitiesOf(database.db, tenantD)).toEqual(await activitiesOf(database.db, tenantC));
    const [d] = await activitiesOf(database.db, tenantD);
    expect(d).toMatchObject({ external_id: '=x05', name: hostile.name, target_group: hostile.targetGroup });
    expect(await exportHsds(database.db, tenantD, exportedOn)).toEqual(
      await exportHsds(database.db, tenantC, exportedOn),
    );
  });
});

describe('files Nabij cannot take over faithfully', () => {
  it('refuses a CSV file that is not UTF-8, instead of storing replacement characters', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nabij-hsds-1252-'));
    await writeFile(join(dir, 'service.csv'), Buffer.from('id,name,status\ns1,Café,active\n', 'latin1'));
    await expect(readHsdsFolder(dir)).rejects.toThrow('service.csv is geen UTF-8, zoals HSDS vraagt.');
  });

  it('refuses text too long for Nabij in Dutch, before it reaches the database', () => {
    const tables = {
      ...emptyHsdsTables(),
      organization: [{ id: 'o1', name: 'x'.repeat(3 * 1024 * 1024) }],
      service: [
        { id: 's1', name: 'Inloop', status: 'active', organization_id: 'o1', fees_description: 'y'.repeat(201) },
      ],
    };
    expect(() => hsdsToActivityInputs(tables)).toThrow(HsdsImportError);
    try {
      hsdsToActivityInputs(tables);
    } catch (error) {
      expect((error as HsdsImportError).problems.map((p) => `${p.table}.${p.field}: ${p.message}`)).toEqual([
        'service.fees_description: fees_description is te lang (meer dan 200 tekens).',
        'organization.name: name is te lang (meer dan 200 tekens).',
      ]);
    }
  });
});

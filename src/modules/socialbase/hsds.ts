// The social base as Open Referral HSDS 3.0 in its tabular form (CSV files and datapackage.json), out and back in.
// Mapping both ways is pure; the I/O functions at the bottom read and write folders and read the database (the
// import, which writes, is commands/import-hsds.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { parse } from 'csv-parse/sync';
import { isLanguageCode, languageCodeMessage } from '../../kernel/languages/index.js';
import type { Db } from '../../kernel/db/database.js';
import { languageName } from '../../kernel/languages/index.js';
import { isNeedKey, needKeys, needLabels } from '../../kernel/taxonomy/needs.js';
import { findTenantById } from '../../kernel/tenancy/queries.js';
import { type ActivityInput, activityTextLimits, isEmailAddress, isFreeOfCharge } from './activity-import.js';
import { csvTable, decodeText, withoutFormulaGuard } from '../../kernel/tables/index.js';
import { type HsdsActivity, listHsdsActivities, type OrganisationDetails } from './queries/hsds.js';

export type { HsdsActivity };
import { normalisePostcode, postcodeMessage } from '../../kernel/geo/index.js';
import {
  addDays,
  amsterdamNow,
  isoOf,
  type LocalDate,
  parseIso,
  type Schedule,
  type ScheduleException,
  scheduleLabel,
  scheduleSchema,
  type Weekday,
  weekdayIndex,
  weekdays,
} from '../../kernel/time/index.js';
import type { ActivityKind } from './schema.js';

/** The official HSDS 3.0 tabular data package (an unchanged copy, CC BY-SA 4.0; see hsds-3/README.md). */
type OfficialResource = { name: string; path: string; schema: { fields: { name: string }[] } };
const officialPackage = JSON.parse(readFileSync(new URL('./hsds-3/datapackage.json', import.meta.url), 'utf8')) as {
  resources: OfficialResource[];
} & Record<string, unknown>;

/** Every table of HSDS 3.0, in the official order; Nabij fills some and writes the others with their header only. */
export const hsdsTables = [
  'organization',
  'program',
  'service',
  'attribute',
  'service_at_location',
  'location',
  'phone',
  'contact',
  'address',
  'schedule',
  'funding',
  'service_area',
  'required_document',
  'language',
  'accessibility',
  'taxonomy_term',
  'metadata',
  'meta_table_description',
  'cost_option',
  'organization_identifier',
  'taxonomy',
] as const;
export type HsdsTableName = (typeof hsdsTables)[number];
export type HsdsRow = Record<string, string>;
export type HsdsTables = Record<HsdsTableName, HsdsRow[]>;

const officialResource = (name: HsdsTableName): OfficialResource => {
  const resource = officialPackage.resources.find((r) => r.name === name);
  if (!resource) throw new Error(`HSDS 3.0 has no resource ${name}`);
  return resource;
};

/** Every field of each table, in the official order: a reader of the official descriptor finds every column. */
export const hsdsFields = Object.fromEntries(
  hsdsTables.map((name) => [name, officialResource(name).schema.fields.map((f) => f.name)]),
) as unknown as Record<HsdsTableName, readonly string[]>;

/** The official file name of each table (`organizations.csv`); the API serves it under the same name. */
export const hsdsFileNames = Object.fromEntries(
  hsdsTables.map((name) => [name, officialResource(name).path]),
) as unknown as Record<HsdsTableName, string>;

export const emptyHsdsTables = (): HsdsTables =>
  Object.fromEntries(hsdsTables.map((name) => [name, [] as HsdsRow[]])) as unknown as HsdsTables;

// ---------------------------------------------------------------------------------------------------------------
// Identifiers

// HSDS 3 wants UUIDs. Name-based ones (RFC 9562 version 5) make the same activity get the same ids in every export,
// in every municipality, so a re-export after an import gives identical files and consumers can diff feeds.
const namespace = Buffer.from('57147eabfde749e7afb23b0001ea5389', 'hex');

export function hsdsId(...parts: string[]): string {
  const bytes = createHash('sha1').update(namespace).update(JSON.stringify(parts), 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An external id that already is a UUID (say, from another HSDS feed) stays the service id, so ids survive a round
 * trip.
 */
export const serviceIdOf = (externalId: string): string =>
  uuidPattern.test(externalId) ? externalId : hsdsId('service', externalId);

// ---------------------------------------------------------------------------------------------------------------
// Taxonomies for what HSDS has no field of its own for

type TermDefinition = { code: string; name: string };
const kinds: readonly ActivityKind[] = ['activiteit', 'voorziening', 'initiatief', 'dienst'];

export const nabijTaxonomies: Record<string, { description: string; terms: readonly TermDefinition[] }> = {
  'nabij-id': {
    description: 'Het id van het aanbod in Nabij (de kolom id van de spreadsheet); het staat in attribute.value.',
    terms: [{ code: 'id', name: 'Nabij-id' }],
  },
  'nabij-soort': {
    description: 'Soort aanbod in Nabij.',
    terms: kinds.map((kind) => ({ code: kind, name: kind.charAt(0).toUpperCase() + kind.slice(1) })),
  },
  'nabij-behoeften': {
    description: 'De behoeften waar het aanbod bij helpt, met de vaste sleutels van Nabij (TAXONOMY.md).',
    terms: needKeys.map((key) => ({ code: key, name: needLabels[key][0] })),
  },
  'nabij-professioneel': {
    description:
      'Aanbod van een professionele organisatie; zonder deze term is het aanbod van bewoners of vrijwilligers.',
    terms: [{ code: 'ja', name: 'Professioneel aanbod' }],
  },
  'nabij-vervalt': {
    description:
      'Een periode waarin het aanbod niet doorgaat; attribute.value is van/tot (2026-12-21/2027-01-03), ' +
      'een spatie en de reden. In schedule is het een gat tussen valid_to en valid_from.',
    terms: [{ code: 'vervalt', name: 'Vervalt' }],
  },
  'nabij-capaciteit': {
    description: 'Aantal plaatsen; het getal staat in attribute.value.',
    terms: [
      { code: 'capaciteit', name: 'Capaciteit' },
      { code: 'vrije_plaatsen', name: 'Vrije plaatsen' },
    ],
  },
};

const termId = (taxonomy: string, code: string) => hsdsId('taxonomy_term', taxonomy, code);

// ---------------------------------------------------------------------------------------------------------------
// Schedules as iCal RRULE fields

const rruleDays: Record<Weekday, string> = { ma: 'MO', di: 'TU', wo: 'WE', do: 'TH', vr: 'FR', za: 'SA', zo: 'SU' };
const dayOfRrule = (code: string): Weekday | undefined => weekdays.find((d) => rruleDays[d] === code);

type ScheduleFields = {
  freq: string;
  interval: string;
  byday: string;
  wkst: string;
  dtstart: string;
  opens_at: string;
  closes_at: string;
  description: string;
};

/**
 * The rule of a regular schedule as RRULE fields, times in local Dutch time (HH:MM:SS). The export adds the offset
 * of each season (see scheduleSeasons); an offset here would be wrong half the year.
 */
export function scheduleToHsds(schedule: Schedule): ScheduleFields {
  const description = scheduleLabel(schedule);
  const none = { freq: '', interval: '', byday: '', wkst: '', dtstart: '', opens_at: '', closes_at: '', description };
  switch (schedule.frequentie) {
    case 'wekelijks':
      return {
        ...none,
        freq: 'WEEKLY',
        interval: '1',
        byday: schedule.dagen.map((d) => rruleDays[d]).join(','),
        opens_at: `${schedule.start}:00`,
        closes_at: `${schedule.eind}:00`,
      };
    case 'tweewekelijks':
      // Nabij counts weeks from Monday, as WKST=MO does; DTSTART is a date in a week when it runs.
      return {
        ...none,
        freq: 'WEEKLY',
        interval: '2',
        byday: schedule.dagen.map((d) => rruleDays[d]).join(','),
        wkst: 'MO',
        dtstart: schedule.vanaf,
        opens_at: `${schedule.start}:00`,
        closes_at: `${schedule.eind}:00`,
      };
    case 'maandelijks':
      return {
        ...none,
        freq: 'MONTHLY',
        interval: '1',
        byday: `${schedule.week}${rruleDays[schedule.dag]}`,
        opens_at: `${schedule.start}:00`,
        closes_at: `${schedule.eind}:00`,
      };
    case 'op_afspraak':
      return none;
  }
}

/** "10:00", "10:00:00" and "10:00+01:00" all read as 10:00; undefined when it is no time. */
function timeOf(value: string | undefined): string | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec((value ?? '').trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return undefined;
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The schedule of one regular HSDS schedule row, or a Dutch sentence saying what is wrong with it. */
export function scheduleFromHsds(row: HsdsRow): Schedule | string {
  const freq = (row.freq ?? '').trim().toUpperCase();
  if (freq === '') return { frequentie: 'op_afspraak' };
  const start = timeOf(row.opens_at);
  const eind = timeOf(row.closes_at);
  if (!start || !eind) return 'De tijden ontbreken of zijn onleesbaar: opens_at en closes_at schrijf je als 10:00.';
  if (eind <= start) return 'De eindtijd (closes_at) moet na de begintijd (opens_at) liggen.';
  const interval = (row.interval ?? '').trim() === '' ? 1 : Number(row.interval);
  const parts = (row.byday ?? '')
    .split(',')
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);

  let schedule: Schedule;
  if (freq === 'WEEKLY') {
    const days = parts.map(dayOfRrule);
    if (days.length === 0 || days.some((d) => d === undefined)) return 'byday heeft de dagen nodig, zoals MO,TH.';
    const dagen = days as Weekday[];
    if (interval === 1) schedule = { frequentie: 'wekelijks', dagen, start, eind };
    else if (interval === 2) {
      const vanaf = (row.dtstart ?? '').trim().slice(0, 10);
      if (!isoDatePattern.test(vanaf))
        return 'Om de week (interval 2) heeft een dtstart nodig: een datum in een week dat het doorgaat.';
      schedule = { frequentie: 'tweewekelijks', dagen, vanaf, start, eind };
    } else return 'Nabij kent elke week (interval 1) en om de week (interval 2).';
  } else if (freq === 'MONTHLY') {
    const match = parts.length === 1 && interval === 1 ? /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(parts[0]!) : null;
    if (!match)
      return 'Maandelijks heeft één dag met de week ervoor, zoals 1TU (eerste dinsdag) of -1FR (laatste vrijdag).';
    schedule = {
      frequentie: 'maandelijks',
      dag: dayOfRrule(match[2]!)!,
      week: Number(match[1]) as 1 | 2 | 3 | 4 | -1,
      start,
      eind,
    };
  } else return `Nabij kent alleen freq WEEKLY en MONTHLY, niet ${freq}.`;
  return scheduleSchema.safeParse(schedule).success ? schedule : 'Dit rooster kan Nabij niet lezen.';
}

// Nabij before issue 11 wrote a cancelled period as a schedule row without freq whose description starts with this
// word; such folders are still read. Nabij now writes the period as a gap in the schedule's validity and an attribute.
const cancelledPrefix = 'vervalt';
const isCancelledRow = (row: HsdsRow) => (row.description ?? '').trim().toLowerCase().startsWith(cancelledPrefix);

// ---------------------------------------------------------------------------------------------------------------
// Seasons: HSDS 3.0 gives a schedule one UTC offset (`timezone`, a number, and the offset in opens_at), so a rule in
// Dutch time is written once per season, winter (+01:00) and summer (+02:00), each with its valid_from and valid_to.

type Season = { from: string; to: string; offset: 1 | 2 };

/** The last Sunday of a month: summer time in the EU starts on the last Sunday of March and ends on October's. */
function lastSunday(year: number, month: number): LocalDate {
  const last = addDays({ year, month: month + 1, day: 1 }, -1);
  return addDays(last, -((weekdayIndex(last) + 1) % 7));
}

/** The seasons from the one of `today` to the end of next year: what a feed exported today says. */
export function scheduleSeasons(today: string): Season[] {
  const year = Number(today.slice(0, 4));
  const seasons: Season[] = [];
  let from = `${year}-01-01`;
  for (const y of [year, year + 1]) {
    const summer = lastSunday(y, 3);
    const winter = lastSunday(y, 10);
    seasons.push({ from, to: isoOf(addDays(summer, -1)), offset: 1 });
    seasons.push({ from: isoOf(summer), to: isoOf(addDays(winter, -1)), offset: 2 });
    from = isoOf(winter);
  }
  seasons.push({ from, to: `${year + 1}-12-31`, offset: 1 });
  return seasons.filter((season) => season.to >= today);
}

/** The parts of the seasons outside every cancelled period: where the rule holds. */
function validPeriods(seasons: readonly Season[], exceptions: readonly ScheduleException[]): Season[] {
  let periods = [...seasons];
  for (const e of exceptions) {
    periods = periods.flatMap((p) => {
      if (e.tot < p.from || e.van > p.to) return [p];
      const before = e.van > p.from ? [{ ...p, to: isoOf(addDays(parseIso(e.van), -1)) }] : [];
      const after = e.tot < p.to ? [{ ...p, from: isoOf(addDays(parseIso(e.tot), 1)) }] : [];
      return [...before, ...after];
    });
  }
  return periods;
}

const cancellationText = (e: ScheduleException) =>
  `Vervalt ${dutchNotation(e.van)}${e.tot !== e.van ? ` t/m ${dutchNotation(e.tot)}` : ''}` +
  (e.reden ? ` (${e.reden})` : '');
const dutchNotation = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/**
 * HSDS wants a URI (`format: uri`); people write "www.buurthuis.nl". Without a scheme it gets https://; what still is
 * no URL is left out rather than make the file invalid.
 */
export function websiteUri(written: string): string {
  const trimmed = written.trim();
  if (!trimmed) return '';
  const uri = /^[a-z][a-z\d+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    return new URL(uri).hostname.includes('.') ? uri : '';
  } catch {
    return '';
  }
}

/** Residents' own offers have no organisation; HSDS requires one for every service, so they share this one. */
export const residentsOrganizationId = hsdsId('organization', 'nabij:bewoners');
const residentsOrganization = {
  name: 'Bewoners en vrijwilligers',
  description: 'Aanbod van bewoners en vrijwilligers zelf, zonder organisatie erachter.',
};
/** HSDS requires an organisation's description; this stands in when the organisation gave none (import drops it). */
export const noOrganisationDescription = 'Aanbieder in de sociale basis; de organisatie gaf zelf geen beschrijving.';

// ---------------------------------------------------------------------------------------------------------------
// Export: activities → tables

/** The date in the Netherlands, so a confirmation late in the evening keeps its own day. */
const dutchDate = (date: Date) => isoOf(amsterdamNow(date).date);

export type HsdsExportOptions = {
  city: string;
  /** The municipality's province, required by HSDS in every address. */
  province: string;
  /** The Dutch date of the export (YYYY-MM-DD): schedules are written per season from its season on. */
  today: string;
};

export function activitiesToHsds(activities: readonly HsdsActivity[], options: HsdsExportOptions): HsdsTables {
  const tables = emptyHsdsTables();
  const seasons = scheduleSeasons(options.today);
  for (const [name, taxonomy] of Object.entries(nabijTaxonomies)) {
    const taxonomyId = hsdsId('taxonomy', name);
    tables.taxonomy.push({ id: taxonomyId, name, description: taxonomy.description });
    for (const term of taxonomy.terms) {
      tables.taxonomy_term.push({
        id: termId(name, term.code),
        taxonomy_id: taxonomyId,
        code: term.code,
        name: term.name,
        description: term.name,
        language: 'nl',
      });
    }
  }

  const seen = new Set<string>();
  const once = (id: string) => {
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  };

  for (const a of activities) {
    const serviceId = serviceIdOf(a.externalId);

    let organizationId = residentsOrganizationId;
    if (!a.providerName) {
      if (once(organizationId)) tables.organization.push({ id: organizationId, ...residentsOrganization });
    } else {
      // One organization per provider name exactly as the activity spells it, so every activity keeps its own spelling;
      // names that differ only in case are one organisation in Nabij and two organizations here.
      organizationId = hsdsId('organization', a.providerName);
      if (once(organizationId)) {
        tables.organization.push({
          id: organizationId,
          name: a.providerName,
          description: a.organisation?.description || noOrganisationDescription,
          email: a.organisation?.email ?? '',
          website: websiteUri(a.organisation?.website ?? ''),
        });
      }
    }

    tables.service.push({
      id: serviceId,
      organization_id: organizationId,
      name: a.name,
      description: a.description,
      status: 'active',
      fees_description: a.cost,
      eligibility_description: a.targetGroup,
      assured_date: a.lastConfirmedAt ? dutchDate(a.lastConfirmedAt) : '',
      // For people: a generic reader shows the alert; the periods themselves are gaps in the schedule's validity.
      alert: a.exceptions
        .filter((e) => e.tot >= options.today)
        .map(cancellationText)
        .join('; '),
    });

    if (a.address && a.postcode) {
      // Nabij keeps wheelchair access per activity and HSDS per location: a place whose activities differ becomes
      // two locations.
      const locationId = hsdsId('location', a.address, a.postcode, a.wheelchairAccessible ? 'rolstoel' : '');
      if (once(locationId)) {
        tables.location.push({
          id: locationId,
          location_type: 'physical',
          name: a.address,
          latitude: a.lat === null ? '' : String(a.lat),
          longitude: a.lon === null ? '' : String(a.lon),
        });
        tables.address.push({
          id: hsdsId('address', locationId),
          location_id: locationId,
          address_1: a.address,
          city: options.city,
          state_province: options.province,
          postal_code: a.postcode,
          country: 'NL',
          address_type: 'physical',
        });
        if (a.wheelchairAccessible)
          tables.accessibility.push({
            id: hsdsId('accessibility', locationId),
            location_id: locationId,
            description: 'rolstoeltoegankelijk',
          });
      }
      tables.service_at_location.push({
        id: hsdsId('service_at_location', serviceId),
        service_id: serviceId,
        location_id: locationId,
      });
    }

    const rule = scheduleToHsds(a.schedule);
    if (a.schedule.frequentie === 'op_afspraak')
      tables.schedule.push({ id: hsdsId('schedule', serviceId, '0'), service_id: serviceId, ...rule });
    else {
      // One row per season and per stretch between cancelled periods, each with its own UTC offset.
      for (const period of validPeriods(seasons, a.exceptions)) {
        const offset = `+0${period.offset}:00`;
        tables.schedule.push({
          id: hsdsId('schedule', serviceId, period.from),
          service_id: serviceId,
          ...rule,
          opens_at: `${rule.opens_at}${offset}`,
          closes_at: `${rule.closes_at}${offset}`,
          timezone: String(period.offset),
          valid_from: period.from,
          valid_to: period.to,
        });
      }
    }

    for (const code of a.languages)
      tables.language.push({
        id: hsdsId('language', serviceId, code),
        service_id: serviceId,
        name: languageName('nl', code),
        code,
      });

    const attribute = (taxonomy: string, code: string, value = '') =>
      tables.attribute.push({
        id: hsdsId('attribute', serviceId, taxonomy, code),
        link_id: serviceId,
        link_entity: 'service',
        taxonomy_term_id: termId(taxonomy, code),
        value,
      });
    attribute('nabij-id', 'id', a.externalId);
    a.exceptions.forEach((e, i) =>
      tables.attribute.push({
        id: hsdsId('attribute', serviceId, 'nabij-vervalt', String(i)),
        link_id: serviceId,
        link_entity: 'service',
        taxonomy_term_id: termId('nabij-vervalt', 'vervalt'),
        value: `${e.van}/${e.tot}${e.reden ? ` ${e.reden}` : ''}`,
      }),
    );
    attribute('nabij-soort', a.kind);
    for (const key of a.needKeys) attribute('nabij-behoeften', key);
    if (a.professional) attribute('nabij-professioneel', 'ja');
    if (a.capacity !== null) attribute('nabij-capaciteit', 'capaciteit', String(a.capacity));
    if (a.freePlaces !== null) attribute('nabij-capaciteit', 'vrije_plaatsen', String(a.freePlaces));
  }
  // Every row carries every official column, as a reader of the folder gets it back.
  for (const name of hsdsTables)
    tables[name] = tables[name].map((row) => Object.fromEntries(hsdsFields[name].map((f) => [f, row[f] ?? ''])));
  return tables;
}

// ---------------------------------------------------------------------------------------------------------------
// Import: tables → activities

export type HsdsProblem = { table: HsdsTableName; id: string; field: string; message: string };

export class HsdsImportError extends Error {
  constructor(readonly problems: HsdsProblem[]) {
    super(`${problems.length} fouten in de HSDS-gegevens; niets opgeslagen.`);
    this.name = 'HsdsImportError';
  }
}

const value = (row: HsdsRow | undefined, field: string) => (row?.[field] ?? '').trim();
/** Free text as written: trimming it would make a re-export differ from what was imported. */
const text = (row: HsdsRow | undefined, field: string) => row?.[field] ?? '';

function groupBy(rows: readonly HsdsRow[], field: string): Map<string, HsdsRow[]> {
  const groups = new Map<string, HsdsRow[]>();
  for (const row of rows) {
    const key = value(row, field);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const byId = (rows: readonly HsdsRow[]) => new Map(rows.map((row) => [value(row, 'id'), row]));

function optionalNumber(written: string): number | null | undefined {
  if (written === '') return null;
  const n = Number(written.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Reads the services of an HSDS folder as Nabij activities. Services that are not active are left out: Nabij has no
 * such state. Throws HsdsImportError with every problem, in Dutch, when anything cannot be taken over faithfully.
 */
export function hsdsToActivityInputs(tables: Partial<HsdsTables>): ActivityInput[] {
  const problems: HsdsProblem[] = [];
  const services = tables.service ?? [];
  const organizations = byId(tables.organization ?? []);
  const locations = byId(tables.location ?? []);
  const addressesByLocation = groupBy(tables.address ?? [], 'location_id');
  const accessibilityByLocation = groupBy(tables.accessibility ?? [], 'location_id');
  const placesByService = groupBy(tables.service_at_location ?? [], 'service_id');
  const languagesByService = groupBy(tables.language ?? [], 'service_id');
  const attributesByLink = groupBy(tables.attribute ?? [], 'link_id');

  // Schedules may hang on the service or on its service_at_location row.
  const serviceOfPlace = new Map(
    (tables.service_at_location ?? []).map((row) => [value(row, 'id'), value(row, 'service_id')]),
  );
  const schedulesByService = groupBy(
    (tables.schedule ?? []).map((row) => ({
      ...row,
      service_id: value(row, 'service_id') || serviceOfPlace.get(value(row, 'service_at_location_id')) || '',
    })),
    'service_id',
  );

  // A term belongs to one of our taxonomies by the taxonomy's name, or by the term's own `taxonomy` text.
  const taxonomyNames = new Map((tables.taxonomy ?? []).map((row) => [value(row, 'id'), value(row, 'name')]));
  const terms = new Map(
    (tables.taxonomy_term ?? []).map((row) => [
      value(row, 'id'),
      { taxonomy: taxonomyNames.get(value(row, 'taxonomy_id')) ?? value(row, 'taxonomy'), code: value(row, 'code') },
    ]),
  );

  if (services.length === 0)
    problems.push({ table: 'service', id: '', field: '', message: 'Er staat geen enkel aanbod in services.csv.' });

  const activities: ActivityInput[] = [];
  const seen = new Set<string>();
  for (const service of services) {
    const serviceId = value(service, 'id');
    const status = value(service, 'status').toLowerCase();
    if (status !== '' && status !== 'active') continue;
    const problem = (table: HsdsTableName, field: string, message: string, id = serviceId) =>
      problems.push({ table, id, field, message });
    const before = problems.length;

    if (!serviceId) {
      problem('service', 'id', `Het aanbod "${value(service, 'name')}" heeft geen id.`);
      continue;
    }
    // The same limits as a spreadsheet's columns: longer text does not fit the pages, nor the database's indexes.
    const limit = (table: HsdsTableName, field: string, written: string, max: number, id = serviceId) => {
      if (written.length > max) problem(table, field, `${field} is te lang (meer dan ${max} tekens).`, id);
    };
    const name = text(service, 'name');
    if (!name.trim()) problem('service', 'name', 'De naam ontbreekt.');
    else if (name.length > activityTextLimits.name)
      problem('service', 'name', `De naam is te lang (meer dan ${activityTextLimits.name} tekens).`);
    limit('service', 'description', text(service, 'description'), activityTextLimits.description);
    limit('service', 'fees_description', text(service, 'fees_description'), activityTextLimits.cost);
    limit(
      'service',
      'eligibility_description',
      text(service, 'eligibility_description'),
      activityTextLimits.targetGroup,
    );

    const attributes = (attributesByLink.get(serviceId) ?? []).map((row) => ({
      ...(terms.get(value(row, 'taxonomy_term_id')) ?? { taxonomy: '', code: '' }),
      value: value(row, 'value'),
    }));
    const codesOf = (taxonomy: string) => attributes.filter((a) => a.taxonomy === taxonomy);

    const externalId = codesOf('nabij-id')[0]?.value || serviceId;
    limit('service', 'id', externalId, activityTextLimits.externalId);
    if (seen.has(externalId)) problem('service', 'id', `Het id ${externalId} komt twee keer voor.`);
    seen.add(externalId);

    // An HSDS service from elsewhere is a service ("dienst") unless it says otherwise.
    const kindCode = codesOf('nabij-soort')[0]?.code ?? 'dienst';
    if (!(kinds as readonly string[]).includes(kindCode))
      problem('attribute', 'nabij-soort', 'Soort moet activiteit, voorziening, initiatief of dienst zijn.');

    const needs = codesOf('nabij-behoeften').map((a) => a.code.toLowerCase());
    const unknownNeeds = needs.filter((k) => !isNeedKey(k));
    if (unknownNeeds.length > 0)
      problem('attribute', 'nabij-behoeften', `Onbekende behoefte: ${unknownNeeds.join(', ')}.`);

    const count = (code: string) => {
      const text = codesOf('nabij-capaciteit').find((a) => a.code === code)?.value ?? '';
      const n = optionalNumber(text);
      if (n === undefined || (n !== null && !(Number.isInteger(n) && n >= 0))) {
        problem(
          'attribute',
          code,
          `${code === 'capaciteit' ? 'Capaciteit' : 'Vrije plaatsen'} moet een heel getal van 0 of meer zijn.`,
        );
        return null;
      }
      return n;
    };
    const capacity = count('capaciteit');
    const freePlaces = count('vrije_plaatsen');

    let providerName = '';
    const organizationId = value(service, 'organization_id');
    if (organizationId && organizationId !== residentsOrganizationId) {
      const organization = organizations.get(organizationId);
      if (!organization)
        problem('service', 'organization_id', `Organisatie ${organizationId} staat niet in organizations.csv.`);
      else if (!value(organization, 'name'))
        problem('organization', 'name', 'De naam van de organisatie ontbreekt.', organizationId);
      else {
        providerName = text(organization, 'name');
        limit('organization', 'name', providerName, activityTextLimits.providerName, organizationId);
      }
    }

    let address = '';
    let postcode: string | null = null;
    let lat: number | null = null;
    let lon: number | null = null;
    let wheelchairAccessible = false;
    const places = placesByService.get(serviceId) ?? [];
    if (places.length > 1)
      problem(
        'service_at_location',
        'location_id',
        `Nabij kent één plek per aanbod; dit aanbod heeft er ${places.length}.`,
      );
    const locationId = value(places[0], 'location_id');
    if (locationId) {
      const location = locations.get(locationId);
      const addresses = addressesByLocation.get(locationId) ?? [];
      const where = addresses.find((row) => value(row, 'address_type') === 'physical') ?? addresses[0];
      if (!location)
        problem('service_at_location', 'location_id', `Locatie ${locationId} staat niet in locations.csv.`);
      else if (!where || !value(where, 'address_1') || !value(where, 'postal_code'))
        problem('address', 'address_1', 'De locatie heeft geen adres met postcode.', locationId);
      else {
        address = text(where, 'address_1');
        limit('address', 'address_1', address, activityTextLimits.address, locationId);
        postcode = normalisePostcode(value(where, 'postal_code')) ?? null;
        if (!postcode) problem('address', 'postal_code', postcodeMessage, value(where, 'id'));
        const latitude = optionalNumber(value(location, 'latitude'));
        const longitude = optionalNumber(value(location, 'longitude'));
        if (latitude === undefined || (latitude !== null && (latitude < 50 || latitude > 54)))
          problem('location', 'latitude', 'latitude ligt niet in Nederland (tussen 50 en 54).', locationId);
        if (longitude === undefined || (longitude !== null && (longitude < 3 || longitude > 8)))
          problem('location', 'longitude', 'longitude ligt niet in Nederland (tussen 3 en 8).', locationId);
        lat = latitude ?? null;
        lon = longitude ?? null;
        wheelchairAccessible = (accessibilityByLocation.get(locationId) ?? []).some((row) =>
          /rolstoel|wheelchair/i.test(value(row, 'description')),
        );
      }
    }

    const scheduleRows = schedulesByService.get(serviceId) ?? [];
    // Rows of one rule that differ only in season (offset) and valid period are one Nabij schedule.
    const rules = new Map<string, HsdsRow>();
    for (const row of scheduleRows.filter((r) => value(r, 'freq') !== '')) {
      const key = ['freq', 'interval', 'byday', 'wkst', 'dtstart']
        .map((f) => value(row, f).toUpperCase())
        .concat([timeOf(row.opens_at) ?? value(row, 'opens_at'), timeOf(row.closes_at) ?? value(row, 'closes_at')])
        .join('|');
      if (!rules.has(key)) rules.set(key, row);
    }
    const regular = [...rules.values()];
    let schedule: Schedule = { frequentie: 'op_afspraak' };
    if (regular.length > 1)
      problem('schedule', 'service_id', `Nabij kent één rooster per aanbod; dit aanbod heeft er ${regular.length}.`);
    else if (regular.length === 1) {
      const read = scheduleFromHsds(regular[0]!);
      if (typeof read === 'string') problem('schedule', 'freq', read, value(regular[0], 'id'));
      else schedule = read;
    }
    const exceptions: ScheduleException[] = [];
    for (const row of scheduleRows.filter(isCancelledRow)) {
      const van = value(row, 'valid_from');
      const tot = value(row, 'valid_to') || van;
      const reden = text(row, 'notes') || value(row, 'description').slice(cancelledPrefix.length).replace(/^:\s*/, '');
      if (!isoDatePattern.test(van) || !isoDatePattern.test(tot) || tot < van) {
        problem(
          'schedule',
          'valid_from',
          'Een periode dat het vervalt heeft valid_from en valid_to als 2026-12-21, ' +
            'en valid_to niet vóór valid_from.',
          value(row, 'id'),
        );
      } else if (reden.length > 200)
        problem('schedule', 'notes', 'De reden dat het vervalt is te lang (meer dan 200 tekens).', value(row, 'id'));
      else exceptions.push({ van, tot, reden });
    }
    for (const { value: written } of codesOf('nabij-vervalt')) {
      const match = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})(?: (.*))?$/s.exec(written);
      const reden = match?.[3] ?? '';
      if (!match || match[2]! < match[1]!)
        problem(
          'attribute',
          'nabij-vervalt',
          'Een periode dat het vervalt schrijf je als 2026-12-21/2027-01-03 reden.',
        );
      else if (reden.length > 200)
        problem('attribute', 'nabij-vervalt', 'De reden dat het vervalt is te lang (meer dan 200 tekens).');
      else exceptions.push({ van: match[1]!, tot: match[2]!, reden });
    }

    const languages = (languagesByService.get(serviceId) ?? []).map((row) => value(row, 'code').toLowerCase());
    if (languages.some((code) => !isLanguageCode(code))) problem('language', 'code', languageCodeMessage);

    const contactEmail = value(service, 'email');
    if (contactEmail && !isEmailAddress(contactEmail)) problem('service', 'email', 'Dit is geen geldig e-mailadres.');

    const assured = value(service, 'assured_date').slice(0, 10);
    if (assured && !isoDatePattern.test(assured))
      problem('service', 'assured_date', 'assured_date is een datum als 2026-11-25.');

    if (problems.length > before) continue;
    const cost = text(service, 'fees_description');
    activities.push({
      externalId,
      name,
      description: text(service, 'description'),
      kind: kindCode as ActivityKind,
      needKeys: needs,
      providerName,
      professional: codesOf('nabij-professioneel').some((a) => a.code === 'ja'),
      address,
      postcode,
      lat,
      lon,
      schedule,
      exceptions,
      cost,
      isFree: isFreeOfCharge(cost),
      targetGroup: text(service, 'eligibility_description'),
      wheelchairAccessible,
      languages: languages.length > 0 ? languages : ['nl'],
      capacity,
      freePlaces,
      contactEmail: contactEmail || null,
      // Noon UTC is the same day in the Netherlands, whatever the season.
      lastConfirmedAt: assured ? new Date(`${assured}T12:00:00Z`) : null,
    });
  }
  if (problems.length > 0) throw new HsdsImportError(problems);
  return activities;
}

/** What organization.csv says about each organisation beyond its name. */
export function hsdsOrganisations(tables: Partial<HsdsTables>): OrganisationDetails[] {
  return (tables.organization ?? [])
    .filter((row) => value(row, 'name') && value(row, 'id') !== residentsOrganizationId)
    .map((row) => ({
      name: text(row, 'name'),
      description: (text(row, 'description') !== noOrganisationDescription && text(row, 'description')) || null,
      email: value(row, 'email') || null,
      website: value(row, 'website') || null,
    }));
}

// ---------------------------------------------------------------------------------------------------------------
// CSV and datapackage.json

/**
 * One table as CSV, guarded against formulas as every CSV of Nabij is. byday is written as it is: Nabij makes it from
 * a checked schedule, and -1FR ("the last Friday") must reach other programs unchanged.
 */
export function hsdsCsv(table: HsdsTableName, rows: readonly HsdsRow[]): string {
  const fields = hsdsFields[table];
  return csvTable(
    fields,
    rows.map((row) => fields.map((f) => row[f] ?? '')),
    { verbatim: ['byday'] },
  );
}

/**
 * The Frictionless descriptor: the official HSDS 3.0 data package as it is (resources, file names, fields, keys), with
 * a title and description of this feed. The same for every municipality, so it describes the files and nothing else.
 */
export function hsdsDataPackage() {
  return {
    ...officialPackage,
    name: 'nabij-sociale-basis',
    title: 'Sociale basis uit Nabij (Open Referral HSDS 3.0)',
    description:
      'Openbaar aanbod in de wijk: activiteiten, voorzieningen, initiatieven en diensten. ' +
      'Roosters staan per seizoen in schedule, met de UTC-afwijking van Nederlandse tijd (timezone 1 in de winter, ' +
      '2 in de zomer); een periode waarin het aanbod niet doorgaat is een gat tussen valid_to en valid_from, ' +
      'staat in service.alert en in attribute (taxonomie nabij-vervalt). ' +
      'Wat HSDS geen eigen veld geeft, staat in attribute met de taxonomieën nabij-id, nabij-soort, ' +
      'nabij-behoeften, nabij-professioneel, nabij-capaciteit en nabij-vervalt.',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Folders and the database

export async function writeHsdsFolder(dir: string, tables: HsdsTables): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of hsdsTables) await writeFile(join(dir, hsdsFileNames[name]), hsdsCsv(name, tables[name]), 'utf8');
  await writeFile(join(dir, 'datapackage.json'), `${JSON.stringify(hsdsDataPackage(), null, 2)}\n`, 'utf8');
}

export class HsdsFolderError extends Error {}

/** Reads the tables Nabij knows; datapackage.json, when there, says where each file is. Missing tables are empty. */
export async function readHsdsFolder(dir: string): Promise<HsdsTables> {
  const root = resolve(dir);
  const paths = new Map<string, string>();
  const descriptor = await readIfThere(join(root, 'datapackage.json'));
  if (descriptor !== undefined) {
    let resources: unknown;
    try {
      resources = (JSON.parse(descriptor.toString('utf8')) as { resources?: unknown }).resources;
    } catch (error) {
      throw new HsdsFolderError(`datapackage.json is geen leesbare JSON: ${(error as Error).message}`);
    }
    for (const resource of Array.isArray(resources) ? resources : []) {
      const { name, path } = resource as { name?: unknown; path?: unknown };
      if (typeof name === 'string' && typeof path === 'string') paths.set(name, path);
    }
  }
  const tables = emptyHsdsTables();
  for (const name of hsdsTables) {
    // The descriptor's path, else the official file name, else the singular name Nabij wrote before issue 11.
    const candidates = [paths.get(name), hsdsFileNames[name], `${name}.csv`].filter((p): p is string => Boolean(p));
    let bytes: Buffer | undefined;
    for (const candidate of candidates) {
      const file = resolve(root, candidate);
      // A descriptor from elsewhere must not make us read outside the folder.
      if (!file.startsWith(root + sep)) throw new HsdsFolderError(`Het pad van ${name} ligt buiten de map.`);
      bytes = await readIfThere(file);
      if (bytes !== undefined || candidate === paths.get(name)) break;
    }
    if (bytes === undefined) continue;
    // HSDS files are UTF-8; read otherwise, a wrong byte would be stored as a replacement character without a word.
    let decoded;
    try {
      decoded = decodeText(bytes);
    } catch {
      decoded = undefined;
    }
    if (decoded?.encoding !== 'utf-8') throw new HsdsFolderError(`${name}.csv is geen UTF-8, zoals HSDS vraagt.`);
    const { text } = decoded;
    let rows: HsdsRow[];
    try {
      rows = parse(text, {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
      }) as HsdsRow[];
    } catch (error) {
      throw new HsdsFolderError(`${name}.csv is geen leesbare CSV: ${(error as Error).message}`);
    }
    // What Nabij's own export guarded against spreadsheet formulas ('=...) reads back as it was.
    tables[name] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, withoutFormulaGuard(v)])),
    );
  }
  return tables;
}

async function readIfThere(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The public social base of one municipality. Key persons and contact addresses stay out: they are personal data. */
export async function exportHsds(db: Db, tenantId: string, now = new Date()): Promise<HsdsTables> {
  const tenant = await findTenantById(db, tenantId);
  if (!tenant) throw new Error(`tenant ${tenantId} does not exist`);
  return activitiesToHsds(await listHsdsActivities(db, tenantId), {
    city: tenant.name,
    // Without a province the addresses miss a required field; `nabij export hsds --provincie` sets it.
    province: tenant.province ?? '',
    today: dutchDate(now),
  });
}

// Reading the social base from a spreadsheet in the columns of CONTRACT.md: validate every row and give the errors
// per row in Dutch, so nothing is written until the whole file is good (commands/save-activities.ts writes it).
import { z } from 'zod';
import { isNeedKey } from '../../kernel/taxonomy/needs.js';
import { isLanguageCode, languageCodeMessage } from '../../kernel/languages/index.js';
import { postcodeColumn } from '../../kernel/geo/index.js';
import { type Schedule, type ScheduleException, weekdays } from '../../kernel/time/index.js';
import { hasContact, type OrganiserContact, websiteHref } from './contact.js';
import type { ActivityKind } from './schema.js';
import { cellErrors, type RowError, type TableRow } from '../../kernel/tables/index.js';

export type ActivityInput = {
  externalId: string;
  name: string;
  description: string;
  kind: ActivityKind;
  needKeys: string[];
  providerName: string;
  professional: boolean;
  address: string;
  postcode: string | null;
  lat: number | null;
  lon: number | null;
  schedule: Schedule;
  exceptions: ScheduleException[];
  cost: string;
  isFree: boolean;
  targetGroup: string;
  wheelchairAccessible: boolean;
  languages: string[];
  capacity: number | null;
  freePlaces: number | null;
  contactEmail: string | null;
  lastConfirmedAt: Date | null;
  /** The public contact of the provider (aanbieder), kept on its organisation; absent when the file has none. */
  providerContact?: OrganiserContact;
};

const list = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);

const yes = (value: string | undefined) =>
  ['ja', 'yes', 'true', '1', 'j', 'y'].includes((value ?? '').trim().toLowerCase());

const optionalNumber = (label: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const text = (v ?? '').trim().replace(',', '.');
      if (text === '') return null;
      const n = Number(text);
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: `${label} moet een getal zijn.` });
        return z.NEVER;
      }
      return n;
    });

const optionalCount = (label: string) =>
  optionalNumber(label).refine(
    (n) => n === null || (Number.isInteger(n) && n >= 0),
    `${label} moet een heel getal van 0 of meer zijn.`,
  );

/**
 * The longest text each field may have, in characters: what a page shows well, and short enough for the database's
 * indexes (an organisation's name and a place's address are indexed, and an index entry cannot be kilobytes long).
 * The HSDS import holds its fields to the same limits.
 */
export const activityTextLimits = {
  externalId: 100,
  name: 200,
  description: 5000,
  providerName: 200,
  address: 200,
  cost: 200,
  targetGroup: 500,
  reason: 200,
  email: 254,
  website: 500,
} as const;

/** Long text is refused before the pattern is tried: on kilobytes of crafted text it would take long. */
export const isEmailAddress = (text: string) =>
  text.length <= activityTextLimits.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);

const limited = (max: number, message: string) => z.string().trim().max(max, message).optional().default('');

/** The columns of a row, checked one by one, with the message a coordinator can act on. */
const rowSchema = z.object({
  id: z.string().trim().min(1, 'Elke rij heeft een id nodig.').max(activityTextLimits.externalId, 'Het id is te lang.'),
  naam: z
    .string()
    .trim()
    .min(1, 'De naam ontbreekt.')
    .max(activityTextLimits.name, `De naam is te lang (meer dan ${activityTextLimits.name} tekens).`),
  omschrijving: limited(activityTextLimits.description, 'De omschrijving is te lang.'),
  soort: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(
      z.enum(['activiteit', 'voorziening', 'initiatief', 'dienst'], {
        message: 'Soort moet activiteit, voorziening, initiatief of dienst zijn.',
      }),
    ),
  behoeften: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const keys = list(v).map((k) => k.toLowerCase());
      const unknown = keys.filter((k) => !isNeedKey(k));
      if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `Onbekende behoefte: ${unknown.join(', ')}.` });
      return keys;
    }),
  aanbieder: limited(
    activityTextLimits.providerName,
    `De naam van de aanbieder is te lang (meer dan ${activityTextLimits.providerName} tekens).`,
  ),
  professioneel: z.string().optional().transform(yes),
  adres: limited(activityTextLimits.address, `Het adres is te lang (meer dan ${activityTextLimits.address} tekens).`),
  postcode: postcodeColumn,
  lat: optionalNumber('Lat').refine(
    (n) => n === null || (n >= 50 && n <= 54),
    'Lat ligt niet in Nederland (tussen 50 en 54).',
  ),
  lon: optionalNumber('Lon').refine(
    (n) => n === null || (n >= 3 && n <= 8),
    'Lon ligt niet in Nederland (tussen 3 en 8).',
  ),
  dagen: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const days = list(v).map((d) => d.toLowerCase().slice(0, 2));
      const wrong = days.filter((d) => !(weekdays as readonly string[]).includes(d));
      if (wrong.length > 0)
        ctx.addIssue({ code: 'custom', message: 'Dagen zijn ma, di, wo, do, vr, za of zo, gescheiden door ;.' });
      return days as (typeof weekdays)[number][];
    }),
  tijd: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const text = (v ?? '').trim();
      if (text === '') return null;
      const match = /^(\d{1,2})[:.](\d{2})\s*-\s*(\d{1,2})[:.](\d{2})$/.exec(text);
      const pad = (h: string, m: string) => `${h.padStart(2, '0')}:${m}`;
      if (!match || Number(match[1]) > 23 || Number(match[3]) > 24) {
        ctx.addIssue({ code: 'custom', message: 'Tijd schrijf je als 10:00-12:00.' });
        return z.NEVER;
      }
      return { start: pad(match[1]!, match[2]!), end: pad(match[3]!, match[4]!) };
    }),
  kosten: limited(activityTextLimits.cost, `De kosten zijn te lang (meer dan ${activityTextLimits.cost} tekens).`),
  doelgroep: limited(
    activityTextLimits.targetGroup,
    `De doelgroep is te lang (meer dan ${activityTextLimits.targetGroup} tekens).`,
  ),
  toegankelijk: z.string().optional().transform(yes),
  talen: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const codes = list(v).map((c) => c.toLowerCase());
      if (codes.some((c) => !isLanguageCode(c))) ctx.addIssue({ code: 'custom', message: languageCodeMessage });
      return codes.length > 0 ? codes : ['nl'];
    }),
  // Optional columns beyond CONTRACT.md, for richer schedules and for keeping entries current.
  frequentie: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => v || 'wekelijks')
    .pipe(
      z.enum(['wekelijks', 'tweewekelijks', 'maandelijks'], {
        message: 'Frequentie is wekelijks, tweewekelijks of maandelijks.',
      }),
    ),
  week: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .refine((n) => n === null || [1, 2, 3, 4, -1].includes(n), 'Week is 1, 2, 3, 4 of -1 (de laatste van de maand).'),
  vanaf: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Vanaf is een datum als 2026-11-25.'),
  uitzonderingen: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const periods: ScheduleException[] = [];
      for (const part of list(v)) {
        const match = /^(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))?\s*(.*)$/.exec(part);
        if (!match) {
          ctx.addIssue({
            code: 'custom',
            message: 'Uitzonderingen schrijf je als 2026-12-21/2027-01-03 kerstvakantie; 2026-12-26 tweede kerstdag.',
          });
          return [];
        }
        const reden = match[3]?.trim() ?? '';
        if (reden.length > activityTextLimits.reason) {
          ctx.addIssue({
            code: 'custom',
            message: `De reden dat het vervalt is te lang (meer dan ${activityTextLimits.reason} tekens).`,
          });
          return [];
        }
        periods.push({ van: match[1]!, tot: match[2] ?? match[1]!, reden });
      }
      return periods;
    }),
  capaciteit: optionalCount('Capaciteit'),
  vrije_plaatsen: optionalCount('Vrije plaatsen'),
  contact_email: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isEmailAddress(v), 'Dit is geen geldig e-mailadres.'),
  // The provider's public contact, shown on the entry's page; unlike contact_email it is meant for residents.
  aanbieder_telefoon: z
    .string()
    .trim()
    .optional()
    .refine(
      (v) => !v || /^\+?[0-9][0-9\s()-]{5,19}$/.test(v),
      'Schrijf het telefoonnummer met alleen cijfers, spaties, + of -, zoals 030 123 45 67.',
    ),
  aanbieder_email: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isEmailAddress(v), 'Dit is geen geldig e-mailadres.'),
  aanbieder_website: z
    .string()
    .trim()
    .max(activityTextLimits.website, `De website is te lang (meer dan ${activityTextLimits.website} tekens).`)
    .optional()
    .refine(
      (v) => !v || websiteHref(v) !== undefined,
      'Schrijf de website als www.voorbeeld.nl of https://www.voorbeeld.nl.',
    ),
  laatst_bevestigd: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Laatst bevestigd is een datum als 2026-11-25.'),
});

function scheduleOf(row: z.infer<typeof rowSchema>): Schedule | string {
  if (row.dagen.length === 0 || row.tijd === null) {
    return row.dagen.length > 0 || row.tijd !== null
      ? 'Vul dagen én tijd in, of laat allebei leeg voor op afspraak.'
      : { frequentie: 'op_afspraak' };
  }
  const times = { start: row.tijd.start, eind: row.tijd.end };
  if (times.eind <= times.start) return 'De eindtijd moet na de begintijd liggen.';
  if (row.frequentie === 'maandelijks') {
    if (row.week === null || row.dagen.length !== 1) {
      return 'Maandelijks heeft één dag en een week (1, 2, 3, 4 of -1).';
    }
    return { frequentie: 'maandelijks', dag: row.dagen[0]!, week: row.week as 1 | 2 | 3 | 4 | -1, ...times };
  }
  if (row.frequentie === 'tweewekelijks') {
    if (!row.vanaf) return 'Tweewekelijks heeft een datum in een week dat het doorgaat (kolom vanaf).';
    return { frequentie: 'tweewekelijks', dagen: row.dagen, vanaf: row.vanaf, ...times };
  }
  return { frequentie: 'wekelijks', dagen: row.dagen, ...times };
}

export const isFreeOfCharge = (cost: string) => /^\s*(gratis|free|€\s*0([,.]00?)?|0)\s*$/i.test(cost);

export type ParsedImport = { rows: ActivityInput[]; errors: RowError[] };

/** Checks every row; row numbers count as a spreadsheet does (the header is row 1). */
export function parseActivityRows(records: readonly TableRow[]): ParsedImport {
  const rows: ActivityInput[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const rowNumber = index + 2;
    const badCells = cellErrors(record, rowNumber);
    if (badCells.length > 0) {
      errors.push(...badCells);
      return;
    }
    const parsed = rowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ row: rowNumber, column: String(issue.path[0] ?? ''), message: issue.message });
      return;
    }
    const row = parsed.data;
    const schedule = scheduleOf(row);
    if (typeof schedule === 'string') {
      errors.push({ row: rowNumber, column: 'tijd', message: schedule });
      return;
    }
    const providerContact = {
      phone: row.aanbieder_telefoon || null,
      email: row.aanbieder_email || null,
      website: row.aanbieder_website || null,
    };
    if (hasContact(providerContact) && !row.aanbieder) {
      errors.push({
        row: rowNumber,
        column: 'aanbieder',
        message: 'Vul de aanbieder in: daar horen de contactgegevens bij.',
      });
      return;
    }
    const earlier = seen.get(row.id);
    if (earlier !== undefined) {
      errors.push({ row: rowNumber, column: 'id', message: `Dit id staat ook al in rij ${earlier}.` });
      return;
    }
    seen.set(row.id, rowNumber);
    rows.push({
      externalId: row.id,
      name: row.naam,
      description: row.omschrijving,
      kind: row.soort,
      needKeys: row.behoeften,
      providerName: row.aanbieder,
      professional: row.professioneel,
      address: row.adres,
      postcode: row.postcode,
      lat: row.lat,
      lon: row.lon,
      schedule,
      exceptions: row.uitzonderingen,
      cost: row.kosten,
      isFree: isFreeOfCharge(row.kosten),
      targetGroup: row.doelgroep,
      wheelchairAccessible: row.toegankelijk,
      languages: row.talen,
      capacity: row.capaciteit,
      freePlaces: row.vrije_plaatsen,
      contactEmail: row.contact_email || null,
      lastConfirmedAt: row.laatst_bevestigd ? new Date(`${row.laatst_bevestigd}T12:00:00Z`) : null,
      ...(hasContact(providerContact) ? { providerContact } : {}),
    });
  });
  return { rows, errors };
}

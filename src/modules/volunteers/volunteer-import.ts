// Reading strong residents from a coordinator's file in the columns of CONTRACT.md: every row checked. Pure; the
// save is the command importVolunteers.
import { isLanguageCode, languageCodeMessage } from '../../kernel/languages/index.js';
import { z } from 'zod';
import { isNeedKey } from '../../kernel/taxonomy/needs.js';
import { cellErrors, type RowError, type TableRow } from '../../kernel/tables/index.js';
import { postcodeColumn } from '../../kernel/geo/index.js';
import { parseAvailability, volunteerRoles } from './availability.js';

export type VolunteerInput = {
  externalId: string;
  firstName: string;
  postcode: string | null;
  lat: number | null;
  lon: number | null;
  offers: string[];
  roles: string[];
  availability: string[];
  radiusKm: number;
  maxMatches: number;
  activeMatches: number;
  vog: boolean;
  languages: string[];
  description: string;
  /** From the optional column geslacht; undefined leaves what is known (a volunteer's own answer) alone. */
  gender: 'v' | 'm' | 'x' | undefined;
};

/** The optional column geslacht: v/vrouw, m/man, x/anders; empty when not given. */
export function parseGender(value: string | undefined): 'v' | 'm' | 'x' | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return undefined;
  if (['v', 'vrouw', 'f', 'female'].includes(v)) return 'v';
  if (['m', 'man', 'male'].includes(v)) return 'm';
  return 'x';
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(';')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
const num = (label: string, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const text = (v ?? '').trim().replace(',', '.');
      const n = Number(text);
      if (text === '' || !Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${label} moet een getal tussen ${min} en ${max} zijn.` });
        return z.NEVER;
      }
      return n;
    });
const coordinate = (label: string, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const text = (v ?? '').trim().replace(',', '.');
      if (text === '') return null;
      const n = Number(text);
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${label} ligt niet in Nederland.` });
        return z.NEVER;
      }
      return n;
    });

const rowSchema = z.object({
  id: z.string().trim().min(1, 'Elke rij heeft een id nodig.').max(100, 'Het id is te lang.'),
  voornaam: z.string().trim().min(1, 'De voornaam ontbreekt.').max(60, 'De voornaam is te lang.'),
  postcode: postcodeColumn,
  lat: coordinate('Lat', 50, 54),
  lon: coordinate('Lon', 3, 8),
  biedt: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const keys = list(v);
      const unknown = keys.filter((k) => !isNeedKey(k));
      if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `Onbekende behoefte: ${unknown.join(', ')}.` });
      return keys;
    }),
  rollen: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const roles = list(v);
      const unknown = roles.filter((r) => !(volunteerRoles as readonly string[]).includes(r));
      if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `Onbekende rol: ${unknown.join(', ')}.` });
      return roles;
    }),
  beschikbaar: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const moments = list(v);
      if (parseAvailability(moments) === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'Beschikbaar schrijf je als ma-ochtend;di-middag;za (dag, of dag-ochtend/middag/avond).',
        });
      }
      return moments;
    }),
  straal_km: num('Straal', 0, 100),
  max_matches: num('Max matches', 0, 50).refine((n) => Number.isInteger(n), 'Max matches moet een heel getal zijn.'),
  actieve_matches: num('Actieve matches', 0, 50).refine(
    (n) => Number.isInteger(n),
    'Actieve matches moet een heel getal zijn.',
  ),
  vog: z
    .string()
    .optional()
    .transform((v) => ['ja', 'yes', 'j', '1', 'true'].includes((v ?? '').trim().toLowerCase())),
  talen: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const codes = list(v).map((c) => c.toLowerCase());
      if (codes.some((c) => !isLanguageCode(c))) ctx.addIssue({ code: 'custom', message: languageCodeMessage });
      return codes.length > 0 ? codes : ['nl'];
    }),
  omschrijving: z.string().trim().max(2000, 'De omschrijving is te lang.').optional().default(''),
  geslacht: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const text = (v ?? '').trim().toLowerCase();
      if (text === '') return undefined;
      const gender = parseGender(text);
      if (!['v', 'vrouw', 'm', 'man', 'x', 'anders'].includes(text)) {
        ctx.addIssue({
          code: 'custom',
          message: 'Geslacht is v (vrouw), m (man), x (anders of zegt het liever niet), of leeg.',
        });
        return z.NEVER;
      }
      return gender;
    }),
});

export function parseVolunteerRows(records: readonly TableRow[]): { rows: VolunteerInput[]; errors: RowError[] } {
  const rows: VolunteerInput[] = [];
  const errors: RowError[] = [];
  records.forEach((record, index) => {
    const badCells = cellErrors(record, index + 2);
    if (badCells.length > 0) {
      errors.push(...badCells);
      return;
    }
    const parsed = rowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ row: index + 2, column: String(issue.path[0] ?? ''), message: issue.message });
      return;
    }
    const r = parsed.data;
    rows.push({
      externalId: r.id,
      firstName: r.voornaam,
      postcode: r.postcode,
      lat: r.lat,
      lon: r.lon,
      offers: r.biedt,
      roles: r.rollen,
      availability: r.beschikbaar,
      radiusKm: r.straal_km,
      maxMatches: r.max_matches,
      activeMatches: r.actieve_matches,
      vog: r.vog,
      languages: r.talen,
      description: r.omschrijving,
      gender: r.geslacht,
    });
  });
  return { rows, errors };
}

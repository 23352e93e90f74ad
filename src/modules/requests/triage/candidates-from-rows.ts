// From the rows of the import files (CONTRACT.md) to triage candidates: the same mapping for the CSV files
// of a developer and for the rows the database gives.
import type { ActivityInput } from '../../socialbase/activity-import.js';
import type { ActivityCandidate, Moment, Point, VolunteerCandidate } from './types.js';

const days: Moment['day'][] = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const parts: Moment['part'][] = ['ochtend', 'middag', 'avond'];

const split = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

/** "ma-ochtend;di-middag;za" → moments; a whole day counts for all its parts. Unknown entries are skipped. */
export function parseAvailability(value: string): Moment[] {
  const out: Moment[] = [];
  for (const item of split(value.toLowerCase())) {
    const [day, part] = item.split('-').map((x) => x.trim()) as [string, string | undefined];
    if (!(days as string[]).includes(day)) continue;
    const ps = part === undefined ? parts : (parts as string[]).includes(part) ? [part as Moment['part']] : [];
    for (const p of ps) out.push({ day: day as Moment['day'], part: p });
  }
  return out;
}

const num = (value: string | undefined, fallback: number) => {
  const n = Number(String(value ?? '').replace(',', '.'));
  return Number.isFinite(n) && String(value ?? '').trim() !== '' ? n : fallback;
};

function pointOf(lat: string | number | null | undefined, lon: string | number | null | undefined): Point | undefined {
  if (lat === null || lat === undefined || lon === null || lon === undefined || lat === '' || lon === '')
    return undefined;
  const p = { lat: Number(lat), lon: Number(lon) };
  return Number.isFinite(p.lat) && Number.isFinite(p.lon) ? p : undefined;
}

/** The optional column geslacht: v/vrouw, m/man, x/anders; empty when not given. */
export function parseGender(value: string | undefined): 'v' | 'm' | 'x' | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return undefined;
  if (['v', 'vrouw', 'f', 'female'].includes(v)) return 'v';
  if (['m', 'man', 'male'].includes(v)) return 'm';
  return 'x';
}

/** One row of vrijwilligers.csv (id,voornaam,postcode,lat,lon,biedt,rollen,beschikbaar,straal_km,max_matches,actieve_matches,vog,talen,omschrijving). */
export function volunteerFromRow(row: Record<string, string>): VolunteerCandidate {
  const v: VolunteerCandidate = {
    type: 'vrijwilliger',
    id: row.id ?? '',
    firstName: row.voornaam ?? '',
    offers: split(row.biedt),
    roles: split(row.rollen),
    availability: parseAvailability(row.beschikbaar ?? ''),
    radiusKm: num(row.straal_km, 2),
    maxMatches: num(row.max_matches, 1),
    activeMatches: num(row.actieve_matches, 0),
    vogValid: (row.vog ?? '').trim().toLowerCase() === 'ja',
    languages: split(row.talen).map((x) => x.toLowerCase()),
    description: row.omschrijving ?? '',
  };
  const point = pointOf(row.lat, row.lon);
  if (point) v.point = point;
  const gender = parseGender(row.geslacht);
  if (gender) v.gender = gender;
  return v;
}

/** One activity as the importer parsed it (parseActivityRows). Everything imported counts as current. */
export function activityFromInput(input: ActivityInput, current = true): ActivityCandidate {
  const a: ActivityCandidate = {
    type: 'activiteit',
    id: input.externalId,
    soort: input.kind as ActivityCandidate['soort'],
    name: input.name,
    description: input.description,
    needKeys: [...input.needKeys],
    professional: input.professional,
    schedule: input.schedule,
    exceptions: [...input.exceptions],
    targetGroup: input.targetGroup,
    languages: input.languages.map((x) => x.toLowerCase()),
    wheelchairAccessible: input.wheelchairAccessible,
    isFree: input.isFree,
    current,
  };
  const point = pointOf(input.lat, input.lon);
  if (point) a.point = point;
  return a;
}

/** postcodes.csv rows → a lookup from normalised postcode ("1234 AB") to its centroid. */
export function postcodeLookup(rows: readonly Record<string, string>[]): Map<string, Point> {
  const map = new Map<string, Point>();
  for (const r of rows) {
    const p = pointOf(r.lat, r.lon);
    const code = (r.postcode ?? '').replace(/\s+/g, '').toUpperCase();
    if (p && code.length === 6) map.set(`${code.slice(0, 4)} ${code.slice(4)}`, p);
  }
  return map;
}

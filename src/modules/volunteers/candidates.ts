// What volunteers offer triage: the volunteers who may be matched, read through the gate as one search for the
// purpose "triage", or taken from a row of an import file (CONTRACT.md).
import { type Actor, type GatedDb, withAccess } from '../../kernel/access/gate.js';
import type { Db } from '../../kernel/db/database.js';
import { pointOf } from '../../kernel/geo/index.js';
import { parseMoments } from '../../kernel/time/index.js';
import type { VolunteerCandidate } from '../triage/index.js';
import { isVogCounted, parseAvailability } from './availability.js';
import { listMatchableVolunteers } from './queries.js';
import { parseGender } from './volunteer-import.js';

/** Running matches per volunteer id, from the module that keeps matches; read inside the same gate pass. */
export type ActiveMatches = (db: GatedDb, tenantId: string) => Promise<Map<string, number>>;

const split = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

export async function loadVolunteerCandidates(
  db: Db,
  actor: Actor,
  tenantId: string,
  options: { now?: Date; activeMatches?: ActiveMatches } = {},
): Promise<VolunteerCandidate[]> {
  const now = options.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const { rows, busy } = await withAccess(
    db,
    actor,
    { category: 'vrijwilliger', action: 'search', purpose: 'triage', subjectUserId: null },
    async (gated) => ({
      rows: await listMatchableVolunteers(gated, tenantId),
      busy: (await options.activeMatches?.(gated, tenantId)) ?? new Map<string, number>(),
    }),
  );
  // "Deze week niet": a volunteer who said they are away today is not proposed.
  const away = (r: (typeof rows)[number]) => r.unavailable.some((p) => p.van <= today && today <= p.tot);
  return rows
    .filter((r) => !away(r))
    .map((r) => ({
      type: 'vrijwilliger',
      id: r.external_id,
      firstName: r.first_name,
      point: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : undefined,
      offers: r.offers,
      roles: r.roles,
      availability: parseAvailability(r.availability) ?? [],
      radiusKm: r.radius_km,
      maxMatches: r.max_matches,
      activeMatches: r.imported_active_matches + (busy.get(r.id) ?? 0),
      // A date the volunteer typed does not count until the team has seen the certificate.
      vogValid: isVogCounted(r.vog_date, r.vog_status, today),
      languages: r.languages,
      description: r.description,
      ...(r.gender ? { gender: r.gender } : {}),
    }));
}

const num = (value: string | undefined, fallback: number) => {
  const n = Number(String(value ?? '').replace(',', '.'));
  return Number.isFinite(n) && String(value ?? '').trim() !== '' ? n : fallback;
};

/**
 * One row of vrijwilligers.csv (id,voornaam,postcode,lat,lon,biedt,rollen,beschikbaar,straal_km,max_matches,
 * actieve_matches,vog,talen,omschrijving).
 */
export function volunteerFromRow(row: Record<string, string>): VolunteerCandidate {
  const v: VolunteerCandidate = {
    type: 'vrijwilliger',
    id: row.id ?? '',
    firstName: row.voornaam ?? '',
    offers: split(row.biedt),
    roles: split(row.rollen),
    availability: parseMoments(split(row.beschikbaar)).moments,
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

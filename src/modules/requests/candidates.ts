// Loading what triage can propose: the municipality's activities (public) and its volunteers (personal data,
// read through the gate as one search for the purpose "triage").
import { sql } from 'kysely';
import { type Actor, withAccess } from '../../kernel/access/gate.js';
import type { GatedDb } from '../../kernel/access/gate.js';
import type { Db } from '../../kernel/db/database.js';
import { monthsAgo } from '../socialbase/freshness.js';
import type { Schedule, ScheduleException } from '../socialbase/schedule.js';
import type { ActivityKind } from '../socialbase/schema.js';
import { isVogValid, parseAvailability } from '../volunteers/availability.js';
import { busyMatchStates } from './states.js';
import type { ActivityCandidate, Candidate, VolunteerCandidate } from './triage/types.js';

export async function loadActivityCandidates(
  db: Db,
  tenantId: string,
  hiddenMonths: number,
  now = new Date(),
): Promise<ActivityCandidate[]> {
  const hiddenBefore = monthsAgo(hiddenMonths, now);
  const rows = await db
    .selectFrom('activities')
    .leftJoin('places', 'places.id', 'activities.place_id')
    .select([
      'activities.external_id',
      'activities.kind',
      'activities.name',
      'activities.description',
      'activities.need_keys',
      'activities.professional',
      'places.lat',
      'places.lon',
      'activities.schedule',
      'activities.exceptions',
      'activities.target_group',
      'activities.languages',
      'activities.wheelchair_accessible',
      'activities.is_free',
      'activities.last_confirmed_at',
    ])
    .where('activities.tenant_id', '=', tenantId)
    .execute();
  return rows.map((r) => ({
    type: 'activiteit',
    id: r.external_id,
    soort: r.kind as ActivityKind,
    name: r.name,
    description: r.description,
    needKeys: r.need_keys,
    professional: r.professional,
    point: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : undefined,
    schedule: r.schedule as Schedule,
    exceptions: r.exceptions as ScheduleException[],
    targetGroup: r.target_group,
    languages: r.languages,
    wheelchairAccessible: r.wheelchair_accessible,
    isFree: r.is_free,
    current: r.last_confirmed_at >= hiddenBefore,
  }));
}

async function volunteerRows(db: GatedDb, tenantId: string) {
  return db
    .selectFrom('volunteers')
    .select([
      'volunteers.id',
      'volunteers.external_id',
      'volunteers.first_name',
      'volunteers.lat',
      'volunteers.lon',
      'volunteers.offers',
      'volunteers.roles',
      'volunteers.availability',
      'volunteers.radius_km',
      'volunteers.max_matches',
      'volunteers.imported_active_matches',
      sql<string | null>`to_char(volunteers.vog_date, 'YYYY-MM-DD')`.as('vog_date'),
      'volunteers.languages',
      'volunteers.description',
      'volunteers.gender',
      'volunteers.unavailable',
      (eb) =>
        eb
          .selectFrom('matches')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('matches.volunteer_id', '=', 'volunteers.id')
          .where('matches.state', 'in', busyMatchStates)
          .as('busy'),
    ])
    .where('volunteers.tenant_id', '=', tenantId)
    .where('volunteers.active', '=', true)
    .execute();
}

export async function loadVolunteerCandidates(
  db: Db,
  actor: Actor,
  tenantId: string,
  now = new Date(),
): Promise<VolunteerCandidate[]> {
  const today = now.toISOString().slice(0, 10);
  const rows = await withAccess(
    db,
    actor,
    { category: 'vrijwilliger', action: 'search', purpose: 'triage', subjectUserId: null },
    (gated) => volunteerRows(gated, tenantId),
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
      activeMatches: r.imported_active_matches + (r.busy ?? 0),
      vogValid: isVogValid(r.vog_date, today),
      languages: r.languages,
      description: r.description,
      ...(r.gender ? { gender: r.gender } : {}),
    }));
}

export async function loadCandidates(
  db: Db,
  actor: Actor,
  tenantId: string,
  hiddenMonths: number,
  now = new Date(),
): Promise<Candidate[]> {
  const [activities, volunteers] = await Promise.all([
    loadActivityCandidates(db, tenantId, hiddenMonths, now),
    loadVolunteerCandidates(db, actor, tenantId, now),
  ]);
  return [...activities, ...volunteers];
}

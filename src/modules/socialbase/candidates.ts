// What the social base offers triage: the activities that may be proposed, from the database or from an
// imported file. Public data, so no gate.
import type { Db } from '../../kernel/db/database.js';
import { pointOf } from '../../kernel/geo/index.js';
import type { Schedule, ScheduleException } from '../../kernel/time/index.js';
import type { ActivityCandidate } from '../triage/index.js';
import type { ActivityInput } from './activity-import.js';
import { monthsAgo } from './freshness.js';
import { listCandidateActivities } from './queries/activities.js';
import type { ActivityKind } from './schema.js';

export async function loadActivityCandidates(
  db: Db,
  tenantId: string,
  hiddenMonths: number,
  now = new Date(),
): Promise<ActivityCandidate[]> {
  const hiddenBefore = monthsAgo(hiddenMonths, now);
  const rows = await listCandidateActivities(db, tenantId);
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

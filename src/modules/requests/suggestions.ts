// What triage suggested and what was proposed, looked up in the modules that own it: volunteers and activities,
// by the external ids triage knows them by or by their ids, read only for what a proposal and its pages show; and
// which suggestions the asker may choose themselves.
import type { GatedDb } from '../../kernel/access/gate.js';
import {
  activitiesById,
  activityByExternalId,
  activityById,
  activityNamesByExternalId,
  activityOverviewsByExternalId,
} from '../socialbase/index.js';
import type { TriageAnswer } from '../triage/index.js';
import { volunteerFirstName, volunteerNamesByExternalId, volunteersById, volunteerToAsk } from '../volunteers/index.js';
import { listMatchRows, type MatchView } from './queries/matches.js';

export { activityById, activityOverviewsByExternalId, volunteerFirstName, volunteerToAsk };

/** What the neighbourhood offers, which an asker can go to on their own; a volunteer is always asked first. */
const collectiveKinds: readonly string[] = ['activiteit', 'voorziening', 'initiatief', 'dienst'];

/** At most this many activities on the asker's status page: enough to choose, few enough to read. */
export const ASKER_IDEAS_MAX = 3;

/**
 * The activities the asker may choose on their status page (external ids): the best the triage suggested, never
 * on spoed, when the team and the emergency numbers come first.
 */
export function activityIdeas(request: { route: string; triage: TriageAnswer }): string[] {
  if (request.route === 'spoed') return [];
  return request.triage.suggesties
    .filter((s) => collectiveKinds.includes(s.soort))
    .slice(0, ASKER_IDEAS_MAX)
    .map((s) => s.id);
}

/** Names to show on suggestion cards: an activity's name, a volunteer's first name. */
export async function suggestionNames(
  db: GatedDb,
  tenantId: string,
  ids: readonly string[],
): Promise<{ names: Map<string, string>; volunteerUserIds: string[] }> {
  if (ids.length === 0) return { names: new Map(), volunteerUserIds: [] };
  const [activities, volunteers] = await Promise.all([
    activityNamesByExternalId(db, tenantId, ids),
    volunteerNamesByExternalId(db, tenantId, ids),
  ]);
  return {
    names: new Map([...activities, ...volunteers].map((r) => [r.external_id, r.name])),
    // Volunteers with an account: each one shown on the card finds the look in their own access log.
    volunteerUserIds: volunteers.flatMap((v) => (v.user_id ? [v.user_id] : [])),
  };
}

export const activityToPropose = (db: GatedDb, tenantId: string, externalId: string) =>
  activityByExternalId(db, tenantId, externalId);

const present = (ids: readonly (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];

/** The matches of a request with the names of the volunteer or the activity, from their own modules. */
export async function listMatches(db: GatedDb, tenantId: string, requestId: string): Promise<MatchView[]> {
  const rows = await listMatchRows(db, tenantId, requestId);
  const [volunteers, activities] = await Promise.all([
    volunteersById(db, tenantId, present(rows.map((r) => r.volunteerId))),
    activitiesById(db, tenantId, present(rows.map((r) => r.activityId))),
  ]);
  const volunteer = new Map(volunteers.map((v) => [v.id, v]));
  const activity = new Map(activities.map((a) => [a.id, a]));
  return rows.map((r) => {
    const v = r.volunteerId ? volunteer.get(r.volunteerId) : undefined;
    const a = r.activityId ? activity.get(r.activityId) : undefined;
    return {
      ...r,
      volunteerFirstName: v?.first_name ?? null,
      volunteerExternalId: v?.external_id ?? null,
      volunteerUserId: v?.user_id ?? null,
      activityExternalId: a?.external_id ?? null,
      activityName: a?.name ?? null,
    };
  });
}

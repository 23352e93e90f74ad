// What triage suggested, looked up in the modules that own it: volunteers and activities, by the external ids
// triage knows them by, read only for what a proposal and its pages show.
import type { GatedDb } from '../../kernel/access/gate.js';
import { activityByExternalId, activityById, activityNamesByExternalId } from '../socialbase/index.js';
import { volunteerFirstName, volunteerNamesByExternalId, volunteerToAsk } from '../volunteers/index.js';

export { activityById, volunteerFirstName, volunteerToAsk };

/** Names to show on suggestion cards: an activity's name, a volunteer's first name. */
export async function suggestionNames(
  db: GatedDb,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const [activities, volunteers] = await Promise.all([
    activityNamesByExternalId(db, tenantId, ids),
    volunteerNamesByExternalId(db, tenantId, ids),
  ]);
  return new Map([...activities, ...volunteers].map((r) => [r.external_id, r.name]));
}

export const activityToPropose = (db: GatedDb, tenantId: string, externalId: string) =>
  activityByExternalId(db, tenantId, externalId);

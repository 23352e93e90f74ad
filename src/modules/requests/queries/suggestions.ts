// The SQL that reads what triage suggested: volunteers and activities, by the external ids triage knows them by.
// These are the volunteers' and the social base's tables, read only for what a proposal and its pages show.
import type { GatedDb } from '../../../kernel/access/gate.js';

/** Names to show on suggestion cards: an activity's name, a volunteer's first name. */
export async function suggestionNames(
  db: GatedDb,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const [activities, volunteers] = await Promise.all([
    db
      .selectFrom('activities')
      .select(['external_id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('external_id', 'in', ids)
      .execute(),
    db
      .selectFrom('volunteers')
      .select(['external_id', 'first_name as name'])
      .where('tenant_id', '=', tenantId)
      .where('external_id', 'in', ids)
      .execute(),
  ]);
  return new Map([...activities, ...volunteers].map((r) => [r.external_id, r.name]));
}

/** The volunteer a proposal asks, with the address their question is mailed to. */
export async function volunteerToAsk(db: GatedDb, tenantId: string, externalId: string) {
  return db
    .selectFrom('volunteers')
    .leftJoin('users', 'users.id', 'volunteers.user_id')
    .select(['volunteers.id', 'volunteers.first_name', 'users.email'])
    .where('volunteers.tenant_id', '=', tenantId)
    .where('volunteers.external_id', '=', externalId)
    .executeTakeFirst();
}

export async function activityToPropose(db: GatedDb, tenantId: string, externalId: string) {
  return db
    .selectFrom('activities')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

export async function volunteerFirstName(db: GatedDb, volunteerId: string) {
  return db.selectFrom('volunteers').select('first_name').where('id', '=', volunteerId).executeTakeFirst();
}

export async function activityById(db: GatedDb, activityId: string) {
  return db.selectFrom('activities').select(['id', 'name']).where('id', '=', activityId).executeTakeFirst();
}

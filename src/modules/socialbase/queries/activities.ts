// The queries of activities with their organisations and places: writing imported rows, the lists for triage,
// the community worker and the owner, and keeping an entry current. Public data, so no gate.
import { sql } from 'kysely';
import { anyOf } from '../../../kernel/db/any-of.js';
import type { Db } from '../../../kernel/db/database.js';
import { type Schedule, type ScheduleException, scheduleDays } from '../../../kernel/time/index.js';
import type { ActivityInput } from '../activity-import.js';
import type { OrganiserContact } from '../contact.js';
import type { ActivityKind } from '../schema.js';

/** The organisation of this name (in any case), made when it is new; returns its id. */
export async function upsertOrganisation(db: Db, tenantId: string, name: string): Promise<string> {
  const organisation = await db
    .insertInto('organisations')
    .values({ tenant_id: tenantId, name })
    .onConflict((oc) => oc.expression(sql`tenant_id, lower(name)`).doUpdateSet({ name }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return organisation.id;
}

/** The place at this address, made when it is new, with the coordinates of the latest row; returns its id. */
export async function upsertPlace(
  db: Db,
  tenantId: string,
  place: { address: string; postcode: string; lat: number | null; lon: number | null },
): Promise<string> {
  const row = await db
    .insertInto('places')
    .values({ tenant_id: tenantId, address: place.address, postcode: place.postcode, lat: place.lat, lon: place.lon })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'address', 'postcode']).doUpdateSet({ lat: place.lat, lon: place.lon }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes one imported row by its external id; true when the activity is new, false when it was updated. */
export async function upsertActivity(
  db: Db,
  tenantId: string,
  row: ActivityInput,
  links: { organisationId: string | null; placeId: string | null },
): Promise<boolean> {
  const times =
    row.schedule.frequentie === 'op_afspraak'
      ? { start: null, end: null }
      : { start: row.schedule.start, end: row.schedule.eind };
  const values = {
    name: row.name,
    description: row.description,
    kind: row.kind,
    need_keys: row.needKeys,
    organisation_id: links.organisationId,
    provider_name: row.providerName,
    professional: row.professional,
    place_id: links.placeId,
    schedule: JSON.stringify(row.schedule),
    exceptions: JSON.stringify(row.exceptions),
    days: scheduleDays(row.schedule),
    time_start: times.start,
    time_end: times.end,
    cost: row.cost,
    is_free: row.isFree,
    target_group: row.targetGroup,
    wheelchair_accessible: row.wheelchairAccessible,
    languages: row.languages,
    capacity: row.capacity,
    free_places: row.freePlaces,
    contact_email: row.contactEmail,
    updated_at: new Date(),
    ...(row.lastConfirmedAt ? { last_confirmed_at: row.lastConfirmedAt } : {}),
  };
  const result = await db
    .insertInto('activities')
    .values({ tenant_id: tenantId, external_id: row.externalId, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'external_id']).doUpdateSet(values))
    .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
    .executeTakeFirstOrThrow();
  return result.inserted;
}

/** How many rows are new and how many update an existing entry (by id). */
export async function previewCounts(
  db: Db,
  tenantId: string,
  rows: readonly ActivityInput[],
): Promise<{ create: number; update: number }> {
  if (rows.length === 0) return { create: 0, update: 0 };
  const existing = await db
    .selectFrom('activities')
    .select('external_id')
    .where('tenant_id', '=', tenantId)
    .where('external_id', '=', anyOf(rows.map((r) => r.externalId)))
    .execute();
  return { create: rows.length - existing.length, update: existing.length };
}

/** Every activity of a municipality with what triage needs to propose it. */
export async function listCandidateActivities(db: Db, tenantId: string) {
  return db
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
}

export type StaleEntry = {
  id: string;
  name: string;
  providerName: string;
  contactEmail: string | null;
  lastConfirmedAt: Date;
  lastReminderAt: Date | null;
};

/** Entries not confirmed since `before`, oldest first, with when the last reminder went out. */
export async function listStaleEntries(db: Db, tenantId: string, before: Date): Promise<StaleEntry[]> {
  return db
    .selectFrom('activities')
    .select([
      'activities.id',
      'activities.name',
      'activities.provider_name as providerName',
      'activities.contact_email as contactEmail',
      'activities.last_confirmed_at as lastConfirmedAt',
      (eb) =>
        eb
          .selectFrom('confirmation_links')
          .select(sql<Date>`max(sent_at)`.as('m'))
          .whereRef('confirmation_links.activity_id', '=', 'activities.id')
          .as('lastReminderAt'),
    ])
    .where('activities.tenant_id', '=', tenantId)
    .where('activities.last_confirmed_at', '<', before)
    .orderBy('activities.last_confirmed_at', 'asc')
    .execute();
}

/** Entries with a contact address, not confirmed since `due`, that had no reminder since then either. */
export async function listEntriesDueForReminder(db: Db, tenantId: string, due: Date) {
  return db
    .selectFrom('activities')
    .select(['id', 'name', 'contact_email'])
    .where('tenant_id', '=', tenantId)
    .where('contact_email', 'is not', null)
    .where('last_confirmed_at', '<', due)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('confirmation_links')
            .select('token_hash')
            .whereRef('confirmation_links.activity_id', '=', 'activities.id')
            .where('sent_at', '>=', due),
        ),
      ),
    )
    .execute();
}

/** Marks an entry as confirmed at `at`; false when there is no such entry in this municipality. */
export async function markConfirmed(db: Db, tenantId: string, activityId: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('activities')
    .set({ last_confirmed_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', activityId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type OwnedEntry = { id: string; name: string; lastConfirmedAt: Date };

/** The entries of the initiatives this user owns, by name. */
export async function listOwnedEntries(db: Db, tenantId: string, userId: string): Promise<OwnedEntry[]> {
  return db
    .selectFrom('activities')
    .innerJoin('organisations', 'organisations.id', 'activities.organisation_id')
    .select(['activities.id', 'activities.name', 'activities.last_confirmed_at as lastConfirmedAt'])
    .where('activities.tenant_id', '=', tenantId)
    .where('organisations.owner_user_id', '=', userId)
    .orderBy('activities.name')
    .execute();
}

export async function isOwner(db: Db, tenantId: string, userId: string, activityId: string): Promise<boolean> {
  const row = await db
    .selectFrom('activities')
    .innerJoin('organisations', 'organisations.id', 'activities.organisation_id')
    .select('activities.id')
    .where('activities.tenant_id', '=', tenantId)
    .where('activities.id', '=', activityId)
    .where('organisations.owner_user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** What an owner may change of an entry, as it is now. */
export async function findOwnEntry(db: Db, tenantId: string, activityId: string) {
  return db
    .selectFrom('activities')
    .select(['name', 'description', 'cost', 'free_places', 'exceptions'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', activityId)
    .executeTakeFirst();
}

export async function findActivityName(db: Db, tenantId: string, activityId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('activities')
    .select('name')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', activityId)
    .executeTakeFirst();
  return row?.name;
}

export type OwnEntryChange = {
  description: string;
  cost: string;
  isFree: boolean;
  freePlaces: number | null;
  exceptions: ScheduleException[];
  confirmedAt: Date;
};

/** Writes what an owner changed; saving counts as confirming the entry. */
export async function updateOwnEntryFields(
  db: Db,
  tenantId: string,
  activityId: string,
  change: OwnEntryChange,
): Promise<void> {
  await db
    .updateTable('activities')
    .set({
      description: change.description,
      cost: change.cost,
      is_free: change.isFree,
      free_places: change.freePlaces,
      exceptions: JSON.stringify(change.exceptions),
      last_confirmed_at: change.confirmedAt,
      updated_at: sql`now()`,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', activityId)
    .execute();
}

/** Whether a municipality has any entry in its social base yet. */
export async function hasActivities(db: Db, tenantId: string): Promise<boolean> {
  const row = await db
    .selectFrom('activities')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Hands organisations to their initiative organiser: those whose entries list the organiser's address as contact,
 * or the one given by id. Their kind becomes "initiatief".
 */
export async function setOrganisationOwner(
  db: Db,
  tenantId: string,
  ownerUserId: string,
  which: { contactEmail: string } | { organisationId: string },
): Promise<void> {
  await db
    .updateTable('organisations')
    .set({ owner_user_id: ownerUserId, kind: 'initiatief' })
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', (eb) =>
      'organisationId' in which
        ? eb
            .selectFrom('organisations')
            .select('id')
            .where('tenant_id', '=', tenantId)
            .where('id', '=', which.organisationId)
        : eb
            .selectFrom('activities')
            .select('organisation_id')
            .where('tenant_id', '=', tenantId)
            .where('contact_email', '=', which.contactEmail)
            .where('organisation_id', 'is not', null)
            .$narrowType<{ organisation_id: string }>(),
    )
    .execute();
}

/** Names by the external ids triage knows activities by, for suggestion cards. */
export async function activityNamesByExternalId(
  db: Db,
  tenantId: string,
  ids: readonly string[],
): Promise<{ external_id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('activities')
    .select(['external_id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('external_id', '=', anyOf(ids))
    .execute();
}

export async function activityByExternalId(db: Db, tenantId: string, externalId: string) {
  return db
    .selectFrom('activities')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

export async function activityById(db: Db, activityId: string) {
  return db.selectFrom('activities').select(['id', 'name']).where('id', '=', activityId).executeTakeFirst();
}

/** Name and external id of activities by their ids, for the matches of a request. */
export async function activitiesById(db: Db, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('activities')
    .select(['id', 'name', 'external_id'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', anyOf(ids))
    .execute();
}

/** The organiser's public contact of one activity; all null when there is no organisation or it gave none. */
export async function organiserContactOf(db: Db, tenantId: string, activityId: string): Promise<OrganiserContact> {
  const row = await db
    .selectFrom('activities')
    .leftJoin('organisations', 'organisations.id', 'activities.organisation_id')
    .select(['organisations.phone', 'organisations.email', 'organisations.website'])
    .where('activities.tenant_id', '=', tenantId)
    .where('activities.id', '=', activityId)
    .executeTakeFirst();
  return { phone: row?.phone ?? null, email: row?.email ?? null, website: row?.website ?? null };
}

/** What a short card of an activity shows: what, when, where, what it costs, and whom to ask. */
export type ActivityOverview = {
  id: string;
  externalId: string;
  name: string;
  kind: ActivityKind;
  providerName: string;
  schedule: Schedule;
  exceptions: ScheduleException[];
  address: string | null;
  postcode: string | null;
  cost: string;
  isFree: boolean;
  contact: OrganiserContact;
};

/** Cards of activities by the external ids triage knows them by; ids that no longer exist are left out. */
export async function activityOverviewsByExternalId(
  db: Db,
  tenantId: string,
  externalIds: readonly string[],
): Promise<ActivityOverview[]> {
  if (externalIds.length === 0) return [];
  const rows = await db
    .selectFrom('activities')
    .leftJoin('places', 'places.id', 'activities.place_id')
    .leftJoin('organisations', 'organisations.id', 'activities.organisation_id')
    .select([
      'activities.id',
      'activities.external_id as externalId',
      'activities.name',
      'activities.kind',
      'activities.provider_name as providerName',
      'activities.schedule',
      'activities.exceptions',
      'places.address',
      'places.postcode',
      'activities.cost',
      'activities.is_free as isFree',
      'organisations.phone',
      'organisations.email',
      'organisations.website',
    ])
    .where('activities.tenant_id', '=', tenantId)
    .where('activities.external_id', '=', anyOf(externalIds))
    .execute();
  return rows.map(({ phone, email, website, ...activity }) => ({
    ...activity,
    contact: { phone: phone ?? null, email: email ?? null, website: website ?? null },
  }));
}

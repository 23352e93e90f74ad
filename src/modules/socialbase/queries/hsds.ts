// The queries behind the HSDS export and import: the public columns of activities with their place and organisation.
import { sql } from 'kysely';
import type { Db } from '../../../kernel/db/database.js';
import type { ActivityInput } from '../activity-import.js';

export type OrganisationDetails = {
  name: string;
  description: string | null;
  email: string | null;
  website: string | null;
  /** Only a spreadsheet import gives a phone number (column aanbieder_telefoon). */
  phone?: string | null;
};

/** An activity as exported: the import shape plus what the organisation itself says. */
export type HsdsActivity = ActivityInput & { organisation: Omit<OrganisationDetails, 'name'> | null };

/**
 * Every activity of a municipality, by external id in byte order so the files do not depend on the server's
 * collation.
 */
export async function listHsdsActivities(db: Db, tenantId: string): Promise<HsdsActivity[]> {
  const rows = await db
    .selectFrom('activities as a')
    .leftJoin('places as p', 'p.id', 'a.place_id')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select([
      'a.external_id',
      'a.name',
      'a.description',
      'a.kind',
      'a.need_keys',
      'a.provider_name',
      'a.professional',
      'a.schedule',
      'a.exceptions',
      'a.cost',
      'a.is_free',
      'a.target_group',
      'a.wheelchair_accessible',
      'a.languages',
      'a.capacity',
      'a.free_places',
      'a.last_confirmed_at',
      'p.address',
      'p.postcode',
      'p.lat',
      'p.lon',
      'o.id as organisation_id',
      'o.description as organisation_description',
      'o.email as organisation_email',
      'o.website as organisation_website',
    ])
    .where('a.tenant_id', '=', tenantId)
    .orderBy(sql`a.external_id collate "C"`)
    .execute();
  return rows.map((r) => ({
    externalId: r.external_id,
    name: r.name,
    description: r.description,
    kind: r.kind,
    needKeys: r.need_keys,
    providerName: r.provider_name,
    professional: r.professional,
    address: r.address ?? '',
    postcode: r.postcode,
    lat: r.lat,
    lon: r.lon,
    schedule: r.schedule,
    exceptions: r.exceptions,
    cost: r.cost,
    isFree: r.is_free,
    targetGroup: r.target_group,
    wheelchairAccessible: r.wheelchair_accessible,
    languages: r.languages,
    capacity: r.capacity,
    freePlaces: r.free_places,
    // Never exported: it is where "Klopt dit nog?" goes, often someone's own address.
    contactEmail: null,
    lastConfirmedAt: r.last_confirmed_at,
    organisation:
      r.organisation_id === null
        ? null
        : { description: r.organisation_description, email: r.organisation_email, website: r.organisation_website },
  }));
}

/**
 * Fills in what organisations say of themselves; an empty field in the file does not erase what a coordinator
 * entered.
 */
export async function updateOrganisationDetails(
  db: Db,
  tenantId: string,
  organisations: readonly OrganisationDetails[],
): Promise<void> {
  for (const o of organisations) {
    const set = {
      ...(o.description ? { description: o.description } : {}),
      ...(o.email ? { email: o.email } : {}),
      ...(o.website ? { website: o.website } : {}),
      ...(o.phone ? { phone: o.phone } : {}),
    };
    if (Object.keys(set).length === 0) continue;
    await db
      .updateTable('organisations')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where(sql<boolean>`lower(name) = lower(${o.name})`)
      .execute();
  }
}

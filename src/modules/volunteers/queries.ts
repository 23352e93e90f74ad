// Every SQL statement of a volunteer's own profile and hours. Personal data: each function takes a GatedDb.
import { sql } from 'kysely';
import type { GatedDb } from '../../kernel/access/gate.js';
import type { UnavailablePeriod } from './schema.js';

export type NewVolunteerProfile = {
  tenantId: string;
  userId: string;
  firstName: string;
  postcode: string | null;
  point: { lat: number; lon: number } | undefined;
  offers: string[];
  roles: string[];
  availability: string[];
  radiusKm: number;
  maxMatches: number;
  languages: string[];
  boundaries: string;
  vogDate: string | null;
  agreementAcceptedAt: Date;
  gender: 'v' | 'm' | 'x' | null;
};

export async function insertVolunteerProfile(db: GatedDb, p: NewVolunteerProfile): Promise<string> {
  const row = await db
    .insertInto('volunteers')
    .values({
      tenant_id: p.tenantId,
      external_id: `nb-${p.userId}`,
      user_id: p.userId,
      first_name: p.firstName,
      postcode: p.postcode,
      lat: p.point?.lat ?? null,
      lon: p.point?.lon ?? null,
      offers: p.offers,
      roles: p.roles,
      availability: p.availability,
      radius_km: p.radiusKm,
      max_matches: p.maxMatches,
      languages: p.languages,
      boundaries: p.boundaries,
      vog_date: p.vogDate,
      agreement_accepted_at: p.agreementAcceptedAt,
      gender: p.gender,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type OwnVolunteer = {
  id: string;
  firstName: string;
  offers: string[];
  roles: string[];
  availability: string[];
  unavailable: UnavailablePeriod[];
  radiusKm: number;
  maxMatches: number;
  languages: string[];
  boundaries: string;
  vogDate: string | null;
  agreementAcceptedAt: Date | null;
  gender: 'v' | 'm' | 'x' | null;
};

export async function findOwnVolunteer(
  db: GatedDb,
  tenantId: string,
  userId: string,
): Promise<OwnVolunteer | undefined> {
  return db
    .selectFrom('volunteers')
    .select([
      'id',
      'first_name as firstName',
      'offers',
      'roles',
      'availability',
      'unavailable',
      'radius_km as radiusKm',
      'max_matches as maxMatches',
      'languages',
      'boundaries',
      sql<string | null>`to_char(vog_date, 'YYYY-MM-DD')`.as('vogDate'),
      'agreement_accepted_at as agreementAcceptedAt',
      'gender',
    ])
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function setGender(
  db: GatedDb,
  tenantId: string,
  volunteerId: string,
  gender: 'v' | 'm' | 'x' | null,
): Promise<void> {
  await db
    .updateTable('volunteers')
    .set({ gender, updated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', volunteerId)
    .execute();
}

export async function setUnavailable(
  db: GatedDb,
  tenantId: string,
  volunteerId: string,
  periods: UnavailablePeriod[],
): Promise<void> {
  await db
    .updateTable('volunteers')
    .set({ unavailable: JSON.stringify(periods), updated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', volunteerId)
    .execute();
}

export async function listHours(db: GatedDb, tenantId: string, volunteerId: string, year: number) {
  return db
    .selectFrom('volunteer_hours')
    .select([
      sql<string>`to_char(on_date, 'YYYY-MM-DD')`.as('onDate'),
      'hours',
      'allowance_cents as allowanceCents',
      'note',
    ])
    .where('tenant_id', '=', tenantId)
    .where('volunteer_id', '=', volunteerId)
    .where(sql<boolean>`extract(year from on_date) = ${year}`)
    .orderBy('on_date', 'desc')
    .execute();
}

export async function addHours(
  db: GatedDb,
  tenantId: string,
  volunteerId: string,
  entry: { onDate: string; hours: number; allowanceCents: number; note: string },
): Promise<void> {
  await db
    .insertInto('volunteer_hours')
    .values({
      tenant_id: tenantId,
      volunteer_id: volunteerId,
      on_date: entry.onDate,
      hours: entry.hours,
      allowance_cents: entry.allowanceCents,
      note: entry.note,
    })
    .execute();
}

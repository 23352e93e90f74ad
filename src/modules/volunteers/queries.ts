// Every SQL statement of the volunteers module: the own profile and hours, the search for triage, the import.
// Personal data: each function takes a GatedDb.
import { sql } from 'kysely';
import type { GatedDb } from '../../kernel/access/gate.js';
import { hashToken } from '../../kernel/auth/tokens.js';
import { anyOf } from '../../kernel/db/any-of.js';
import type { Db } from '../../kernel/db/database.js';
import type { UnavailablePeriod, VogStatus } from './schema.js';
import type { VolunteerInput } from './volunteer-import.js';

/** What a volunteer offers, as the sign-up form and the change-offer page ask it. */
export type VolunteerOffer = {
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
};

export type NewVolunteerProfile = VolunteerOffer & {
  tenantId: string;
  userId: string;
  firstName: string;
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
      // A date the volunteer typed counts only once the team has seen the certificate (migration 0027).
      vog_status: p.vogDate ? 'opgegeven' : null,
      agreement_accepted_at: p.agreementAcceptedAt,
      gender: p.gender,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** What a sign-up keeps besides the address until its link is clicked: the profile as the form gave it. */
export type PendingProfile = Omit<NewVolunteerProfile, 'tenantId' | 'userId' | 'point' | 'agreementAcceptedAt'>;

/** Keeps a sign-up until its link is clicked. Replaces an earlier one for the same address, whose link then stops. */
export async function savePendingSignUp(
  db: GatedDb,
  p: { tenantId: string; email: string; profile: PendingProfile; token: string; expiresAt: Date },
): Promise<void> {
  await db
    .deleteFrom('pending_sign_ups')
    .where('tenant_id', '=', p.tenantId)
    .where(sql<string>`lower(email)`, '=', p.email.toLowerCase())
    .execute();
  await db
    .insertInto('pending_sign_ups')
    .values({
      token_hash: hashToken(p.token),
      tenant_id: p.tenantId,
      email: p.email,
      profile: JSON.stringify(p.profile),
      expires_at: p.expiresAt,
    })
    .execute();
}

/** Whether a link still belongs to a sign-up that waits; tells nothing of whose it is. */
export async function isPendingSignUpUsable(db: Db, tenantId: string, token: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('pending_sign_ups')
    .select('tenant_id')
    .where('token_hash', '=', hashToken(token))
    .where('tenant_id', '=', tenantId)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

export type PendingSignUp = { email: string; profile: PendingProfile; createdAt: Date };

/** Takes a waiting sign-up out of the table: a link works once. Undefined when it was used or has expired. */
export async function takePendingSignUp(
  db: GatedDb,
  tenantId: string,
  token: string,
  now: Date,
): Promise<PendingSignUp | undefined> {
  const row = await db
    .deleteFrom('pending_sign_ups')
    .where('token_hash', '=', hashToken(token))
    .where('tenant_id', '=', tenantId)
    .where('expires_at', '>', now)
    .returning(['email', 'profile', 'created_at'])
    .executeTakeFirst();
  return row && { email: row.email, profile: row.profile as PendingProfile, createdAt: row.created_at };
}

/** Municipalities with sign-ups whose link has expired; no personal data. */
export async function tenantsWithExpiredSignUps(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('pending_sign_ups')
    .select('tenant_id')
    .distinct()
    .where('expires_at', '<=', now)
    .execute();
  return rows.map((r) => r.tenant_id);
}

export async function deleteExpiredSignUps(db: GatedDb, tenantId: string, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('pending_sign_ups')
    .where('tenant_id', '=', tenantId)
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export type OwnVolunteer = {
  id: string;
  firstName: string;
  postcode: string | null;
  offers: string[];
  roles: string[];
  availability: string[];
  unavailable: UnavailablePeriod[];
  radiusKm: number;
  maxMatches: number;
  languages: string[];
  boundaries: string;
  vogDate: string | null;
  vogStatus: VogStatus | null;
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
      'postcode',
      'offers',
      'roles',
      'availability',
      'unavailable',
      'radius_km as radiusKm',
      'max_matches as maxMatches',
      'languages',
      'boundaries',
      sql<string | null>`to_char(vog_date, 'YYYY-MM-DD')`.as('vogDate'),
      'vog_status as vogStatus',
      'agreement_accepted_at as agreementAcceptedAt',
      'gender',
    ])
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Replaces the whole offer; a VOG date that changed is "opgegeven" again until the team has seen it. */
export async function updateOffer(db: GatedDb, tenantId: string, volunteerId: string, o: VolunteerOffer) {
  await db
    .updateTable('volunteers')
    .set({
      postcode: o.postcode,
      lat: o.point?.lat ?? null,
      lon: o.point?.lon ?? null,
      offers: o.offers,
      roles: o.roles,
      availability: o.availability,
      radius_km: o.radiusKm,
      max_matches: o.maxMatches,
      languages: o.languages,
      boundaries: o.boundaries,
      vog_status: sql`CASE WHEN ${o.vogDate}::date IS NULL THEN NULL
        WHEN vog_date IS NOT DISTINCT FROM ${o.vogDate}::date THEN vog_status ELSE 'opgegeven' END`,
      vog_seen_at: sql`CASE WHEN vog_date IS NOT DISTINCT FROM ${o.vogDate}::date THEN vog_seen_at END`,
      vog_seen_by: sql`CASE WHEN vog_date IS NOT DISTINCT FROM ${o.vogDate}::date THEN vog_seen_by END`,
      vog_date: o.vogDate,
      updated_at: new Date(),
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', volunteerId)
    .execute();
}

/** A volunteer as the team sees them on their page: the offer and the state of the VOG. */
export async function findVolunteerForTeam(db: GatedDb, tenantId: string, volunteerId: string) {
  return db
    .selectFrom('volunteers')
    .leftJoin('users as seer', (j) =>
      j.onRef('seer.id', '=', 'volunteers.vog_seen_by').onRef('seer.tenant_id', '=', 'volunteers.tenant_id'),
    )
    .select([
      'volunteers.id',
      'volunteers.user_id as userId',
      'volunteers.first_name as firstName',
      'volunteers.offers',
      'volunteers.roles',
      'volunteers.languages',
      'volunteers.radius_km as radiusKm',
      'volunteers.boundaries',
      sql<string | null>`to_char(volunteers.vog_date, 'YYYY-MM-DD')`.as('vogDate'),
      'volunteers.vog_status as vogStatus',
      'volunteers.vog_seen_at as vogSeenAt',
      'seer.display_name as vogSeenBy',
    ])
    .where('volunteers.tenant_id', '=', tenantId)
    .where('volunteers.id', '=', volunteerId)
    .executeTakeFirst();
}

/** Whose volunteer profile this is, so the gate can log the person before anything of them is read. */
export async function volunteerOwner(db: Db, tenantId: string, volunteerId: string) {
  return db
    .selectFrom('volunteers')
    .select(['id', 'user_id as userId'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', volunteerId)
    .executeTakeFirst();
}

/** The volunteers whose VOG date waits for someone of the team to see the certificate. */
export async function listVogToSee(db: GatedDb, tenantId: string) {
  return db
    .selectFrom('volunteers')
    .select([
      'id',
      'user_id as subjectUserId',
      'first_name as firstName',
      sql<string>`to_char(vog_date, 'YYYY-MM-DD')`.as('vogDate'),
    ])
    .where('tenant_id', '=', tenantId)
    .where('vog_status', '=', 'opgegeven')
    .orderBy('updated_at')
    .execute();
}

/** The team saw the certificate of this date; false when the date changed in the meantime (or was seen). */
export async function markVogSeen(
  db: GatedDb,
  tenantId: string,
  volunteerId: string,
  vogDate: string,
  seenBy: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('volunteers')
    .set({ vog_status: 'gezien', vog_seen_at: new Date(), vog_seen_by: seenBy, updated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', volunteerId)
    .where('vog_status', '=', 'opgegeven')
    .where(sql<boolean>`vog_date = ${vogDate}::date`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The national allowance amounts of a year, or undefined when nobody entered them yet. */
export async function findAllowanceLimits(db: Db, year: number) {
  return db
    .selectFrom('allowance_limits')
    .select(['year', 'month_cents as monthCents', 'year_cents as yearCents'])
    .where('year', '=', year)
    .executeTakeFirst();
}

export async function listAllowanceLimits(db: Db) {
  return db
    .selectFrom('allowance_limits')
    .select(['year', 'month_cents as monthCents', 'year_cents as yearCents'])
    .orderBy('year', 'desc')
    .execute();
}

export async function saveAllowanceLimits(db: Db, l: { year: number; monthCents: number; yearCents: number }) {
  await db
    .insertInto('allowance_limits')
    .values({ year: l.year, month_cents: l.monthCents, year_cents: l.yearCents })
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({ month_cents: l.monthCents, year_cents: l.yearCents, updated_at: new Date() }),
    )
    .execute();
}

export async function updateGender(
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

export async function updateUnavailable(
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

export type RecordedHours = { onDate: string; hours: string; allowanceCents: number; note: string };

/** The hours a volunteer entered in one calendar year, newest first. */
export async function listHours(
  db: GatedDb,
  tenantId: string,
  volunteerId: string,
  year: number,
): Promise<RecordedHours[]> {
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

export async function insertHours(
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

/** The active volunteers of a municipality, as triage weighs them. */
export async function listMatchableVolunteers(db: GatedDb, tenantId: string) {
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
      'volunteers.vog_status',
      'volunteers.languages',
      'volunteers.description',
      'volunteers.gender',
      'volunteers.unavailable',
    ])
    .where('volunteers.tenant_id', '=', tenantId)
    .where('volunteers.active', '=', true)
    .execute();
}

/**
 * Saves one volunteer of an import file by its id; true when the row is new. A file's "vog = ja" means the
 * coordinator saw a valid VOG: when no date is known yet it is recorded as checked today.
 */
export async function upsertImportedVolunteer(
  db: GatedDb,
  tenantId: string,
  row: VolunteerInput,
  today: string,
): Promise<boolean> {
  // A row without coordinates gets its postcode's centroid, when the postcode table knows it.
  const centroid = (column: 'lat' | 'lon') =>
    sql<number | null>`(SELECT ${sql.ref(column)} FROM postcodes WHERE postcode = ${row.postcode})`;
  const values = {
    first_name: row.firstName,
    postcode: row.postcode,
    lat: row.lat ?? (row.postcode ? centroid('lat') : null),
    lon: row.lon ?? (row.postcode ? centroid('lon') : null),
    offers: row.offers,
    roles: row.roles,
    availability: row.availability,
    radius_km: row.radiusKm,
    max_matches: row.maxMatches,
    imported_active_matches: row.activeMatches,
    languages: row.languages,
    description: row.description,
    ...(row.gender ? { gender: row.gender } : {}),
    updated_at: new Date(),
  };
  const result = await db
    .insertInto('volunteers')
    .values({
      tenant_id: tenantId,
      external_id: row.externalId,
      ...values,
      vog_date: row.vog ? today : null,
      vog_status: row.vog ? 'gezien' : null,
    })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'external_id']).doUpdateSet({
        ...values,
        // Keep a known VOG date; set one only when the file says yes and none is known; clear it when the file
        // says no.
        vog_date: row.vog ? sql`coalesce(volunteers.vog_date, ${today}::date)` : null,
        // The coordinator's file says they saw it.
        vog_status: row.vog ? 'gezien' : null,
      }),
    )
    .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
    .executeTakeFirstOrThrow();
  return result.inserted;
}

/** Whether any volunteer with an external id starting with the prefix is there (an import ran before). */
export async function hasVolunteersWithIdPrefix(db: GatedDb, tenantId: string, prefix: string): Promise<boolean> {
  const row = await db
    .selectFrom('volunteers')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('external_id', 'like', `${prefix}%`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Links an imported volunteer to an account, so they can sign in to their own page. */
export async function linkVolunteerAccount(
  db: GatedDb,
  tenantId: string,
  externalId: string,
  userId: string,
): Promise<void> {
  await db
    .updateTable('volunteers')
    .set({ user_id: userId })
    .where('tenant_id', '=', tenantId)
    .where('external_id', '=', externalId)
    .execute();
}

/** First names by the external ids triage knows volunteers by, for suggestion cards. */
export async function volunteerNamesByExternalId(
  db: GatedDb,
  tenantId: string,
  ids: readonly string[],
): Promise<{ external_id: string; name: string; user_id: string | null }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('volunteers')
    .select(['external_id', 'first_name as name', 'user_id'])
    .where('tenant_id', '=', tenantId)
    .where('external_id', '=', anyOf(ids))
    .execute();
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

export async function volunteerFirstName(db: GatedDb, volunteerId: string) {
  return db.selectFrom('volunteers').select(['first_name', 'user_id']).where('id', '=', volunteerId).executeTakeFirst();
}

/** First name and external id of volunteers by their ids, for the matches of a request. */
export async function volunteersById(db: GatedDb, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('volunteers')
    .select(['id', 'first_name', 'external_id', 'user_id'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', anyOf(ids))
    .execute();
}

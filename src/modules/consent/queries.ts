// The SQL of consents. Reading or writing a consent takes a GatedDb; the gate's own question (validConsentBasis)
// takes a plain Db, since it is part of the gate.
import { type ExpressionBuilder, sql } from 'kysely';
import type { GatedDb } from '../../kernel/access/gate.js';
import type { Db } from '../../kernel/db/database.js';
import type { Database } from '../../kernel/db/schema.js';
import type { ConsentKind, GivenHow, RecipientKind } from './schema.js';

export type ConsentView = {
  id: string;
  kind: ConsentKind;
  subjectUserId: string | null;
  requestId: string | null;
  recipientKind: RecipientKind;
  recipientName: string | null;
  recipientRole: string | null;
  category: string;
  purpose: string;
  purposeNote: string | null;
  startsOn: string;
  endsOn: string | null;
  givenHow: GivenHow | null;
  reason: string | null;
  recordedByName: string | null;
  recordedAt: Date;
  withdrawnAt: Date | null;
};

export type NewConsent = {
  kind: ConsentKind;
  subjectUserId: string | null;
  requestId: string | null;
  recipientKind: RecipientKind;
  recipientUserId: string | null;
  recipientName: string | null;
  recipientEmail: string | null;
  recipientRole: string | null;
  category: string;
  purpose: string;
  purposeNote: string | null;
  startsOn: string;
  endsOn: string | null;
  givenHow: GivenHow | null;
  reason: string | null;
  recordedByUserId: string | null;
};

type OnConsents = ExpressionBuilder<Database, 'consents'>;

/** In force on `today` (ISO): started, not ended, not withdrawn. The one definition every check below uses. */
const inForceOn = (today: string) => (w: OnConsents) =>
  w.and([
    w('withdrawn_at', 'is', null),
    w('starts_on', '<=', today),
    w.or([w('ends_on', 'is', null), w('ends_on', '>=', today)]),
  ]);

/** Names this reader: as the person with this account, or by their role. */
const namesReader = (userId: string, role: string) => (w: OnConsents) =>
  w.or([
    w.and([w('recipient_kind', '=', 'persoon'), w('recipient_user_id', '=', userId)]),
    w.and([w('recipient_kind', '=', 'rol'), w('recipient_role', '=', role)]),
  ]);

/** Names a person by e-mail address (with or without an account yet), case aside. */
const namesAddress = (email: string) => (w: OnConsents) =>
  w.and([w('recipient_kind', '=', 'persoon'), w(sql<string>`lower(recipient_email)`, '=', email.toLowerCase())]);

/** Whether the subject gave this recipient consent for the category on `today` (ISO), or a legal basis counts. */
export async function validConsentBasis(
  db: Db,
  q: { tenantId: string; subjectUserId: string; category: string; userId: string; role: string; today: string },
): Promise<ConsentKind | null> {
  const row = await db
    .selectFrom('consents')
    .select('kind')
    .where('tenant_id', '=', q.tenantId)
    .where('subject_user_id', '=', q.subjectUserId)
    .where('category', '=', q.category)
    .where(inForceOn(q.today))
    .where(namesReader(q.userId, q.role))
    // A consent is the stronger word: it is what the person said themselves.
    .orderBy('kind', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.kind ?? null;
}

function consentColumns(db: GatedDb, tenantId: string) {
  return db
    .selectFrom('consents')
    .leftJoin('users as recorder', (j) =>
      j
        .onRef('recorder.id', '=', 'consents.recorded_by_user_id')
        .onRef('recorder.tenant_id', '=', 'consents.tenant_id'),
    )
    .select([
      'consents.id',
      'consents.kind',
      'consents.subject_user_id as subjectUserId',
      'consents.request_id as requestId',
      'consents.recipient_kind as recipientKind',
      'consents.recipient_name as recipientName',
      'consents.recipient_role as recipientRole',
      'consents.category',
      'consents.purpose',
      'consents.purpose_note as purposeNote',
      'consents.starts_on as startsOn',
      'consents.ends_on as endsOn',
      'consents.given_how as givenHow',
      'consents.reason',
      'recorder.display_name as recordedByName',
      'consents.recorded_at as recordedAt',
      'consents.withdrawn_at as withdrawnAt',
    ])
    .where('consents.tenant_id', '=', tenantId)
    .orderBy('consents.recorded_at', 'desc')
    .orderBy('consents.id');
}

/** Every consent and legal basis about a resident, the newest first, active and ended alike. */
export async function listConsentsAbout(db: GatedDb, tenantId: string, userId: string): Promise<ConsentView[]> {
  return consentColumns(db, tenantId).where('consents.subject_user_id', '=', userId).execute();
}

/**
 * The consents of a case's resident: those recorded with the help request (also for an asker without an account),
 * and those the asker gave about themselves (to their client supporter, in Nabij).
 */
export async function listConsentsOfRequest(
  db: GatedDb,
  tenantId: string,
  requestId: string,
  askerUserId: string | null = null,
): Promise<ConsentView[]> {
  return consentColumns(db, tenantId)
    .where((w) =>
      askerUserId === null
        ? w('consents.request_id', '=', requestId)
        : w.or([w('consents.request_id', '=', requestId), w('consents.subject_user_id', '=', askerUserId)]),
    )
    .execute();
}

export async function insertConsent(db: GatedDb, tenantId: string, c: NewConsent): Promise<string> {
  const row = await db
    .insertInto('consents')
    .values({
      tenant_id: tenantId,
      kind: c.kind,
      subject_user_id: c.subjectUserId,
      request_id: c.requestId,
      recipient_kind: c.recipientKind,
      recipient_user_id: c.recipientUserId,
      recipient_name: c.recipientName,
      recipient_email: c.recipientEmail,
      recipient_role: c.recipientRole,
      category: c.category,
      purpose: c.purpose,
      purpose_note: c.purposeNote,
      starts_on: c.startsOn,
      ends_on: c.endsOn,
      given_how: c.givenHow,
      reason: c.reason,
      recorded_by_user_id: c.recordedByUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Withdraws a resident's own consent: only a consent (never a legal basis) about them that is not withdrawn yet.
 * The record keeps what it said; the withdrawal is a timestamp on it. False when there was no such consent.
 */
export async function withdrawOwnConsent(
  db: GatedDb,
  tenantId: string,
  consentId: string,
  userId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('consents')
    .set({ withdrawn_at: sql<Date>`now()`, withdrawn_by_user_id: userId })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', consentId)
    .where('subject_user_id', '=', userId)
    .where('kind', '=', 'toestemming')
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A person of the municipality by e-mail, so a consent for them is one the gate can match. */
export async function findRecipientUser(db: GatedDb, tenantId: string, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name as name'])
    .where('tenant_id', '=', tenantId)
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

/** Whether the municipality has any consent yet (the demo seeds its own only once). */
export async function hasConsents(db: Db, tenantId: string): Promise<boolean> {
  return (
    (await db.selectFrom('consents').select('id').where('tenant_id', '=', tenantId).limit(1).executeTakeFirst()) !==
    undefined
  );
}

/**
 * Links the consents a resident gave to a person by e-mail address to that person's account, once they have one (a
 * client supporter who accepted the resident's invitation): the only change to a record besides its withdrawal.
 */
export async function linkRecipientAccount(
  db: GatedDb,
  q: { tenantId: string; subjectUserId: string; email: string; userId: string },
): Promise<number> {
  const rows = await db
    .updateTable('consents')
    .set({ recipient_user_id: q.userId })
    .where('tenant_id', '=', q.tenantId)
    .where('subject_user_id', '=', q.subjectUserId)
    .where('recipient_user_id', 'is', null)
    .where(namesAddress(q.email))
    .returning('id')
    .execute();
  return rows.length;
}

/** Withdraws every consent in force that a resident gave to one person (by e-mail address); how many. */
export async function withdrawConsentsTo(
  db: GatedDb,
  q: { tenantId: string; subjectUserId: string; email: string; byUserId: string },
): Promise<number> {
  const rows = await db
    .updateTable('consents')
    .set({ withdrawn_at: sql<Date>`now()`, withdrawn_by_user_id: q.byUserId })
    .where('tenant_id', '=', q.tenantId)
    .where('subject_user_id', '=', q.subjectUserId)
    .where('kind', '=', 'toestemming')
    .where('withdrawn_at', 'is', null)
    .where(namesAddress(q.email))
    .returning('id')
    .execute();
  return rows.length;
}

/** The categories a resident shares with a reader today (a consent naming them, or a legal basis). */
export async function consentedCategories(
  db: GatedDb,
  q: { tenantId: string; subjectUserId: string; userId: string; role: string; today: string },
): Promise<string[]> {
  const rows = await db
    .selectFrom('consents')
    .select('category')
    .distinct()
    .where('tenant_id', '=', q.tenantId)
    .where('subject_user_id', '=', q.subjectUserId)
    .where(inForceOn(q.today))
    .where(namesReader(q.userId, q.role))
    .execute();
  return rows.map((r) => r.category);
}

/** The categories a resident shares today with a person by e-mail address (whether or not they have an account yet). */
export async function categoriesSharedWith(
  db: GatedDb,
  q: { tenantId: string; subjectUserId: string; email: string; today: string },
): Promise<string[]> {
  const rows = await db
    .selectFrom('consents')
    .select('category')
    .distinct()
    .where('tenant_id', '=', q.tenantId)
    .where('subject_user_id', '=', q.subjectUserId)
    .where('kind', '=', 'toestemming')
    .where(inForceOn(q.today))
    .where(namesAddress(q.email))
    .execute();
  return rows.map((r) => r.category);
}

/**
 * Whether the resident lets the team share this category with an organisation today: a consent naming it, or a legal
 * basis a regisseur recorded for it. Organisations have no account, so the name is the match (case and spaces aside).
 */
export async function organisationBasis(
  db: GatedDb,
  q: {
    tenantId: string;
    subjectUserId: string | null;
    requestId: string;
    organisation: string;
    category: string;
    today: string;
  },
): Promise<ConsentKind | null> {
  const row = await db
    .selectFrom('consents')
    .select('kind')
    .where('tenant_id', '=', q.tenantId)
    .where((w) =>
      q.subjectUserId === null
        ? w('request_id', '=', q.requestId)
        : w.or([w('request_id', '=', q.requestId), w('subject_user_id', '=', q.subjectUserId)]),
    )
    .where('recipient_kind', '=', 'organisatie')
    .where(sql<string>`lower(trim(recipient_name))`, '=', q.organisation.trim().toLowerCase())
    .where('category', '=', q.category)
    .where(inForceOn(q.today))
    .orderBy('kind', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.kind ?? null;
}

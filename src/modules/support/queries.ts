// The SQL of client support: invitations and complaints. Personal data: each function takes a GatedDb, except the
// lookup of an invitation by its secret link, which only aims the gate.
import type { GatedDb } from '../../kernel/access/gate.js';
import type { Db } from '../../kernel/db/database.js';
import type { ComplaintKind, ComplaintStatus } from './schema.js';

export type Invitation = {
  id: string;
  residentUserId: string;
  residentName: string;
  supporterName: string;
  supporterEmail: string;
  supporterUserId: string | null;
  categories: string[];
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  endedAt: Date | null;
};

function invitationColumns(db: GatedDb, tenantId: string) {
  return db
    .selectFrom('support_invitations as i')
    .innerJoin('users as r', (j) => j.onRef('r.id', '=', 'i.resident_user_id').onRef('r.tenant_id', '=', 'i.tenant_id'))
    .select([
      'i.id',
      'i.resident_user_id as residentUserId',
      'r.display_name as residentName',
      'i.supporter_name as supporterName',
      'i.supporter_email as supporterEmail',
      'i.supporter_user_id as supporterUserId',
      'i.categories',
      'i.created_at as createdAt',
      'i.expires_at as expiresAt',
      'i.accepted_at as acceptedAt',
      'i.ended_at as endedAt',
    ])
    .where('i.tenant_id', '=', tenantId);
}

export async function insertInvitation(
  db: GatedDb,
  i: {
    tenantId: string;
    residentUserId: string;
    supporterName: string;
    supporterEmail: string;
    supporterUserId: string | null;
    categories: string[];
    tokenHash: string;
    expiresAt: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('support_invitations')
    .values({
      tenant_id: i.tenantId,
      resident_user_id: i.residentUserId,
      supporter_name: i.supporterName,
      supporter_email: i.supporterEmail,
      supporter_user_id: i.supporterUserId,
      categories: i.categories,
      token_hash: i.tokenHash,
      expires_at: i.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The resident's invitations, newest first, ended ones too. */
export async function listInvitationsOf(db: GatedDb, tenantId: string, residentUserId: string): Promise<Invitation[]> {
  return invitationColumns(db, tenantId)
    .where('i.resident_user_id', '=', residentUserId)
    .orderBy('i.created_at', 'desc')
    .execute();
}

/** The invitations a supporter accepted and the resident has not ended: whom they support. */
export async function listSupportedBy(db: GatedDb, tenantId: string, supporterUserId: string): Promise<Invitation[]> {
  return invitationColumns(db, tenantId)
    .where('i.supporter_user_id', '=', supporterUserId)
    .where('i.accepted_at', 'is not', null)
    .where('i.ended_at', 'is', null)
    .orderBy('r.display_name')
    .execute();
}

/** The keys of an invitation found by its link's hash, to aim the gate: no personal data. */
export async function invitationKeys(db: Db, tokenHash: string) {
  return db
    .selectFrom('support_invitations')
    .select([
      'id',
      'tenant_id as tenantId',
      'resident_user_id as residentUserId',
      'expires_at as expiresAt',
      'ended_at as endedAt',
    ])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findInvitation(db: GatedDb, tenantId: string, id: string): Promise<Invitation | undefined> {
  return invitationColumns(db, tenantId).where('i.id', '=', id).executeTakeFirst();
}

export async function markAccepted(
  db: GatedDb,
  tenantId: string,
  id: string,
  supporterUserId: string,
  madeAccount: boolean,
): Promise<void> {
  await db
    .updateTable('support_invitations')
    .set({ supporter_user_id: supporterUserId, accepted_at: new Date(), made_account: madeAccount })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .execute();
}

/** Ends the resident's own invitation; false when it is not theirs or already ended. */
export async function endInvitation(db: GatedDb, tenantId: string, id: string, residentUserId: string) {
  const row = await db
    .updateTable('support_invitations')
    .set({ ended_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('resident_user_id', '=', residentUserId)
    .where('ended_at', 'is', null)
    .returning(['supporter_email as supporterEmail'])
    .executeTakeFirst();
  return row;
}

/**
 * The supporters on the municipality's list: the active client supporter accounts the administrator made, not those
 * made when a person one resident chose accepted their invitation. Not a resident's data.
 */
export async function listMunicipalSupporters(db: Db, tenantId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name as displayName', 'email'])
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'clientondersteuner')
    .where('disabled_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('support_invitations as i')
            .select('i.id')
            .whereRef('i.supporter_user_id', '=', 'users.id')
            .whereRef('i.tenant_id', '=', 'users.tenant_id')
            .where('i.made_account', '=', true),
        ),
      ),
    )
    .orderBy('display_name')
    .execute();
}

/** An account of the municipality by e-mail address: who an invitation to that address is for. */
export async function accountByEmail(db: Db, tenantId: string, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'role', 'disabled_at as disabledAt'])
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export type Complaint = {
  id: string;
  residentUserId: string;
  residentName: string;
  kind: ComplaintKind;
  about: string;
  whatHappened: string;
  wish: string;
  status: ComplaintStatus;
  filedByName: string;
  filedByUserId: string;
  createdAt: Date;
};

function complaintColumns(db: GatedDb, tenantId: string) {
  return db
    .selectFrom('complaints as c')
    .innerJoin('users as r', (j) => j.onRef('r.id', '=', 'c.resident_user_id').onRef('r.tenant_id', '=', 'c.tenant_id'))
    .innerJoin('users as f', (j) => j.onRef('f.id', '=', 'c.filed_by_user_id').onRef('f.tenant_id', '=', 'c.tenant_id'))
    .select([
      'c.id',
      'c.resident_user_id as residentUserId',
      'r.display_name as residentName',
      'c.kind',
      'c.about',
      'c.what_happened as whatHappened',
      'c.wish',
      'c.status',
      'f.display_name as filedByName',
      'c.filed_by_user_id as filedByUserId',
      'c.created_at as createdAt',
    ])
    .where('c.tenant_id', '=', tenantId);
}

export async function insertComplaint(
  db: GatedDb,
  c: {
    tenantId: string;
    residentUserId: string;
    kind: ComplaintKind;
    about: string;
    whatHappened: string;
    wish: string;
    filedByUserId: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('complaints')
    .values({
      tenant_id: c.tenantId,
      resident_user_id: c.residentUserId,
      kind: c.kind,
      about: c.about,
      what_happened: c.whatHappened,
      wish: c.wish,
      status: 'ontvangen',
      filed_by_user_id: c.filedByUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertComplaintEvent(db, c.tenantId, row.id, c.filedByUserId, 'ontvangen', '');
  return row.id;
}

export async function insertComplaintEvent(
  db: GatedDb,
  tenantId: string,
  complaintId: string,
  actorUserId: string,
  status: ComplaintStatus,
  message: string,
): Promise<void> {
  await db
    .insertInto('complaint_events')
    .values({ tenant_id: tenantId, complaint_id: complaintId, actor_user_id: actorUserId, status, message })
    .execute();
  await db
    .updateTable('complaints')
    .set({ status })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', complaintId)
    .execute();
}

export async function listComplaintsOf(db: GatedDb, tenantId: string, residentUserId: string): Promise<Complaint[]> {
  return complaintColumns(db, tenantId)
    .where('c.resident_user_id', '=', residentUserId)
    .orderBy('c.created_at', 'desc')
    .execute();
}

/** The municipality's complaints: those not handled yet first, the oldest of them on top. */
export async function listAllComplaints(db: GatedDb, tenantId: string): Promise<Complaint[]> {
  return complaintColumns(db, tenantId)
    .orderBy((eb) => eb.case().when('c.status', '=', 'afgehandeld').then(1).else(0).end())
    .orderBy('c.created_at')
    .limit(500)
    .execute();
}

export async function findComplaint(db: GatedDb, tenantId: string, id: string): Promise<Complaint | undefined> {
  return complaintColumns(db, tenantId).where('c.id', '=', id).executeTakeFirst();
}

/** The resident a complaint is about, to aim the gate: no content. */
export async function complaintResident(db: Db, tenantId: string, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('complaints')
    .select('resident_user_id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.resident_user_id;
}

export type ComplaintStep = { at: Date; status: ComplaintStatus; message: string; actorName: string | null };

export async function listComplaintSteps(db: GatedDb, tenantId: string, complaintId: string): Promise<ComplaintStep[]> {
  return db
    .selectFrom('complaint_events as e')
    .leftJoin('users as a', (j) => j.onRef('a.id', '=', 'e.actor_user_id').onRef('a.tenant_id', '=', 'e.tenant_id'))
    .select(['e.at', 'e.status', 'e.message', 'a.display_name as actorName'])
    .where('e.tenant_id', '=', tenantId)
    .where('e.complaint_id', '=', complaintId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

/** Whether the municipality has any invitation: the demo adds its own only once. Not personal data. */
export async function hasInvitations(db: Db, tenantId: string): Promise<boolean> {
  const row = await db
    .selectFrom('support_invitations')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The resident's invitation to this address that is not ended, if any: a new one for the same person extends it. */
export async function openInvitationTo(db: GatedDb, tenantId: string, residentUserId: string, email: string) {
  return db
    .selectFrom('support_invitations')
    .select(['id', 'categories'])
    .where('tenant_id', '=', tenantId)
    .where('resident_user_id', '=', residentUserId)
    .where('ended_at', 'is', null)
    .where((eb) => eb(eb.fn('lower', ['supporter_email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

/** Extends an invitation: more parts shared, and a new link (the old one stops working). */
export async function renewInvitation(
  db: GatedDb,
  tenantId: string,
  id: string,
  changes: { categories: string[]; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db
    .updateTable('support_invitations')
    .set({ categories: changes.categories, token_hash: changes.tokenHash, expires_at: changes.expiresAt })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

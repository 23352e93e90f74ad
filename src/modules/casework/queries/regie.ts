// The SQL of the regisseur and the referrals (verwijzingen): personal data, so each function that reads or writes a
// case's data takes a GatedDb; the escalation settings and the monitoring counts are not personal data.
import type { GatedDb } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import type { ReferralChosenHow, ReferralStatus } from '../schema.js';

export type RegisseurView = { userId: string; name: string; email: string; phone: string | null };

/** The case's regisseur with the contact details their account holds; undefined while none is set. */
export async function findRegisseur(db: GatedDb, tenantId: string, caseId: string): Promise<RegisseurView | undefined> {
  return db
    .selectFrom('cases')
    .innerJoin('users', (j) =>
      j.onRef('users.id', '=', 'cases.regisseur_user_id').onRef('users.tenant_id', '=', 'cases.tenant_id'),
    )
    .select(['users.id as userId', 'users.display_name as name', 'users.email', 'users.phone'])
    .where('cases.tenant_id', '=', tenantId)
    .where('cases.id', '=', caseId)
    .executeTakeFirst();
}

/** The active regisseurs of the municipality: who may be a case's regisseur. */
export async function listRegisseurs(db: GatedDb, tenantId: string): Promise<{ id: string; displayName: string }[]> {
  return db
    .selectFrom('users')
    .select(['id', 'display_name as displayName'])
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'regisseur')
    .where('disabled_at', 'is', null)
    .orderBy('display_name')
    .execute();
}

export async function setCaseRegisseur(db: GatedDb, tenantId: string, caseId: string, userId: string): Promise<void> {
  await db
    .updateTable('cases')
    .set({ regisseur_user_id: userId, updated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', caseId)
    .execute();
}

export type ReferralView = {
  id: string;
  caseId: string;
  activityId: string | null;
  providerName: string;
  serviceName: string | null;
  ownOrganisation: boolean;
  reason: string;
  chosenHow: ReferralChosenHow;
  chosenByName: string | null;
  chosenAt: Date;
  startBy: string | null;
  contactEmail: string | null;
  status: ReferralStatus;
  startedAt: Date | null;
  escalationStep: number;
  escalatedOn: string | null;
};

function referralColumns(db: GatedDb, tenantId: string) {
  return db
    .selectFrom('referrals')
    .leftJoin('users', (j) =>
      j.onRef('users.id', '=', 'referrals.chosen_by_user_id').onRef('users.tenant_id', '=', 'referrals.tenant_id'),
    )
    .select([
      'referrals.id',
      'referrals.case_id as caseId',
      'referrals.activity_id as activityId',
      'referrals.provider_name as providerName',
      'referrals.service_name as serviceName',
      'referrals.own_organisation as ownOrganisation',
      'referrals.reason',
      'referrals.chosen_how as chosenHow',
      'users.display_name as chosenByName',
      'referrals.chosen_at as chosenAt',
      'referrals.start_by as startBy',
      'referrals.contact_email as contactEmail',
      'referrals.status',
      'referrals.started_at as startedAt',
      'referrals.escalation_step as escalationStep',
      'referrals.escalated_on as escalatedOn',
    ])
    .where('referrals.tenant_id', '=', tenantId);
}

/** The case's referrals, newest first. */
export async function listReferrals(db: GatedDb, tenantId: string, caseId: string): Promise<ReferralView[]> {
  return referralColumns(db, tenantId)
    .where('referrals.case_id', '=', caseId)
    .orderBy('referrals.chosen_at', 'desc')
    .execute();
}

export async function findReferral(
  db: GatedDb,
  tenantId: string,
  caseId: string,
  id: string,
): Promise<ReferralView | undefined> {
  return referralColumns(db, tenantId)
    .where('referrals.case_id', '=', caseId)
    .where('referrals.id', '=', id)
    .executeTakeFirst();
}

export async function insertReferral(
  db: GatedDb,
  r: {
    tenantId: string;
    caseId: string;
    activityId: string | null;
    organisationId: string | null;
    providerName: string;
    serviceName: string | null;
    ownOrganisation: boolean;
    reason: string;
    chosenHow: ReferralChosenHow;
    chosenByUserId: string | null;
    contactEmail: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('referrals')
    .values({
      tenant_id: r.tenantId,
      case_id: r.caseId,
      activity_id: r.activityId,
      organisation_id: r.organisationId,
      provider_name: r.providerName,
      service_name: r.serviceName,
      own_organisation: r.ownOrganisation,
      reason: r.reason,
      chosen_how: r.chosenHow,
      chosen_by_user_id: r.chosenByUserId,
      contact_email: r.contactEmail,
      status: 'open',
      started_at: null,
      stopped_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateReferral(
  db: GatedDb,
  tenantId: string,
  id: string,
  change: {
    start_by?: string | null;
    contact_email?: string | null;
    status?: ReferralStatus;
    started_at?: Date | null;
    stopped_at?: Date | null;
    escalation_step?: number;
    escalated_on?: string | null;
  },
): Promise<void> {
  await db.updateTable('referrals').set(change).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/**
 * Moves a referral's escalation one step, only from the step it was seen at: true for the one run that moved it, so
 * two runs on the same day (or two instances) mail once.
 */
export async function advanceEscalation(
  db: GatedDb,
  tenantId: string,
  id: string,
  from: number,
  today: string,
): Promise<boolean> {
  const moved = await db
    .updateTable('referrals')
    .set({ escalation_step: from + 1, escalated_on: today })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .where('escalation_step', '=', from)
    .returning('id')
    .executeTakeFirst();
  return moved !== undefined;
}

export type DueReferral = {
  id: string;
  tenantId: string;
  caseId: string;
  startBy: string;
  escalationStep: number;
  escalatedOn: string | null;
};

/**
 * The open referrals past their deadline that may need a next step, over all municipalities: only ids, dates and
 * steps, to aim the gate (the job then reads each within its own pass).
 */
export async function dueReferrals(db: Db, today: string): Promise<DueReferral[]> {
  return db
    .selectFrom('referrals')
    .select([
      'id',
      'tenant_id as tenantId',
      'case_id as caseId',
      'start_by as startBy',
      'escalation_step as escalationStep',
      'escalated_on as escalatedOn',
    ])
    .where('status', '=', 'open')
    .where('start_by', 'is not', null)
    .where('start_by', '<', today)
    .where('escalation_step', '<', 2)
    .orderBy('start_by')
    .execute() as Promise<DueReferral[]>;
}

export type EscalationSettings = { workingDays: number; managerName: string | null; managerEmail: string | null };

/** The municipality's escalation settings, or the defaults (5 working days, no team manager yet). */
export async function findEscalationSettings(db: Db, tenantId: string): Promise<EscalationSettings> {
  const row = await db
    .selectFrom('case_terms')
    .select(['escalation_working_days', 'manager_name', 'manager_email'])
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return row
    ? { workingDays: row.escalation_working_days, managerName: row.manager_name, managerEmail: row.manager_email }
    : { workingDays: 5, managerName: null, managerEmail: null };
}

/** Saves the escalation settings beside the municipality's terms (the terms row exists: saved just before). */
export async function saveEscalationSettings(
  db: Db,
  tenantId: string,
  settings: Partial<EscalationSettings>,
): Promise<void> {
  const change = {
    ...(settings.workingDays !== undefined ? { escalation_working_days: settings.workingDays } : {}),
    ...(settings.managerName !== undefined ? { manager_name: settings.managerName } : {}),
    ...(settings.managerEmail !== undefined ? { manager_email: settings.managerEmail } : {}),
  };
  if (Object.keys(change).length === 0) return;
  await db.updateTable('case_terms').set(change).where('tenant_id', '=', tenantId).execute();
}

export type ShareCount = { own: number; other: number };

/** How many referrals went to the team's own organisations and how many to others, chosen since `since`. */
export async function countReferralShare(db: Db, tenantId: string, since: Date): Promise<ShareCount> {
  const rows = await db
    .selectFrom('referrals')
    .select(['own_organisation', (eb) => eb.fn.countAll<string>().as('n')])
    .where('tenant_id', '=', tenantId)
    .where('chosen_at', '>=', since)
    .groupBy('own_organisation')
    .execute();
  const count = (own: boolean) => Number(rows.find((r) => r.own_organisation === own)?.n ?? 0);
  return { own: count(true), other: count(false) };
}

/** The open cases of these requests (a resident's own), newest first: ids only, to aim the gate. */
export async function openCasesOfRequests(
  db: Db,
  tenantId: string,
  requestIds: readonly string[],
): Promise<{ id: string; requestId: string }[]> {
  if (requestIds.length === 0) return [];
  return db
    .selectFrom('cases')
    .select(['id', 'request_id as requestId'])
    .where('tenant_id', '=', tenantId)
    .where('request_id', 'in', [...requestIds])
    .where('status', '=', 'open')
    .orderBy('opened_at', 'desc')
    .execute();
}

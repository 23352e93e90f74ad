// The SQL of the personal plan. Personal data: each function takes a GatedDb, handed out by the gate for the
// category 'plan'. Nothing is deleted: a removed goal or agreement gets removed_at, and every change is a new row.
import type { GatedDb } from '../../kernel/access/gate.js';
import type { AgreementWho, PlanStatus } from './schema.js';

export type Goal = {
  id: string;
  domainKey: string;
  goal: string;
  wentWell: string;
  createdAt: Date;
};

export type Agreement = {
  id: string;
  goalId: string | null;
  what: string;
  who: AgreementWho;
  whoName: string | null;
  activityId: string | null;
  referralId: string | null;
  dueOn: string | null;
  doneAt: Date | null;
  createdAt: Date;
};

export type Invitee = {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  agreementId: string | null;
};
export type Meeting = { id: string; meetsOn: string; place: string; invitees: Invitee[] };

export type PlanChange = {
  at: Date;
  actorName: string | null;
  actorRole: string;
  itemKind: string;
  itemId: string | null;
  field: string;
  oldText: string | null;
  newText: string | null;
};

export type PlanData = {
  id: string;
  caseId: string;
  status: PlanStatus;
  setAt: Date | null;
  goals: Goal[];
  agreements: Agreement[];
  meetings: Meeting[];
  /** Newest first. */
  changes: PlanChange[];
};

export async function findPlanId(db: GatedDb, tenantId: string, caseId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('plans')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row?.id;
}

/** The plan of a case, made on the first change (two writers at once end up with the same one). */
export async function ensurePlan(db: GatedDb, tenantId: string, caseId: string): Promise<string> {
  await db
    .insertInto('plans')
    .values({ tenant_id: tenantId, case_id: caseId })
    .onConflict((oc) => oc.columns(['case_id', 'tenant_id']).doNothing())
    .execute();
  const id = await findPlanId(db, tenantId, caseId);
  if (!id) throw new Error('plan not made');
  return id;
}

export async function loadPlan(db: GatedDb, tenantId: string, caseId: string): Promise<PlanData | undefined> {
  const plan = await db
    .selectFrom('plans')
    .select(['id', 'case_id as caseId', 'status', 'set_at as setAt'])
    .where('tenant_id', '=', tenantId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!plan) return undefined;
  const goals = await db
    .selectFrom('plan_goals')
    .select(['id', 'domain_key as domainKey', 'goal', 'went_well as wentWell', 'created_at as createdAt'])
    .where('tenant_id', '=', tenantId)
    .where('plan_id', '=', plan.id)
    .where('removed_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const agreements = await db
    .selectFrom('plan_agreements')
    .select([
      'id',
      'goal_id as goalId',
      'what',
      'who',
      'who_name as whoName',
      'activity_id as activityId',
      'referral_id as referralId',
      'due_on as dueOn',
      'done_at as doneAt',
      'created_at as createdAt',
    ])
    .where('tenant_id', '=', tenantId)
    .where('plan_id', '=', plan.id)
    .where('removed_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const meetingRows = await db
    .selectFrom('plan_meetings')
    .select(['id', 'meets_on as meetsOn', 'place'])
    .where('tenant_id', '=', tenantId)
    .where('plan_id', '=', plan.id)
    .orderBy('created_at')
    .execute();
  const invitees =
    meetingRows.length === 0
      ? []
      : await db
          .selectFrom('plan_meeting_invitees')
          .select(['id', 'meeting_id as meetingId', 'name', 'phone', 'email', 'agreement_id as agreementId'])
          .where('tenant_id', '=', tenantId)
          .where(
            'meeting_id',
            'in',
            meetingRows.map((m) => m.id),
          )
          .orderBy('name')
          .execute();
  const changes = await db
    .selectFrom('plan_changes')
    .leftJoin('users', (j) =>
      j.onRef('users.id', '=', 'plan_changes.actor_user_id').onRef('users.tenant_id', '=', 'plan_changes.tenant_id'),
    )
    .select([
      'plan_changes.at',
      'users.display_name as actorName',
      'plan_changes.actor_role as actorRole',
      'plan_changes.item_kind as itemKind',
      'plan_changes.item_id as itemId',
      'plan_changes.field',
      'plan_changes.old_text as oldText',
      'plan_changes.new_text as newText',
    ])
    .where('plan_changes.tenant_id', '=', tenantId)
    .where('plan_changes.plan_id', '=', plan.id)
    .orderBy('plan_changes.at', 'desc')
    .orderBy('plan_changes.id', 'desc')
    .execute();
  return {
    ...plan,
    goals,
    agreements,
    meetings: meetingRows.map((m) => ({
      ...m,
      invitees: invitees.filter((i) => i.meetingId === m.id).map(({ meetingId: _m, ...i }) => i),
    })),
    changes,
  };
}

export async function recordChange(
  db: GatedDb,
  c: {
    tenantId: string;
    planId: string;
    actorUserId: string | null;
    actorRole: string;
    itemKind: 'plan' | 'doel' | 'afspraak' | 'beraad';
    itemId: string | null;
    field: string;
    oldText?: string | null;
    newText?: string | null;
  },
): Promise<void> {
  await db
    .insertInto('plan_changes')
    .values({
      tenant_id: c.tenantId,
      plan_id: c.planId,
      actor_user_id: c.actorUserId,
      actor_role: c.actorRole,
      item_kind: c.itemKind,
      item_id: c.itemId,
      field: c.field,
      old_text: c.oldText ?? null,
      new_text: c.newText ?? null,
    })
    .execute();
}

export async function insertGoal(
  db: GatedDb,
  g: { tenantId: string; planId: string; domainKey: string; goal: string; wentWell: string },
): Promise<string> {
  const { id } = await db
    .insertInto('plan_goals')
    .values({
      tenant_id: g.tenantId,
      plan_id: g.planId,
      domain_key: g.domainKey,
      goal: g.goal,
      went_well: g.wentWell,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findGoal(db: GatedDb, tenantId: string, planId: string, id: string) {
  return db
    .selectFrom('plan_goals')
    .select(['id', 'domain_key as domainKey', 'goal', 'went_well as wentWell'])
    .where('tenant_id', '=', tenantId)
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function updateGoal(
  db: GatedDb,
  tenantId: string,
  id: string,
  set: { domain_key?: string; goal?: string; went_well?: string; removed_at?: Date },
): Promise<void> {
  await db.updateTable('plan_goals').set(set).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function insertAgreement(
  db: GatedDb,
  a: {
    tenantId: string;
    planId: string;
    what: string;
    who: AgreementWho;
    whoName: string | null;
    dueOn: string | null;
    goalId?: string | null;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('plan_agreements')
    .values({
      tenant_id: a.tenantId,
      plan_id: a.planId,
      goal_id: a.goalId ?? null,
      what: a.what,
      who: a.who,
      who_name: a.whoName,
      due_on: a.dueOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findAgreement(db: GatedDb, tenantId: string, planId: string, id: string) {
  return db
    .selectFrom('plan_agreements')
    .select(['id', 'what', 'who', 'who_name as whoName', 'due_on as dueOn', 'done_at as doneAt'])
    .where('tenant_id', '=', tenantId)
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function updateAgreement(
  db: GatedDb,
  tenantId: string,
  id: string,
  set: {
    what?: string;
    who?: AgreementWho;
    who_name?: string | null;
    due_on?: string | null;
    done_at?: Date | null;
    removed_at?: Date;
  },
): Promise<void> {
  await db.updateTable('plan_agreements').set(set).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function setPlanStatus(
  db: GatedDb,
  tenantId: string,
  planId: string,
  set: { status: PlanStatus; set_at: Date; set_by_user_id: string },
): Promise<void> {
  await db.updateTable('plans').set(set).where('tenant_id', '=', tenantId).where('id', '=', planId).execute();
}

export async function insertMeeting(
  db: GatedDb,
  m: {
    tenantId: string;
    planId: string;
    meetsOn: string;
    place: string;
    invitees: { name: string; phone: string | null; email: string | null }[];
  },
): Promise<string> {
  const { id } = await db
    .insertInto('plan_meetings')
    .values({ tenant_id: m.tenantId, plan_id: m.planId, meets_on: m.meetsOn, place: m.place })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (m.invitees.length > 0)
    await db
      .insertInto('plan_meeting_invitees')
      .values(m.invitees.map((i) => ({ tenant_id: m.tenantId, meeting_id: id, ...i })))
      .execute();
  return id;
}

export async function linkInviteeAgreement(
  db: GatedDb,
  tenantId: string,
  inviteeId: string,
  agreementId: string,
): Promise<void> {
  await db
    .updateTable('plan_meeting_invitees')
    .set({ agreement_id: agreementId })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', inviteeId)
    .execute();
}

// The changes to a plan, one use case each, every one in one gate pass and one transaction, each writing who made
// it (account and role), when, and the text before and after into plan_changes. Nothing is overwritten unseen.
import { actorRole, type GatedDb } from '../../../kernel/access/gate.js';
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import type { Db } from '../../../kernel/db/database.js';
import { dutchDate } from '../../../kernel/time/dates.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { recordPlanSet } from '../../casework/index.js';
import {
  ensurePlan,
  findAgreement,
  findGoal,
  findPlanId,
  insertAgreement,
  insertGoal,
  insertMeeting,
  linkInviteeAgreement,
  loadPlan,
  recordChange,
  setPlanStatus,
  updateAgreement,
  updateGoal,
} from '../queries.js';
import type { AgreementWho } from '../schema.js';
import { onPlan, type PlanKeys, type PlanTarget } from './plan-access.js';

type Change = Parameters<typeof recordChange>[1];

/** Runs a change on the plan of the target (made when it is the first), with a helper that records each change. */
async function changePlan<T>(
  db: Db,
  actor: SignedInActor,
  target: PlanTarget,
  work: (
    trx: GatedDb,
    plan: { id: string; keys: PlanKeys },
    note: (c: Omit<Change, 'tenantId' | 'planId' | 'actorUserId' | 'actorRole'>) => Promise<void>,
  ) => Promise<T>,
): Promise<T> {
  return onPlan(db, actor, target, 'update', async (trx, keys) => {
    if (!keys) throw notFound('Je plan');
    const planId = await ensurePlan(trx, actor.tenantId, keys.caseId);
    const note = (c: Omit<Change, 'tenantId' | 'planId' | 'actorUserId' | 'actorRole'>) =>
      recordChange(trx, {
        ...c,
        tenantId: actor.tenantId,
        planId,
        actorUserId: actor.userId,
        actorRole: actorRole(actor),
      });
    return work(trx, { id: planId, keys }, note);
  });
}

export type GoalInput = { domainKey: string; goal: string; wentWell: string };

/** Adds a goal (goalId null) or changes one; a change notes each field that changed. */
export async function saveGoal(
  db: Db,
  actor: SignedInActor,
  target: PlanTarget,
  goalId: string | null,
  input: GoalInput,
): Promise<string> {
  return changePlan(db, actor, target, async (trx, plan, note) => {
    if (goalId === null) {
      const id = await insertGoal(trx, { tenantId: actor.tenantId, planId: plan.id, ...input });
      await note({ itemKind: 'doel', itemId: id, field: 'toegevoegd', newText: input.goal });
      if (input.wentWell) await note({ itemKind: 'doel', itemId: id, field: 'wat_ging_goed', newText: input.wentWell });
      return id;
    }
    const found = await findGoal(trx, actor.tenantId, plan.id, goalId);
    if (!found) throw notFound('Dit doel');
    const fields = [
      ['domein', found.domainKey, input.domainKey],
      ['doel', found.goal, input.goal],
      ['wat_ging_goed', found.wentWell, input.wentWell],
    ] as const;
    for (const [field, before, after] of fields)
      if (before !== after) await note({ itemKind: 'doel', itemId: goalId, field, oldText: before, newText: after });
    await updateGoal(trx, actor.tenantId, goalId, {
      domain_key: input.domainKey,
      goal: input.goal,
      went_well: input.wentWell,
    });
    return goalId;
  });
}

export async function removeGoal(db: Db, actor: SignedInActor, target: PlanTarget, goalId: string): Promise<void> {
  await changePlan(db, actor, target, async (trx, plan, note) => {
    const found = await findGoal(trx, actor.tenantId, plan.id, goalId);
    if (!found) throw notFound('Dit doel');
    await updateGoal(trx, actor.tenantId, goalId, { removed_at: new Date() });
    await note({ itemKind: 'doel', itemId: goalId, field: 'verwijderd', oldText: found.goal });
  });
}

export type AgreementInput = { what: string; who: AgreementWho; whoName: string | null; dueOn: string | null };

export async function saveAgreement(
  db: Db,
  actor: SignedInActor,
  target: PlanTarget,
  agreementId: string | null,
  input: AgreementInput,
): Promise<string> {
  return changePlan(db, actor, target, async (trx, plan, note) => {
    if (agreementId === null) {
      const id = await insertAgreement(trx, { tenantId: actor.tenantId, planId: plan.id, ...input });
      await note({ itemKind: 'afspraak', itemId: id, field: 'toegevoegd', newText: input.what });
      return id;
    }
    const found = await findAgreement(trx, actor.tenantId, plan.id, agreementId);
    if (!found) throw notFound('Deze afspraak');
    const fields = [
      ['wat', found.what, input.what],
      ['wie', found.who, input.who],
      ['naam', found.whoName, input.whoName],
      ['uiterlijk', found.dueOn, input.dueOn],
    ] as const;
    for (const [field, before, after] of fields)
      if ((before ?? '') !== (after ?? ''))
        await note({ itemKind: 'afspraak', itemId: agreementId, field, oldText: before, newText: after });
    await updateAgreement(trx, actor.tenantId, agreementId, {
      what: input.what,
      who: input.who,
      who_name: input.whoName,
      due_on: input.dueOn,
    });
    return agreementId;
  });
}

/** Marks an agreement done, or (done false) not done after all. */
export async function markAgreementDone(
  db: Db,
  actor: SignedInActor,
  target: PlanTarget,
  agreementId: string,
  done = true,
): Promise<void> {
  await changePlan(db, actor, target, async (trx, plan, note) => {
    const found = await findAgreement(trx, actor.tenantId, plan.id, agreementId);
    if (!found) throw notFound('Deze afspraak');
    if ((found.doneAt !== null) === done) return;
    await updateAgreement(trx, actor.tenantId, agreementId, { done_at: done ? new Date() : null });
    await note({
      itemKind: 'afspraak',
      itemId: agreementId,
      field: done ? 'gedaan' : 'niet_gedaan',
      newText: found.what,
    });
  });
}

export async function removeAgreement(
  db: Db,
  actor: SignedInActor,
  target: PlanTarget,
  agreementId: string,
): Promise<void> {
  await changePlan(db, actor, target, async (trx, plan, note) => {
    const found = await findAgreement(trx, actor.tenantId, plan.id, agreementId);
    if (!found) throw notFound('Deze afspraak');
    await updateAgreement(trx, actor.tenantId, agreementId, { removed_at: new Date() });
    await note({ itemKind: 'afspraak', itemId: agreementId, field: 'verwijderd', oldText: found.what });
  });
}

/**
 * The team sets the plan (vastgesteld): the case's plan term stops, in the case's timeline. A plan without a goal
 * cannot be set. Changes after it stay possible and are in the history.
 */
export async function setPlan(db: Db, actor: SignedInActor, caseId: string): Promise<void> {
  await onPlan(db, actor, { caseId }, 'update', async (trx, keys) => {
    if (!keys) throw notFound('Dit plan');
    const plan = await loadPlan(trx, actor.tenantId, keys.caseId);
    if (!plan || plan.goals.length === 0)
      throw new DomainError('ongeldige_invoer', 'Schrijf eerst minstens één doel in het plan.');
    if (plan.status === 'vastgesteld') return;
    const now = new Date();
    await setPlanStatus(trx, actor.tenantId, plan.id, {
      status: 'vastgesteld',
      set_at: now,
      set_by_user_id: actor.userId,
    });
    await recordChange(trx, {
      tenantId: actor.tenantId,
      planId: plan.id,
      actorUserId: actor.userId,
      actorRole: actorRole(actor),
      itemKind: 'plan',
      itemId: plan.id,
      field: 'vastgesteld',
      oldText: 'concept',
      newText: 'vastgesteld',
    });
    await recordPlanSet(trx, actor.tenantId, keys.caseId, actor.userId);
  });
}

export type MeetingInput = {
  meetsOn: string;
  place: string;
  invitees: { name: string; phone: string | null; email: string | null }[];
};

/** Plans a network meeting with the people the resident invites. */
export async function planMeeting(
  db: Db,
  actor: SignedInActor,
  target: PlanTarget,
  input: MeetingInput,
): Promise<string> {
  return changePlan(db, actor, target, async (trx, plan, note) => {
    const id = await insertMeeting(trx, { tenantId: actor.tenantId, planId: plan.id, ...input });
    const names = input.invitees.map((i) => i.name).join(', ');
    await note({
      itemKind: 'beraad',
      itemId: id,
      field: 'gepland',
      newText: `${dutchDate(input.meetsOn)}, ${input.place}: ${names}`,
    });
    return id;
  });
}

/** After the meeting: what each invitee will do becomes an agreement with who = 'netwerk' and their name. */
export async function recordMeetingOutcome(
  db: Db,
  actor: SignedInActor,
  target: PlanTarget,
  meetingId: string,
  tasks: { inviteeId: string; what: string }[],
): Promise<number> {
  return changePlan(db, actor, target, async (trx, plan, note) => {
    const current = await loadPlan(trx, actor.tenantId, plan.keys.caseId);
    const meeting = current?.meetings.find((m) => m.id === meetingId);
    if (!meeting) throw notFound('Dit netwerkberaad');
    let made = 0;
    for (const task of tasks) {
      const invitee = meeting.invitees.find((i) => i.id === task.inviteeId);
      if (!invitee || invitee.agreementId || task.what === '') continue;
      const id = await insertAgreement(trx, {
        tenantId: actor.tenantId,
        planId: plan.id,
        what: task.what,
        who: 'netwerk',
        whoName: invitee.name,
        dueOn: null,
      });
      await linkInviteeAgreement(trx, actor.tenantId, invitee.id, id);
      await note({ itemKind: 'afspraak', itemId: id, field: 'toegevoegd', newText: `${invitee.name}: ${task.what}` });
      made++;
    }
    return made;
  });
}

/** Reads a plan (for a page, a print or a PDF: the action says which, so the resident's log says it too). */
export async function readPlan(
  db: Db,
  actor: SignedInActor,
  target: PlanTarget,
  action: 'read' | 'print' | 'export' = 'read',
) {
  return onPlan(db, actor, target, action, async (trx, keys) => ({
    keys,
    plan: keys ? await loadPlan(trx, actor.tenantId, keys.caseId) : undefined,
    planId: keys ? await findPlanId(trx, actor.tenantId, keys.caseId) : undefined,
  }));
}

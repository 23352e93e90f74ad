// One pass of the gate for a plan, under the category 'plan' with the resident as subject: the team reaches it
// through a case of its municipality, the resident through their own open case, a person the resident gave consent
// through the case too (the gate asks the consent check). A case that is not there is logged and answered 404.
import { type GatedDb, inGatedTransaction, logRefusal, withAccess } from '../../../kernel/access/gate.js';
import type { AccessAction } from '../../../kernel/access/schema.js';
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import type { Db } from '../../../kernel/db/database.js';
import { notFound } from '../../../kernel/errors.js';
import { caseKeys, openCaseOfRequests } from '../../casework/index.js';
import { listOwnRequests } from '../../requests/index.js';
import { PLAN_PURPOSE } from '../policy.js';

/** The case a plan belongs to and the resident it is about (null: an asker without an account). */
export type PlanKeys = { caseId: string; requestId: string | null; askerUserId: string | null };

/** Which plan: the one of a case (the team, a supporter), or the signed-in resident's own ('eigen'). */
export type PlanTarget = { caseId: string } | 'eigen';

/**
 * Runs `work` on a plan within one gate pass and one transaction. For 'eigen' the keys are undefined when the
 * resident has no open case (the page then explains what a plan is).
 */
export async function onPlan<T>(
  db: Db,
  actor: SignedInActor,
  target: PlanTarget,
  action: AccessAction,
  work: (gated: GatedDb, keys: PlanKeys | undefined) => Promise<T>,
): Promise<T> {
  const request = { category: 'plan' as const, action, purpose: PLAN_PURPOSE };
  if (target === 'eigen')
    return withAccess(db, actor, { ...request, subjectUserId: actor.userId }, (gated) =>
      inGatedTransaction(gated, async (trx) => {
        const own = await listOwnRequests(trx, actor.tenantId, actor.userId);
        const caseId = await openCaseOfRequests(
          trx,
          actor.tenantId,
          own.map((r) => r.id),
        );
        return work(trx, caseId ? { caseId, requestId: null, askerUserId: actor.userId } : undefined);
      }),
    );
  const keys = await caseKeys(db, actor.tenantId, target.caseId);
  if (!keys) {
    await logRefusal(db, actor, { ...request, subjectUserId: null }, 'onbekend_of_andere_gemeente');
    throw notFound('Dit plan');
  }
  return withAccess(db, actor, { ...request, subjectUserId: keys.askerUserId }, (gated) =>
    inGatedTransaction(gated, (trx) => work(trx, keys)),
  );
}

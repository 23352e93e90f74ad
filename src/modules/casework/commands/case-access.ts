// One pass of the gate for a case: the case is found in the actor's own municipality (or the attempt is logged and
// answered "not found", like a guessed id), then read or changed under the category 'dossier' in one transaction.
import { z } from 'zod';
import { type GatedDb, inGatedTransaction, logRefusal, withAccess } from '../../../kernel/access/gate.js';
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import type { AccessAction } from '../../../kernel/access/schema.js';
import type { Db } from '../../../kernel/db/database.js';
import { notFound } from '../../../kernel/errors.js';
import { requestOwner } from '../../requests/index.js';
import { caseRequestId } from '../queries.js';

/** Cases are read for the same purpose as the request behind them: to handle the resident's question. */
export const CASE_PURPOSE = 'hulpvraag_behandelen';

export type CaseKeys = { caseId: string; requestId: string; askerUserId: string | null };

/**
 * The keys that aim the gate at a case: its request and the person who asked, in the actor's own municipality;
 * undefined for an id that is no case there. No personal data beyond the ids.
 */
export async function caseKeys(db: Db, tenantId: string, caseId: string): Promise<CaseKeys | undefined> {
  const requestId = z.uuid().safeParse(caseId).success ? await caseRequestId(db, tenantId, caseId) : undefined;
  const owner = requestId ? await requestOwner(db, tenantId, requestId) : undefined;
  return requestId && owner ? { caseId, requestId, askerUserId: owner.asker_user_id } : undefined;
}

/** The case's keys in the actor's municipality; an unknown id (or another municipality's) is logged and not found. */
export async function caseHere(db: Db, actor: SignedInActor, caseId: string, action: AccessAction): Promise<CaseKeys> {
  const keys = await caseKeys(db, actor.tenantId, caseId);
  if (!keys) {
    await logRefusal(
      db,
      actor,
      { category: 'dossier', action, purpose: CASE_PURPOSE, subjectUserId: null },
      'onbekend_of_andere_gemeente',
    );
    throw notFound('Deze casus');
  }
  return keys;
}

export async function onCase<T>(
  db: Db,
  actor: SignedInActor,
  caseId: string,
  action: AccessAction,
  work: (gated: GatedDb, keys: CaseKeys) => Promise<T>,
): Promise<T> {
  const keys = await caseHere(db, actor, caseId, action);
  return withAccess(
    db,
    actor,
    {
      category: 'dossier',
      action,
      purpose: CASE_PURPOSE,
      subjectUserId: keys.askerUserId,
      subjectRequestId: keys.requestId,
    },
    (gated) => inGatedTransaction(gated, (trx) => work(trx, keys)),
  );
}

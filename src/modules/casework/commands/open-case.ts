// A help request becomes a case: one owner (the one who opens it, unless they choose a colleague), status open. A
// request has at most one open case; opening it again leads to the case that is there.
import { z } from 'zod';
import { inGatedTransaction, logRefusal, withAccess } from '../../../kernel/access/gate.js';
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import type { Db } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { requestOwner } from '../../requests/index.js';
import { caseOfRequest, insertCase, listCaseWorkers, recordCaseEvent } from '../queries.js';
import { CASE_PURPOSE } from './case-access.js';

export type OpenedCase = { caseId: string; alreadyOpen: boolean };

export async function openCase(
  db: Db,
  actor: SignedInActor,
  requestId: string,
  ownerUserId: string = actor.userId,
): Promise<OpenedCase> {
  const owner = z.uuid().safeParse(requestId).success ? await requestOwner(db, actor.tenantId, requestId) : undefined;
  if (!owner) {
    await logRefusal(
      db,
      actor,
      { category: 'dossier', action: 'create', purpose: CASE_PURPOSE, subjectUserId: null },
      'onbekend_of_andere_gemeente',
    );
    throw notFound('Deze hulpvraag');
  }
  return withAccess(
    db,
    actor,
    {
      category: 'dossier',
      action: 'create',
      purpose: CASE_PURPOSE,
      subjectUserId: owner.asker_user_id,
      subjectRequestId: requestId,
    },
    (gated) =>
      inGatedTransaction(gated, async (trx) => {
        const workers = await listCaseWorkers(trx, actor.tenantId);
        if (!workers.some((w) => w.id === ownerUserId))
          throw new DomainError('ongeldige_invoer', 'Kies als eigenaar een wijkteamlid of regisseur van de gemeente.');
        const caseId = await insertCase(trx, {
          tenantId: actor.tenantId,
          requestId,
          ownerUserId,
          openedByUserId: actor.userId,
        });
        if (caseId === undefined) {
          const existing = await caseOfRequest(trx, actor.tenantId, requestId);
          if (!existing) throw new Error('an open case was there a moment ago');
          return { caseId: existing.id, alreadyOpen: true };
        }
        await recordCaseEvent(trx, {
          tenantId: actor.tenantId,
          caseId,
          actorUserId: actor.userId,
          kind: 'geopend',
          toUserId: ownerUserId,
        });
        return { caseId, alreadyOpen: false };
      }),
  );
}

// The resident asks to erase a help request of their own: a request that is closed and never became a case has no
// legal term to keep it, so it is deleted at once (AVG art. 17); a case file or a running request is not, and the
// page says why. The delete goes through the gate, so it is in the resident's own log.
import { inGatedTransaction, logRefusal, withAccess } from '../../../kernel/access/gate.js';
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import type { Db } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { caseRetentionFacts } from '../../casework/index.js';
import { deleteHelpRequest, type RequestRetentionFacts, requestRetentionFacts } from '../../requests/index.js';
import { forgetCorrectionsOf } from '../../triage/index.js';
import { type Verdict, verdict } from '../due.js';
import { findRetentionTerms } from '../queries.js';

export type OwnRequestChoice = { request: RequestRetentionFacts; verdict: Verdict; erasable: boolean };

/** Whether a resident may erase it now: closed, and no case (a case is a file the law asks to keep). */
const erasable = (v: Verdict) =>
  v.kind === 'mag_weg' || (v.kind === 'bewaren' && v.category !== 'dossier' && v.category !== 'jeugd');

/** The resident's own requests, each with whether it can be erased now and, if not, why. Keys and dates only. */
export async function ownRequestChoices(db: Db, actor: SignedInActor, now = new Date()): Promise<OwnRequestChoice[]> {
  const own = await requestRetentionFacts(db, actor.tenantId, { askerUserId: actor.userId });
  const [cases, terms] = await Promise.all([
    caseRetentionFacts(
      db,
      actor.tenantId,
      own.map((r) => r.id),
    ),
    findRetentionTerms(db, actor.tenantId),
  ]);
  return own.map((request) => {
    const v = verdict(request, cases.get(request.id), terms, now);
    return { request, verdict: v, erasable: erasable(v) };
  });
}

export async function eraseOwnRequest(db: Db, actor: SignedInActor, requestId: string, now = new Date()) {
  const choice = (await ownRequestChoices(db, actor, now)).find((c) => c.request.id === requestId);
  const attempt = {
    category: 'hulpvraag' as const,
    action: 'delete' as const,
    purpose: 'wissen_op_verzoek',
    subjectUserId: actor.userId,
  };
  if (!choice) {
    // Someone else's request, or none: refused and logged like any guessed id, and "not found".
    await logRefusal(db, actor, { ...attempt, subjectUserId: null }, 'onbekend_of_andere_gemeente');
    throw notFound('Deze hulpvraag');
  }
  if (!choice.erasable) throw new DomainError('ongeldige_invoer', 'Deze hulpvraag kan nu niet gewist worden.');
  await withAccess(db, actor, { ...attempt, subjectRequestId: requestId }, (gated) =>
    inGatedTransaction(gated, async (trx) => {
      await forgetCorrectionsOf(trx, actor.tenantId, requestId);
      await deleteHelpRequest(trx, actor.tenantId, requestId);
    }),
  );
  return choice.request;
}

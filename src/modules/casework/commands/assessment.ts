// Saving a conversation about self-reliance on a case: one assessment with an answer per domain that was filled in,
// in one gate pass (dossier, create) and one transaction.
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import type { Db } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import type { AssessmentAnswer, Instrument } from '../instruments.js';
import { findCase, insertAssessment } from '../queries.js';
import { onCase } from './case-access.js';

export async function saveAssessment(
  db: Db,
  actor: SignedInActor,
  caseId: string,
  instrument: Instrument,
  answers: AssessmentAnswer[],
  heldAt?: Date,
): Promise<string> {
  const known = new Set(instrument.domains.map((d) => d.key));
  if (answers.some((a) => !known.has(a.domainKey) || (a.level !== null && (a.level < 1 || a.level > 5))))
    throw new DomainError('ongeldige_invoer', 'Dit gesprek past niet bij het gekozen instrument.');
  return onCase(db, actor, caseId, 'create', async (trx) => {
    if (!(await findCase(trx, actor.tenantId, caseId))) throw notFound('Deze casus');
    return insertAssessment(trx, {
      tenantId: actor.tenantId,
      caseId,
      instrumentId: instrument.id,
      filledByUserId: actor.userId,
      answers,
      heldAt,
    });
  });
}

// The reporter's answer to "Had je het gevoel dat er iets met je signaal gedaan is?": once, at the end, through the
// gate as the reporter (or Nabij for their status link). A "nee" asks the team to look again: the signal reopens.
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import { DomainError } from '../../../kernel/errors.js';
import { insertSignalEvent, signalFacts } from '../queries/core.js';
import { saveFeedback } from '../queries/report.js';
import { moveSignal, REPORTER_PURPOSE, type SignalContext } from './move.js';

export const REOPENED_BY_REPORTER = 'De melder had niet het gevoel dat er iets met het signaal gedaan is.';

export class FeedbackAlreadyGivenError extends DomainError {
  constructor() {
    super('ongeldige_invoer', 'Je hebt deze vraag al beantwoord.');
  }
}

export async function giveFeedback(
  ctx: SignalContext,
  actor: Actor,
  signal: { id: string; tenantId: string; reporterUserId: string | null },
  answer: 'ja' | 'nee',
  note: string,
): Promise<void> {
  const db = ctx.database.db;
  const request = {
    category: 'melding' as const,
    action: 'update' as const,
    purpose: REPORTER_PURPOSE,
    subjectUserId: signal.reporterUserId,
  };
  const saved = await withAccess(db, actor, request, (gated) =>
    inGatedTransaction(gated, async (trx) => {
      const status = await saveFeedback(trx, signal.tenantId, signal.id, answer, note);
      if (!status) return false;
      await insertSignalEvent(trx, {
        tenantId: signal.tenantId,
        signalId: signal.id,
        actorUserId: actor.kind === 'user' ? actor.userId : null,
        actorKind: 'melder',
        kind: 'terugkoppeling',
        // The note is the reporter's own words to the team, kept on the signal; the event says only the answer.
        detail: { antwoord: answer },
      });
      return true;
    }),
  );
  if (!saved) throw new FeedbackAlreadyGivenError();
  if (answer === 'nee') {
    const facts = await signalFacts(db, signal.tenantId, signal.id);
    if (!facts) return;
    await moveSignal(ctx, actor, facts, { to: 'in_behandeling', reason: REOPENED_BY_REPORTER }, 'melder');
  }
}

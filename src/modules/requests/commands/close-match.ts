// "Hoe gaat het?" answered: a match closes with its outcome and the asker's own rating, and the request closes
// with it when nothing else runs for it.
import { inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import type { AppContext } from '../../../kernel/http/context.js';
import { runningMatchesOfRequest } from '../queries/matches.js';
import { recordEvent, setRequestState } from '../queries/requests.js';
import type { Outcome } from '../states.js';
import { forgetCandidates } from '../triage-service.js';
import { type AnsweredBy, answerAccess, byLink, moveMatch, via } from './match-steps.js';
import { type MatchByLink, openByToken } from './open-match.js';

export type Closing = { outcome: Outcome; reason: string | null; rating: number | null; comment: string | null };

/** Closing through the asker's emailed link. */
export async function closeMatch(ctx: AppContext, token: string, closing: Closing): Promise<void> {
  const found = await openByToken(ctx.database.db, token, 'vrager');
  await closeFoundMatch(ctx, found, closing, byLink(found));
}

export async function closeFoundMatch(
  ctx: AppContext,
  found: MatchByLink,
  closing: Closing,
  by: AnsweredBy,
): Promise<void> {
  const { match } = found;
  await withAccess(ctx.database.db, by.actor, answerAccess(by, match.request_id), (gated) =>
    inGatedTransaction(gated, async (trx) => {
      await moveMatch(trx, match, 'afgesloten', {
        outcome: closing.outcome,
        outcome_reason: closing.reason,
        rating: closing.rating,
        rating_comment: closing.comment,
      });
      await recordEvent(trx, match.tenant_id, match.request_id, by.recordedBy, 'afgesloten', {
        uitkomst: closing.outcome,
        cijfer: closing.rating,
        ...via(by),
      });
      const open = await runningMatchesOfRequest(trx, match.request_id);
      if (open.length === 0) await setRequestState(trx, match.tenant_id, match.request_id, 'afgesloten');
    }),
  );
  forgetCandidates(match.tenant_id);
}

// The asker's own choice on their status page, of an activity triage suggested: "Ik ga erheen", or "Iemand gaat de
// eerste keer mee", which is the same with the wish that someone comes along the first time (a task for the team).
import { inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import type { AppContext } from '../../../kernel/http/context.js';
import { insertChosenActivity, runningActivityMatch, setBuddyWish } from '../queries/matches.js';
import { findHelpRequest, recordEvent } from '../queries/requests.js';
import { activityIdeas, activityToPropose } from '../suggestions.js';
import { FOLLOW_UP_DAYS } from './answer-match.js';
import type { OwnRequest } from './change-sharing.js';

export type ActivityChoice = { activityExternalId: string; buddy: boolean };

/**
 * Records the choice on the asker's own request, through the gate. Choosing again is no second match: it only adds
 * the wish for company when that is new. After two weeks "Hoe gaat het?" asks how it went, as for any match.
 */
export async function chooseActivity(
  ctx: AppContext,
  { actor, found }: OwnRequest,
  choice: ActivityChoice,
  now = new Date(),
): Promise<{ matchId: string }> {
  const update = {
    category: 'hulpvraag' as const,
    action: 'update' as const,
    purpose: 'koppelen',
    subjectUserId: found.asker_user_id,
    subjectRequestId: found.id,
  };
  const userId = actor.kind === 'user' ? actor.userId : null;
  return withAccess(ctx.database.db, actor, update, (gated) =>
    inGatedTransaction(gated, async (trx) => {
      const own = await findHelpRequest(trx, found.tenant_id, found.id, userId ?? undefined);
      if (!own) throw notFound('Deze hulpvraag');
      if (own.route === 'spoed')
        throw new DomainError('ongeldige_invoer', 'Bij spoed neemt het wijkteam eerst contact met je op.');
      if (own.state === 'afgesloten') throw new DomainError('ongeldige_invoer', 'Deze hulpvraag is al afgesloten.');
      // Only what the asker was offered: a guessed id of any other activity is not there.
      if (!activityIdeas(own).includes(choice.activityExternalId)) throw notFound('Deze activiteit');
      const activity = await activityToPropose(trx, own.tenantId, choice.activityExternalId);
      if (!activity) throw notFound('Deze activiteit');
      const detail = { activiteit: choice.activityExternalId, maatje_eerste_keer: choice.buddy };
      const running = await runningActivityMatch(trx, own.tenantId, own.id, activity.id);
      if (running) {
        if (running.state === 'voorgesteld')
          throw new DomainError('ongeldige_invoer', 'Het wijkteam stelde dit al voor: zeg daar ja of nee.');
        if (choice.buddy && !running.buddy_first_visit) {
          await setBuddyWish(trx, own.tenantId, running.id);
          await recordEvent(trx, own.tenantId, own.id, userId, 'vrager_wil_meeganger', detail);
        }
        return { matchId: running.id };
      }
      const match = await insertChosenActivity(trx, {
        tenantId: own.tenantId,
        requestId: own.id,
        activityId: activity.id,
        buddy: choice.buddy,
        followUpAt: new Date(now.getTime() + FOLLOW_UP_DAYS * 86_400_000),
      });
      await recordEvent(trx, own.tenantId, own.id, userId, 'vrager_kiest_activiteit', detail);
      return { matchId: match.id };
    }),
  );
}

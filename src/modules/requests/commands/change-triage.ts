// The team's decision on triage's proposal: accept it, or change route and needs with a reason. Either way the
// request is in progress now.
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import type { AppContext } from '../../../kernel/http/context.js';
import { recordCorrection } from '../../triage/index.js';
import { type HelpRequestView, recordEvent, setRequestState, updateTriage } from '../queries/requests.js';

export type TriageDecision = { change: boolean; route: string; needKeys: string[]; reason: string };

export async function changeTriage(
  ctx: AppContext,
  actor: Extract<Actor, { kind: 'user' }>,
  helpRequest: HelpRequestView,
  decision: TriageDecision,
): Promise<void> {
  const { id } = helpRequest;
  const changed =
    decision.change &&
    (decision.route !== helpRequest.route ||
      decision.needKeys.slice().sort().join() !== helpRequest.needKeys.slice().sort().join());
  await withAccess(
    ctx.database.db,
    actor,
    {
      category: 'hulpvraag',
      action: 'update',
      purpose: 'hulpvraag_behandelen',
      subjectUserId: null,
      subjectRequestId: id,
    },
    (gated) =>
      // The decision, its history, the correction for the next model and the state: all of it, or none.
      inGatedTransaction(gated, async (trx) => {
        if (changed) {
          await updateTriage(trx, actor.tenantId, id, decision.route, decision.needKeys);
          // The proposal, the decision and the reason: the material to improve the lexicon with.
          await recordEvent(trx, actor.tenantId, id, actor.userId, 'triage_gewijzigd', {
            voorstel: { route: helpRequest.triage.route, behoeften: helpRequest.triage.behoeften },
            besluit: { route: decision.route, behoeften: decision.needKeys },
            reden: decision.reason,
          });
          // The same change teaches the municipality's next model (purpose: kwaliteit_triage).
          await recordCorrection(trx, actor, actor.tenantId, {
            helpRequestId: id,
            subjectUserId: helpRequest.askerUserId,
            text: helpRequest.text,
            proposed: { route: helpRequest.triage.route, needs: helpRequest.triage.behoeften },
            decided: { route: decision.route, needs: decision.needKeys },
            reason: decision.reason,
            modelVersion: helpRequest.triage.model ?? 'regels',
            correctedBy: actor.userId,
          });
        } else {
          await recordEvent(trx, actor.tenantId, id, actor.userId, 'triage_akkoord', {
            route: helpRequest.route,
            behoeften: helpRequest.needKeys,
          });
        }
        if (helpRequest.state === 'nieuw') await setRequestState(trx, actor.tenantId, id, 'in_behandeling');
      }),
  );
}

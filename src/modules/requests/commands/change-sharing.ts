// The asker changes what a volunteer may see: for one running match, or for proposals still to come.
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import type { AppContext } from '../../../kernel/http/context.js';
import { notFound } from '../../../kernel/errors.js';
import { saveMatchShare } from '../queries/matches.js';
import { findHelpRequest, recordEvent, saveShareChoice } from '../queries/requests.js';
import { type ShareChoice, sharedForRequest } from '../sharing.js';

/** The asker's own request, by the status link (Nabij acts) or signed in (only their own). */
export type OwnRequest = { actor: Actor; found: { id: string; tenant_id: string; asker_user_id: string | null } };

/** `matchId` empty: the choice for proposals still to come; otherwise what that running match's volunteer sees. */
export async function changeSharing(
  ctx: AppContext,
  { actor, found }: OwnRequest,
  choice: ShareChoice,
  matchId: string,
): Promise<void> {
  const update = {
    category: 'hulpvraag' as const,
    action: 'update' as const,
    purpose: 'hulpvraag_behandelen',
    subjectUserId: found.asker_user_id,
    subjectRequestId: found.id,
  };
  // The choice and its history line together, or neither.
  await withAccess(ctx.database.db, actor, update, (gated) =>
    inGatedTransaction(gated, async (trx) => {
      const own = await findHelpRequest(
        trx,
        found.tenant_id,
        found.id,
        actor.kind === 'user' ? actor.userId : undefined,
      );
      if (!own) throw notFound('Deze hulpvraag');
      if (matchId) {
        if (!(await saveMatchShare(trx, found.tenant_id, found.id, matchId, sharedForRequest(choice, own))))
          throw notFound('Dit voorstel');
      } else await saveShareChoice(trx, found.tenant_id, found.id, choice);
      await recordEvent(
        trx,
        found.tenant_id,
        found.id,
        actor.kind === 'user' ? actor.userId : null,
        'deelkeuze_gewijzigd',
        matchId ? { koppeling: matchId } : {},
      );
    }),
  );
}

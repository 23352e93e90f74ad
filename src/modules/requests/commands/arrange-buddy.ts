// The team ticks off an asker's wish that someone comes along the first time to an activity. Who goes (a volunteer, a
// key person, a team member) is arranged by phone; Nabij keeps when, and who ticked it off.
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import { DomainError } from '../../../kernel/errors.js';
import type { AppContext } from '../../../kernel/http/context.js';
import { markBuddyArranged } from '../queries/matches.js';
import { recordEvent } from '../queries/requests.js';

export async function arrangeBuddy(
  ctx: AppContext,
  actor: Extract<Actor, { kind: 'user' }>,
  request: { id: string; askerUserId: string | null },
  matchId: string,
  now = new Date(),
): Promise<void> {
  const update = {
    category: 'hulpvraag' as const,
    action: 'update' as const,
    purpose: 'koppelen',
    subjectUserId: request.askerUserId,
    subjectRequestId: request.id,
  };
  await withAccess(ctx.database.db, actor, update, (gated) =>
    inGatedTransaction(gated, async (trx) => {
      if (!(await markBuddyArranged(trx, actor.tenantId, request.id, matchId, now)))
        throw new DomainError('ongeldige_invoer', 'Dit is al geregeld, of er is niemand gevraagd om mee te gaan.');
      await recordEvent(trx, actor.tenantId, request.id, actor.userId, 'meeganger_geregeld', { koppeling: matchId });
    }),
  );
}

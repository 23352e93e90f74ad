// The resident stops the support: the invitation ends and every consent they gave that supporter is withdrawn in the
// same transaction, so the supporter's next read is refused.
import { inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import type { Db } from '../../../kernel/db/database.js';
import { notFound } from '../../../kernel/errors.js';
import { withdrawConsentsTo } from '../../consent/index.js';
import { endInvitation } from '../queries.js';

export async function stopSupport(db: Db, actor: SignedInActor, invitationId: string): Promise<void> {
  await withAccess(
    db,
    actor,
    { category: 'ondersteuning', action: 'update', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
    (gated) =>
      inGatedTransaction(gated, async (trx) => {
        const ended = /^[0-9a-f-]{36}$/i.test(invitationId)
          ? await endInvitation(trx, actor.tenantId, invitationId, actor.userId)
          : undefined;
        if (!ended) throw notFound('Deze ondersteuning');
        await withdrawConsentsTo(trx, {
          tenantId: actor.tenantId,
          subjectUserId: actor.userId,
          email: ended.supporterEmail,
          byUserId: actor.userId,
        });
      }),
  );
}

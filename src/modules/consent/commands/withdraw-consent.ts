// The resident withdraws a consent they gave: from this moment the gate refuses the recipient's next read.
import { z } from 'zod';
import { withAccess } from '../../../kernel/access/gate.js';
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import type { Db } from '../../../kernel/db/database.js';
import { notFound } from '../../../kernel/errors.js';
import { withdrawOwnConsent } from '../queries.js';

export async function withdrawConsent(db: Db, actor: SignedInActor, consentId: string): Promise<void> {
  await withAccess(
    db,
    actor,
    { category: 'toestemming', action: 'update', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
    async (gated) => {
      // Someone else's consent, a legal basis, or one already withdrawn: nothing of theirs to withdraw.
      const withdrawn =
        z.uuid().safeParse(consentId).success &&
        (await withdrawOwnConsent(gated, actor.tenantId, consentId, actor.userId));
      if (!withdrawn) throw notFound('Deze toestemming');
    },
  );
}

// The link in the sign-up mail was clicked: the account and the volunteer profile are made together, or not at all.
import { withAccess } from '../../../kernel/access/gate.js';
import { accountIdByEmail, insertAccount } from '../../../kernel/auth/accounts.js';
import { type Db, inTransaction } from '../../../kernel/db/database.js';
import { postcodePoint } from '../../../kernel/geo/index.js';
import { volunteersChanged } from '../events.js';
import { insertVolunteerProfile, isPendingSignUpUsable, takePendingSignUp } from '../queries.js';
import { signUpActor } from './sign-up-volunteer.js';

export type ConfirmOutcome =
  | { kind: 'signed-up'; userId: string }
  /** Used before, expired, replaced by a newer sign-up, or never issued. */
  | { kind: 'link-unusable' }
  /** The address got an account after the sign-up was sent (the team made one, say); nothing was made. */
  | { kind: 'email-has-an-account' };

/**
 * Uses the link's sign-up: in one transaction the sign-up leaves the waiting table, the account is made and then
 * the profile, each through the gate. A failure anywhere leaves no account behind and the link still usable.
 */
export async function confirmVolunteerSignUp(
  db: Db,
  tenantId: string,
  token: string,
  now = new Date(),
): Promise<ConfirmOutcome> {
  // Checked first without the gate (a token tells nothing of whose it is), so a guessed link writes no log row.
  if (!(await isPendingSignUpUsable(db, tenantId, token, now))) return { kind: 'link-unusable' };
  const actor = signUpActor(tenantId);
  const outcome = await inTransaction(db, async (trx): Promise<ConfirmOutcome> => {
    const pending = await withAccess(
      trx,
      actor,
      { category: 'vrijwilliger', action: 'read', purpose: 'aanmelden', subjectUserId: null },
      (gated) => takePendingSignUp(gated, tenantId, token, now),
    );
    if (!pending) return { kind: 'link-unusable' };
    if (await accountIdByEmail(trx, tenantId, pending.email)) return { kind: 'email-has-an-account' };
    const { profile } = pending;
    const userId = await withAccess(
      trx,
      actor,
      { category: 'account', action: 'create', purpose: 'aanmelden', subjectUserId: null },
      (gated) =>
        insertAccount(gated, { tenantId, email: pending.email, displayName: profile.firstName, role: 'vrijwilliger' }),
    );
    const point = profile.postcode ? await postcodePoint(trx, profile.postcode) : undefined;
    await withAccess(
      trx,
      actor,
      { category: 'vrijwilliger', action: 'create', purpose: 'aanmelden', subjectUserId: userId },
      (gated) =>
        insertVolunteerProfile(gated, {
          ...profile,
          tenantId,
          userId,
          point,
          // They accepted the agreement when they sent the form.
          agreementAcceptedAt: pending.createdAt,
        }),
    );
    return { kind: 'signed-up', userId };
  });
  if (outcome.kind === 'signed-up') volunteersChanged(tenantId);
  return outcome;
}

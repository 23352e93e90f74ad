// "Ik wil helpen" for someone who is signed in: their address was confirmed when they signed in with a code, so
// their profile is made at once.
import { type Actor, withAccess } from '../../../kernel/access/gate.js';
import { needsPasswordAndTotp, type Role } from '../../../kernel/auth/roles.js';
import { type Db, inTransaction } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { postcodePoint } from '../../../kernel/geo/index.js';
import { volunteersChanged } from '../events.js';
import { findOwnVolunteer, insertVolunteerProfile, type PendingProfile } from '../queries.js';

/** What a volunteer tells at sign-up: their email for the account, the rest for the profile. */
export type VolunteerSignUp = { email: string } & PendingProfile;

export type SignUpOutcome = 'signed-up' | 'already-a-volunteer';

/** Nabij's sign-up process, as the access log names it. */
export const signUpActor = (tenantId: string): Actor => ({ kind: 'system', tenantId, process: 'aanmelding' });

/**
 * Adds a volunteer profile to the signed-in person's own account (the address in the form is not used). The check
 * for an existing profile and the new one are one transaction, so two quick posts make one profile.
 */
export async function signUpVolunteer(
  db: Db,
  tenantId: string,
  signedIn: { userId: string; role: Role },
  profile: PendingProfile,
): Promise<SignUpOutcome> {
  if (needsPasswordAndTotp(signedIn.role)) {
    throw new DomainError(
      'ongeldige_invoer',
      'Meld je als vrijwilliger aan met een eigen account, niet met je werkaccount.',
    );
  }
  const actor = signUpActor(tenantId);
  const subjectUserId = signedIn.userId;
  const point = profile.postcode ? await postcodePoint(db, profile.postcode) : undefined;
  const outcome = await inTransaction(db, async (trx): Promise<SignUpOutcome> => {
    const existing = await withAccess(
      trx,
      actor,
      { category: 'vrijwilliger', action: 'read', purpose: 'aanmelden', subjectUserId },
      (gated) => findOwnVolunteer(gated, tenantId, subjectUserId),
    );
    if (existing) return 'already-a-volunteer';
    await withAccess(
      trx,
      actor,
      { category: 'vrijwilliger', action: 'create', purpose: 'aanmelden', subjectUserId },
      (gated) =>
        insertVolunteerProfile(gated, {
          ...profile,
          tenantId,
          userId: subjectUserId,
          point,
          agreementAcceptedAt: new Date(),
        }),
    );
    return 'signed-up';
  });
  if (outcome === 'signed-up') volunteersChanged(tenantId);
  return outcome;
}

// "Ik wil helpen": a new volunteer signs up; an account is made first when they have none, then their profile.
import { type Actor, withAccess } from '../../../kernel/access/gate.js';
import { accountIdByEmail, insertAccount } from '../../../kernel/auth/accounts.js';
import { needsPasswordAndTotp, type Role } from '../../../kernel/auth/roles.js';
import type { Db } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { postcodePoint } from '../../../kernel/geo/index.js';
import { volunteersChanged } from '../events.js';
import { findOwnVolunteer, insertVolunteerProfile, type NewVolunteerProfile } from '../queries.js';

/** What a volunteer tells at sign-up: their email for the account, the rest for the profile. */
export type VolunteerSignUp = { email: string } & Omit<
  NewVolunteerProfile,
  'tenantId' | 'userId' | 'point' | 'agreementAcceptedAt'
>;

export type SignUpOutcome = 'signed-up' | 'already-a-volunteer' | 'email-has-an-account';

/**
 * Signs up the signed-in person, or someone without an account. An email that already has an account must sign
 * in first, so nobody can sign up in another's name. Account and profile are made in separate gate passes, each
 * logged as Nabij's sign-up process.
 */
export async function signUpVolunteer(
  db: Db,
  tenantId: string,
  signedIn: { userId: string; role: Role } | undefined,
  { email, ...profile }: VolunteerSignUp,
): Promise<SignUpOutcome> {
  if (signedIn && needsPasswordAndTotp(signedIn.role)) {
    throw new DomainError(
      'ongeldige_invoer',
      'Meld je als vrijwilliger aan met een eigen account, niet met je werkaccount.',
    );
  }
  const signUp: Actor = { kind: 'system', tenantId, process: 'aanmelding' };
  let userId = signedIn?.userId;
  if (!userId) {
    if (await accountIdByEmail(db, tenantId, email)) return 'email-has-an-account';
    userId = await withAccess(
      db,
      signUp,
      { category: 'account', action: 'create', purpose: 'aanmelden', subjectUserId: null },
      (gated) => insertAccount(gated, { tenantId, email, displayName: profile.firstName, role: 'vrijwilliger' }),
    );
  }
  const subjectUserId = userId;
  const existing = await withAccess(
    db,
    signUp,
    { category: 'vrijwilliger', action: 'read', purpose: 'aanmelden', subjectUserId },
    (gated) => findOwnVolunteer(gated, tenantId, subjectUserId),
  );
  if (existing) return 'already-a-volunteer';
  const point = profile.postcode ? await postcodePoint(db, profile.postcode) : undefined;
  await withAccess(
    db,
    signUp,
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
  volunteersChanged(tenantId);
  return 'signed-up';
}

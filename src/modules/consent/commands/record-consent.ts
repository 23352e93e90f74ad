// The team records a consent the resident gave, or a regisseur records a legal basis instead, on a case: one pass of
// the gate about the person who asked, logged so they see it in their own access log.
import { type Actor, logRefusal, withAccess } from '../../../kernel/access/gate.js';
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import type { Db } from '../../../kernel/db/database.js';
import { notFound } from '../../../kernel/errors.js';
import { caseKeys } from '../../casework/index.js';
import { OVERRIDE_PURPOSE, RECORD_PURPOSE } from '../policy.js';
import { findRecipientUser, insertConsent } from '../queries.js';
import type { ConsentKind, GivenHow, RecipientKind } from '../schema.js';

export type ConsentInput = {
  recipientKind: RecipientKind;
  recipientName: string;
  recipientEmail: string;
  recipientRole: string | null;
  category: string;
  purpose: string;
  purposeNote: string;
  startsOn: string;
  endsOn: string | null;
  givenHow: GivenHow | null;
  reason: string | null;
};

/** The resident the consent is about: their account and/or their help request. */
export type ConsentSubject = { userId: string | null; requestId: string | null };

/**
 * Records a consent (or a legal basis) about a resident, as one pass of the gate under the record's own category.
 * `recordedByUserId`: the team member who noted it; null when the resident gave it in Nabij themselves.
 */
export async function recordConsentAbout(
  db: Db,
  actor: Actor,
  subject: ConsentSubject,
  kind: ConsentKind,
  input: ConsentInput,
  recordedByUserId: string | null,
): Promise<string> {
  const { category, purpose } = gateTermsOf(kind);
  return withAccess(
    db,
    actor,
    { category, action: 'create', purpose, subjectUserId: subject.userId, subjectRequestId: subject.requestId },
    async (gated) => {
      const person =
        input.recipientKind === 'persoon' && input.recipientEmail !== ''
          ? await findRecipientUser(gated, actor.tenantId, input.recipientEmail)
          : undefined;
      return insertConsent(gated, actor.tenantId, {
        kind,
        subjectUserId: subject.userId,
        requestId: subject.requestId,
        recipientKind: input.recipientKind,
        recipientUserId: person?.id ?? null,
        recipientName: input.recipientKind === 'rol' ? null : input.recipientName,
        recipientEmail: input.recipientKind === 'persoon' && input.recipientEmail !== '' ? input.recipientEmail : null,
        recipientRole: input.recipientKind === 'rol' ? input.recipientRole : null,
        category: input.category,
        purpose: input.purpose,
        purposeNote: input.purposeNote === '' ? null : input.purposeNote,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        givenHow: kind === 'toestemming' ? input.givenHow : null,
        reason: kind === 'wettelijke_grondslag' ? input.reason : null,
        recordedByUserId,
      });
    },
  );
}

/** A legal basis is its own category in the policy, so only the roles allowed to push through may record one. */
const gateTermsOf = (kind: ConsentKind) =>
  kind === 'toestemming'
    ? { category: 'toestemming' as const, purpose: RECORD_PURPOSE }
    : { category: 'wettelijke_grondslag' as const, purpose: OVERRIDE_PURPOSE };

/** The team records a consent, or the regisseur a legal basis, on a case: about the person who asked. */
export async function recordConsent(
  db: Db,
  actor: SignedInActor,
  caseId: string,
  kind: ConsentKind,
  input: ConsentInput,
): Promise<string> {
  const keys = await caseKeys(db, actor.tenantId, caseId);
  if (!keys) {
    const { category, purpose } = gateTermsOf(kind);
    await logRefusal(
      db,
      actor,
      { category, action: 'create', purpose, subjectUserId: null },
      'onbekend_of_andere_gemeente',
    );
    throw notFound('Deze casus');
  }
  return recordConsentAbout(
    db,
    actor,
    { userId: keys.askerUserId, requestId: keys.requestId },
    kind,
    input,
    actor.userId,
  );
}

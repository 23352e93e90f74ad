// Table types of consents and the legal-basis overrides kept beside them.
import type { Generated } from 'kysely';

export const consentKinds = ['toestemming', 'wettelijke_grondslag'] as const;
export type ConsentKind = (typeof consentKinds)[number];
export const recipientKinds = ['persoon', 'rol', 'organisatie'] as const;
export type RecipientKind = (typeof recipientKinds)[number];
export const givenHows = ['schriftelijk', 'mondeling', 'digitaal'] as const;
export type GivenHow = (typeof givenHows)[number];

export interface ConsentTable {
  id: Generated<string>;
  tenant_id: string;
  kind: ConsentKind;
  /** The resident the data is about: their account and/or the help request (an asker without an account). */
  subject_user_id: string | null;
  request_id: string | null;
  recipient_kind: RecipientKind;
  /** A person with an account in the municipality (found by e-mail): only then does the gate know them. */
  recipient_user_id: string | null;
  /** A person's or an organisation's name. */
  recipient_name: string | null;
  recipient_email: string | null;
  recipient_role: string | null;
  category: string;
  purpose: string;
  purpose_note: string | null;
  /** ISO dates (Dutch calendar days); the consent counts from the first up to and including the last. */
  starts_on: string;
  ends_on: string | null;
  given_how: GivenHow | null;
  /** Why a legal basis lets data through without consent. */
  reason: string | null;
  /** The team member who noted the consent or recorded the legal basis; null when the resident gave it in Nabij. */
  recorded_by_user_id: string | null;
  recorded_at: Generated<Date>;
  withdrawn_at: Date | null;
  withdrawn_by_user_id: string | null;
}

export interface ConsentTables {
  consents: ConsentTable;
}

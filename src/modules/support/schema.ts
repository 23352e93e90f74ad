// Table types of client support: the resident's invitations to a supporter, and complaints with their handling.
import type { Generated } from 'kysely';

export const complaintKinds = ['klacht', 'bezwaar'] as const;
export type ComplaintKind = (typeof complaintKinds)[number];
export const complaintStatuses = ['ontvangen', 'in_behandeling', 'afgehandeld'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

export interface SupportInvitationTable {
  id: Generated<string>;
  tenant_id: string;
  resident_user_id: string;
  supporter_name: string;
  supporter_email: string;
  /** The supporter's account: known at once for one from the municipality's list, else when the link is accepted. */
  supporter_user_id: string | null;
  /** The data categories the resident shares (each also a consent record, which the gate asks). */
  categories: string[];
  token_hash: string;
  expires_at: Date;
  created_at: Generated<Date>;
  accepted_at: Date | null;
  /** The account was made by accepting: a person one resident chose, kept off the municipality's list. */
  made_account: Generated<boolean>;
  /** The resident stopped the support (its consents are withdrawn with it). */
  ended_at: Date | null;
}

export interface ComplaintTable {
  id: Generated<string>;
  tenant_id: string;
  resident_user_id: string;
  kind: ComplaintKind;
  about: string;
  what_happened: string;
  wish: Generated<string>;
  status: ComplaintStatus;
  /** The resident, or the supporter who filed it with them. */
  filed_by_user_id: string;
  created_at: Generated<Date>;
}

export interface ComplaintEventTable {
  id: Generated<number>;
  tenant_id: string;
  complaint_id: string;
  at: Generated<Date>;
  actor_user_id: string | null;
  status: ComplaintStatus;
  message: Generated<string>;
}

export interface SupportTables {
  support_invitations: SupportInvitationTable;
  complaints: ComplaintTable;
  complaint_events: ComplaintEventTable;
}

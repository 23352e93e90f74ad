// Table types of help requests, their history and matches.
import type { ColumnType, Generated } from 'kysely';
import type { MatchState, RequestState } from './states.js';

/** What the asker lets a volunteer see (deelkeuze): each part ticked or not, and an optional note of their own. */
export type ShareChoice = { voornaam: boolean; buurt: boolean; behoeften: boolean; bericht: string };

/** What a volunteer sees: only what the asker agreed to, filled in. Absent means not shared. */
export type SharedWithVolunteer = { voornaam?: string; buurt?: string; behoeften?: string[]; bericht?: string };

type Json<T> = ColumnType<T, string, string>;

export interface HelpRequestTable {
  id: Generated<string>;
  tenant_id: string;
  /** Short code the asker can quote on the phone, such as "HV-4K7Q". */
  reference: string;
  state: RequestState;
  channel: Generated<'web' | 'telefoon'>;
  asker_user_id: string | null;
  entered_by_user_id: string | null;
  for_someone_else: Generated<boolean>;
  asker_name: string;
  subject_name: string | null;
  relation: string | null;
  /** 'zelf' when asking for oneself; otherwise 'ja', 'nee' or 'nog_vragen' for the person's own consent. */
  subject_consent: Generated<'zelf' | 'ja' | 'nee' | 'nog_vragen'>;
  text: string;
  postcode: string | null;
  lat: number | null;
  lon: number | null;
  moments: Generated<string[]>;
  language: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  route: string;
  need_keys: Generated<string[]>;
  triage: Json<unknown>;
  status_token_hash: string;
  /** What the asker lets a volunteer see (sharing.tsx). */
  share_with_volunteer: ColumnType<ShareChoice, string | undefined, string>;
  last_progress_at: Generated<Date>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface RequestEventTable {
  id: Generated<number>;
  tenant_id: string;
  request_id: string;
  at: Generated<Date>;
  actor_user_id: string | null;
  kind: string;
  detail: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface MatchTable {
  id: Generated<string>;
  tenant_id: string;
  request_id: string;
  volunteer_id: string | null;
  activity_id: string | null;
  state: MatchState;
  proposed_by_user_id: string | null;
  /** Only the parts the asker agreed to, filled in: what the volunteer of this match sees. */
  shared_with_volunteer: ColumnType<SharedWithVolunteer, string | undefined, string>;
  volunteer_token_hash: string | null;
  asker_token_hash: string | null;
  buddy_first_visit: Generated<boolean>;
  /** When the team arranged someone to come along the first time, as the asker wished. */
  buddy_arranged_at: Date | null;
  follow_up_at: Date | null;
  outcome: string | null;
  outcome_reason: string | null;
  rating: number | null;
  rating_comment: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface RequestTables {
  help_requests: HelpRequestTable;
  request_events: RequestEventTable;
  matches: MatchTable;
}

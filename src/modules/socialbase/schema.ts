// Table types of the social base.
import type { ColumnType, Generated } from 'kysely';
import type { Schedule, ScheduleException } from '../../kernel/time/index.js';

type Json<T> = ColumnType<T, string, string>;

export interface OrganisationTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  kind: Generated<'organisatie' | 'initiatief'>;
  description: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  owner_user_id: string | null;
  created_at: Generated<Date>;
  /** One of the neighbourhood team's own organisations (for free choice of provider and its monitoring). */
  team_own: Generated<boolean>;
}

export interface PlaceTable {
  id: Generated<string>;
  tenant_id: string;
  address: string;
  postcode: string;
  lat: number | null;
  lon: number | null;
}

export type ActivityKind = 'activiteit' | 'voorziening' | 'initiatief' | 'dienst';

export interface ActivityTable {
  id: Generated<string>;
  tenant_id: string;
  external_id: string;
  name: string;
  description: Generated<string>;
  kind: ActivityKind;
  need_keys: Generated<string[]>;
  organisation_id: string | null;
  provider_name: Generated<string>;
  professional: Generated<boolean>;
  place_id: string | null;
  schedule: Json<Schedule>;
  exceptions: ColumnType<ScheduleException[], string | undefined, string>;
  days: Generated<string[]>;
  time_start: string | null;
  time_end: string | null;
  cost: Generated<string>;
  is_free: Generated<boolean>;
  target_group: Generated<string>;
  wheelchair_accessible: Generated<boolean>;
  languages: Generated<string[]>;
  capacity: number | null;
  free_places: number | null;
  contact_email: string | null;
  /** The waiting time of a professional service in weeks, when known. */
  waiting_weeks: ColumnType<number | null, number | null | undefined, number | null>;
  last_confirmed_at: Generated<Date>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  search_vector: ColumnType<string | null, never, never>;
  search_text: ColumnType<string, never, never>;
}

export interface KeyPersonTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  known_for: string;
  phone: string | null;
  email: string | null;
  neighbourhood_id: string | null;
  languages: Generated<string[]>;
  need_keys: Generated<string[]>;
  consent_recorded_at: Date;
  consent_recorded_by: string | null;
  created_at: Generated<Date>;
}

export interface ConfirmationLinkTable {
  token_hash: string;
  tenant_id: string;
  activity_id: string;
  sent_at: Generated<Date>;
  expires_at: Date;
  used_at: Date | null;
}

export interface ImportDraftTable {
  id: Generated<string>;
  tenant_id: string;
  created_by: string;
  file_name: string;
  rows: ColumnType<unknown[], string, string>;
  created_at: Generated<Date>;
  saved_at: Date | null;
}

/** The distinct words of a municipality's searchable names, kept by triggers (migration 0050); read only. */
export interface ActivityWordTable {
  tenant_id: string;
  word: string;
  /** How many activities of the municipality hold the word. */
  activities: number;
}

export interface SocialBaseTables {
  import_drafts: ImportDraftTable;
  organisations: OrganisationTable;
  places: PlaceTable;
  activities: ActivityTable;
  activity_words: ActivityWordTable;
  key_persons: KeyPersonTable;
  confirmation_links: ConfirmationLinkTable;
}

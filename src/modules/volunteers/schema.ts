// Table types of the volunteers module.
import type { ColumnType, Generated } from 'kysely';

export type UnavailablePeriod = { van: string; tot: string };

export type VogStatus = 'opgegeven' | 'gezien';

export interface VolunteerTable {
  id: Generated<string>;
  tenant_id: string;
  external_id: string;
  user_id: string | null;
  first_name: string;
  postcode: string | null;
  lat: number | null;
  lon: number | null;
  offers: Generated<string[]>;
  roles: Generated<string[]>;
  /** Moments like "ma-ochtend", or a whole day like "za". */
  availability: Generated<string[]>;
  unavailable: ColumnType<UnavailablePeriod[], string | undefined, string>;
  radius_km: Generated<number>;
  max_matches: Generated<number>;
  /** Matches a coordinator's file says are running, besides those Nabij keeps itself. */
  imported_active_matches: Generated<number>;
  languages: Generated<string[]>;
  description: Generated<string>;
  boundaries: Generated<string>;
  /** Date on the certificate of conduct; valid for three years. */
  vog_date: ColumnType<string | null, string | null | undefined, string | null>;
  /** "opgegeven": typed by the volunteer; "gezien": someone of the team saw the certificate. Null without a date. */
  vog_status: ColumnType<VogStatus | null, VogStatus | null | undefined, VogStatus | null>;
  vog_seen_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  vog_seen_by: ColumnType<string | null, string | null | undefined, string | null>;
  agreement_accepted_at: Date | null;
  /** Self-declared: 'v', 'm' or 'x' (other, rather not say); null when never asked. */
  gender: ColumnType<'v' | 'm' | 'x' | null, 'v' | 'm' | 'x' | null | undefined, 'v' | 'm' | 'x' | null>;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface VolunteerHoursTable {
  id: Generated<string>;
  tenant_id: string;
  volunteer_id: string;
  on_date: ColumnType<string, string, string>;
  hours: ColumnType<string, number | string, number | string>;
  allowance_cents: Generated<number>;
  note: Generated<string>;
  created_at: Generated<Date>;
}

/** A sign-up from someone without an account, until they click the link in their mail (or it expires). */
export interface PendingSignUpTable {
  /** sha256 of the token in the mail's link. */
  token_hash: string;
  tenant_id: string;
  email: string;
  /** The profile as the form gave it (PendingProfile in queries.ts). */
  profile: ColumnType<unknown, string, string>;
  created_at: Generated<Date>;
  expires_at: Date;
}

/** National amounts of the tax-free volunteer allowance per calendar year (no personal data). */
export interface AllowanceLimitTable {
  year: number;
  month_cents: number;
  year_cents: number;
  updated_at: Generated<Date>;
}

export interface VolunteerTables {
  volunteers: VolunteerTable;
  allowance_limits: AllowanceLimitTable;
  volunteer_hours: VolunteerHoursTable;
  pending_sign_ups: PendingSignUpTable;
}

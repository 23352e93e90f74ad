// Table types of accounts, sessions, one-time sign-in codes and the API tokens of integrations.
import type { ColumnType, Generated } from 'kysely';
import type { Role } from './roles.js';

export interface UserTable {
  id: Generated<string>;
  tenant_id: string;
  email: string;
  display_name: string;
  role: Role;
  phone: string | null;
  neighbourhood_id: string | null;
  password_hash: string | null;
  totp_secret: string | null;
  /** Demo accounts may use the sign-in shortcut outside production. */
  is_demo: Generated<boolean>;
  preferred_language: ColumnType<'nl' | 'en', 'nl' | 'en' | undefined, 'nl' | 'en'>;
  created_at: Generated<Date>;
  disabled_at: Date | null;
  /** The 30-second step of the last second-factor code accepted: a code is good for one sign-in only. */
  totp_last_step: ColumnType<string | null, string | null | undefined, string | null>;
  /** Wrong passwords and codes in a row; at the limit the account is locked until locked_until. */
  failed_signins: Generated<number>;
  locked_until: Date | null;
}

/** Rate-limit counters shared by every instance; the key is a hash, never an address. */
export interface RateLimitTable {
  key: string;
  hits: number;
  window_ends: Date;
}

export interface SessionTable {
  /** sha256 of the cookie token: a stolen database does not give usable sessions. */
  token_hash: string;
  user_id: string;
  tenant_id: string;
  /** 'wacht_op_tweede_stap' after the password, before the TOTP code. */
  state: 'actief' | 'wacht_op_tweede_stap';
  /** A new second-factor secret shown to a professional, kept here until they confirm it with a code. */
  pending_totp_secret: string | null;
  created_at: Generated<Date>;
  expires_at: Date;
  last_seen_at: Generated<Date>;
}

export interface LoginCodeTable {
  id: Generated<string>;
  tenant_id: string;
  user_id: string;
  code_hash: string;
  link_token_hash: string;
  expires_at: Date;
  used_at: Date | null;
  failed_attempts: Generated<number>;
  created_at: Generated<Date>;
  /** 'inloggen': a code and link to sign in; 'wachtwoord': the link a new staff member sets a password with. */
  purpose: ColumnType<'inloggen' | 'wachtwoord', 'inloggen' | 'wachtwoord' | undefined, never>;
}

/** A token an integration calls the API with; only its sha256 is kept, the token itself is shown once. */
export interface ApiTokenTable {
  id: Generated<string>;
  tenant_id: string;
  /** What system uses it, as the administrator named it; the access log shows it to residents. */
  name: string;
  scopes: string[];
  token_hash: string;
  /** Null when made with the `nabij token` command. */
  created_by: string | null;
  created_at: Generated<Date>;
  expires_at: Date | null;
  last_used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  revoked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  revoked_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AuthTables {
  users: UserTable;
  sessions: SessionTable;
  login_codes: LoginCodeTable;
  rate_limits: RateLimitTable;
  api_tokens: ApiTokenTable;
}

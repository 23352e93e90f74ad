// API tokens of integrations: made by an administrator (or `nabij token create`), shown once, kept as a sha256 hash,
// revocable at once. A token acts for its municipality within its scopes only; see docs/api.md.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { hashToken } from './tokens.js';

/**
 * The fixed list of what a token may be given. A route names the scopes that admit it (`config.scopes`); the access
 * policy names the personal data each scope may read (`tokenScopes` on a rule).
 */
export const tokenScopes = ['triage', 'sociale-kaart:lezen', 'personen:lezen'] as const;
export type TokenScope = (typeof tokenScopes)[number];

export const isTokenScope = (value: string): value is TokenScope => (tokenScopes as readonly string[]).includes(value);

/** Each scope in plain words, for the administrator choosing them. */
export const tokenScopeWords: Record<TokenScope, [string, string]> = {
  triage: [
    'Een hulpvraag laten lezen en voorstellen krijgen (POST /api/v1/triage). Leest daarvoor de vrijwilligers van ' +
      'de gemeente.',
    'Have a help request read and get proposals (POST /api/v1/triage). Reads the municipality’s volunteers to do so.',
  ],
  'sociale-kaart:lezen': [
    'De sociale kaart lezen: de activiteiten en de HSDS-bestanden (GET /api/v1/activiteiten, /api/v1/hsds).',
    'Read the social map: the activities and the HSDS files (GET /api/v1/activiteiten, /api/v1/hsds).',
  ],
  'personen:lezen': [
    'Contactgegevens van een persoon lezen (GET /api/v1/personen/{id}). Elke keer staat in het toegangslog van ' +
      'die persoon.',
    'Read a person’s contact details (GET /api/v1/personen/{id}). Each time shows in that person’s access log.',
  ],
};

/** Recognisable in a configuration file or a leak report, like other services' token prefixes. */
export const TOKEN_PREFIX = 'nabij_';

/** 32 random bytes, base64url, after the prefix: 256 bits, so a plain sha256 is a safe way to keep it. */
export const newApiToken = (): string => `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;

/** Who calls with a valid token: the integration acts for this municipality within these scopes. */
export type TokenCaller = { id: string; tenantId: string; name: string; scopes: readonly TokenScope[] };

export type NewApiToken = {
  tenantId: string;
  name: string;
  scopes: readonly TokenScope[];
  expiresAt: Date | null;
  /** The administrator who made it; null for the command line. */
  createdBy: string | null;
};

/** Makes a token; the raw token is returned here and nowhere else, and only its hash is stored. */
export async function createApiToken(db: Db, token: NewApiToken): Promise<{ id: string; token: string }> {
  const raw = newApiToken();
  const row = await db
    .insertInto('api_tokens')
    .values({
      tenant_id: token.tenantId,
      name: token.name.trim(),
      scopes: [...new Set(token.scopes)],
      token_hash: hashToken(raw),
      created_by: token.createdBy,
      expires_at: token.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token: raw };
}

export type ApiTokenState = 'actief' | 'verlopen' | 'ingetrokken';

export type ApiTokenRow = {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdAt: Date;
  /** The name of the administrator who made it, as the access log names its actors; null for the command line. */
  createdByName: string | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  state: ApiTokenState;
};

/** The municipality's tokens, newest first; never the token or its hash. */
export async function listApiTokens(db: Db, tenantId: string, now = new Date()): Promise<ApiTokenRow[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .leftJoin('users', (join) =>
      join.onRef('users.id', '=', 'api_tokens.created_by').onRef('users.tenant_id', '=', 'api_tokens.tenant_id'),
    )
    .select([
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.scopes',
      'api_tokens.created_at as createdAt',
      'users.display_name as createdByName',
      'api_tokens.expires_at as expiresAt',
      'api_tokens.last_used_at as lastUsedAt',
      'api_tokens.revoked_at as revokedAt',
    ])
    .where('api_tokens.tenant_id', '=', tenantId)
    .orderBy('api_tokens.created_at', 'desc')
    .orderBy('api_tokens.id')
    .execute();
  return rows.map((row) => ({
    ...row,
    scopes: row.scopes.filter(isTokenScope),
    state: row.revokedAt ? 'ingetrokken' : row.expiresAt && row.expiresAt <= now ? 'verlopen' : 'actief',
  }));
}

/**
 * Revokes a token of this municipality at once. True when the municipality has this token (revoked now or before),
 * false when it has not, so another municipality's token id is not found.
 */
export async function revokeApiToken(db: Db, tenantId: string, id: string, revokedBy: string | null): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: sql<Date>`now()`, revoked_by: revokedBy })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return true;
  const known = await db
    .selectFrom('api_tokens')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return known !== undefined;
}

// last_used_at is written at most once a minute per token, so a busy integration does not write on every call.
const USED_PRECISION_MS = 60_000;

/** The caller of a presented token; undefined when it is unknown, revoked or expired (all three look the same). */
export async function tokenCaller(db: Db, presented: string, now = new Date()): Promise<TokenCaller | undefined> {
  if (!presented.startsWith(TOKEN_PREFIX)) return undefined;
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'tenant_id', 'name', 'scopes', 'last_used_at'])
    .where('token_hash', '=', hashToken(presented))
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
  if (!row) return undefined;
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() >= USED_PRECISION_MS) {
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: now })
      .where('tenant_id', '=', row.tenant_id)
      .where('id', '=', row.id)
      .execute();
  }
  return { id: row.id, tenantId: row.tenant_id, name: row.name, scopes: row.scopes.filter(isTokenScope) };
}

const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });

/** The moment a token "valid up to and including" this date (YYYY-MM-DD) stops: midnight after it, Dutch time. */
export function endOfDutchDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const nextMidnightUtc = Date.UTC(year, month - 1, day + 1);
  // The offset at that moment in UTC is the offset of Dutch midnight too: the clocks never change at midnight.
  const name = offsetFormat.formatToParts(new Date(nextMidnightUtc)).find((p) => p.type === 'timeZoneName')?.value;
  const [, sign, hours, minutes] = /GMT([+-])(\d\d):(\d\d)/.exec(name ?? '') ?? [];
  const offsetMs = sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000 : 0;
  return new Date(nextMidnightUtc - offsetMs);
}

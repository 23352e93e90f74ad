// API calls of integrations: the Bearer token of a call, its own rate limit, and how the OpenAPI document shows it.
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { type TokenCaller, type TokenScope, tokenCaller } from '../auth/api-tokens.js';
import type { Db } from '../db/database.js';
import { DomainError } from '../errors.js';
import { BEARER_CHALLENGE, type RouteAccess } from './route-access.js';

/**
 * The integration an API call with an Authorization header comes from. A header without a valid token (unknown,
 * revoked, expired, or not a Bearer token at all) is refused with 401 and the Bearer challenge of RFC 6750.
 */
export async function authenticateToken(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<TokenCaller> {
  const presented = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? '')?.[1];
  const caller = presented ? await tokenCaller(db, presented) : undefined;
  if (caller) return caller;
  reply.header('www-authenticate', `${BEARER_CHALLENGE}, error="${presented ? 'invalid_token' : 'invalid_request'}"`);
  throw new DomainError('niet_ingelogd', 'Deze sleutel is onbekend, ingetrokken of verlopen.');
}

/** Calls with a token are counted per token (and route) per minute; calls without one are left to other limits. */
export const tokenRateLimit = (max: number): RateLimitOptions => ({
  max,
  timeWindow: '1 minute',
  keyGenerator: (request) => `token:${request.apiToken?.id ?? ''}`,
  allowList: (request) => request.apiToken === undefined,
});

const problemJson = {
  'application/problem+json': {
    schema: {
      type: 'object',
      required: ['type', 'title', 'status'],
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        instance: { type: 'string' },
      },
    },
  },
};

const withKey = {
  401: {
    description: 'Niet ingelogd, of een sleutel die onbekend, ingetrokken of verlopen is',
    headers: { 'WWW-Authenticate': { type: 'string', description: 'Bearer realm="nabij"' } },
    content: problemJson,
  },
  403: { description: 'De sleutel (of de rol) heeft geen recht op deze operatie', content: problemJson },
  429: { description: 'Te veel aanroepen met deze sleutel in een minuut', content: problemJson },
};

const withoutKey = {
  401: { description: 'Niet ingelogd', content: problemJson },
  403: { description: 'Niet voor deze rol, en nooit met een sleutel', content: problemJson },
};

type Transformed = { schema: FastifySchema; url: string };

/**
 * An operation's security in the OpenAPI document: the bearer scheme with the scopes that admit the route (OpenAPI
 * 3.1 allows scopes for any scheme), the browser session when the route is for signed-in people, anonymous access when
 * it is public; and the 401, 403 (and, with tokens, 429) answers as problem+json.
 */
export function documentTokenUse(
  transformed: Transformed,
  route: { access?: RouteAccess; scopes?: readonly TokenScope[] } | undefined,
): Transformed {
  const scopes = route?.scopes ?? [];
  const isPublic = route?.access === 'iedereen';
  if (isPublic && scopes.length === 0) return transformed;
  const security: Record<string, string[]>[] = [
    isPublic ? {} : { sessie: [] },
    ...(scopes.length ? [{ bearerAuth: [...scopes] }] : []),
  ];
  const rights = scopes.length
    ? `Met een sleutel: een van de rechten ${scopes.join(', ')}.`
    : 'Niet met een sleutel: alleen voor een ingelogde persoon.';
  const declared = transformed.schema.response as Record<string, unknown> | undefined;
  // A route without response schemas gets fastify-swagger's plain 200, as before any refusal was added.
  const success = Object.keys(declared ?? {}).some((status) => status.startsWith('2'))
    ? {}
    : { 200: { description: 'Default Response', type: 'null' } };
  return {
    ...transformed,
    schema: {
      ...transformed.schema,
      description: [(transformed.schema as { description?: string }).description, rights].filter(Boolean).join(' '),
      security,
      response: {
        ...success,
        ...declared,
        ...(scopes.length ? withKey : withoutKey),
      },
    },
  };
}

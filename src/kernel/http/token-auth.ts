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
        errors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['field', 'message'],
            properties: { field: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
    },
  },
};

/** What each refusal means, in the document; the body is always problem+json (see setErrorHandler in app.tsx). */
const problemDescriptions: Record<number, string> = {
  400: 'Ongeldige invoer: een parameter, de query of de body klopt niet (errors noemt elk veld)',
  401: 'Niet ingelogd, of een sleutel die onbekend, ingetrokken of verlopen is',
  403: 'De sleutel of de rol heeft geen recht op deze operatie',
  404: 'Niet gevonden: het id bestaat niet of is van een andere gemeente, of de gemeente bestaat niet',
  413: 'De body is te groot',
  415: 'De body is geen JSON (Content-Type moet application/json zijn)',
  429: 'Te veel aanroepen met deze sleutel in een minuut',
};

const problemResponse = (status: number) => ({
  description: problemDescriptions[status] ?? 'Fout',
  content: problemJson,
  ...(status === 401
    ? { headers: { 'WWW-Authenticate': { type: 'string', description: 'Bearer realm="nabij"' } } }
    : {}),
});

type Transformed = { schema: FastifySchema; url: string };

/** How a route that does not answer JSON documents its answer: the media types of its 200. */
export type DocumentedContent = Record<string, { schema: object }>;

/**
 * An API operation as the OpenAPI document shows it. Security: the bearer scheme with the scopes that admit the route
 * (OpenAPI 3.1 allows scopes for any scheme), the browser session when the route is for signed-in people, anonymous
 * access when it is public. Responses: every refusal the server can give, as problem+json: 400 when the route takes
 * parameters, a query or a body (and 413, 415 with a body); 401, 403 (and 429 with keys) when it is not public; and
 * the error statuses the route declares itself (404), in its response schema or in `config.problems`. A route that
 * answers something else than JSON says so in `config.content`.
 */
export function documentApiOperation(
  transformed: Transformed,
  route:
    | {
        access?: RouteAccess;
        scopes?: readonly TokenScope[];
        content?: DocumentedContent;
        problems?: readonly number[];
      }
    | undefined,
): Transformed {
  const scopes = route?.scopes ?? [];
  const isPublic = route?.access === 'iedereen';
  const schema = transformed.schema as FastifySchema & { description?: string; response?: Record<string, unknown> };
  const declared = Object.entries(schema.response ?? {});
  const successes = Object.fromEntries(declared.filter(([status]) => !/^[45]/.test(status)));
  const statuses = new Set(declared.map(([status]) => Number(status)).filter((status) => status >= 400));
  for (const status of route?.problems ?? []) statuses.add(status);
  if (schema.params || schema.querystring || schema.body) statuses.add(400);
  if (schema.body) for (const status of [413, 415]) statuses.add(status);
  if (!isPublic || scopes.length > 0) for (const status of [401, 403]) statuses.add(status);
  if (scopes.length > 0) statuses.add(429);

  const content = route?.content;
  const success = content
    ? { 200: { description: 'OK', content } }
    : Object.keys(successes).length > 0
      ? successes
      : { 200: { description: 'Default Response', type: 'null' } };
  const security: Record<string, string[]>[] | undefined =
    isPublic && scopes.length === 0
      ? undefined
      : [isPublic ? {} : { sessie: [] }, ...(scopes.length ? [{ bearerAuth: [...scopes] }] : [])];
  const rights = security
    ? scopes.length
      ? `Met een sleutel: een van de rechten ${scopes.join(', ')}.`
      : 'Niet met een sleutel: alleen voor een ingelogde persoon.'
    : undefined;
  return {
    ...transformed,
    schema: {
      ...schema,
      ...(rights ? { description: [schema.description, rights].filter(Boolean).join(' ') } : {}),
      ...(security ? { security } : {}),
      response: {
        ...success,
        ...Object.fromEntries([...statuses].sort().map((status) => [status, problemResponse(status)])),
      },
    },
  };
}

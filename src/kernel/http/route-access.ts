// Who may open a route: every route says so in its config (`{ config: { access: caseRoles } }`), the app refuses
// any other caller before the handler runs, and a route without a rule cannot be registered. The access gate then
// decides per record; this is the first of the two locks, so a page never relies on a data rule alone.
// An integration calling the API with a token is admitted by the route's `scopes` instead of its `access`.
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { tokenActor } from '../auth/actor.js';
import type { TokenScope } from '../auth/api-tokens.js';
import type { Role } from '../auth/roles.js';
import { logRefusal } from '../access/gate.js';
import type { DataCategory } from '../access/policy.js';
import type { Db } from '../db/database.js';
import { DomainError } from '../errors.js';

/** 'iedereen': anyone, signed in or not; 'ingelogd': any signed-in person; a list: only those roles. */
export type RouteAccess = 'iedereen' | 'ingelogd' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /**
     * The API token scopes that admit the route (API routes only). A call with a token is refused on a route that
     * names none of the token's scopes, whatever `access` says.
     */
    scopes?: readonly TokenScope[];
    /** The personal data the route shows or changes, so a refused opening is logged under that category. */
    data?: DataCategory;
    /** The path parameter that holds the id of the person a route is about, so a refused opening names them. */
    person?: string;
    /** The media types of an API route's answer when it is not JSON (the OpenAPI document shows them). */
    content?: Record<string, { schema: object }>;
    /** Refusals the route gives beyond those its input and access imply, when its response schema cannot say so. */
    problems?: readonly number[];
  }
}

export type RegisteredRoute = {
  method: string;
  url: string;
  access: RouteAccess;
  /** The API token scopes that admit the route; empty when no token may open it. */
  scopes: readonly TokenScope[];
  data?: DataCategory;
  person?: string;
};

/** The challenge a 401 of a route that takes tokens carries (RFC 6750). */
export const BEARER_CHALLENGE = 'Bearer realm="nabij"';

/** The rule of a route being registered; throws for a route without one, so it never reaches a test or a server. */
export function routeAccessOf(route: RouteOptions): RegisteredRoute[] {
  const {
    access,
    scopes = [],
    data,
    person,
  } = (route.config ?? {}) as {
    access?: RouteAccess;
    scopes?: readonly TokenScope[];
    data?: DataCategory;
    person?: string;
  };
  const methods = [route.method].flat();
  if (access === undefined)
    throw new Error(`Route ${methods.join(',')} ${route.url} has no access rule: add { config: { access: … } }`);
  // Tokens are for the API only: a page never acts for a token, so it cannot name scopes.
  if (scopes.length > 0 && !route.url.startsWith('/api/'))
    throw new Error(`Route ${methods.join(',')} ${route.url} is not an API route: only /api/ routes take tokens`);
  return methods.map((method) => ({ method, url: route.url, access, scopes, data, person }));
}

/**
 * Refuses a caller the route's rule does not admit: 401 when nobody is signed in, 403 for a role it does not name,
 * 403 for a token whose scopes the route does not name. A refused signed-in person or token is written to the access
 * log first, with the person the route is about when it names one.
 */
export async function checkRouteAccess(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const { access, data, person, scopes } = request.routeOptions.config;
  const named = person ? (request.params as Record<string, string | undefined>)[person] : undefined;
  const subjectUserId = named && uuidPattern.test(named) ? named : null;
  const category = data ?? 'pagina';

  const token = request.apiToken;
  if (token) {
    // An unknown address stays a plain 404.
    if (request.is404 || scopes?.some((scope) => token.scopes.includes(scope))) return;
    await logRefusal(
      db,
      tokenActor(token),
      { category, action: 'read', purpose: 'api_buiten_rechten', subjectUserId },
      'sleutel_heeft_geen_recht',
    );
    throw new DomainError('geen_toegang', 'Deze sleutel geeft geen toegang tot dit deel van de API.');
  }

  if (access === undefined || access === 'iedereen') return;
  const user = request.user?.state === 'actief' ? request.user : undefined;
  if (!user) {
    if (scopes?.length) reply.header('www-authenticate', BEARER_CHALLENGE);
    throw new DomainError('niet_ingelogd', 'Log eerst in.');
  }
  if (access === 'ingelogd' || access.includes(user.role)) return;
  await logRefusal(
    db,
    { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role },
    { category, action: 'read', purpose: 'pagina_openen', subjectUserId },
    'rol_heeft_geen_recht',
  );
  throw new DomainError('geen_toegang', 'Deze pagina is niet voor jouw rol.');
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Who may open a route: every route says so in its config (`{ config: { access: caseRoles } }`), the app refuses
// any other caller before the handler runs, and a route without a rule cannot be registered. The access gate then
// decides per record; this is the first of the two locks, so a page never relies on a data rule alone.
import type { FastifyRequest, RouteOptions } from 'fastify';
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
    /** The personal data the route shows or changes, so a refused opening is logged under that category. */
    data?: DataCategory;
    /** The path parameter that holds the id of the person a route is about, so a refused opening names them. */
    person?: string;
  }
}

export type RegisteredRoute = {
  method: string;
  url: string;
  access: RouteAccess;
  data?: DataCategory;
  person?: string;
};

/** The rule of a route being registered; throws for a route without one, so it never reaches a test or a server. */
export function routeAccessOf(route: RouteOptions): RegisteredRoute[] {
  const { access, data, person } = (route.config ?? {}) as {
    access?: RouteAccess;
    data?: DataCategory;
    person?: string;
  };
  const methods = [route.method].flat();
  if (access === undefined)
    throw new Error(`Route ${methods.join(',')} ${route.url} has no access rule: add { config: { access: … } }`);
  return methods.map((method) => ({ method, url: route.url, access, data, person }));
}

/**
 * Refuses a caller the route's rule does not admit: 401 when nobody is signed in, 403 for a role it does not name.
 * A refused signed-in person is written to the access log first, with the person the route is about when it names one.
 */
export async function checkRouteAccess(db: Db, request: FastifyRequest): Promise<void> {
  const { access, data, person } = request.routeOptions.config;
  if (access === undefined || access === 'iedereen') return;
  const user = request.user?.state === 'actief' ? request.user : undefined;
  if (!user) throw new DomainError('niet_ingelogd', 'Log eerst in.');
  if (access === 'ingelogd' || access.includes(user.role)) return;
  const named = person ? (request.params as Record<string, string | undefined>)[person] : undefined;
  await logRefusal(
    db,
    { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role },
    {
      category: data ?? 'pagina',
      action: 'read',
      purpose: 'pagina_openen',
      subjectUserId: named && uuidPattern.test(named) ? named : null,
    },
    'rol_heeft_geen_recht',
  );
  throw new DomainError('geen_toegang', 'Deze pagina is niet voor jouw rol.');
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The actor of a request: who the access gate sees. Pages ask for a signed-in person here, never check roles
// themselves.
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../access/gate.js';
import { DomainError } from '../errors.js';
import type { SessionUser } from './sessions.js';

export type SignedInActor = Extract<Actor, { kind: 'user' }>;

export function signedInUser(request: FastifyRequest): SessionUser {
  const user = request.user;
  if (!user || user.state !== 'actief') throw new DomainError('niet_ingelogd', 'Log eerst in.');
  return user;
}

export function actorOf(request: FastifyRequest): SignedInActor {
  const user = signedInUser(request);
  return { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role };
}

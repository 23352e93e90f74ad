// The actor of a request: who the access gate sees. Pages ask for a signed-in person here, never check roles
// themselves; API routes that take tokens ask for the person or the integration.
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../access/gate.js';
import { DomainError } from '../errors.js';
import type { TokenCaller } from './api-tokens.js';
import type { SessionUser } from './sessions.js';

export type SignedInActor = Extract<Actor, { kind: 'user' }>;
export type TokenActor = Extract<Actor, { kind: 'token' }>;

export function signedInUser(request: FastifyRequest): SessionUser {
  const user = request.user;
  if (!user || user.state !== 'actief') throw new DomainError('niet_ingelogd', 'Log eerst in.');
  return user;
}

export function actorOf(request: FastifyRequest): SignedInActor {
  const user = signedInUser(request);
  return { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role };
}

export const tokenActor = (token: TokenCaller): TokenActor => ({
  kind: 'token',
  tokenId: token.id,
  tenantId: token.tenantId,
  name: token.name,
  scopes: token.scopes,
});

/** The integration calling with a token, or else the signed-in person: for API routes that name token scopes. */
export function apiActorOf(request: FastifyRequest): SignedInActor | TokenActor {
  return request.apiToken ? tokenActor(request.apiToken) : actorOf(request);
}

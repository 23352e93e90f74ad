// The session cookie, the same for every way of signing in: the code, the link, the password and a confirmed sign-up.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createSession, endSession, SESSION_COOKIE } from './sessions.js';

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.server.ctx.config.isProduction,
    maxAge: 12 * 3600,
  });
}

/** Signs this person in: a fresh session and its cookie; a session the browser had before ends. */
export async function signInOnThisRequest(
  request: FastifyRequest,
  reply: FastifyReply,
  user: { userId: string; tenantId: string },
): Promise<void> {
  const db = request.server.ctx.database.db;
  if (request.sessionToken) await endSession(db, request.sessionToken);
  setSessionCookie(request, reply, await createSession(db, user, 'actief'));
}

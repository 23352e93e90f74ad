// Errors as application/problem+json (RFC 9457) for the API.
import type { FastifyReply } from 'fastify';

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
};

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

export const problemType = (code: string): string => `/problemen/${code}`;

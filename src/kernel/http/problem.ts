// Errors as application/problem+json (RFC 9457) for the API.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

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

/** A refusal in a route's response schema; the OpenAPI document shows it as application/problem+json. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

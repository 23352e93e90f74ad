// The team's public account: results, milestones, updates, following, the yearly report (helper B).
import type { FastifyInstance } from 'fastify';

export async function agendaAccountRoutes(_app: FastifyInstance): Promise<void> {}

// The neighbourhood agenda: proposing, supporting, the team's answers (helper A).
import type { FastifyInstance } from 'fastify';

export async function agendaProposalRoutes(_app: FastifyInstance): Promise<void> {}

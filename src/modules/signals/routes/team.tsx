// The team's signal list with deadlines, a signal's page, outreach and its result, passing it on.
import type { FastifyInstance } from 'fastify';

export async function signalTeamRoutes(_app: FastifyInstance): Promise<void> {}

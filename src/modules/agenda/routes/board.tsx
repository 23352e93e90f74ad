// The sounding board: members, candidates, the draw by lot, meetings (helper B).
import type { FastifyInstance } from 'fastify';

export async function soundingBoardRoutes(_app: FastifyInstance): Promise<void> {}

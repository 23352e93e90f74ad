// The satisfaction questions a resident answers by the link in their mail (helper C1).
import type { FastifyInstance } from 'fastify';

export async function satisfactionRoutes(_app: FastifyInstance): Promise<void> {}

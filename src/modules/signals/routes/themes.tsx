// Neighbourhood themes: the map per buurt, turning a theme into an agenda item, the API and the open export.
import type { FastifyInstance } from 'fastify';

export async function signalThemeRoutes(_app: FastifyInstance): Promise<void> {}

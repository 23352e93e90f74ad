// The monitor's pages, charts, CSV, API and open data (helper C2).
import type { FastifyInstance } from 'fastify';

export async function monitorPageRoutes(_app: FastifyInstance): Promise<void> {}

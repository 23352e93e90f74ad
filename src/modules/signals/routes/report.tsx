// Signalling (without an account or signed in), the reporter's status page, Mijn signalen, the feedback question.
import type { FastifyInstance } from 'fastify';

export async function signalReportRoutes(_app: FastifyInstance): Promise<void> {}

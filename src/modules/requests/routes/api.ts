// POST /api/v1/triage: the same code path as `nabij triage --batch`, for one request or a batch, for the team.
import { caseRoles } from '../../../kernel/access/policy.js';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiActorOf } from '../../../kernel/auth/actor.js';
import { needKeys } from '../../../kernel/taxonomy/needs.js';
import { candidateIndex, triageMany } from '../triage-service.js';

const requestSchema = z.object({
  id: z.string().min(1).max(100),
  tekst: z.string().min(1).max(10_000),
  postcode: z.string().max(10).nullish(),
});

const answerSchema = z.object({
  id: z.string(),
  route: z.enum(['collectief', 'informeel', 'professioneel', 'spoed']),
  behoeften: z.array(z.enum(needKeys)),
  suggesties: z.array(
    z.object({ id: z.string(), soort: z.string(), score: z.number(), redenen: z.array(z.string()).min(1) }),
  ),
  uitleg: z.array(z.string()),
  signalen: z.array(z.string()),
});

export async function triageApiRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/triage',
    {
      config: { access: caseRoles, scopes: ['triage'], data: 'vrijwilliger' },
      schema: {
        operationId: 'triage',
        summary: 'Triage: behoeften, route en suggesties met redenen. Een mens beslist; dit is een voorstel.',
        tags: ['hulpvragen'],
        body: z.union([requestSchema, z.array(requestSchema).min(1).max(1000)]),
        response: { 200: z.union([answerSchema, z.array(answerSchema)]) },
      },
    },
    async (request) => {
      const actor = apiActorOf(request);
      // Reading the volunteers goes through the gate as this team member (or integration): without that right, refused.
      const index = await candidateIndex(db, actor, actor.tenantId, ctx.config.socialBase.hiddenMonths);
      const inputs = Array.isArray(request.body) ? request.body : [request.body];
      const answers = await triageMany(db, actor.tenantId, index, inputs);
      return Array.isArray(request.body) ? answers : answers[0]!;
    },
  );
}

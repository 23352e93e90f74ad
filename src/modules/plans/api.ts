// The API of the personal plan (issue 12, deliver 10): the resident's own plan, and the plan of a case for the team,
// read through the same gate as the pages (category 'plan', the resident as subject). For people, not for API keys.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseRoles, residentRoles } from '../../kernel/access/policy.js';
import { actorOf } from '../../kernel/auth/actor.js';
import { notFound } from '../../kernel/errors.js';
import { problemSchema } from '../../kernel/http/problem.js';
import { readPlan } from './commands/edit-plan.js';
import type { PlanTarget } from './commands/plan-access.js';
import type { PlanData } from './queries.js';
import { agreementWhos, planStatuses } from './schema.js';

const planSchema = z.object({
  casus: z.uuid(),
  status: z.enum(planStatuses),
  vastgesteld: z.iso.datetime({ offset: true }).nullable(),
  doelen: z.array(z.object({ id: z.uuid(), onderwerp: z.string(), doel: z.string(), watGingGoed: z.string() })),
  afspraken: z.array(
    z.object({
      id: z.uuid(),
      wat: z.string(),
      wie: z.enum(agreementWhos),
      naam: z.string().nullable(),
      uiterlijk: z.iso.date().nullable(),
      gedaan: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
  wijzigingen: z.array(
    z.object({
      moment: z.iso.datetime({ offset: true }),
      door: z.string().nullable(),
      rol: z.string(),
      wat: z.string(),
      veld: z.string(),
      oud: z.string().nullable(),
      nieuw: z.string().nullable(),
    }),
  ),
});

const toApi = (p: PlanData) => ({
  casus: p.caseId,
  status: p.status,
  vastgesteld: p.setAt?.toISOString() ?? null,
  doelen: p.goals.map((g) => ({ id: g.id, onderwerp: g.domainKey, doel: g.goal, watGingGoed: g.wentWell })),
  afspraken: p.agreements.map((a) => ({
    id: a.id,
    wat: a.what,
    wie: a.who,
    naam: a.whoName,
    uiterlijk: a.dueOn,
    gedaan: a.doneAt?.toISOString() ?? null,
  })),
  wijzigingen: p.changes.map((c) => ({
    moment: c.at.toISOString(),
    door: c.actorName,
    rol: c.actorRole,
    wat: c.itemKind,
    veld: c.field,
    oud: c.oldText,
    nieuw: c.newText,
  })),
});

export async function planApiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.database.db;

  const answer = async (request: Parameters<typeof actorOf>[0], target: PlanTarget) => {
    const { plan } = await readPlan(db, actorOf(request), target);
    if (!plan) throw notFound('Dit plan');
    return toApi(plan);
  };

  api.get(
    '/api/v1/mijn/plan',
    {
      config: { access: residentRoles, data: 'plan' },
      schema: {
        operationId: 'mijnPlan',
        summary: 'Mijn eigen plan: doelen, afspraken en wie wat veranderde; 404 zolang er geen plan is',
        tags: ['plannen'],
        response: { 200: planSchema, 404: problemSchema },
      },
    },
    async (request) => answer(request, 'eigen'),
  );

  api.get(
    '/api/v1/casussen/:id/plan',
    {
      config: { access: caseRoles, data: 'plan' },
      schema: {
        operationId: 'casusPlan',
        summary: 'Het plan van een casus, zoals de bewoner het ziet',
        description: 'Een casus zonder plan, die niet bestaat of van een andere gemeente is, geeft 404.',
        tags: ['plannen'],
        params: z.object({ id: z.uuid() }),
        response: { 200: planSchema, 404: problemSchema },
      },
    },
    async (request) => answer(request, { caseId: request.params.id }),
  );
}

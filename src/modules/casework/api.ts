// The API of cases (issue 12, deliver 10): the list with its deadlines, one case with its timeline, and a note,
// for the team members who work cases, through the same gate as the pages. Not for API keys: a case file stays with
// the people of the team (docs/api.md).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { searchWithAccess } from '../../kernel/access/gate.js';
import { caseRoles } from '../../kernel/access/policy.js';
import { actorOf } from '../../kernel/auth/actor.js';
import { notFound } from '../../kernel/errors.js';
import { problemSchema } from '../../kernel/http/problem.js';
import { isoOf } from '../../kernel/time/schedule.js';
import { findRequestSummary } from '../requests/index.js';
import { CASE_PURPOSE, onCase } from './commands/case-access.js';
import { addNote } from './commands/case-steps.js';
import { byUrgency, type Deadline, deadlinesOf } from './deadlines.js';
import { findCase, findTerms, listCaseEvents } from './queries.js';
import { loadListItems } from './routes.js';
import { caseEventKinds, caseOutcomes } from './states.js';
import { areaOf } from './pages/labels.js';

const deadlineSchema = z.object({
  datum: z.iso.date(),
  stand: z.enum(['klaar', 'op_tijd', 'te_laat']),
  dagenTeLaat: z.number().int(),
});
const toDeadline = (d: Deadline) => ({ datum: isoOf(d.due), stand: d.state, dagenTeLaat: d.daysLate });

const listItemSchema = z.object({
  hulpvraag: z.object({ id: z.uuid(), code: z.string(), route: z.string(), buurt: z.string().nullable() }),
  casus: z.uuid().nullable(),
  eigenaar: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  binnengekomen: z.iso.datetime({ offset: true }),
  spoed: z.boolean(),
  termijnen: z.object({ eersteContact: deadlineSchema, plan: deadlineSchema }),
});

const caseSchema = z.object({
  id: z.uuid(),
  hulpvraag: z.object({ id: z.uuid(), code: z.string(), route: z.string(), buurt: z.string().nullable() }),
  eigenaar: z.object({ id: z.uuid(), naam: z.string() }),
  status: z.enum(['open', 'gesloten']),
  geopend: z.iso.datetime({ offset: true }),
  eersteContact: z.iso.datetime({ offset: true }).nullable(),
  gesloten: z.iso.datetime({ offset: true }).nullable(),
  uitkomst: z.enum(caseOutcomes).nullable(),
  uitkomstToelichting: z.string().nullable(),
  termijnen: z.object({ eersteContact: deadlineSchema, plan: deadlineSchema }),
  tijdlijn: z.array(
    z.object({
      moment: z.iso.datetime({ offset: true }),
      soort: z.enum(caseEventKinds),
      tekst: z.string().nullable(),
      door: z.string().nullable(),
      aan: z.string().nullable(),
    }),
  ),
});

export async function caseApiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.database.db;
  const config = { access: caseRoles, data: 'dossier' as const };

  api.get(
    '/api/v1/casussen',
    {
      config,
      schema: {
        operationId: 'casussen',
        summary: 'De open hulpvragen en casussen van de gemeente, met eigenaar en termijnen; te laat bovenaan',
        description: 'Elke bewoner die de lijst noemt, krijgt een regel in het eigen toegangslog.',
        tags: ['casussen'],
        response: { 200: z.array(listItemSchema) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = new Date();
      const terms = await findTerms(db, actor.tenantId);
      const items = await searchWithAccess(db, actor, { category: 'dossier', purpose: CASE_PURPOSE }, async (gated) =>
        byUrgency(await loadListItems(gated, actor.tenantId, terms, now, false)),
      );
      return items.map((i) => ({
        hulpvraag: { id: i.requestId, code: i.reference, route: i.route, buurt: i.area },
        casus: i.caseId,
        eigenaar: i.ownerUserId && i.ownerName ? { id: i.ownerUserId, naam: i.ownerName } : null,
        binnengekomen: i.createdAt.toISOString(),
        spoed: i.deadlines.spoed,
        termijnen: {
          eersteContact: toDeadline(i.deadlines.firstContact),
          plan: toDeadline(i.deadlines.plan),
        },
      }));
    },
  );

  const idParams = z.object({ id: z.uuid() });

  api.get(
    '/api/v1/casussen/:id',
    {
      config,
      schema: {
        operationId: 'casus',
        summary: 'Eén casus met termijnen en tijdlijn',
        description: 'Een id dat niet bestaat of van een andere gemeente is, geeft 404; de poging staat in het log.',
        tags: ['casussen'],
        params: idParams,
        response: { 200: caseSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = new Date();
      const terms = await findTerms(db, actor.tenantId);
      return onCase(db, actor, request.params.id, 'read', async (gated, keys) => {
        const found = await findCase(gated, actor.tenantId, keys.caseId);
        const summary = found ? await findRequestSummary(gated, actor.tenantId, found.requestId) : undefined;
        if (!found || !summary) throw notFound('Deze casus');
        const deadlines = deadlinesOf({
          since: summary.createdAt,
          firstContactAt: found.firstContactAt,
          closed: found.status !== 'open',
          terms,
          now,
          spoed: summary.route === 'spoed',
        });
        const events = await listCaseEvents(gated, actor.tenantId, keys.caseId);
        return {
          id: found.id,
          hulpvraag: { id: summary.id, code: summary.reference, route: summary.route, buurt: areaOf(summary.postcode) },
          eigenaar: { id: found.ownerUserId, naam: found.ownerName },
          status: found.status,
          geopend: found.openedAt.toISOString(),
          eersteContact: found.firstContactAt?.toISOString() ?? null,
          gesloten: found.closedAt?.toISOString() ?? null,
          uitkomst: found.outcome,
          uitkomstToelichting: found.outcomeNote,
          termijnen: { eersteContact: toDeadline(deadlines.firstContact), plan: toDeadline(deadlines.plan) },
          tijdlijn: events.map((e) => ({
            moment: e.at.toISOString(),
            soort: e.kind,
            tekst: e.text,
            door: e.actorName,
            aan: e.toName,
          })),
        };
      });
    },
  );

  api.post(
    '/api/v1/casussen/:id/notities',
    {
      config,
      schema: {
        operationId: 'casusNotitie',
        summary: 'Een notitie in de tijdlijn van een casus; notities blijven zoals ze zijn geschreven',
        tags: ['casussen'],
        params: idParams,
        body: z.object({ tekst: z.string().trim().min(1).max(5000) }),
        response: { 204: z.null(), 404: problemSchema },
      },
    },
    async (request, reply) => {
      await addNote(db, actorOf(request), request.params.id, request.body.tekst);
      return reply.code(204).send(null);
    },
  );
}

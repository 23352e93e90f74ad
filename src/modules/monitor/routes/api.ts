// The monitor's API: the same figures as the pages, for the same people. Without signing in (or with a key of a
// linked system) the published figures; signed in, what the person's role sees on /raad/monitor or /team/monitor.
// Every number through showFigure; a draft item says so (concept: true).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tokenScopes } from '../../../kernel/auth/api-tokens.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { problemSchema } from '../../../kernel/http/problem.js';
import { listNeighbourhoods } from '../../../kernel/tenancy/queries.js';
import { type Figure, figureByKey, figures } from '../figures.js';
import { visibleCells } from '../queries/pages.js';
import { monitorSettings } from '../queries/values.js';
import { periodKinds } from '../schema.js';
import { CONCEPT_WORDS } from '../pages/monitor-words.js';
import { accessOfRequest } from './access.js';

const figureKeys = figures.map((f) => f.key) as [string, ...string[]];
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Een maand als jjjj-mm, bijvoorbeeld 2026-03.');

const querySchema = z.object({
  wijk: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .describe('De slug van een wijk (zie /api/v1/gemeente), of "gemeente" voor de hele gemeente. Leeg: alles.'),
  periode: z.enum(periodKinds).default('kwartaal').describe('Cijfers per maand of per kwartaal.'),
  vanaf: month.optional().describe('De eerste maand (jjjj-mm); een kwartaal telt mee als het daarin begint.'),
  tot: month.optional().describe('De laatste maand (jjjj-mm), tot en met.'),
});

const itemSchema = z.object({
  figuur: z.string(),
  periode: z.enum(periodKinds),
  start: z.string().describe('De eerste dag van de maand of het kwartaal (jjjj-mm-dd).'),
  wijk: z.string().describe('De slug van de wijk, "gemeente" of "onbekend" (niet in een wijk te plaatsen).'),
  n: z.number().int().nullable().describe('Het aantal, of waarover een deel of gemiddelde gaat; null als verborgen.'),
  value: z.number().nullable().describe('Een percentage (0–100), gemiddelde, mediaan of som; null bij een aantal.'),
  hidden: z.enum(['minder dan 10', 'verborgen']).nullable().describe('Waarom n en value ontbreken.'),
  concept: z.boolean().describe('true: nog niet openbaar (alleen voor wie het concept mag zien).'),
  status: z.enum([CONCEPT_WORDS[0], 'openbaar']),
});

const answerSchema = z.object({
  gemeente: z.string(),
  cijfers: z.array(itemSchema),
});

const figureSchema = z.object({
  key: z.string(),
  titel: z.string(),
  definitie: z.string(),
  soort: z.enum(['aantal', 'aandeel', 'gemiddelde', 'mediaan', 'som']),
  beter: z.enum(['hoger', 'lager', 'geen']),
  eenheid: z.string().nullable(),
});

const describeFigure = (f: Figure) => ({
  key: f.key,
  titel: f.title[0],
  definitie: f.definition[0],
  soort: f.kind,
  beter: f.better,
  eenheid: f.kind === 'aandeel' ? '%' : (f.unit?.[0] ?? null),
});

export async function monitorApiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.database.db;
  // Public: anyone sees the published figures, so every key of a linked system may read them too.
  const config = { access: 'iedereen' as const, scopes: tokenScopes };

  async function answer(request: FastifyRequest, query: z.infer<typeof querySchema>, only?: Figure) {
    if (!request.tenant) throw notFound('Deze gemeente');
    const tenant = request.tenant;
    if (query.vanaf && query.tot && query.vanaf > query.tot)
      throw new DomainError('ongeldige_invoer', 'De maand bij "vanaf" ligt na de maand bij "tot".');
    const neighbourhoods = await listNeighbourhoods(db, tenant.id);
    let wijkKey: string | undefined;
    if (query.wijk !== undefined && query.wijk !== 'gemeente' && query.wijk !== 'onbekend') {
      wijkKey = neighbourhoods.find((n) => n.slug === query.wijk)?.id;
      if (!wijkKey) throw new DomainError('ongeldige_invoer', 'Deze wijk bestaat niet in deze gemeente.');
    } else wijkKey = query.wijk;
    const access = await accessOfRequest(db, request, false);
    const settings = await monitorSettings(db, tenant.id);
    const from = query.vanaf ? `${query.vanaf}-01` : '1900-01-01';
    const through = query.tot ? `${query.tot}-01` : '9999-12-31';
    const cells = await visibleCells(db, tenant.id, access, settings, query.periode, from, through, only);
    const slugOf = (key: string) => neighbourhoods.find((n) => n.id === key)?.slug ?? key;
    return {
      gemeente: tenant.name,
      cijfers: cells
        .filter((c) => wijkKey === undefined || c.wijk === wijkKey)
        .map((c) => ({
          figuur: c.figureKey,
          periode: query.periode,
          start: c.periodStart,
          wijk: slugOf(c.wijk),
          n: c.n,
          value: c.value,
          hidden:
            c.hidden === 'te_klein'
              ? ('minder dan 10' as const)
              : c.hidden === 'beschermt'
                ? ('verborgen' as const)
                : null,
          concept: c.concept,
          status: c.concept ? CONCEPT_WORDS[0] : ('openbaar' as const),
        })),
    };
  }

  api.get(
    '/api/v1/monitor/cijfers',
    {
      config,
      schema: {
        operationId: 'monitorCijfers',
        summary: 'De cijfers van de monitor, per figuur, periode en wijk; kleine aantallen verborgen',
        description:
          'Zonder inloggen (of met een sleutel) de openbare cijfers. Ingelogd: de klankbordgroep ook het concept van ' +
          'de eigen wijk, de Wmo-raad en het wijkteam ook het concept van alle wijken (concept: true). Een aantal ' +
          'onder de 10 en een deel of gemiddelde over minder dan 10 zijn null (hidden zegt waarom).',
        tags: ['monitor'],
        querystring: querySchema.extend({
          figuur: z.enum(figureKeys).optional().describe('Eén figuur (zie /api/v1/monitor/figuren). Leeg: alle.'),
        }),
        response: { 200: answerSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const { figuur, ...query } = request.query;
      return answer(request, query, figuur ? figureByKey.get(figuur) : undefined);
    },
  );

  api.get(
    '/api/v1/monitor/cijfers/:figuur',
    {
      config,
      schema: {
        operationId: 'monitorFiguur',
        summary: 'De cijfers van één figuur van de monitor; 404 voor een figuur die niet bestaat',
        tags: ['monitor'],
        params: z.object({ figuur: z.string().max(80) }),
        querystring: querySchema,
        response: { 200: answerSchema.extend({ figuur: figureSchema }), 404: problemSchema },
      },
    },
    async (request) => {
      const figure = figureByKey.get(request.params.figuur);
      if (!figure) throw notFound('Dit cijfer');
      return { ...(await answer(request, request.query, figure)), figuur: describeFigure(figure) };
    },
  );

  api.get(
    '/api/v1/monitor/figuren',
    {
      config,
      schema: {
        operationId: 'monitorFiguren',
        summary: 'Alle figuren van de monitor met hun definitie',
        tags: ['monitor'],
        response: { 200: z.array(figureSchema) },
      },
    },
    async () => figures.map(describeFigure),
  );
}

// Public pages and API of the social base: search, an entry's page, its calendar feed.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../../kernel/errors.js';
import { problemSchema } from '../../../kernel/http/problem.js';
import { type FormErrors, keptValues, messageKeyOf } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import { amsterdamNow, occurrences } from '../../../kernel/time/index.js';
import { activityForApi, apiActivity } from '../api-activity.js';
import { backToSearchHref, PAGE_SIZE, resolveSearch, searchQuerySchema, searchState } from '../filters.js';
import { freshnessOf } from '../freshness.js';
import { activityCalendar } from '../ical.js';
import { ActivityPage } from '../pages/activity-page.js';
import { SearchPage } from '../pages/search-page.js';
import { organiserContactOf } from '../queries/activities.js';
import { type ActivityResult, findActivity, searchActivities, thisWeek } from '../queries/search.js';

/** How many activities "Deze week in de buurt" shows. */
const WEEK_SIZE = 8;

export async function socialBaseRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const freshness = (a: ActivityResult) => freshnessOf(a.lastConfirmedAt, ctx.config.socialBase);
  const requireTenant = (tenant: { id: string } | undefined) => {
    if (!tenant) throw notFound('Deze gemeente');
    return tenant;
  };

  app.get('/sociale-kaart', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const tenant = requireTenant(request.tenant);
    const raw = request.query as Record<string, unknown>;
    const values = keptValues(raw);
    const parsed = searchQuerySchema.safeParse(raw);
    const title = tr(view.lang, 'Wat is er in de buurt?', 'What is there in the neighbourhood?');
    // `taal` is the interface language switch, not a search.
    const asked = Object.keys(raw).some((k) => k !== 'taal');
    // No search, or only a place: the first page shows what is on this week, nearest first when the place is known.
    const firstPage = Object.entries(values).every(
      ([k, v]) => k === 'taal' || k === 'postcode' || k === 'afstand' || v === '',
    );
    const page = (
      results: { errors: FormErrors; found?: ActivityResult[]; page: number; week?: ActivityResult[] },
      status: number,
    ) =>
      reply.page(
        title,
        <SearchPage
          view={view}
          values={values}
          errors={results.errors}
          results={results.found?.slice(0, PAGE_SIZE)}
          hasMore={(results.found?.length ?? 0) > PAGE_SIZE}
          page={results.page}
          week={results.week}
          searchState={searchState(values)}
          freshness={freshness}
          map={ctx.config.map}
        />,
        status,
      );
    if (!parsed.success) {
      const errors: FormErrors = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] = messageKeyOf(issue.message);
      return page({ errors, page: 1 }, 400);
    }
    const { filters, postcodeProblem } = await resolveSearch(db, parsed.data);
    const errors: FormErrors = postcodeProblem ? { postcode: postcodeProblem } : {};
    const found =
      asked && postcodeProblem !== 'postcode_ongeldig' ? await searchActivities(db, tenant.id, filters) : undefined;
    const week =
      firstPage && postcodeProblem !== 'postcode_ongeldig'
        ? await thisWeek(db, tenant.id, filters.near, WEEK_SIZE)
        : undefined;
    return page({ errors, found, week, page: parsed.data.pagina }, postcodeProblem === 'postcode_ongeldig' ? 400 : 200);
  });

  const activityOr404 = async (tenantId: string, id: string) => {
    if (!z.uuid().safeParse(id).success) throw notFound('Deze activiteit');
    const activity = await findActivity(db, tenantId, id);
    if (!activity) throw notFound('Deze activiteit');
    return activity;
  };

  app.get('/sociale-kaart/:id', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const tenant = requireTenant(request.tenant);
    const activity = await activityOr404(tenant.id, (request.params as { id: string }).id);
    const upcoming = occurrences(activity.schedule, activity.exceptions, amsterdamNow(new Date()), 4);
    const contact = await organiserContactOf(db, tenant.id, activity.id);
    const backHref = backToSearchHref((request.query as Record<string, unknown>).terug);
    return reply.page(
      activity.name,
      <ActivityPage
        view={view}
        activity={activity}
        upcoming={upcoming}
        freshness={freshness(activity)}
        contact={contact}
        backHref={backHref}
      />,
    );
  });

  app.get('/sociale-kaart/:id/agenda.ics', { config: { access: 'iedereen' } }, async (request, reply) => {
    const tenant = requireTenant(request.tenant);
    const activity = await activityOr404(tenant.id, (request.params as { id: string }).id);
    const calendar = activityCalendar(
      {
        id: activity.id,
        name: activity.name,
        description: activity.description,
        location: activity.address ? `${activity.address}, ${activity.postcode ?? ''}` : '',
        url: `${ctx.config.baseUrl}/sociale-kaart/${activity.id}`,
        schedule: activity.schedule,
        exceptions: activity.exceptions,
      },
      amsterdamNow(new Date()),
      new Date(),
    );
    if (!calendar) throw notFound('Een agenda voor deze activiteit');
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="${activity.externalId.replace(/[^\w.-]/g, '_')}.ics"`)
      .header('cache-control', 'public, max-age=3600')
      .send(calendar);
  });

  const api = app.withTypeProvider<ZodTypeProvider>();
  const toApi = (a: ActivityResult) => activityForApi(a, freshness(a));

  api.get(
    '/api/v1/activiteiten',
    {
      config: { access: 'iedereen', scopes: ['sociale-kaart:lezen'] },
      schema: {
        operationId: 'zoekActiviteiten',
        summary: 'Zoeken in de sociale kaart, met dezelfde filters als de zoekpagina',
        tags: ['sociale kaart'],
        querystring: searchQuerySchema,
        response: {
          200: z.object({
            resultaten: z.array(apiActivity),
            meer: z.boolean(),
            postcode_probleem: z.string().nullable(),
          }),
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const tenant = requireTenant(request.tenant);
      const { filters, postcodeProblem } = await resolveSearch(db, request.query);
      const found = postcodeProblem === 'postcode_ongeldig' ? [] : await searchActivities(db, tenant.id, filters);
      return {
        resultaten: found.slice(0, PAGE_SIZE).map(toApi),
        meer: found.length > PAGE_SIZE,
        postcode_probleem: postcodeProblem ?? null,
      };
    },
  );

  api.get(
    '/api/v1/activiteiten/:id',
    {
      config: { access: 'iedereen', scopes: ['sociale-kaart:lezen'] },
      schema: {
        operationId: 'activiteit',
        summary: 'Eén activiteit van de sociale kaart',
        tags: ['sociale kaart'],
        params: z.object({ id: z.uuid() }),
        response: { 200: apiActivity, 404: problemSchema },
      },
    },
    async (request) => toApi(await activityOr404(requireTenant(request.tenant).id, request.params.id)),
  );
}

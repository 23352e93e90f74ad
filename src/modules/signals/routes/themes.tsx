// Neighbourhood themes: the map per buurt, turning a theme into an agenda item, the API and the open export.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { searchWithAccess, withAccess } from '../../../kernel/access/gate.js';
import { actorOf } from '../../../kernel/auth/actor.js';
import { notFound } from '../../../kernel/errors.js';
import { type FormErrors, type FormValues, keptValues, parseForm } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { NothingWaitingError, openThemeCsv, openThemeExport, putThemeOnAgenda } from '../commands/themes.js';
import { TEAM_PURPOSE } from '../commands/move.js';
import { AgendaFormPage, agendaFormSchema, type MapArea, ThemesPage, themeFilterSchema } from '../pages/themes-page.js';
import { neighbourhoodSignalRoles } from '../policy.js';
import { areaOf } from '../queries/core.js';
import { countThemes, listAreas, listNeighbourhoodsOf, listThemes, waitingSignalsOf } from '../queries/themes.js';
import { type NeighbourhoodTheme, neighbourhoodThemes } from '../schema.js';
import { signalApiRoutes } from './themes-api.js';

const monthsAgo = (now: Date, months: number) => {
  const at = new Date(now);
  at.setUTCMonth(at.getUTCMonth() - months);
  return at;
};

export async function signalThemeRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const team = { config: { access: neighbourhoodSignalRoles, data: 'buurtsignaal' as const } };

  app.get('/team/signalen/themas', team, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const sent = keptValues(request.query);
    const values: FormValues = { wijk: sent.wijk ?? '', periode: sent.periode ?? '12' };
    const parsed = themeFilterSchema.safeParse(values);
    const errors: FormErrors = {};
    if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] = 'waarde_ongeldig';
    const filter = parsed.success ? parsed.data : { wijk: '', periode: '12' as const };
    const neighbourhoods = await listNeighbourhoodsOf(db, actor.tenantId);
    const chosen = neighbourhoods.find((n) => n.slug === filter.wijk);
    if (filter.wijk !== '' && !chosen) errors.wijk = 'waarde_ongeldig';
    const since = monthsAgo(new Date(), Number(filter.periode));
    // Counts only: the search is logged as a look at neighbourhood signals, without a person (nobody is named).
    const counts = await searchWithAccess(
      db,
      actor,
      { category: 'buurtsignaal', purpose: TEAM_PURPOSE },
      async (gated) =>
        (await countThemes(gated, actor.tenantId, since, chosen?.id ?? null)).map((c) => ({
          ...c,
          subjectUserId: null,
        })),
    );
    const known = (await listAreas(db, actor.tenantId)).filter((a) => !chosen || a.neighbourhoodId === chosen.id);
    const areas: MapArea[] = known.map((a) => ({ ...a }));
    // Signals without a known buurt get a tile of their own in their wijk.
    for (const c of counts)
      if (!areas.some((a) => a.areaId === c.areaId && a.neighbourhoodId === c.neighbourhoodId))
        areas.push({
          areaId: c.areaId,
          areaName: c.areaName,
          neighbourhoodId: c.neighbourhoodId,
          neighbourhoodName: c.neighbourhoodName,
        });
    const themes = await listThemes(db, actor.tenantId, undefined, chosen?.id ?? null);
    const made = (request.query as { gemaakt?: string }).gemaakt;
    const madeTitle = made ? (themes.find((t) => t.id === made)?.title ?? null) : null;
    return reply.page(
      tr(view.lang, 'Thema’s in de buurt', 'Neighbourhood themes'),
      <ThemesPage
        view={view}
        filter={filter}
        values={values}
        errors={errors}
        neighbourhoods={neighbourhoods}
        areas={areas}
        counts={counts}
        themes={themes}
        made={madeTitle}
      />,
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  });

  /** The form for one group; the group is named by its theme and its buurt ('geen' for signals without one). */
  async function showAgendaForm(
    reply: FastifyReply,
    view: View,
    actor: ReturnType<typeof actorOf>,
    topic: string | undefined,
    buurt: string | undefined,
    values: FormValues,
    errors: FormErrors,
  ) {
    if (!topic || !(neighbourhoodThemes as readonly string[]).includes(topic)) throw notFound('Deze groep');
    const area = buurt && buurt !== 'geen' ? await areaOf(db, actor.tenantId, buurt) : undefined;
    if (buurt !== 'geen' && !area) throw notFound('Deze buurt');
    const waiting = await withAccess(
      db,
      actor,
      { category: 'buurtsignaal', action: 'read', purpose: TEAM_PURPOSE, subjectUserId: null },
      (gated) => waitingSignalsOf(gated, actor.tenantId, topic as NeighbourhoodTheme, area?.id ?? null),
    );
    return reply.page(
      tr(view.lang, 'Zet op de wijkagenda', 'Put on the neighbourhood agenda'),
      <AgendaFormPage
        view={view}
        topic={topic as NeighbourhoodTheme}
        areaName={area?.name ?? null}
        waiting={waiting.length}
        values={{ ...values, buurt: area?.id ?? 'geen' }}
        errors={errors}
      />,
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  }

  app.get('/team/signalen/themas/nieuw', team, async (request, reply) => {
    const query = request.query as { thema?: string; buurt?: string };
    return showAgendaForm(reply, request.view(), actorOf(request), query.thema, query.buurt, {}, {});
  });

  app.post('/team/signalen/themas/nieuw', team, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const form = parseForm(agendaFormSchema, request.body);
    const sent = keptValues(request.body);
    if (!form.ok) {
      // A group that is not one (a changed hidden field) is not found; else the form again with its messages.
      if (form.errors.thema || form.errors.buurt) throw notFound('Deze groep');
      return showAgendaForm(reply, view, actor, sent.thema, sent.buurt, form.values, form.errors);
    }
    const { thema, buurt, titel, samenvatting } = form.data;
    try {
      const made = await putThemeOnAgenda(ctx, actor, {
        topic: thema,
        areaId: buurt === 'geen' ? null : buurt,
        title: titel,
        summary: samenvatting,
      });
      return reply.redirect(`/team/signalen/themas?gemaakt=${made.id}`, 303);
    } catch (error) {
      if (!(error instanceof NothingWaitingError)) throw error;
      return showAgendaForm(reply, view, actor, thema, buurt, sent, { titel: 'niets_wacht' });
    }
  });

  // The open export: public, like the social base's HSDS files; counts only, small counts hidden.
  const open = { config: { access: 'iedereen' as const } };
  app.get('/open/signalen/themas.csv', open, async (request, reply) => {
    if (!request.tenant) throw notFound('Deze gemeente');
    const rows = await openThemeExport(db, request.tenant.id);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'inline; filename="signalen-themas.csv"')
      .send(openThemeCsv(rows));
  });
  app.get('/open/signalen/themas.json', open, async (request, reply) => {
    if (!request.tenant) throw notFound('Deze gemeente');
    const rows = await openThemeExport(db, request.tenant.id);
    return reply.type('application/json; charset=utf-8').send({
      gemeente: request.tenant.name,
      gemaakt: new Date().toISOString(),
      toelichting:
        'Signalen over de buurt, per wijk, buurt, thema en kwartaal (de laatste twee jaar). Een aantal onder de 5 ' +
        'staat er niet in (aantalSignalen is null, onderdrukt zegt waarom); als je een klein aantal zou kunnen ' +
        'uitrekenen uit het totaal van de buurt (thema "alle"), is ook het volgende kleinste aantal weggelaten.',
      rijen: rows,
    });
  });

  await signalApiRoutes(app);
}

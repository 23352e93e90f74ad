// The monitor's pages, charts, CSV, API and open data (helper C2). Three doors to the same pages: /monitor for
// everyone (published figures only), /raad/monitor for the klankbordgroep and the Wmo council, /team/monitor for the
// team; what each person sees comes from monitorAccessOf, never from the door alone. Figures are counts: nothing
// here reads a person, so nothing here writes to the access log.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { teamRoles } from '../../../kernel/access/policy.js';
import { signedInUser } from '../../../kernel/auth/actor.js';
import type { RouteAccess } from '../../../kernel/http/route-access.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { csvTable } from '../../../kernel/tables/csv-export.js';
import { listNeighbourhoods, type Tenant } from '../../../kernel/tenancy/queries.js';
import { type FormErrors, type FormValues, keptValues, parseForm } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import { boardRoles } from '../../../kernel/access/policy.js';
import { type Figure, figureByKey } from '../figures.js';
import { refreshMonitor } from '../queries/refresh.js';
import { ADMIN_PATH, adminSchema, adminTitle, adminValuesOf, MonitorAdminPage } from '../pages/monitor-admin.js';
import {
  FigurePage,
  type MonitorFilter,
  monitorFilterSchema,
  MonitorPage,
  type WijkOption,
} from '../pages/monitor-page.js';
import { CONCEPT_WORDS } from '../pages/monitor-words.js';
import {
  addMonths,
  chartLength,
  lastVisiblePeriod,
  latestPeriod,
  type MonitorCell,
  PUBLIC_ACCESS,
  periodsEnding,
  saveMonitorSettings,
  visibleCells,
} from '../queries/pages.js';
import { monitorSettings } from '../queries/values.js';
import type { PeriodKind } from '../schema.js';
import { hiddenWords } from '../suppression.js';
import { accessOfRequest } from './access.js';
import { monitorApiRoutes } from './api.js';

/** The first period ever asked for in a download: all that was computed. */
const EVER = '1900-01-01';

type Door = { base: string; access: RouteAccess; title: [string, string] };
const doors: Door[] = [
  {
    base: '/monitor',
    access: 'iedereen',
    title: ['De monitor: cijfers per wijk', 'The monitor: figures per district'],
  },
  {
    base: '/raad/monitor',
    access: boardRoles,
    title: ['De monitor voor de raad en de klankbordgroep', 'The monitor for the council and sounding board'],
  },
  { base: '/team/monitor', access: teamRoles, title: ['De monitor voor het wijkteam', 'The monitor for the team'] },
];

export const wijkOptionsOf = async (db: FastifyInstance['ctx']['database']['db'], tenantId: string) =>
  (await listNeighbourhoods(db, tenantId)).map((n): WijkOption => ({ key: n.id, slug: n.slug, name: n.name }));

/** The CSV of one figure (and of the open data): one row per period and wijk, every number through showFigure. */
export const csvColumns = [
  'periode',
  'wijk',
  'figuur',
  'aantal',
  'waarde',
  'eenheid',
  'onderdrukt',
  'concept',
  'definitie',
];

export function csvRows(
  cells: readonly MonitorCell[],
  kind: PeriodKind,
  wijkLabel: (key: string) => string,
): string[][] {
  return cells.map((c) => {
    const figure = figureByKey.get(c.figureKey)!;
    const unit = figure.kind === 'aandeel' ? '%' : figure.kind === 'aantal' ? '' : (figure.unit?.[0] ?? '');
    return [
      kind === 'kwartaal'
        ? `${c.periodStart.slice(0, 4)}-K${Math.floor((Number(c.periodStart.slice(5, 7)) - 1) / 3) + 1}`
        : c.periodStart.slice(0, 7),
      wijkLabel(c.wijk),
      figure.key,
      c.n === null ? '' : String(c.n),
      c.value === null ? '' : String(c.value),
      unit,
      hiddenWords(c.hidden),
      c.concept ? 'ja' : 'nee',
      figure.definition[0],
    ];
  });
}

/** UTF-8 with a byte order mark, so a spreadsheet reads "ë" as it is. */
const withBom = (text: string) => `\uFEFF${text}`;

export async function monitorPageRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;

  const tenantOf = (request: FastifyRequest): Tenant => {
    if (!request.tenant) throw notFound('Deze gemeente');
    return request.tenant;
  };

  /** The filter of the query; a value that is not one gives the page with a message beside the field (400). */
  function filterOf(request: FastifyRequest, wijken: readonly WijkOption[]) {
    const sent = keptValues(request.query);
    const values: FormValues = { wijk: sent.wijk ?? '', periode: sent.periode ?? 'kwartaal', op: sent.op ?? '' };
    const parsed = monitorFilterSchema.safeParse(values);
    const errors: FormErrors = {};
    if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] = 'waarde_ongeldig';
    const filter: MonitorFilter = parsed.success
      ? parsed.data
      : {
          wijk: errors.wijk ? '' : values.wijk!,
          periode: errors.periode ? 'kwartaal' : (values.periode as PeriodKind),
          op: errors.op ? '' : values.op!,
        };
    const chosen = wijken.find((w) => w.slug === filter.wijk);
    if (filter.wijk !== '' && !chosen) {
      errors.wijk = 'waarde_ongeldig';
      filter.wijk = '';
    }
    return { values, errors, filter, wijkKey: chosen?.key ?? 'gemeente' };
  }

  for (const door of doors) {
    const publicDoor = door.base === '/monitor';
    const config = { config: { access: door.access } };

    app.get(door.base, config, async (request, reply) => {
      const view = request.view();
      const tenant = tenantOf(request);
      const access = await accessOfRequest(db, request, publicDoor);
      const wijken = await wijkOptionsOf(db, tenant.id);
      const { values, errors, filter, wijkKey } = filterOf(request, wijken);
      const settings = await monitorSettings(db, tenant.id);
      const kind = filter.periode;
      const last = lastVisiblePeriod(access, settings, kind, await latestPeriod(db, tenant.id, kind), wijkKey);
      const periods = last ? periodsEnding(kind, last, chartLength(kind)) : [];
      const cells = last ? await visibleCells(db, tenant.id, access, settings, kind, periods[0]!, last) : [];
      return reply.page(
        tr(view.lang, ...door.title),
        <MonitorPage
          view={view}
          base={door.base}
          title={tr(view.lang, ...door.title)}
          access={access}
          wijken={wijken}
          filter={filter}
          values={values}
          errors={errors}
          wijkKey={wijkKey}
          periods={periods}
          cells={cells}
        />,
        Object.keys(errors).length > 0 ? 400 : 200,
      );
    });

    // One figure, or its CSV when the name ends in .csv (/monitor/initiatieven.csv).
    app.get(`${door.base}/:figuur`, config, async (request, reply) => {
      const { figuur } = request.params as { figuur: string };
      const csv = figuur.endsWith('.csv');
      const figure = figureByKey.get(csv ? figuur.slice(0, -4) : figuur);
      if (!figure) throw notFound('Dit cijfer');
      const tenant = tenantOf(request);
      const access = await accessOfRequest(db, request, publicDoor);
      const wijken = await wijkOptionsOf(db, tenant.id);
      const { values, errors, filter, wijkKey } = filterOf(request, wijken);
      const settings = await monitorSettings(db, tenant.id);
      const kind = filter.periode;
      if (csv) {
        if (Object.keys(errors).length > 0)
          throw new DomainError('ongeldige_invoer', 'Kies een wijk en maand of kwartaal die bestaan.');
        const all = await visibleCells(db, tenant.id, access, settings, kind, EVER, '9999-12-31', figure);
        const cells = filter.wijk === '' ? all : all.filter((c) => c.wijk === wijkKey);
        return sendCsv(reply, `monitor-${figure.key}.csv`, cells, kind, wijken);
      }
      const newest = await latestPeriod(db, tenant.id, kind);
      const last = lastVisiblePeriod(access, settings, kind, newest, wijkKey);
      const periods = last ? periodsEnding(kind, last, chartLength(kind)) : [];
      // The bars: the newest period anything is visible in, or the one chosen among the visible ones.
      const barLast =
        access.draft === 'eigen_wijk' && access.wijk
          ? lastVisiblePeriod(access, settings, kind, newest, access.wijk)
          : lastVisiblePeriod(access, settings, kind, newest, 'gemeente');
      const barPeriods = barLast ? periodsEnding(kind, barLast, chartLength(kind)) : [];
      if (filter.op !== '' && !barPeriods.includes(filter.op)) errors.op = 'waarde_ongeldig';
      const barPeriod = filter.op !== '' && barPeriods.includes(filter.op) ? filter.op : (barLast ?? null);
      const from = [periods[0], barPeriods[0]].filter(Boolean).sort()[0];
      const through = [last, barLast].filter(Boolean).sort().reverse()[0];
      const cells =
        from && through ? await visibleCells(db, tenant.id, access, settings, kind, from, through, figure) : [];
      const view = request.view();
      return reply.page(
        tr(view.lang, ...figure.title),
        <FigurePage
          view={view}
          base={door.base}
          figure={figure}
          access={access}
          wijken={wijken}
          filter={filter}
          values={values}
          errors={errors}
          wijkKey={wijkKey}
          periods={periods}
          barPeriod={barPeriod}
          barPeriods={barPeriods}
          cells={cells}
        />,
        Object.keys(errors).length > 0 ? 400 : 200,
      );
    });
  }

  function sendCsv(
    reply: FastifyReply,
    filename: string,
    cells: readonly MonitorCell[],
    kind: PeriodKind,
    wijken: readonly WijkOption[],
  ) {
    const label = (key: string) =>
      key === 'gemeente'
        ? 'Hele gemeente'
        : key === 'onbekend'
          ? 'Wijk niet bekend'
          : (wijken.find((w) => w.key === key)?.name ?? key);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .send(withBom(csvTable(csvColumns, csvRows(cells, kind, label))));
  }

  // Open data: the published figures of every wijk, only when the municipality chose to publish them.
  const open = { config: { access: 'iedereen' as const } };
  async function openCells(request: FastifyRequest, kind: PeriodKind) {
    const tenant = tenantOf(request);
    const settings = await monitorSettings(db, tenant.id);
    if (!settings.publishOpenData)
      throw new DomainError(
        'niet_gevonden',
        'Deze gemeente publiceert de cijfers van de monitor (nog) niet als open data. De openbare cijfers staan op ' +
          '/monitor.',
      );
    return { tenant, cells: await visibleCells(db, tenant.id, PUBLIC_ACCESS, settings, kind, EVER, '9999-12-31') };
  }
  app.get('/open/monitor.csv', open, async (request, reply) => {
    const months = await openCells(request, 'maand');
    const quarters = await openCells(request, 'kwartaal');
    const wijken = await wijkOptionsOf(db, months.tenant.id);
    const label = (key: string) =>
      key === 'gemeente'
        ? 'Hele gemeente'
        : key === 'onbekend'
          ? 'Wijk niet bekend'
          : (wijken.find((w) => w.key === key)?.name ?? key);
    const rows = [...csvRows(months.cells, 'maand', label), ...csvRows(quarters.cells, 'kwartaal', label)];
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="monitor.csv"')
      .send(withBom(csvTable(csvColumns, rows)));
  });
  app.get('/open/monitor.json', open, async (request, reply) => {
    const months = await openCells(request, 'maand');
    const quarters = await openCells(request, 'kwartaal');
    const wijken = await wijkOptionsOf(db, months.tenant.id);
    return reply.type('application/json; charset=utf-8').send({
      gemeente: months.tenant.name,
      gemaakt: new Date().toISOString(),
      toelichting:
        'De openbare cijfers van de monitor, per figuur, periode (maand en kwartaal) en wijk. Een aantal onder de 10 ' +
        'staat er niet in (aantal is null, onderdrukt is "minder dan 10"); een percentage of gemiddelde over minder ' +
        'dan 10 ook niet; als je een klein aantal zou kunnen uitrekenen uit het totaal, is ook het volgende ' +
        'kleinste aantal weggelaten (onderdrukt is "verborgen").',
      wijken: wijken.map((w) => ({ id: w.key, slug: w.slug, naam: w.name })),
      cijfers: [
        ...months.cells.map((c) => openItem(c, 'maand')),
        ...quarters.cells.map((c) => openItem(c, 'kwartaal')),
      ],
    });
  });

  const admin = { config: { access: ['beheerder'] as const } };
  const adminMonths = (now = new Date()) => {
    const thisMonth = `${now.toISOString().slice(0, 7)}-01`;
    return Array.from({ length: 36 }, (_, i) => addMonths(thisMonth, -i));
  };
  app.get(ADMIN_PATH, admin, async (request, reply) => {
    const view = request.view();
    const user = signedInUser(request);
    const settings = await monitorSettings(db, user.tenantId);
    const saved = (request.query as { opgeslagen?: string }).opgeslagen === '1';
    return reply.page(
      adminTitle(view.lang),
      <MonitorAdminPage
        view={view}
        months={adminMonths()}
        settings={settings}
        values={adminValuesOf(settings)}
        saved={saved}
      />,
    );
  });
  app.post(ADMIN_PATH, admin, async (request, reply) => {
    const view = request.view();
    const user = signedInUser(request);
    const months = adminMonths();
    const form = parseForm(adminSchema, request.body);
    const errors: FormErrors = form.ok ? {} : form.errors;
    if (form.ok && form.data.tot !== '' && !months.includes(form.data.tot)) errors.tot = 'waarde_ongeldig';
    if (!form.ok || Object.keys(errors).length > 0) {
      const settings = await monitorSettings(db, user.tenantId);
      return reply.page(
        adminTitle(view.lang),
        <MonitorAdminPage
          view={view}
          months={months}
          settings={settings}
          values={keptValues(request.body)}
          errors={errors}
        />,
        400,
      );
    }
    await saveMonitorSettings(db, user.tenantId, user.userId, {
      publishedThrough: form.data.tot === '' ? null : form.data.tot,
      publishOpenData: form.data.open === 'ja',
    });
    return reply.redirect(`${ADMIN_PATH}?opgeslagen=1`, 303);
  });

  app.post(`${ADMIN_PATH}/bijwerken`, admin, async (request, reply) => {
    await refreshMonitor(db, signedInUser(request).tenantId, { now: new Date() });
    return reply.redirect(`${ADMIN_PATH}?bijgewerkt=1`, 303);
  });

  await monitorApiRoutes(app);
}

/** One item of the open data and the API: the same fields, the same suppression. */
export function openItem(c: MonitorCell, kind: PeriodKind) {
  const figure: Figure = figureByKey.get(c.figureKey)!;
  return {
    figuur: c.figureKey,
    periode: kind,
    start: c.periodStart,
    wijk: c.wijk,
    n: c.n,
    value: c.value,
    soort: figure.kind,
    hidden: c.hidden === '' ? null : hiddenWords(c.hidden),
    concept: c.concept,
    status: c.concept ? CONCEPT_WORDS[0] : 'openbaar',
  };
}

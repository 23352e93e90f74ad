// The API of signals (issue 13, deliver 8): the team's open signals, one signal with its steps, a new signal and a
// step, through the same gate and commands as the pages. For people signed in only: no API key opens a signal, as
// for case files (docs/api.md).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Actor, searchWithAccess, withAccess } from '../../../kernel/access/gate.js';
import { scopesFor } from '../../../kernel/access/policy.js';
import { actorOf } from '../../../kernel/auth/actor.js';
import type { Role } from '../../../kernel/auth/roles.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { problemSchema } from '../../../kernel/http/problem.js';
import { findTenantById } from '../../../kernel/tenancy/queries.js';
import { categoryOf, findSignal, moveSignal, signalAccess, TEAM_PURPOSE } from '../commands/move.js';
import { submitSignal } from '../commands/submit.js';
import { neighbourhoodSignalRoles } from '../policy.js';
import { findSignalForTeam, listOpenSignals, listSignalSteps } from '../queries/api.js';
import {
  closingOutcomes,
  neighbourhoodThemes,
  personConcerns,
  personKnowsAnswers,
  type ReporterRole,
  reporterRoles,
  signalEventKinds,
  signalKinds,
  signalStatuses,
  type SignalKind,
  urgencies,
  visitResults,
} from '../schema.js';

const topics = [...new Set([...personConcerns, ...neighbourhoodThemes])] as [string, ...string[]];
const dateTime = z.iso.datetime({ offset: true });

const areaSchema = z.object({ naam: z.string(), cbsCode: z.string().nullable() }).nullable();
const deadlinesSchema = z.object({ eerste: dateTime, tweede: dateTime, teLaat: z.boolean() });

const listItemSchema = z.object({
  id: z.uuid(),
  referentie: z.string(),
  soort: z.enum(signalKinds),
  onderwerp: z.enum(topics),
  urgentie: z.enum(urgencies),
  status: z.enum(signalStatuses),
  binnengekomen: dateTime,
  termijnen: deadlinesSchema,
  buurt: areaSchema,
});

const signalSchema = listItemSchema.extend({
  watGezien: z.string(),
  sindsWanneer: z.string(),
  watZouHelpen: z.string(),
  straat: z.string(),
  postcode: z.string().nullable(),
  gevaar: z.array(z.string()),
  bezoekresultaat: z.enum(visitResults).nullable(),
  doorgezetNaar: z.string().nullable(),
  uitkomst: z.enum(closingOutcomes).nullable(),
  stappen: z.array(
    z.object({
      moment: dateTime,
      soort: z.enum(signalEventKinds),
      van: z.enum(signalStatuses).nullable(),
      naar: z.enum(signalStatuses).nullable(),
      reden: z.string(),
      door: z.enum(['team', 'melder', 'systeem']),
    }),
  ),
});

const newSignalSchema = z
  .object({
    soort: z.enum(signalKinds),
    onderwerp: z.enum(topics),
    watGezien: z.string().trim().min(1).max(5000),
    sindsWanneer: z.string().trim().max(500).optional(),
    watZouHelpen: z.string().trim().max(2000).optional(),
    straat: z.string().trim().max(200).optional(),
    postcode: z.string().trim().max(10).optional(),
    buurt: z.uuid().nullish(),
    herkenning: z.string().trim().max(500).optional(),
    weetPersoon: z.enum(personKnowsAnswers).optional(),
    nuGevaar: z.boolean().optional(),
    melderRol: z.enum(reporterRoles).optional(),
    organisatie: z.string().trim().max(200).optional(),
    naam: z.string().trim().max(200).optional(),
    email: z.email().max(254).optional(),
    telefoon: z.string().trim().max(40).optional(),
    wilBerichten: z.boolean().optional(),
  })
  .refine((b) => (b.soort === 'persoon' ? personConcerns : neighbourhoodThemes).includes(b.onderwerp as never), {
    path: ['onderwerp'],
    message: 'Dit onderwerp past niet bij deze soort signaal.',
  });

const stepSchema = z.object({
  naar: z.enum(signalStatuses),
  reden: z.string().trim().max(2000).default(''),
  bezoekresultaat: z.enum(visitResults).optional(),
  uitkomst: z.enum(closingOutcomes).optional(),
});

/** Who reports when a signed-in person does: their own role, in the words of the form. */
const reporterRoleOf = (role: Role): ReporterRole =>
  role === 'vrijwilliger' ? 'vrijwilliger' : role === 'bewoner' || role === 'initiatiefnemer' ? 'bewoner' : 'partner';

/** Whether this role reads the signals of this kind across the municipality (the gate would say the same). */
const readsKind = (role: Role, kind: SignalKind) => scopesFor(role, categoryOf(kind), 'search').includes('tenant');

const areaOfRow = (r: { areaName: string | null; cbsCode: string | null }) =>
  r.areaName ? { naam: r.areaName, cbsCode: r.cbsCode } : null;

const deadlinesOfRow = (r: { dueAt: Date; secondDueAt: Date; status: string }, now: Date) => ({
  eerste: r.dueAt.toISOString(),
  tweede: r.secondDueAt.toISOString(),
  teLaat: r.status !== 'afgesloten' && r.dueAt.getTime() < now.getTime(),
});

export async function signalApiRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.database.db;
  const team = { access: neighbourhoodSignalRoles, data: 'buurtsignaal' as const };
  const idParams = z.object({ id: z.uuid() });

  api.get(
    '/api/v1/signalen',
    {
      config: team,
      schema: {
        operationId: 'signalen',
        summary: 'De open signalen van de gemeente, met termijnen en buurt; te laat bovenaan',
        description:
          'Een wijkteamlid en een regisseur zien beide soorten; een opbouwwerker alleen signalen over de buurt. ' +
          'Elk signaal over een persoon in de lijst krijgt een regel in het toegangslog.',
        tags: ['signalen'],
        response: { 200: z.array(listItemSchema) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = new Date();
      const rows = [];
      for (const kind of signalKinds) {
        if (!readsKind(actor.role, kind)) continue;
        rows.push(
          ...(await searchWithAccess(db, actor, { category: categoryOf(kind), purpose: TEAM_PURPOSE }, async (gated) =>
            (await listOpenSignals(gated, actor.tenantId, kind)).map((r) => ({
              ...r,
              subjectUserId: null,
              subjectRequestId: kind === 'persoon' ? r.id : null,
            })),
          )),
        );
      }
      const late = (r: { dueAt: Date }) => Number(r.dueAt.getTime() < now.getTime());
      rows.sort((a, b) => late(b) - late(a) || a.dueAt.getTime() - b.dueAt.getTime());
      return rows.map((r) => ({
        id: r.id,
        referentie: r.reference,
        soort: r.kind,
        onderwerp: r.topic,
        urgentie: r.urgency,
        status: r.status,
        binnengekomen: r.createdAt.toISOString(),
        termijnen: deadlinesOfRow(r, now),
        buurt: areaOfRow(r),
      }));
    },
  );

  api.get(
    '/api/v1/signalen/:id',
    {
      config: team,
      schema: {
        operationId: 'signaal',
        summary: 'Eén signaal met wat er gezien is, waar, de termijnen en alle stappen; zonder de melder',
        description:
          'Een id dat niet bestaat of van een andere gemeente is, geeft 404; de poging staat in het log. Een ' +
          'signaal over een persoon is alleen voor een wijkteamlid of regisseur (403 voor een opbouwwerker).',
        tags: ['signalen'],
        params: idParams,
        response: { 200: signalSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const facts = await findSignal(ctx, actor, request.params.id);
      const { signal, steps } = await withAccess(
        db,
        actor,
        signalAccess(facts, 'read', TEAM_PURPOSE),
        async (gated) => ({
          signal: await findSignalForTeam(gated, actor.tenantId, facts.id),
          steps: await listSignalSteps(gated, actor.tenantId, facts.id),
        }),
      );
      if (!signal) throw notFound('Dit signaal');
      return {
        id: signal.id,
        referentie: signal.reference,
        soort: signal.kind,
        onderwerp: signal.topic,
        urgentie: signal.urgency,
        status: signal.status,
        binnengekomen: signal.createdAt.toISOString(),
        termijnen: deadlinesOfRow(signal, new Date()),
        buurt: areaOfRow(signal),
        watGezien: signal.whatSeen,
        sindsWanneer: signal.sinceWhen,
        watZouHelpen: signal.whatWouldHelp,
        straat: signal.street,
        postcode: signal.postcode,
        gevaar: signal.dangerReasons,
        bezoekresultaat: signal.visitResult,
        doorgezetNaar: signal.forwardedTo,
        uitkomst: signal.closingOutcome,
        stappen: steps.map((s) => ({
          moment: s.at.toISOString(),
          soort: s.kind,
          van: s.fromStatus,
          naar: s.toStatus,
          reden: s.reason,
          door: s.actorKind,
        })),
      };
    },
  );

  api.post(
    '/api/v1/signalen',
    {
      config: { access: 'ingelogd' },
      schema: {
        operationId: 'signaalMelden',
        summary: 'Een signaal geven, over iemand of over de buurt, zoals het formulier dat doet',
        description:
          'De melder is wie is ingelogd. Gevaar in de tekst (of nuGevaar) maakt het signaal spoed: het wijkteam ' +
          'krijgt meteen bericht, en watNu noemt de noodnummers.',
        tags: ['signalen'],
        body: newSignalSchema,
        response: {
          201: z.object({ id: z.uuid(), referentie: z.string(), urgentie: z.enum(urgencies), watNu: z.string() }),
        },
      },
    },
    async (request, reply) => {
      const user = actorOf(request);
      const tenant = await findTenantById(db, user.tenantId);
      if (!tenant) throw notFound('Deze gemeente');
      const b = request.body;
      // Someone outside the team reports as themselves, received by Nabij (as the form does for them): they may
      // give a signal, not read the team's signals.
      const mayCreate = scopesFor(user.role, categoryOf(b.soort), 'create').includes('tenant');
      const actor: Actor = mayCreate ? user : { kind: 'system', tenantId: user.tenantId, process: 'signaal' };
      const made = await submitSignal(ctx, tenant, actor, {
        kind: b.soort,
        topic: b.onderwerp as never,
        whatSeen: b.watGezien,
        sinceWhen: b.sindsWanneer ?? '',
        whatWouldHelp: b.watZouHelpen ?? '',
        street: b.straat ?? '',
        postcode: b.postcode ?? null,
        areaId: b.buurt ?? null,
        personHint: b.herkenning ?? '',
        personKnows: b.weetPersoon ?? null,
        reporterSaysDanger: b.nuGevaar ?? false,
        reporterUserId: user.userId,
        reporterRole: b.melderRol ?? reporterRoleOf(user.role),
        reporterOrganisation: b.organisatie ?? '',
        reporterName: b.naam ?? '',
        reporterEmail: b.email ?? null,
        reporterPhone: b.telefoon ?? '',
        reporterWantsMail: b.wilBerichten ?? false,
      });
      const watNu =
        made.urgency === 'spoed'
          ? 'Het wijkteam krijgt je signaal met spoed. Is er nu direct gevaar? Bel 112. Veilig Thuis: 0800-2000. ' +
            'Denk je aan zelfdoding? 113 Zelfmoordpreventie: 0800-0113.'
          : 'Dank je wel. Het wijkteam heeft je signaal ontvangen. Hoe het ermee staat, zie je bij Mijn signalen.';
      return reply.code(201).send({ id: made.id, referentie: made.reference, urgentie: made.urgency, watNu });
    },
  );

  api.post(
    '/api/v1/signalen/:id/stappen',
    {
      config: team,
      schema: {
        operationId: 'signaalStap',
        summary: 'Een stap van een signaal, alleen als de tabel van toegestane stappen die toelaat',
        description:
          'Een stap die de tabel niet toelaat, of zonder wat de stap nodig heeft (een reden, het resultaat van het ' +
          'bezoek, de uitkomst), geeft 400 met een Nederlandse zin. Doorzetten gaat via de pagina’s: naar een ' +
          'hulpvraag of casus met toestemming van de persoon, naar de wijkagenda via een thema.',
        tags: ['signalen'],
        params: idParams,
        body: stepSchema,
        response: { 204: z.null(), 404: problemSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const facts = await findSignal(ctx, actor, request.params.id);
      const b = request.body;
      if (b.naar === 'doorgezet')
        throw new DomainError(
          'ongeldige_invoer',
          'Doorzetten kan niet via de API: naar een hulpvraag of casus gaat met toestemming op de pagina van het ' +
            'signaal, naar de wijkagenda via een thema.',
        );
      await moveSignal(ctx, actor, facts, {
        to: b.naar,
        reason: b.reden,
        ...(b.bezoekresultaat ? { visitResult: b.bezoekresultaat } : {}),
        ...(b.uitkomst ? { closingOutcome: b.uitkomst } : {}),
      });
      return reply.code(204).send(null);
    },
  );
}

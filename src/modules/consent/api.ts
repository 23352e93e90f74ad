// The API of consents (issue 12, deliver 10): the resident reads and withdraws their own; the team reads and records
// those of a case. The same commands and the same gate as the pages; for people signed in, not for API keys.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withAccess } from '../../kernel/access/gate.js';
import { caseRoles, residentRoles } from '../../kernel/access/policy.js';
import { actorOf } from '../../kernel/auth/actor.js';
import { problemSchema } from '../../kernel/http/problem.js';
import { caseKeys } from '../casework/index.js';
import { recordConsent } from './commands/record-consent.js';
import { withdrawConsent } from './commands/withdraw-consent.js';
import { consentCategories } from './policy.js';
import { type ConsentView, listConsentsAbout, listConsentsOfRequest } from './queries.js';
import { consentKinds, givenHows, recipientKinds } from './schema.js';
import { consentState, dutchToday, purposes, recipientRoles } from './words.js';
import { notFound } from '../../kernel/errors.js';

const isoDate = z.iso.date();

const consentSchema = z.object({
  id: z.uuid(),
  soort: z.enum(consentKinds),
  ontvanger: z.object({
    soort: z.enum(recipientKinds),
    naam: z.string().nullable(),
    rol: z.string().nullable(),
  }),
  gegevens: z.string(),
  doel: z.string(),
  doelToelichting: z.string().nullable(),
  begin: isoDate,
  eind: isoDate.nullable(),
  hoe: z.enum(givenHows).nullable(),
  reden: z.string().nullable(),
  vastgelegdDoor: z.string().nullable(),
  vastgelegd: z.iso.datetime({ offset: true }),
  ingetrokken: z.iso.datetime({ offset: true }).nullable(),
  stand: z.enum(['actief', 'nog_niet', 'ingetrokken', 'verlopen']),
});

const toApi = (c: ConsentView, today: string) => ({
  id: c.id,
  soort: c.kind,
  ontvanger: { soort: c.recipientKind, naam: c.recipientName, rol: c.recipientRole },
  gegevens: c.category,
  doel: c.purpose,
  doelToelichting: c.purposeNote,
  begin: c.startsOn,
  eind: c.endsOn,
  hoe: c.givenHow,
  reden: c.reason,
  vastgelegdDoor: c.recordedByName,
  vastgelegd: c.recordedAt.toISOString(),
  ingetrokken: c.withdrawnAt?.toISOString() ?? null,
  stand: consentState(c, today),
});

/** A consent the team records through the API: the fields of the page's form, typed. */
const newConsentSchema = z
  .object({
    ontvanger: z.enum(recipientKinds),
    naam: z.string().trim().max(200).default(''),
    email: z.union([z.literal(''), z.email().max(254)]).default(''),
    // Asked when a call comes in: the categories are those the installed modules' rules open only with consent.
    gegevens: z
      .string()
      .refine((v) => consentCategories().includes(v), 'Kies gegevens waar toestemming voor nodig is.'),
    doel: z.enum(purposes),
    doelToelichting: z.string().trim().max(500).default(''),
    hoe: z.enum(givenHows),
    begin: isoDate,
    eind: isoDate.nullable().default(null),
  })
  .refine((v) => v.ontvanger === 'rol' || v.naam !== '', { message: 'Noem de persoon of organisatie.', path: ['naam'] })
  .refine((v) => v.doel !== 'anders' || v.doelToelichting !== '', {
    message: 'Zeg bij "anders" waarvoor.',
    path: ['doelToelichting'],
  })
  .refine((v) => v.eind === null || v.eind >= v.begin, { message: 'Het einde ligt voor het begin.', path: ['eind'] });

export async function consentApiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.database.db;
  const idParams = z.object({ id: z.uuid() });

  api.get(
    '/api/v1/mijn/toestemmingen',
    {
      config: { access: residentRoles, data: 'toestemming' },
      schema: {
        operationId: 'mijnToestemmingen',
        summary: 'Al mijn toestemmingen, geldend en afgelopen, en wat een regisseur op grond van de wet vastlegde',
        tags: ['toestemmingen'],
        response: { 200: z.array(consentSchema) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const consents = await withAccess(
        db,
        actor,
        { category: 'toestemming', action: 'read', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
        (gated) => listConsentsAbout(gated, actor.tenantId, actor.userId),
      );
      const today = dutchToday(new Date());
      return consents.map((c) => toApi(c, today));
    },
  );

  api.post(
    '/api/v1/mijn/toestemmingen/:id/intrekken',
    {
      config: { access: residentRoles, data: 'toestemming' },
      schema: {
        operationId: 'toestemmingIntrekken',
        summary: 'Een eigen toestemming intrekken: de volgende keer dat de ontvanger kijkt, wordt dat geweigerd',
        tags: ['toestemmingen'],
        params: idParams,
        response: { 204: z.null(), 404: problemSchema },
      },
    },
    async (request, reply) => {
      await withdrawConsent(db, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/v1/casussen/:id/toestemmingen',
    {
      config: { access: caseRoles, data: 'toestemming' },
      schema: {
        operationId: 'casusToestemmingen',
        summary: 'De toestemmingen van de bewoner van een casus',
        tags: ['toestemmingen'],
        params: idParams,
        response: { 200: z.array(consentSchema), 404: problemSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const keys = await caseKeys(db, actor.tenantId, request.params.id);
      if (!keys) throw notFound('Deze casus');
      const consents = await withAccess(
        db,
        actor,
        { category: 'toestemming', action: 'read', purpose: 'hulpvraag_behandelen', subjectUserId: keys.askerUserId },
        (gated) => listConsentsOfRequest(gated, actor.tenantId, keys.requestId, keys.askerUserId),
      );
      const today = dutchToday(new Date());
      return consents.map((c) => toApi(c, today));
    },
  );

  api.post(
    '/api/v1/casussen/:id/toestemmingen',
    {
      config: { access: caseRoles, data: 'toestemming' },
      schema: {
        operationId: 'toestemmingVastleggen',
        summary: 'Een toestemming vastleggen die de bewoner gaf (schriftelijk, mondeling of digitaal)',
        tags: ['toestemmingen'],
        params: idParams,
        body: newConsentSchema,
        response: { 201: z.object({ id: z.uuid() }), 404: problemSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const id = await recordConsent(db, actorOf(request), request.params.id, 'toestemming', {
        recipientKind: b.ontvanger,
        recipientName: b.naam,
        recipientEmail: b.email,
        recipientRole: b.ontvanger === 'rol' ? recipientRoles[0] : null,
        category: b.gegevens,
        purpose: b.doel,
        purposeNote: b.doelToelichting,
        startsOn: b.begin,
        endsOn: b.eind,
        givenHow: b.hoe,
        reason: null,
      });
      return reply.code(201).send({ id });
    },
  );
}

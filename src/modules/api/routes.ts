// The JSON API under /api/v1: each route declares its schemas, which validate, type and document it.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AccessDeniedError, withAccess } from '../../kernel/access/gate.js';
import { findAccount } from '../../kernel/auth/accounts.js';
import { actorOf, apiActorOf } from '../../kernel/auth/actor.js';
import { tokenScopes } from '../../kernel/auth/api-tokens.js';
import { roles } from '../../kernel/auth/roles.js';
import { notFound } from '../../kernel/errors.js';
import { problemSchema } from '../../kernel/http/problem.js';
import { listNeighbourhoods } from '../../kernel/tenancy/queries.js';

const accountSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  email: z.string(),
  rol: z.enum(roles),
  telefoon: z.string().nullable(),
  wijk: z.string().nullable(),
});

const toApiAccount = (a: NonNullable<Awaited<ReturnType<typeof findAccount>>>) => ({
  id: a.id,
  naam: a.displayName,
  email: a.email,
  rol: a.role,
  telefoon: a.phone,
  wijk: a.neighbourhoodName,
});

export async function apiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.database.db;

  api.get(
    '/api/v1/gemeente',
    {
      // Public, and every integration may need it, whatever its scopes.
      config: { access: 'iedereen', scopes: tokenScopes },
      schema: {
        operationId: 'gemeente',
        summary: 'De gemeente van deze Nabij, met haar wijken en buurten',
        tags: ['gemeente'],
        response: {
          200: z.object({
            slug: z.string(),
            naam: z.string(),
            wijken: z.array(
              z.object({
                slug: z.string(),
                naam: z.string(),
                buurten: z.array(z.object({ naam: z.string(), cbsCode: z.string().nullable() })),
              }),
            ),
          }),
          404: problemSchema,
        },
      },
    },
    async (request) => {
      if (!request.tenant) throw notFound('Deze gemeente');
      const neighbourhoods = await listNeighbourhoods(db, request.tenant.id);
      return {
        slug: request.tenant.slug,
        naam: request.tenant.name,
        wijken: neighbourhoods.map((n) => ({
          slug: n.slug,
          naam: n.name,
          buurten: n.areas.map((a) => ({ naam: a.name, cbsCode: a.cbsCode })),
        })),
      };
    },
  );

  api.get(
    '/api/v1/ik',
    {
      config: { access: 'ingelogd' },
      schema: {
        operationId: 'mijnAccount',
        summary: 'Mijn eigen account',
        tags: ['accounts'],
        response: { 200: accountSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const account = await withAccess(
        db,
        actor,
        { category: 'account', action: 'read', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
        (gated) => findAccount(gated, actor.tenantId, actor.userId),
      );
      if (!account) throw notFound('Dit account');
      return toApiAccount(account);
    },
  );

  api.get(
    '/api/v1/personen/:id',
    {
      config: { access: 'ingelogd', scopes: ['personen:lezen'], data: 'account', person: 'id' },
      schema: {
        operationId: 'persoon',
        summary: 'Contactgegevens van een persoon, voor het wijkteam; elke poging komt in het toegangslog',
        description:
          'Een id dat niet bestaat of van een andere gemeente is, geeft 404; de poging staat in het toegangslog.',
        tags: ['accounts'],
        params: z.object({ id: z.uuid() }),
        response: { 200: accountSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const actor = apiActorOf(request);
      const { id } = request.params;
      const account = await withAccess(
        db,
        actor,
        { category: 'account', action: 'read', purpose: 'contact_opnemen', subjectUserId: id },
        (gated) => findAccount(gated, actor.tenantId, id),
      ).catch((error: unknown) => {
        // Someone elsewhere or no one at all: the same answer, so a guessed id tells nothing (the gate logged it).
        if (error instanceof AccessDeniedError && error.reason === 'onbekend_of_andere_gemeente')
          throw notFound('Deze persoon');
        throw error;
      });
      if (!account) throw notFound('Deze persoon');
      return toApiAccount(account);
    },
  );
}

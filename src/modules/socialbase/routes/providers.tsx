// The community worker's page of professional providers: the team's own organisations and waiting times.
import type { FastifyInstance } from 'fastify';
import { socialBaseRoles } from '../../../kernel/access/policy.js';
import { signedInUser } from '../../../kernel/auth/actor.js';
import { keptValues, parseForm } from '../../../kernel/ui/forms.js';
import {
  organisationsOf,
  ProvidersPage,
  providersSchema,
  providersTitle,
  providersValues,
} from '../pages/providers-page.js';
import { listProfessionalServices, saveProviderSettings } from '../queries/providers.js';

export async function providerRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  const config = { config: { access: socialBaseRoles } };

  app.get('/opbouw/aanbieders', config, async (request, reply) => {
    const view = request.view();
    const { tenantId } = signedInUser(request);
    const services = await listProfessionalServices(db, tenantId);
    const saved = (request.query as { opgeslagen?: string }).opgeslagen === '1';
    return reply.page(
      providersTitle(view.lang),
      <ProvidersPage view={view} services={services} values={providersValues(services)} saved={saved} />,
    );
  });

  app.post('/opbouw/aanbieders', config, async (request, reply) => {
    const view = request.view();
    const { tenantId } = signedInUser(request);
    const services = await listProfessionalServices(db, tenantId);
    const form = parseForm(providersSchema(services), request.body);
    if (!form.ok)
      return reply.page(
        providersTitle(view.lang),
        <ProvidersPage view={view} services={services} values={keptValues(request.body)} errors={form.errors} />,
        400,
      );
    const data = form.data as Record<string, string | number | null | undefined>;
    await saveProviderSettings(db, tenantId, {
      ownOrganisationIds: organisationsOf(services)
        .filter((o) => ['ja', 'on'].includes(String(data[`eigen_${o.id}`] ?? '')))
        .map((o) => o.id),
      waitingWeeks: new Map(
        services
          .filter((s) => data[`wacht_${s.activityId}`] !== undefined)
          .map((s) => [s.activityId, data[`wacht_${s.activityId}`] as number | null]),
      ),
    });
    return reply.redirect('/opbouw/aanbieders?opgeslagen=1', 303);
  });
}

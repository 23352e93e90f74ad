// Retention's pages: the administrator's terms with the last runs, and the resident's "Vraag om je gegevens te
// wissen".
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf, signedInUser } from '../../kernel/auth/actor.js';
import { notFound } from '../../kernel/errors.js';
import { keptValues, parseForm } from '../../kernel/ui/forms.js';
import { eraseOwnRequest, ownRequestChoices } from './commands/erase-own.js';
import { ErasePage, eraseTitle } from './pages/erase-page.js';
import {
  retentionSchema,
  RetentionTermsPage,
  retentionTitle,
  retentionValues,
  termsFromForm,
} from './pages/terms-page.js';
import { findRetentionTerms, listRuns, saveRetentionTerms } from './queries.js';

export async function retentionRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  const admin = { config: { access: ['beheerder' as const] } };

  app.get('/beheer/bewaartermijnen', admin, async (request, reply) => {
    const view = request.view();
    const { tenantId } = signedInUser(request);
    const [terms, runs] = await Promise.all([findRetentionTerms(db, tenantId), listRuns(db, tenantId)]);
    const saved = (request.query as { opgeslagen?: string }).opgeslagen === '1';
    return reply.page(
      retentionTitle(view.lang),
      <RetentionTermsPage view={view} values={retentionValues(terms)} saved={saved} runs={runs} />,
    );
  });

  app.post('/beheer/bewaartermijnen', admin, async (request, reply) => {
    const view = request.view();
    const { tenantId } = signedInUser(request);
    const form = parseForm(retentionSchema, request.body);
    if (!form.ok)
      return reply.page(
        retentionTitle(view.lang),
        <RetentionTermsPage
          view={view}
          values={keptValues(request.body)}
          errors={form.errors}
          runs={await listRuns(db, tenantId)}
        />,
        400,
      );
    await saveRetentionTerms(db, tenantId, termsFromForm(form.data));
    return reply.redirect('/beheer/bewaartermijnen?opgeslagen=1', 303);
  });

  app.get('/mijn/gegevens-wissen', { config: { access: 'ingelogd' } }, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const [choices, terms] = await Promise.all([ownRequestChoices(db, actor), findRetentionTerms(db, actor.tenantId)]);
    const erased = (request.query as { gewist?: unknown }).gewist;
    return reply.page(
      eraseTitle(view.lang),
      <ErasePage
        view={view}
        choices={choices}
        terms={terms}
        erased={typeof erased === 'string' && /^[A-Z0-9-]{1,20}$/.test(erased) ? erased : undefined}
      />,
    );
  });

  app.post(
    '/mijn/hulpvragen/:id/wissen',
    { config: { access: 'ingelogd', data: 'hulpvraag' } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params as { id: string };
      if (!z.uuid().safeParse(id).success) throw notFound('Deze hulpvraag');
      const erased = await eraseOwnRequest(db, actor, id);
      return reply.redirect(`/mijn/gegevens-wissen?gewist=${encodeURIComponent(erased.reference)}`, 303);
    },
  );
}

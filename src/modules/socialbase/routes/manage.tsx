// The community worker's pages: entries that need confirming, reminders, and uploading a spreadsheet with a preview.
// Also the page behind the "Klopt dit nog?" link that owners get by email.
import { socialBaseRoles } from '../../../kernel/access/policy.js';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { signedInUser } from '../../../kernel/auth/actor.js';
import { notFound } from '../../../kernel/errors.js';
import { maxUploadBytes } from '../../../kernel/tables/index.js';
import { findTenantById } from '../../../kernel/tenancy/queries.js';
import { confirmEntry, confirmEntryByLink } from '../commands/confirm-entry.js';
import { draftImport } from '../commands/draft-import.js';
import { saveImport } from '../commands/save-import.js';
import { sendConfirmationRequests } from '../commands/send-confirmation-requests.js';
import { monthsAgo } from '../freshness.js';
import { ConfirmLinkAnswered, ConfirmLinkPage } from '../pages/confirm-link-page.js';
import {
  ImportErrors,
  ImportPreview,
  ImportSaved,
  importSavedQuery,
  importSavedTitle,
} from '../pages/import-result.js';
import { StaleEntriesPage } from '../pages/stale-entries-page.js';
import { stillRightTitle } from '../pages/still-right-button.js';
import { UploadForm, uploadTitle } from '../pages/upload-form.js';
import { requireSocialBaseManager } from '../policy.js';
import { listStaleEntries } from '../queries/activities.js';
import { findConfirmationLink } from '../queries/confirmation-links.js';
import { findActivity } from '../queries/search.js';

export async function socialBaseManageRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: maxUploadBytes, files: 1, fields: 10 },
  });
  const settings = ctx.config.socialBase;

  const manager = (request: Parameters<typeof signedInUser>[0]) => {
    const user = signedInUser(request);
    requireSocialBaseManager(user.role);
    return user;
  };

  app.get('/opbouw/actualiteit', { config: { access: socialBaseRoles } }, async (request, reply) => {
    const view = request.view();
    const user = manager(request);
    const now = new Date();
    const entries = await listStaleEntries(db, user.tenantId, monthsAgo(settings.staleMonths, now));
    const q = request.query as { bevestigd?: string; verstuurd?: string };
    return reply.page(
      stillRightTitle(view.lang),
      <StaleEntriesPage
        view={view}
        entries={entries}
        settings={settings}
        now={now}
        confirmed={Boolean(q.bevestigd)}
        sent={q.verstuurd}
      />,
    );
  });

  app.post('/opbouw/actualiteit/:id/bevestigen', { config: { access: socialBaseRoles } }, async (request, reply) => {
    const user = manager(request);
    const { id } = request.params as { id: string };
    if (!z.uuid().safeParse(id).success || !(await confirmEntry(db, user.tenantId, id)))
      throw notFound('Deze activiteit');
    return reply.redirect('/opbouw/actualiteit?bevestigd=1', 303);
  });

  app.post('/opbouw/herinneringen', { config: { access: socialBaseRoles } }, async (request, reply) => {
    const user = manager(request);
    const tenant = await findTenantById(db, user.tenantId);
    const sent = await sendConfirmationRequests(db, ctx.mailer, user.tenantId, {
      confirmEveryMonths: settings.confirmEveryMonths,
      baseUrl: ctx.config.baseUrl,
      tenantName: tenant?.name ?? '',
    });
    return reply.redirect(`/opbouw/actualiteit?verstuurd=${sent}`, 303);
  });

  app.get('/opbouw/import', { config: { access: socialBaseRoles } }, async (request, reply) => {
    manager(request);
    const view = request.view();
    return reply.page(uploadTitle(view.lang), <UploadForm view={view} />);
  });

  app.post(
    '/opbouw/import',
    {
      config: { rateLimit: { max: ctx.config.formRateLimit, timeWindow: '15 minutes' }, access: socialBaseRoles },
      // A file over the limit stops the upload before the handler runs: say so beside the field, not "form expired".
      errorHandler: (error: Error & { code?: string }, request, reply) => {
        if (error.code !== 'FST_REQ_FILE_TOO_LARGE') throw error;
        manager(request);
        const view = request.view();
        return reply.page(uploadTitle(view.lang), <UploadForm view={view} error="bestand_te_groot" />, 413);
      },
    },
    async (request, reply) => {
      const user = manager(request);
      const view = request.view();
      const title = uploadTitle(view.lang);
      const body = (request.body ?? {}) as { bestand?: Buffer | string };
      const result = await draftImport(db, user, body.bestand);
      switch (result.outcome) {
        case 'no_file':
          return reply.page(title, <UploadForm view={view} error="bestand_nodig" />, 400);
        case 'refused':
          return reply.page(title, <UploadForm view={view} error={result.problem} />, 400);
        case 'row_errors':
          return reply.page(
            title,
            <ImportErrors lang={view.lang} errors={result.errors} total={result.total} encoding={result.encoding} />,
            400,
          );
        case 'drafted':
          return reply.page(
            title,
            <ImportPreview
              view={view}
              draftId={result.draftId}
              rows={result.rows}
              counts={result.counts}
              encoding={result.encoding}
            />,
          );
      }
    },
  );

  app.post('/opbouw/import/:draft', { config: { access: socialBaseRoles } }, async (request, reply) => {
    const user = manager(request);
    const { draft } = request.params as { draft: string };
    const report = z.uuid().safeParse(draft).success ? await saveImport(db, user.tenantId, draft) : undefined;
    if (!report) throw notFound('Dit concept');
    // PGlite has no autovacuum: without this the planner would not know the new rows.
    await ctx.database.vacuumAnalyze();
    return reply.redirect(`/opbouw/import/opgeslagen?nieuw=${report.created}&bijgewerkt=${report.updated}`, 303);
  });

  app.get('/opbouw/import/opgeslagen', { config: { access: socialBaseRoles } }, async (request, reply) => {
    manager(request);
    const { lang } = request.view();
    const q = importSavedQuery.parse(request.query);
    return reply.page(importSavedTitle(lang), <ImportSaved lang={lang} created={q.nieuw} updated={q.bijgewerkt} />);
  });

  app.get('/klopt-dit-nog/:token', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const { token } = request.params as { token: string };
    const link = await findConfirmationLink(db, token);
    const activity = link ? await findActivity(db, link.tenantId, link.activityId) : undefined;
    if (!link || !activity) throw notFound('Deze link');
    const tenant = await findTenantById(db, link.tenantId);
    return reply.page(
      stillRightTitle(view.lang),
      <ConfirmLinkPage view={view} token={token} usable={link.usable} activity={activity} tenant={tenant} />,
    );
  });

  app.post('/klopt-dit-nog/:token', { config: { access: 'iedereen' } }, async (request, reply) => {
    const { lang } = request.view();
    const { token } = request.params as { token: string };
    const confirmed = await confirmEntryByLink(db, token);
    return reply.page(
      stillRightTitle(lang),
      <ConfirmLinkAnswered lang={lang} confirmed={confirmed} />,
      confirmed ? 200 : 400,
    );
  });
}

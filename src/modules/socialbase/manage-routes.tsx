// The community worker's pages: entries that need confirming, reminders, and uploading a spreadsheet with a preview.
// Also the page behind the "Klopt dit nog?" link that owners get by email.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { signedInUser } from '../../kernel/auth/actor.js';
import { notFound } from '../../kernel/errors.js';
import { CsrfField, ErrorSummary, type FormErrors, SubmitButton } from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { findTenantById } from '../../kernel/tenancy/queries.js';
import { parseActivityRows } from './activity-import.js';
import type { RowError } from '../../kernel/tables/index.js';
import {
  confirmByLink,
  confirmEntry,
  findConfirmationLink,
  listStaleEntries,
  sendConfirmationRequests,
} from './confirmations.js';
import { createDraft, previewCounts, saveDraft } from './drafts.js';
import { freshnessOf, monthsAgo } from './freshness.js';
import { kindLabel } from './pages/activity-card.js';
import { requireSocialBaseManager } from './policy.js';
import { findActivity } from './search.js';
import { readTableFile, TableFileError } from '../../kernel/tables/index.js';

const monthsBetween = (from: Date, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - from.getTime()) / (30.44 * 86_400_000)));
const dateLabel = (lang: 'nl' | 'en', d: Date) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeZone: 'Europe/Amsterdam',
  }).format(d);

export async function socialBaseManageRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 10 },
  });
  const settings = ctx.config.socialBase;

  const manager = (request: Parameters<typeof signedInUser>[0]) => {
    const user = signedInUser(request);
    requireSocialBaseManager(user.role);
    return user;
  };

  app.get('/opbouw/actualiteit', async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    const user = manager(request);
    const now = new Date();
    const entries = await listStaleEntries(db, user.tenantId, monthsAgo(settings.staleMonths, now));
    const q = request.query as { bevestigd?: string; verstuurd?: string };
    const title = tr(lang, 'Klopt dit nog?', 'Is this still right?');
    return reply.page(
      title,
      <>
        {q.bevestigd ? (
          <div class="utrecht-alert utrecht-alert--ok" role="status">
            <p class="utrecht-paragraph">{tr(lang, 'Bevestigd. Dank je wel!', 'Confirmed. Thank you!')}</p>
          </div>
        ) : null}
        {q.verstuurd !== undefined ? (
          <div class="utrecht-alert utrecht-alert--ok" role="status">
            <p class="utrecht-paragraph">
              {tr(lang, `${q.verstuurd} e-mails verstuurd.`, `${q.verstuurd} emails sent.`)}
            </p>
          </div>
        ) : null}
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            `Deze activiteiten zijn meer dan ${settings.staleMonths} maanden niet bevestigd. Na ${settings.hiddenMonths} maanden stelt Nabij ze niet meer voor aan bewoners met een hulpvraag.`,
            `These activities have not been confirmed for more than ${settings.staleMonths} months. After ${settings.hiddenMonths} months Nabij no longer proposes them for help requests.`,
          )}
        </p>
        <form method="post" action="/opbouw/herinneringen">
          <CsrfField view={view} />
          <SubmitButton secondary>
            {tr(lang, 'Stuur nu de "Klopt dit nog?"-e-mails', 'Send the "Is this still right?" emails now')}
          </SubmitButton>
        </form>
        {entries.length === 0 ? (
          <p class="utrecht-paragraph">
            {tr(lang, 'Alles is recent bevestigd.', 'Everything has been confirmed recently.')}
          </p>
        ) : (
          <div class="utrecht-table-container utrecht-table-container--overflow-inline">
            <table class="utrecht-table utrecht-table--html-table">
              <caption class="utrecht-table__caption">
                {tr(lang, `${entries.length} niet recent bevestigd`, `${entries.length} not recently confirmed`)}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    {tr(lang, 'Activiteit', 'Activity')}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {tr(lang, 'Laatst bevestigd', 'Last confirmed')}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {tr(lang, 'Herinnering', 'Reminder')}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {tr(lang, 'Actie', 'Action')}
                  </th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {entries.map((entry) => {
                  const hidden = freshnessOf(entry.lastConfirmedAt, settings, now) === 'verborgen';
                  return (
                    <tr class="utrecht-table__row" key={entry.id}>
                      <td class="utrecht-table__cell">
                        <a class="utrecht-link" href={`/sociale-kaart/${entry.id}`}>
                          {entry.name}
                        </a>
                        {entry.providerName ? <span class="nabij-muted"> · {entry.providerName}</span> : null}
                      </td>
                      <td class="utrecht-table__cell">
                        {dateLabel(lang, entry.lastConfirmedAt)} (
                        {tr(
                          lang,
                          `${monthsBetween(entry.lastConfirmedAt, now)} maanden geleden`,
                          `${monthsBetween(entry.lastConfirmedAt, now)} months ago`,
                        )}
                        ){hidden ? <strong> · {tr(lang, 'niet meer voorgesteld', 'no longer proposed')}</strong> : null}
                      </td>
                      <td class="utrecht-table__cell">
                        {entry.lastReminderAt
                          ? dateLabel(lang, new Date(entry.lastReminderAt))
                          : entry.contactEmail
                            ? tr(lang, 'nog niet gestuurd', 'not sent yet')
                            : tr(lang, 'geen e-mailadres bekend', 'no email address known')}
                      </td>
                      <td class="utrecht-table__cell">
                        <form method="post" action={`/opbouw/actualiteit/${entry.id}/bevestigen`}>
                          <CsrfField view={view} />
                          <button
                            type="submit"
                            class="utrecht-button utrecht-button--secondary-action"
                            aria-label={tr(lang, `Klopt nog: ${entry.name}`, `Still right: ${entry.name}`)}
                          >
                            {tr(lang, 'Klopt nog', 'Still right')}
                          </button>
                        </form>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </>,
    );
  });

  app.post('/opbouw/actualiteit/:id/bevestigen', async (request, reply) => {
    const user = manager(request);
    const { id } = request.params as { id: string };
    if (!z.uuid().safeParse(id).success || !(await confirmEntry(db, user.tenantId, id)))
      throw notFound('Deze activiteit');
    return reply.redirect('/opbouw/actualiteit?bevestigd=1', 303);
  });

  app.post('/opbouw/herinneringen', async (request, reply) => {
    const user = manager(request);
    const tenant = await findTenantById(db, user.tenantId);
    const sent = await sendConfirmationRequests(db, ctx.mailer, user.tenantId, {
      confirmEveryMonths: settings.confirmEveryMonths,
      baseUrl: ctx.config.baseUrl,
      tenantName: tenant?.name ?? '',
    });
    return reply.redirect(`/opbouw/actualiteit?verstuurd=${sent}`, 303);
  });

  const uploadTitle = (lang: 'nl' | 'en') =>
    tr(lang, 'Sociale kaart bijwerken met een bestand', 'Update the social map from a file');

  function UploadForm({ view, errors }: { view: View; errors?: FormErrors }) {
    const { lang } = view;
    const label = tr(lang, 'Bestand (CSV of Excel)', 'File (CSV or Excel)');
    return (
      <>
        <ErrorSummary view={view} errors={errors ?? {}} labels={{ bestand: label }} />
        <h1 class="utrecht-heading-1">{uploadTitle(lang)}</h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Kies een CSV- of Excel-bestand met de kolommen id, naam, omschrijving, soort, behoeften, aanbieder, professioneel, adres, postcode, lat, lon, dagen, tijd, kosten, doelgroep, toegankelijk en talen. Je ziet eerst wat er verandert. Pas als je op Opslaan klikt, slaan we het op. Een rij met een id dat al bestaat, werkt die activiteit bij.',
            'Choose a CSV or Excel file with the columns id, naam, omschrijving, soort, behoeften, aanbieder, professioneel, adres, postcode, lat, lon, dagen, tijd, kosten, doelgroep, toegankelijk and talen. You first see what changes. Only when you click Save do we save it. A row with an id that already exists updates that activity.',
          )}
        </p>
        <form method="post" action="/opbouw/import" encType="multipart/form-data" class="nabij-form">
          <CsrfField view={view} />
          <div class={`utrecht-form-field${errors?.bestand ? ' utrecht-form-field--invalid' : ''}`}>
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="veld-bestand">
                {label}
              </label>
            </div>
            {errors?.bestand ? (
              <div class="utrecht-form-field-error-message utrecht-form-field__error-message" id="veld-bestand-fout">
                {tr(
                  lang,
                  errors.bestand === 'bestand_nodig'
                    ? 'Kies een bestand (CSV of Excel).'
                    : 'Dit bestand kunnen we niet lezen. Gebruik een CSV- of Excel-bestand (.xlsx).',
                  errors.bestand === 'bestand_nodig'
                    ? 'Choose a file (CSV or Excel).'
                    : 'We cannot read this file. Use a CSV or Excel (.xlsx) file.',
                )}
              </div>
            ) : null}
            <div class="utrecht-form-field__input">
              <input
                id="veld-bestand"
                name="bestand"
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={errors?.bestand ? 'veld-bestand-fout' : undefined}
              />
            </div>
          </div>
          <SubmitButton>{tr(lang, 'Bekijk wat er verandert', 'See what changes')}</SubmitButton>
        </form>
      </>
    );
  }

  app.get('/opbouw/import', async (request, reply) => {
    manager(request);
    const view = request.view();
    return reply.page(uploadTitle(view.lang), <UploadForm view={view} />);
  });

  app.post(
    '/opbouw/import',
    { config: { rateLimit: { max: ctx.config.formRateLimit, timeWindow: '15 minutes' } } },
    async (request, reply) => {
      const user = manager(request);
      const view = request.view();
      const { lang } = view;
      const body = (request.body ?? {}) as { bestand?: Buffer | string };
      const file = body.bestand;
      if (!Buffer.isBuffer(file) || file.length === 0)
        return reply.page(uploadTitle(lang), <UploadForm view={view} errors={{ bestand: 'bestand_nodig' }} />, 400);
      let records;
      try {
        records = await readTableFile(file);
      } catch (error) {
        if (!(error instanceof TableFileError) && !(error instanceof Error)) throw error;
        return reply.page(
          uploadTitle(lang),
          <UploadForm view={view} errors={{ bestand: 'bestand_onleesbaar' }} />,
          400,
        );
      }
      const { rows, errors } = parseActivityRows(records);
      if (errors.length > 0 || rows.length === 0) {
        return reply.page(uploadTitle(lang), <RowErrors lang={lang} errors={errors} total={records.length} />, 400);
      }
      const counts = await previewCounts(db, user.tenantId, rows);
      const draftId = await createDraft(db, user.tenantId, user.userId, 'upload', rows);
      return reply.page(
        uploadTitle(lang),
        <>
          <h1 class="utrecht-heading-1">{tr(lang, 'Controleer en sla op', 'Check and save')}</h1>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              `Het bestand is goed. ${counts.create} nieuw, ${counts.update} bijgewerkt. Er is nog niets opgeslagen.`,
              `The file is fine. ${counts.create} new, ${counts.update} updated. Nothing has been saved yet.`,
            )}
          </p>
          <ul class="utrecht-unordered-list">
            {rows.slice(0, 100).map((row) => (
              <li key={row.externalId}>
                {row.externalId}: {row.name} ({kindLabel(lang, row.kind)})
              </li>
            ))}
          </ul>
          <form method="post" action={`/opbouw/import/${draftId}`}>
            <CsrfField view={view} />
            <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
          </form>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="/opbouw/import">
              {tr(lang, 'Niet opslaan, ander bestand kiezen', 'Do not save, choose another file')}
            </a>
          </p>
        </>,
      );
    },
  );

  app.post('/opbouw/import/:draft', async (request, reply) => {
    const user = manager(request);
    const { draft } = request.params as { draft: string };
    const report = z.uuid().safeParse(draft).success ? await saveDraft(db, user.tenantId, draft) : undefined;
    if (!report) throw notFound('Dit concept');
    await ctx.database.vacuumAnalyze();
    return reply.redirect(`/opbouw/import/opgeslagen?nieuw=${report.created}&bijgewerkt=${report.updated}`, 303);
  });

  app.get('/opbouw/import/opgeslagen', async (request, reply) => {
    manager(request);
    const view = request.view();
    const q = z
      .object({
        nieuw: z.coerce.number().int().min(0).default(0),
        bijgewerkt: z.coerce.number().int().min(0).default(0),
      })
      .parse(request.query);
    const title = tr(view.lang, 'Opgeslagen', 'Saved');
    return reply.page(
      title,
      <>
        <h1 class="utrecht-heading-1">{title}</h1>
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">
            {tr(
              view.lang,
              `Opgeslagen: ${q.nieuw} nieuw, ${q.bijgewerkt} bijgewerkt.`,
              `Saved: ${q.nieuw} new, ${q.bijgewerkt} updated.`,
            )}
          </p>
        </div>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/sociale-kaart">
            {tr(view.lang, 'Naar de sociale kaart', 'To the social map')}
          </a>
        </p>
      </>,
    );
  });

  function RowErrors({ lang, errors, total }: { lang: 'nl' | 'en'; errors: RowError[]; total: number }) {
    return (
      <>
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <div class="utrecht-alert__content">
            <div class="utrecht-alert__message">
              <h1 class="utrecht-heading-1">{tr(lang, 'Het bestand heeft fouten', 'The file has errors')}</h1>
              <p class="utrecht-paragraph">
                {total === 0
                  ? tr(lang, 'Het bestand heeft geen rijen.', 'The file has no rows.')
                  : tr(
                      lang,
                      `${errors.length} fouten in ${total} rijen. Er is niets opgeslagen. Verbeter het bestand en probeer het opnieuw.`,
                      `${errors.length} errors in ${total} rows. Nothing was saved. Fix the file and try again.`,
                    )}
              </p>
            </div>
          </div>
        </div>
        {errors.length > 0 ? (
          <div class="utrecht-table-container utrecht-table-container--overflow-inline">
            <table class="utrecht-table utrecht-table--html-table">
              <caption class="utrecht-table__caption">{tr(lang, 'Fouten per rij', 'Errors per row')}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    {tr(lang, 'Rij', 'Row')}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {tr(lang, 'Kolom', 'Column')}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {tr(lang, 'Wat is er mis', 'What is wrong')}
                  </th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {errors.slice(0, 200).map((e, i) => (
                  <tr class="utrecht-table__row" key={i}>
                    <td class="utrecht-table__cell">{e.row}</td>
                    <td class="utrecht-table__cell">{e.column}</td>
                    <td class="utrecht-table__cell">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/opbouw/import">
            {tr(lang, 'Ander bestand kiezen', 'Choose another file')}
          </a>
        </p>
      </>
    );
  }

  const confirmTitle = (lang: 'nl' | 'en') => tr(lang, 'Klopt dit nog?', 'Is this still right?');

  app.get('/klopt-dit-nog/:token', async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    const { token } = request.params as { token: string };
    const link = await findConfirmationLink(db, token);
    const activity = link ? await findActivity(db, link.tenantId, link.activityId) : undefined;
    if (!link || !activity) throw notFound('Deze link');
    const tenant = await findTenantById(db, link.tenantId);
    return reply.page(
      confirmTitle(lang),
      <>
        <h1 class="utrecht-heading-1">{confirmTitle(lang)}</h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            `Zo staat "${activity.name}" op de sociale kaart:`,
            `This is how "${activity.name}" is on the social map:`,
          )}
        </p>
        <p class="utrecht-paragraph">{activity.description}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/sociale-kaart/${activity.id}`}>
            {tr(lang, 'Bekijk alles: dagen, tijden, plek en kosten', 'See everything: days, times, place and cost')}
          </a>
        </p>
        {link.usable ? (
          <form method="post" action={`/klopt-dit-nog/${encodeURIComponent(token)}`}>
            <CsrfField view={view} />
            <SubmitButton>{tr(lang, 'Ja, dit klopt nog', 'Yes, this is still right')}</SubmitButton>
          </form>
        ) : (
          <p class="utrecht-paragraph">
            {tr(lang, 'Deze link is al gebruikt of verlopen.', 'This link was already used or has expired.')}
          </p>
        )}
        <h2 class="utrecht-heading-2">{tr(lang, 'Is er iets veranderd?', 'Has something changed?')}</h2>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Mail of bel het wijkteam, dan passen we het aan',
            'Email or call the neighbourhood team and we will change it',
          )}
          {tenant?.teamEmail ? `: ${tenant.teamEmail}` : ''}
          {tenant?.teamPhone ? ` · ${tenant.teamPhone}` : ''}.
        </p>
      </>,
    );
  });

  app.post('/klopt-dit-nog/:token', async (request, reply) => {
    const view = request.view();
    const { token } = request.params as { token: string };
    const confirmed = await confirmByLink(db, token);
    return reply.page(
      confirmTitle(view.lang),
      <>
        <h1 class="utrecht-heading-1">
          {confirmed ? tr(view.lang, 'Dank je wel!', 'Thank you!') : confirmTitle(view.lang)}
        </h1>
        <p class="utrecht-paragraph">
          {confirmed
            ? tr(view.lang, 'We hebben genoteerd dat alles nog klopt.', 'We have noted that everything is still right.')
            : tr(view.lang, 'Deze link is al gebruikt of verlopen.', 'This link was already used or has expired.')}
        </p>
      </>,
      confirmed ? 200 : 400,
    );
  });
}

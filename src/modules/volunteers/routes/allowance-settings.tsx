// The administrator's setting of the tax-free volunteer allowance per year (/beheer/vrijwilligersvergoeding):
// national amounts, added once a year when the Belastingdienst publishes them.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  parseForm,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { euros } from '../allowance.js';
import { listAllowanceLimits, saveAllowanceLimits } from '../queries.js';

const title = (lang: Lang) => tr(lang, 'Vrijwilligersvergoeding', 'Volunteer allowance');

/** Euros as written in Dutch ("2.100", "210,50") or plainly ("2100.5"), in cents. */
const cents = z
  .string()
  .trim()
  // A dot before three digits is the Dutch thousands separator.
  .transform((v) => v.replace(/\.(?=\d{3}(?!\d))/g, ''))
  .pipe(z.string().regex(/^\d{1,5}([,.]\d{1,2})?$/, 'bedrag_ongeldig'))
  .transform((v) => Math.round(Number(v.replace(',', '.')) * 100))
  .pipe(z.number().positive('bedrag_ongeldig'));

const limitsSchema = z.object({
  jaar: z
    .string()
    .trim()
    .regex(/^20\d\d$/, 'jaar_ongeldig')
    .transform(Number),
  per_maand: cents,
  per_jaar: cents,
});

const labels = (lang: Lang) => ({
  jaar: tr(lang, 'Jaar', 'Year'),
  per_maand: tr(lang, 'Hoogstens per maand, in euro', 'At most per month, in euros'),
  per_jaar: tr(lang, 'Hoogstens per jaar, in euro', 'At most per year, in euros'),
});

function AllowancePage({
  view,
  years,
  values,
  errors,
  saved,
}: {
  view: View;
  years: { year: number; monthCents: number; yearCents: number }[];
  values: FormValues;
  errors?: FormErrors;
  saved?: boolean;
}) {
  const { lang } = view;
  const l = labels(lang);
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={l} />
      {saved ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{tr(lang, 'De bedragen zijn opgeslagen.', 'The amounts have been saved.')}</p>
        </div>
      ) : null}
      <h1 class="utrecht-heading-1">{title(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Wat een vrijwilliger per maand en per jaar belastingvrij mag krijgen. De Belastingdienst maakt de ' +
            'bedragen elk jaar bekend; vul ze hier in voor het nieuwe jaar begint.',
          'What a volunteer may receive tax-free per month and per year. The Belastingdienst publishes the amounts ' +
            'every year; enter them here before the new year starts.',
        )}
      </p>
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption">{tr(lang, 'Bedragen per jaar', 'Amounts per year')}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {l.jaar}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {tr(lang, 'Per maand', 'Per month')}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {tr(lang, 'Per jaar', 'Per year')}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {years.map((y) => (
            <tr class="utrecht-table__row" key={y.year}>
              <th class="utrecht-table__header-cell" scope="row">
                {y.year}
              </th>
              <td class="utrecht-table__cell">{euros(y.monthCents)}</td>
              <td class="utrecht-table__cell">{euros(y.yearCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 class="utrecht-heading-2">{tr(lang, 'Bedragen van een jaar invullen', 'Enter the amounts of a year')}</h2>
      <Form view={view} action="/beheer/vrijwilligersvergoeding" label={title(lang)}>
        <TextField view={view} name="jaar" label={l.jaar} inputMode="numeric" values={values} errors={errors} />
        <TextField
          view={view}
          name="per_maand"
          label={l.per_maand}
          inputMode="decimal"
          values={values}
          errors={errors}
        />
        <TextField view={view} name="per_jaar" label={l.per_jaar} inputMode="decimal" values={values} errors={errors} />
        <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/beheer">
          {tr(lang, 'Terug naar beheer', 'Back to administration')}
        </a>
      </p>
    </>
  );
}

export async function allowanceSettingRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  // National amounts, no personal data: no gate pass, the route rule alone.
  const config = { access: ['beheerder'] } as const;

  app.get('/beheer/vrijwilligersvergoeding', { config }, async (request, reply) => {
    const view = request.view();
    const year = String(new Date().getFullYear());
    const saved = (request.query as { opgeslagen?: string }).opgeslagen === '1';
    return reply.page(
      title(view.lang),
      <AllowancePage view={view} years={await listAllowanceLimits(db)} values={{ jaar: year }} saved={saved} />,
    );
  });

  app.post('/beheer/vrijwilligersvergoeding', { config }, async (request, reply) => {
    const view = request.view();
    const form = parseForm(limitsSchema, request.body);
    if (!form.ok)
      return reply.page(
        title(view.lang),
        <AllowancePage view={view} years={await listAllowanceLimits(db)} values={form.values} errors={form.errors} />,
        400,
      );
    await saveAllowanceLimits(db, {
      year: form.data.jaar,
      monthCents: form.data.per_maand,
      yearCents: form.data.per_jaar,
    });
    return reply.redirect('/beheer/vrijwilligersvergoeding?opgeslagen=1', 303);
  });
}

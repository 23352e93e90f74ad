// The account page: your own details, changeable, with the way to your access log and a download of your data.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withAccess } from '../access/gate.js';
import { listAccessLogAbout } from '../access/log.js';
import { roleInWords } from '../access/plain-words.js';
import { notFound } from '../errors.js';
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  parseForm,
  RadioField,
  SubmitButton,
  TextField,
} from '../ui/forms.js';
import { tr } from '../ui/messages.js';
import type { View } from '../ui/view.js';
import { type Account, findAccount, updateContactDetails } from './accounts.js';
import { actorOf } from './actor.js';

const contactSchema = z.object({
  naam: z.string().trim().min(1, 'naam_nodig').max(100, 'naam_te_lang'),
  telefoon: z
    .string()
    .trim()
    .max(20, 'telefoon_ongeldig')
    .regex(/^[0-9+\-\s()]*$/, 'telefoon_ongeldig')
    .transform((v) => (v === '' ? null : v)),
  taal: z.enum(['nl', 'en']).default('nl'),
});

function AccountPage({
  view,
  account,
  values,
  errors,
  saved,
}: {
  view: View;
  account: Account;
  values: FormValues;
  errors?: FormErrors;
  saved?: boolean;
}) {
  const { lang } = view;
  const labels = {
    naam: tr(lang, 'Naam', 'Name'),
    telefoon: tr(lang, 'Telefoonnummer (mag leeg blijven)', 'Phone number (optional)'),
    taal: tr(lang, 'Taal van Nabij', 'Language of Nabij'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      {saved ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{tr(lang, 'Je gegevens zijn opgeslagen.', 'Your details have been saved.')}</p>
        </div>
      ) : null}
      <h1 class="utrecht-heading-1">{tr(lang, 'Mijn account', 'My account')}</h1>
      <dl class="utrecht-data-list">
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'E-mailadres', 'Email address')}</dt>
          <dd class="utrecht-data-list__item-value">{account.email}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Rol', 'Role')}</dt>
          <dd class="utrecht-data-list__item-value">{roleInWords(lang, account.role)}</dd>
        </div>
        {account.neighbourhoodName ? (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">{tr(lang, 'Wijk', 'Neighbourhood')}</dt>
            <dd class="utrecht-data-list__item-value">{account.neighbourhoodName}</dd>
          </div>
        ) : null}
      </dl>
      <h2 class="utrecht-heading-2">{tr(lang, 'Je gegevens veranderen', 'Change your details')}</h2>
      <Form view={view} action="/account" label={tr(lang, 'Je gegevens veranderen', 'Change your details')}>
        <TextField
          view={view}
          name="naam"
          label={labels.naam}
          autoComplete="name"
          values={values}
          errors={errors}
          required
        />
        <TextField
          view={view}
          name="telefoon"
          type="tel"
          label={labels.telefoon}
          autoComplete="tel"
          values={values}
          errors={errors}
        />
        <RadioField
          view={view}
          name="taal"
          legend={labels.taal}
          values={{ ...values, taal: values.taal ?? 'nl' }}
          errors={errors}
          options={[
            ['nl', 'Nederlands'],
            ['en', 'English'],
          ]}
        />
        <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
      <h2 class="utrecht-heading-2">{tr(lang, 'Je privacy', 'Your privacy')}</h2>
      <ul class="utrecht-link-list">
        <li class="utrecht-link-list__item">
          <a class="utrecht-link" href="/account/toegangslog">
            {tr(lang, 'Wie heeft mijn gegevens bekeken?', 'Who looked at my data?')}
          </a>
        </li>
        <li class="utrecht-link-list__item">
          <a class="utrecht-link" href="/account/mijn-gegevens.json" download>
            {tr(lang, 'Download al mijn gegevens', 'Download all my data')}
          </a>
        </li>
      </ul>
    </>
  );
}

export async function accountRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;

  const ownAccount = async (actor: ReturnType<typeof actorOf>, purpose: string) => {
    const account = await withAccess(
      db,
      actor,
      { category: 'account', action: 'read', purpose, subjectUserId: actor.userId },
      (gated) => findAccount(gated, actor.tenantId, actor.userId),
    );
    if (!account) throw notFound('Dit account');
    return account;
  };

  app.get('/account', { config: { access: 'ingelogd' } }, async (request, reply) => {
    const view = request.view();
    const account = await ownAccount(actorOf(request), 'eigen_gegevens');
    const values = { naam: account.displayName, telefoon: account.phone ?? '', taal: account.preferredLanguage };
    const saved = (request.query as { opgeslagen?: string }).opgeslagen === '1';
    return reply.page(
      tr(view.lang, 'Mijn account', 'My account'),
      <AccountPage view={view} account={account} values={values} saved={saved} />,
    );
  });

  app.post('/account', { config: { access: 'ingelogd' } }, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const form = parseForm(contactSchema, request.body);
    if (!form.ok) {
      const account = await ownAccount(actor, 'eigen_gegevens');
      return reply.page(
        tr(view.lang, 'Mijn account', 'My account'),
        <AccountPage view={view} account={account} values={form.values} errors={form.errors} />,
        400,
      );
    }
    await withAccess(
      db,
      actor,
      { category: 'account', action: 'update', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
      (gated) =>
        updateContactDetails(gated, actor.tenantId, actor.userId, {
          displayName: form.data.naam,
          phone: form.data.telefoon,
          preferredLanguage: form.data.taal,
        }),
    );
    reply.setCookie('taal', form.data.taal, {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      secure: app.ctx.config.isProduction,
      maxAge: 31536000,
    });
    return reply.redirect('/account?opgeslagen=1', 303);
  });

  app.get('/account/mijn-gegevens.json', { config: { access: 'ingelogd' } }, async (request, reply) => {
    const actor = actorOf(request);
    const account = await withAccess(
      db,
      actor,
      { category: 'account', action: 'export', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
      (gated) => findAccount(gated, actor.tenantId, actor.userId),
    );
    const accessLog = await withAccess(
      db,
      actor,
      { category: 'toegangslog', action: 'export', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
      (gated) => listAccessLogAbout(gated, actor.tenantId, actor.userId, 10_000),
    );
    return reply
      .header('content-disposition', 'attachment; filename="mijn-gegevens-nabij.json"')
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify({ gedownload_op: new Date().toISOString(), account, toegangslog: accessLog }, null, 2));
  });
}

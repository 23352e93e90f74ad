// The administrator's accounts page: the municipality's staff accounts, a new one made with its role and email (the
// new colleague gets a mail to choose a password, then sets up the app code), and an account switched off.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { searchWithAccess, withAccess } from '../../kernel/access/gate.js';
import { roleInWords } from '../../kernel/access/plain-words.js';
import { accountIdByEmail } from '../../kernel/auth/accounts.js';
import { actorOf } from '../../kernel/auth/actor.js';
import type { Role } from '../../kernel/auth/roles.js';
import { disableStaffAccount, inviteStaffMember, listStaffAccounts, staffRoles } from '../../kernel/auth/staff.js';
import { notFound } from '../../kernel/errors.js';
import {
  CsrfField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  keptValues,
  parseForm,
  SelectField,
  SubmitButton,
  TextField,
} from '../../kernel/ui/forms.js';
import { type Lang, tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { StackedTable } from '../../kernel/ui/stacked-table.js';

const newStaffSchema = z.object({
  naam: z.string().trim().min(1, 'naam_nodig').max(100, 'naam_te_lang'),
  email: z.string().trim().min(1, 'email_nodig').max(254, 'email_ongeldig').pipe(z.email('email_ongeldig')),
  rol: z.enum(staffRoles as [Role, ...Role[]], { message: 'rol_ongeldig' }),
});

type Notice = 'gemaakt' | 'uitgeschakeld' | 'niet';

type Listed = Awaited<ReturnType<typeof listStaffAccounts>>[number];

const stateOf = (lang: Lang, a: Listed) =>
  a.disabled
    ? tr(lang, 'uitgeschakeld', 'switched off')
    : !a.hasPassword
      ? tr(lang, 'wacht op wachtwoord', 'awaiting password')
      : !a.hasTotp
        ? tr(lang, 'wacht op app-code', 'awaiting app code')
        : tr(lang, 'actief', 'active');

function AccountsPage({
  view,
  accounts,
  selfId,
  values,
  errors,
  notice,
}: {
  view: View;
  accounts: Listed[];
  selfId: string;
  values?: FormValues;
  errors?: FormErrors;
  notice?: Notice;
}) {
  const { lang } = view;
  const labels = {
    naam: tr(lang, 'Naam', 'Name'),
    email: tr(lang, 'E-mailadres', 'Email address'),
    rol: tr(lang, 'Rol', 'Role'),
  };
  const headers = {
    name: tr(lang, 'Naam', 'Name'),
    email: tr(lang, 'E-mailadres', 'Email address'),
    role: tr(lang, 'Rol', 'Role'),
    state: tr(lang, 'Stand', 'State'),
    action: tr(lang, 'Actie', 'Action'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      {notice === 'niet' ? (
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Dit account kun je hier niet uitschakelen: het is je eigen account, geen account van een medewerker, ' +
                'of het is al uitgeschakeld.',
              'You cannot switch this account off here: it is your own, not a staff account, or already off.',
            )}
          </p>
        </div>
      ) : notice ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">
            {notice === 'gemaakt'
              ? tr(
                  lang,
                  'Het account is gemaakt. Je collega krijgt een e-mail om een wachtwoord te kiezen.',
                  'The account has been created. Your colleague gets an email to choose a password.',
                )
              : tr(lang, 'Het account is uitgeschakeld.', 'The account has been switched off.')}
          </p>
        </div>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/beheer">
          {tr(lang, 'Terug naar beheer', 'Back to administration')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{tr(lang, 'Accounts van medewerkers', 'Staff accounts')}</h1>
      <StackedTable
        caption={tr(lang, `${accounts.length} accounts van medewerkers`, `${accounts.length} staff accounts`)}
        headers={Object.values(headers)}
      >
        {accounts.map((a) => (
          <tr class="utrecht-table__row" key={a.id}>
            <td class="utrecht-table__cell" data-label={headers.name}>
              {a.displayName}
            </td>
            <td class="utrecht-table__cell" data-label={headers.email}>
              {a.email}
            </td>
            <td class="utrecht-table__cell" data-label={headers.role}>
              {roleInWords(lang, a.role)}
            </td>
            <td class="utrecht-table__cell" data-label={headers.state}>
              {stateOf(lang, a)}
            </td>
            <td class="utrecht-table__cell" data-label={headers.action}>
              {a.disabled || a.id === selfId ? (
                '—'
              ) : (
                <form method="post" action={`/beheer/accounts/${a.id}/uitschakelen`} class="nabij-inline-form">
                  <CsrfField view={view} />
                  <button
                    type="submit"
                    class="utrecht-button utrecht-button--secondary-action"
                    aria-label={tr(lang, `${a.displayName} uitschakelen`, `Switch off ${a.displayName}`)}
                  >
                    {tr(lang, 'Uitschakelen', 'Switch off')}
                  </button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </StackedTable>
      <h2 class="utrecht-heading-2">{tr(lang, 'Medewerker toevoegen', 'Add a staff member')}</h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Je collega krijgt een e-mail met een link om een wachtwoord te kiezen (de link werkt 7 dagen). Bij de ' +
            'eerste keer inloggen stelt je collega een app in die inlogcodes maakt.',
          'Your colleague gets an email with a link to choose a password (the link works for 7 days). At the first ' +
            'sign-in they set up an app that makes sign-in codes.',
        )}
      </p>
      <Form
        view={view}
        action="/beheer/accounts/medewerker"
        label={tr(lang, 'Medewerker toevoegen', 'Add a staff member')}
      >
        <TextField view={view} name="naam" label={labels.naam} values={values} errors={errors} required />
        <TextField
          view={view}
          name="email"
          type="email"
          label={labels.email}
          values={values}
          errors={errors}
          required
        />
        <SelectField
          view={view}
          name="rol"
          label={labels.rol}
          values={values}
          errors={errors}
          options={staffRoles.map((role) => [role, roleInWords(lang, role)] as const)}
        />
        <SubmitButton>{tr(lang, 'Account maken en e-mail sturen', 'Create account and send email')}</SubmitButton>
      </Form>
    </>
  );
}

export async function staffAccountRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const title = (view: View) => tr(view.lang, 'Accounts van medewerkers', 'Staff accounts');

  async function page(
    view: View,
    actor: ReturnType<typeof actorOf>,
    form?: { values: FormValues; errors: FormErrors },
    notice?: Notice,
  ) {
    const accounts = await searchWithAccess(db, actor, { category: 'account', purpose: 'accountbeheer' }, (gated) =>
      listStaffAccounts(gated, actor.tenantId),
    );
    return (
      <AccountsPage
        view={view}
        accounts={accounts}
        selfId={actor.userId}
        values={form?.values}
        errors={form?.errors}
        notice={notice}
      />
    );
  }

  app.get('/beheer/accounts', { config: { access: ['beheerder'], data: 'account' } }, async (request, reply) => {
    const view = request.view();
    const q = (request.query as { klaar?: string }).klaar;
    const notice = q === 'gemaakt' || q === 'uitgeschakeld' || q === 'niet' ? q : undefined;
    return reply.page(title(view), await page(view, actorOf(request), undefined, notice));
  });

  app.post(
    '/beheer/accounts/medewerker',
    {
      config: {
        access: ['beheerder'],
        data: 'account',
        rateLimit: { max: ctx.config.formRateLimit, timeWindow: '15 minutes' },
      },
    },
    async (request, reply) => {
      const view = request.view();
      const actor = actorOf(request);
      const form = parseForm(newStaffSchema, request.body);
      if (!form.ok) return reply.page(title(view), await page(view, actor, form), 400);
      if (await accountIdByEmail(db, actor.tenantId, form.data.email)) {
        const errors: FormErrors = { email: 'email_bestaat_al' };
        return reply.page(title(view), await page(view, actor, { values: keptValues(request.body), errors }), 400);
      }
      if (!request.tenant) throw notFound('Deze gemeente');
      await inviteStaffMember(ctx, request.tenant, actor, {
        displayName: form.data.naam,
        email: form.data.email,
        role: form.data.rol,
      });
      return reply.redirect('/beheer/accounts?klaar=gemaakt', 303);
    },
  );

  app.post(
    '/beheer/accounts/:id/uitschakelen',
    { config: { access: ['beheerder'], data: 'account', person: 'id' } },
    async (request, reply) => {
      const actor = actorOf(request);
      const id = z.uuid().safeParse((request.params as { id: string }).id);
      if (!id.success) throw notFound('Dit account');
      // Switching oneself off could leave the municipality without a way in: the page offers no button for it.
      if (id.data === actor.userId) return reply.redirect('/beheer/accounts?klaar=niet', 303);
      const done = await withAccess(
        db,
        actor,
        { category: 'account', action: 'update', purpose: 'accountbeheer', subjectUserId: id.data },
        (gated) => disableStaffAccount(gated, actor.tenantId, id.data),
      );
      // Not a staff account, or already off: nothing changes, and the page says so.
      return reply.redirect(`/beheer/accounts?klaar=${done ? 'uitgeschakeld' : 'niet'}`, 303);
    },
  );
}

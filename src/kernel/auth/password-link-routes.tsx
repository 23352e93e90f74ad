// "Kies je wachtwoord": the page a new staff member reaches from the mail of their new account. The link works once;
// after it they sign in with the password and set up the app code (the second step) as every staff member does.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withAccess } from '../access/gate.js';
import { ErrorSummary, Form, type FormErrors, parseForm, SubmitButton, TextField } from '../ui/forms.js';
import { tr } from '../ui/messages.js';
import type { View } from '../ui/view.js';
import { passwordLinkUsable, redeemPasswordLink } from './login-codes.js';
import { hashPassword } from './password.js';
import { setPassword } from './staff.js';

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
const choiceSchema = z
  .object({
    wachtwoord: z.string().min(12, 'wachtwoord_te_kort').max(200, 'wachtwoord_te_lang'),
    wachtwoord_herhaald: z.string().max(200, 'wachtwoord_te_lang'),
  })
  .refine((v) => v.wachtwoord === v.wachtwoord_herhaald, {
    message: 'wachtwoorden_verschillen',
    path: ['wachtwoord_herhaald'],
  });

function ChoosePasswordForm({ view, token, errors }: { view: View; token: string; errors?: FormErrors }) {
  const { lang } = view;
  const labels = {
    wachtwoord: tr(lang, 'Nieuw wachtwoord', 'New password'),
    wachtwoord_herhaald: tr(lang, 'Nog een keer hetzelfde wachtwoord', 'The same password again'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Kies je wachtwoord', 'Choose your password')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Kies een wachtwoord van minstens 12 tekens. Een zin van een paar woorden is goed te onthouden. ' +
            'Daarna log je in en stel je een app in die inlogcodes maakt.',
          'Choose a password of at least 12 characters. A sentence of a few words is easy to remember. ' +
            'Then you sign in and set up an app that makes sign-in codes.',
        )}
      </p>
      <Form view={view} action={`/inloggen/wachtwoord/${token}`} label={tr(lang, 'Wachtwoord', 'Password')}>
        <TextField
          view={view}
          name="wachtwoord"
          type="password"
          label={labels.wachtwoord}
          autoComplete="new-password"
          errors={errors}
          required
        />
        <TextField
          view={view}
          name="wachtwoord_herhaald"
          type="password"
          label={labels.wachtwoord_herhaald}
          autoComplete="new-password"
          errors={errors}
          required
        />
        <SubmitButton>{tr(lang, 'Wachtwoord opslaan', 'Save password')}</SubmitButton>
      </Form>
    </>
  );
}

function LinkExpired({ view }: { view: View }) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{tr(lang, 'Deze link werkt niet meer', 'This link no longer works')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'De link is al gebruikt of te oud. Vraag de beheerder om een nieuw account of een nieuwe link.',
          'The link has been used or is too old. Ask the administrator for a new account or a new link.',
        )}
      </p>
    </>
  );
}

export async function passwordLinkRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  const limited = { rateLimit: { max: app.ctx.config.formRateLimit, timeWindow: '15 minutes' } };
  const title = (view: View) => tr(view.lang, 'Kies je wachtwoord', 'Choose your password');

  app.get('/inloggen/wachtwoord/:token', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const token = tokenSchema.safeParse((request.params as { token: string }).token);
    if (!token.success || !(await passwordLinkUsable(db, token.data)))
      return reply.page(title(view), <LinkExpired view={view} />, 404);
    return reply.page(title(view), <ChoosePasswordForm view={view} token={token.data} />);
  });

  app.post('/inloggen/wachtwoord/:token', { config: { ...limited, access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const token = tokenSchema.safeParse((request.params as { token: string }).token);
    if (!token.success) return reply.page(title(view), <LinkExpired view={view} />, 404);
    const form = parseForm(choiceSchema, request.body);
    if (!form.ok)
      return reply.page(title(view), <ChoosePasswordForm view={view} token={token.data} errors={form.errors} />, 400);
    const used = await redeemPasswordLink(db, token.data);
    if (!used.ok) return reply.page(title(view), <LinkExpired view={view} />, 404);
    const passwordHash = await hashPassword(form.data.wachtwoord);
    await withAccess(
      db,
      { kind: 'system', tenantId: used.tenantId, process: 'inloggen' },
      { category: 'account', action: 'update', purpose: 'inloggen', subjectUserId: used.userId },
      (gated) => setPassword(gated, used.tenantId, used.userId, passwordHash),
    );
    return reply.redirect('/inloggen/medewerker?wachtwoord=gekozen', 303);
  });
}

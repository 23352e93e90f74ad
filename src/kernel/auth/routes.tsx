// Sign-in pages: code by email, link by email, password plus second factor, demo shortcuts outside production.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { withAccess } from '../access/gate.js';
import { DomainError } from '../errors.js';
import {
  CsrfField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  parseForm,
  SubmitButton,
  TextField,
} from '../ui/forms.js';
import { tr } from '../ui/messages.js';
import type { View } from '../ui/view.js';
import { setTotpSecret } from './accounts.js';
import { redeemCode, redeemLink } from './login-codes.js';
import { startPageOf } from './roles.js';
import { setSessionCookie } from './session-cookie.js';
import {
  createSession,
  endSession,
  pendingTotpSecret,
  SESSION_COOKIE,
  sessionUser,
  setPendingTotpSecret,
} from './sessions.js';
import { checkPassword, checkTotp, sendLoginCode } from './signin.js';
import { newTotpSecret, totpUri } from './totp.js';

const emailSchema = z.object({
  email: z.string().trim().min(1, 'email_nodig').max(254, 'email_ongeldig').pipe(z.email('email_ongeldig')),
});
const codeSchema = z.object({
  poging: z.uuid('code_verlopen'),
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, 'code_ongeldig'),
});
const passwordSchema = z.object({
  email: z.string().trim().min(1, 'email_nodig').pipe(z.email('email_ongeldig')),
  wachtwoord: z.string().min(1, 'wachtwoord_nodig').max(1000, 'inlog_onjuist'),
});
const totpSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, 'totp_ongeldig'),
});

async function startSession(request: FastifyRequest, reply: FastifyReply, user: { userId: string; tenantId: string }) {
  const token = await createSession(request.server.ctx.database.db, user, 'actief');
  setSessionCookie(request, reply, token);
  const session = await sessionUser(request.server.ctx.database.db, token);
  return reply.redirect(session ? startPageOf[session.role] : '/', 303);
}

function requireTenant(request: FastifyRequest) {
  if (!request.tenant) throw new DomainError('niet_gevonden', 'Deze gemeente bestaat niet.');
  return request.tenant;
}

function EmailCodeForm({ view, values, errors }: { view: View; values?: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const emailLabel = tr(lang, 'Je e-mailadres', 'Your email address');
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={{ email: emailLabel }} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Inloggen', 'Sign in')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Je hebt geen wachtwoord nodig. Vul je e-mailadres in. Je krijgt dan een e-mail met een code van 6 cijfers.',
          'You do not need a password. Enter your email address. You will get an email with a 6-digit code.',
        )}
      </p>
      <Form view={view} action="/inloggen" label={tr(lang, 'Inloggen met een code', 'Sign in with a code')}>
        <TextField
          view={view}
          name="email"
          type="email"
          label={emailLabel}
          autoComplete="email"
          values={values}
          errors={errors}
          required
        />
        <SubmitButton>{tr(lang, 'Stuur mij een code', 'Send me a code')}</SubmitButton>
      </Form>
      <h2 class="utrecht-heading-2">
        {tr(lang, 'Werk je in het wijkteam?', 'Do you work in the neighbourhood team?')}
      </h2>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/inloggen/medewerker">
          {tr(lang, 'Log in als medewerker', 'Sign in as staff')}
        </a>
      </p>
      {view.showDevTools ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/demo">
            {tr(lang, 'Demo: log in als een van de voorbeeldgebruikers', 'Demo: sign in as one of the example users')}
          </a>
        </p>
      ) : null}
    </>
  );
}

function CodeForm({
  view,
  attemptId,
  values,
  errors,
}: {
  view: View;
  attemptId: string;
  values?: FormValues;
  errors?: FormErrors;
}) {
  const { lang } = view;
  const codeLabel = tr(lang, 'Code uit de e-mail', 'Code from the email');
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={{ code: codeLabel }} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Kijk in je e-mail', 'Check your email')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Als dit e-mailadres bij ons bekend is, hebben we je een e-mail gestuurd met een code van 6 cijfers. ' +
            'De code werkt 15 minuten. Zie je geen e-mail? Kijk ook bij ongewenste e-mail (spam).',
          'If we know this email address, we have sent you an email with a 6-digit code. The code works for 15 ' +
            'minutes. No email? Also check your spam folder.',
        )}
      </p>
      <Form view={view} action="/inloggen/code" label={tr(lang, 'Code invullen', 'Enter code')}>
        <input type="hidden" name="poging" value={attemptId} />
        <TextField
          view={view}
          name="code"
          label={codeLabel}
          hint={tr(lang, 'Bijvoorbeeld: 123456', 'For example: 123456')}
          inputMode="numeric"
          autoComplete="one-time-code"
          values={values}
          errors={errors}
          required
        />
        <SubmitButton>{tr(lang, 'Inloggen', 'Sign in')}</SubmitButton>
      </Form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/inloggen">
          {tr(lang, 'Vraag een nieuwe code aan', 'Ask for a new code')}
        </a>
      </p>
    </>
  );
}

function PasswordForm({ view, values, errors }: { view: View; values?: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const labels = { email: tr(lang, 'E-mailadres', 'Email address'), wachtwoord: tr(lang, 'Wachtwoord', 'Password') };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Inloggen voor medewerkers', 'Staff sign-in')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Voor wijkteamleden, regisseurs, cliëntondersteuners, opbouwwerkers en beheerders. Na je wachtwoord ' +
            'vragen we een code uit je app.',
          'For team members, case directors, client supporters, community workers and administrators. After your ' +
            'password we ask for a code from your app.',
        )}
      </p>
      <Form view={view} action="/inloggen/medewerker" label={tr(lang, 'Inloggen voor medewerkers', 'Staff sign-in')}>
        <TextField
          view={view}
          name="email"
          type="email"
          label={labels.email}
          autoComplete="username"
          values={values}
          errors={errors}
          required
        />
        <TextField
          view={view}
          name="wachtwoord"
          type="password"
          label={labels.wachtwoord}
          autoComplete="current-password"
          errors={errors}
          required
        />
        <SubmitButton>{tr(lang, 'Verder', 'Continue')}</SubmitButton>
      </Form>
    </>
  );
}

function TotpForm({
  view,
  values,
  errors,
  enrolment,
}: {
  view: View;
  values?: FormValues;
  errors?: FormErrors;
  enrolment?: { secret: string; uri: string };
}) {
  const { lang } = view;
  const label = tr(lang, 'Code uit je app', 'Code from your app');
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={{ code: label }} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Tweede stap', 'Second step')}</h1>
      {enrolment ? (
        <>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Je logt voor het eerst in. Zet Nabij in een app voor inlogcodes (zoals een authenticator-app). ' +
                'Voeg een account toe met deze sleutel:',
              'This is your first sign-in. Add Nabij to an app for sign-in codes (an authenticator app) with this key:',
            )}
          </p>
          <p class="utrecht-paragraph nabij-code" id="totp-sleutel">
            {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
          </p>
          <p class="utrecht-paragraph nabij-muted">
            {tr(lang, 'Of gebruik deze link in je app:', 'Or use this link in your app:')} <code>{enrolment.uri}</code>
          </p>
        </>
      ) : (
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Open je app voor inlogcodes en vul de code van 6 cijfers in.',
            'Open your sign-in code app and enter the 6-digit code.',
          )}
        </p>
      )}
      <Form view={view} action="/inloggen/tweede-stap" label={tr(lang, 'Tweede stap', 'Second step')}>
        <TextField
          view={view}
          name="code"
          label={label}
          inputMode="numeric"
          autoComplete="one-time-code"
          values={values}
          errors={errors}
          required
        />
        <SubmitButton>{tr(lang, 'Inloggen', 'Sign in')}</SubmitButton>
      </Form>
    </>
  );
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const limited = { rateLimit: { max: ctx.config.loginRateLimit, timeWindow: '15 minutes' } };

  app.get('/inloggen', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    return reply.page(tr(view.lang, 'Inloggen', 'Sign in'), <EmailCodeForm view={view} />);
  });

  app.post('/inloggen', { config: { ...limited, access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const form = parseForm(emailSchema, request.body);
    if (!form.ok) {
      return reply.page(
        tr(view.lang, 'Inloggen', 'Sign in'),
        <EmailCodeForm view={view} values={form.values} errors={form.errors} />,
        400,
      );
    }
    const { attemptId } = await sendLoginCode(ctx, requireTenant(request), form.data.email);
    return reply.redirect(`/inloggen/code?poging=${attemptId}`, 303);
  });

  app.get('/inloggen/code', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const attemptId = z.uuid().safeParse((request.query as { poging?: string }).poging);
    if (!attemptId.success) return reply.redirect('/inloggen', 303);
    return reply.page(
      tr(view.lang, 'Kijk in je e-mail', 'Check your email'),
      <CodeForm view={view} attemptId={attemptId.data} />,
    );
  });

  app.post('/inloggen/code', { config: { ...limited, access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const form = parseForm(codeSchema, request.body);
    const attemptId = String((request.body as Record<string, unknown> | undefined)?.poging ?? '');
    const again = (errors: FormErrors, values: FormValues) =>
      reply.page(
        tr(view.lang, 'Kijk in je e-mail', 'Check your email'),
        <CodeForm view={view} attemptId={attemptId} values={values} errors={errors} />,
        400,
      );
    // The attempt is a hidden field: when it is not one, the code cannot be checked, which is said beside the code.
    if (!form.ok)
      return again(form.errors.poging ? { code: form.errors.code ?? form.errors.poging } : form.errors, form.values);
    const result = await redeemCode(db, form.data.poging, form.data.code);
    if (!result.ok)
      return again(
        {
          code:
            result.reason === 'onjuist'
              ? 'code_onjuist'
              : result.reason === 'geblokkeerd'
                ? 'code_geblokkeerd'
                : 'code_verlopen',
        },
        { code: form.data.code },
      );
    return startSession(request, reply, result);
  });

  // Mail scanners open links; only the button on this page signs in, so a scanner cannot use up the link.
  app.get('/inloggen/link/:token', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const { token } = request.params as { token: string };
    return reply.page(
      tr(view.lang, 'Inloggen', 'Sign in'),
      <>
        <h1 class="utrecht-heading-1">{tr(view.lang, 'Inloggen bij Nabij', 'Sign in to Nabij')}</h1>
        <p class="utrecht-paragraph">
          {tr(view.lang, 'Klik op de knop om in te loggen.', 'Click the button to sign in.')}
        </p>
        <form method="post" action={`/inloggen/link/${encodeURIComponent(token)}`}>
          <CsrfField view={view} />
          <SubmitButton>{tr(view.lang, 'Inloggen', 'Sign in')}</SubmitButton>
        </form>
      </>,
    );
  });

  app.post('/inloggen/link/:token', { config: { ...limited, access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const { token } = request.params as { token: string };
    const result = await redeemLink(db, token);
    if (!result.ok) {
      return reply.page(
        tr(view.lang, 'Inloggen', 'Sign in'),
        <EmailCodeForm view={view} errors={{ email: 'code_verlopen' }} />,
        400,
      );
    }
    return startSession(request, reply, result);
  });

  app.get('/inloggen/medewerker', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const chosen = (request.query as { wachtwoord?: string }).wachtwoord === 'gekozen';
    return reply.page(
      tr(view.lang, 'Inloggen voor medewerkers', 'Staff sign-in'),
      <>
        {chosen ? (
          <div class="utrecht-alert utrecht-alert--ok" role="status">
            <p class="utrecht-paragraph">
              {tr(
                view.lang,
                'Je wachtwoord is opgeslagen. Log nu in; daarna stel je de app voor inlogcodes in.',
                'Your password has been saved. Sign in now; then you set up the app for sign-in codes.',
              )}
            </p>
          </div>
        ) : null}
        <PasswordForm view={view} />
      </>,
    );
  });

  app.post('/inloggen/medewerker', { config: { ...limited, access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const title = tr(view.lang, 'Inloggen voor medewerkers', 'Staff sign-in');
    const form = parseForm(passwordSchema, request.body);
    if (!form.ok) return reply.page(title, <PasswordForm view={view} values={form.values} errors={form.errors} />, 400);
    const tenant = requireTenant(request);
    const check = await checkPassword(ctx, tenant, form.data.email, form.data.wachtwoord);
    if (!check.ok) {
      return reply.page(
        title,
        <PasswordForm view={view} values={{ email: form.data.email }} errors={{ wachtwoord: 'inlog_onjuist' }} />,
        400,
      );
    }
    const token = await createSession(db, { userId: check.userId, tenantId: tenant.id }, 'wacht_op_tweede_stap');
    if (!check.hasTotp) await setPendingTotpSecret(db, token, newTotpSecret());
    setSessionCookie(request, reply, token);
    return reply.redirect('/inloggen/tweede-stap', 303);
  });

  const pendingUser = (request: FastifyRequest) => {
    if (request.user?.state !== 'wacht_op_tweede_stap' || !request.sessionToken) return undefined;
    return { user: request.user, token: request.sessionToken };
  };

  async function totpPage(request: FastifyRequest, reply: FastifyReply, errors?: FormErrors, values?: FormValues) {
    const view = request.view();
    const pending = pendingUser(request);
    if (!pending) return reply.redirect('/inloggen/medewerker', 303);
    const secret = await pendingTotpSecret(db, pending.token);
    const enrolment = secret
      ? { secret, uri: totpUri(secret, `Nabij ${request.tenant?.name ?? ''}`.trim()) }
      : undefined;
    return reply.page(
      tr(view.lang, 'Tweede stap', 'Second step'),
      <TotpForm view={view} values={values} errors={errors} enrolment={enrolment} />,
      errors ? 400 : 200,
    );
  }

  app.get('/inloggen/tweede-stap', { config: { access: 'iedereen' } }, async (request, reply) =>
    totpPage(request, reply),
  );

  app.post('/inloggen/tweede-stap', { config: { ...limited, access: 'iedereen' } }, async (request, reply) => {
    const pending = pendingUser(request);
    if (!pending) return reply.redirect('/inloggen/medewerker', 303);
    const form = parseForm(totpSchema, request.body);
    if (!form.ok) return totpPage(request, reply, form.errors, form.values);
    const { user, token } = pending;
    const enrolling = await pendingTotpSecret(db, token);
    const check = await checkTotp(ctx, requireTenant(request), user.userId, form.data.code, enrolling);
    if (!check.ok)
      return totpPage(
        request,
        reply,
        {
          code:
            check.reason === 'al_gebruikt'
              ? 'totp_al_gebruikt'
              : check.reason === 'geblokkeerd'
                ? 'inlog_geblokkeerd'
                : 'totp_onjuist',
        },
        { code: form.data.code },
      );
    if (enrolling) {
      await withAccess(
        db,
        { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role },
        { category: 'account', action: 'update', purpose: 'tweede_stap_instellen', subjectUserId: user.userId },
        (gated) => setTotpSecret(gated, user.tenantId, user.userId, enrolling),
      );
      await setPendingTotpSecret(db, token, null);
    }
    // A fresh session id after the second factor, so a token seen before it is worth nothing.
    await endSession(db, token);
    return startSession(request, reply, user);
  });

  app.post('/uitloggen', { config: { access: 'iedereen' } }, async (request, reply) => {
    if (request.sessionToken) await endSession(db, request.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/?uitgelogd=1', 303);
  });
}

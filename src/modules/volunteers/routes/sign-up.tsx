// "Ik wil helpen" (/helpen/aanmelden): the sign-up form, filled in with what is known of a signed-in person; the
// "check your mail" page every anonymous sign-up gets; and the link in the mail that finishes the sign-up.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { withAccess } from '../../../kernel/access/gate.js';
import { findAccount } from '../../../kernel/auth/accounts.js';
import { actorOf } from '../../../kernel/auth/actor.js';
import { signInOnThisRequest } from '../../../kernel/auth/session-cookie.js';
import { notFound } from '../../../kernel/errors.js';
import { type FormErrors, type FormValues, keptValues, parseForm } from '../../../kernel/ui/forms.js';
import { confirmVolunteerSignUp } from '../commands/confirm-sign-up.js';
import { requestVolunteerSignUp } from '../commands/request-sign-up.js';
import { signUpVolunteer } from '../commands/sign-up-volunteer.js';
import { isPendingSignUpUsable } from '../queries.js';
import { keptLists, SignUpForm, signUpSchema, signUpTitle } from '../pages/sign-up-form.js';
import {
  AccountExists,
  accountExistsTitle,
  CheckYourMail,
  checkYourMailTitle,
  ConfirmSignUp,
  confirmTitle,
  LinkUnusable,
  linkUnusableTitle,
} from '../pages/sign-up-mail.js';

/** The token of a link in a sign-up mail: 32 random bytes in base64url. */
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export async function signUpRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const limited = { rateLimit: { max: ctx.config.formRateLimit, timeWindow: '15 minutes' } };

  app.get('/helpen/aanmelden', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const user = request.user?.state === 'actief' ? request.user : undefined;
    const values: FormValues = {};
    if (user) {
      const account = await withAccess(
        db,
        actorOf(request),
        { category: 'account', action: 'read', purpose: 'aanmelden', subjectUserId: user.userId },
        (gated) => findAccount(gated, user.tenantId, user.userId),
      );
      if (account) Object.assign(values, { voornaam: account.displayName.split(' ')[0] ?? '', email: account.email });
    }
    // Dutch ticked to start with: most who help speak it; unticking is one click.
    return reply.page(signUpTitle(view.lang), <SignUpForm view={view} values={values} lists={{ talen: ['nl'] }} />);
  });

  app.post('/helpen/aanmelden', { config: { ...limited, access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const values = keptValues(request.body);
    const lists = keptLists(request.body);
    const formAgain = (errors: FormErrors) =>
      reply.page(signUpTitle(view.lang), <SignUpForm view={view} values={values} lists={lists} errors={errors} />, 400);
    const form = parseForm(signUpSchema, request.body);
    if (!form.ok) return formAgain(form.errors);
    const tenant = request.tenant;
    if (!tenant) throw notFound();
    const signedIn = request.user?.state === 'actief' ? request.user : undefined;
    if (signedIn) {
      // Their own account's address counts, not the one in the form.
      const { email: _formEmail, ...profile } = form.data;
      await signUpVolunteer(db, tenant.id, signedIn, profile);
      return reply.redirect('/mijn/vrijwilliger?aangemeld=1', 303);
    }
    // The same answer for every address: whether it has an account shows only in the mail its owner gets.
    await requestVolunteerSignUp(ctx, tenant, form.data);
    return reply.redirect('/helpen/aanmelden/kijk-in-je-mail', 303);
  });

  app.get('/helpen/aanmelden/kijk-in-je-mail', { config: { access: 'iedereen' } }, async (request, reply) => {
    const { lang } = request.view();
    return reply.page(checkYourMailTitle(lang), <CheckYourMail lang={lang} />);
  });

  const linkUnusable = (request: FastifyRequest) => {
    const { lang } = request.view();
    const signedIn = request.user?.state === 'actief';
    return [linkUnusableTitle(lang), <LinkUnusable lang={lang} signedIn={signedIn} />, 410] as const;
  };

  // Mail scanners open links; only the button on this page confirms, so a scanner cannot use up the link.
  app.get('/helpen/aanmelden/bevestigen/:token', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const token = tokenSchema.safeParse((request.params as { token: string }).token);
    const tenant = request.tenant;
    if (!token.success || !tenant || !(await isPendingSignUpUsable(db, tenant.id, token.data, new Date())))
      return reply.page(...linkUnusable(request));
    return reply.page(confirmTitle(view.lang), <ConfirmSignUp view={view} token={token.data} />);
  });

  app.post(
    '/helpen/aanmelden/bevestigen/:token',
    { config: { ...limited, access: 'iedereen' } },
    async (request, reply) => {
      const view = request.view();
      const token = tokenSchema.safeParse((request.params as { token: string }).token);
      const tenant = request.tenant;
      if (!token.success || !tenant) return reply.page(...linkUnusable(request));
      const outcome = await confirmVolunteerSignUp(db, tenant.id, token.data);
      if (outcome.kind === 'link-unusable') return reply.page(...linkUnusable(request));
      if (outcome.kind === 'email-has-an-account')
        return reply.page(accountExistsTitle(view.lang), <AccountExists lang={view.lang} />, 409);
      await signInOnThisRequest(request, reply, { userId: outcome.userId, tenantId: tenant.id });
      return reply.redirect('/mijn/vrijwilliger?aangemeld=1', 303);
    },
  );
}

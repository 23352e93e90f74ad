// "Ik wil helpen" (/helpen/aanmelden): the sign-up form, filled in with what is known of a signed-in person.
import type { FastifyInstance } from 'fastify';
import { withAccess } from '../../../kernel/access/gate.js';
import { findAccount } from '../../../kernel/auth/accounts.js';
import { actorOf } from '../../../kernel/auth/actor.js';
import { notFound } from '../../../kernel/errors.js';
import { type FormErrors, type FormValues, keptValues, parseForm } from '../../../kernel/ui/forms.js';
import { signUpVolunteer } from '../commands/sign-up-volunteer.js';
import { keptLists, SignUpForm, signUpSchema, signUpTitle } from '../pages/sign-up-form.js';
import { SignUpThanks } from '../pages/sign-up-thanks.js';

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
    return reply.page(signUpTitle(view.lang), <SignUpForm view={view} values={values} />);
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
    const outcome = await signUpVolunteer(db, tenant.id, signedIn, form.data);
    if (outcome === 'email-has-an-account') return formAgain({ email: 'email_log_eerst_in' });
    if (outcome === 'already-a-volunteer') return reply.redirect('/mijn/vrijwilliger', 303);
    return reply.page(
      signUpTitle(view.lang),
      <SignUpThanks lang={view.lang} tenant={tenant} signedIn={signedIn !== undefined} />,
    );
  });
}

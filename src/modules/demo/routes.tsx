// Development only: sign-in shortcuts for the demo accounts and the outbox of sent mail. Never registered in
// production.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { searchWithAccess } from '../../kernel/access/gate.js';
import { roleInWords } from '../../kernel/access/plain-words.js';
import { listDemoAccounts } from '../../kernel/auth/accounts-demo.js';
import { startPageOf } from '../../kernel/auth/roles.js';
import { createSession, SESSION_COOKIE } from '../../kernel/auth/sessions.js';
import { DomainError, notFound } from '../../kernel/errors.js';
import { readOutbox } from '../../kernel/mail/mailer.js';
import { CsrfField } from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';

export async function demoRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;

  const demoAccounts = async (tenantId: string) =>
    searchWithAccess(
      db,
      { kind: 'system', tenantId, process: 'demo' },
      { category: 'account', purpose: 'demo' },
      (gated) => listDemoAccounts(gated, tenantId),
    );

  app.get('/demo', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    if (!request.tenant) throw notFound();
    const accounts = await demoAccounts(request.tenant.id);
    return reply.page(
      tr(lang, 'Demo-accounts', 'Demo accounts'),
      <>
        <h1 class="utrecht-heading-1">{tr(lang, 'Inloggen als voorbeeldgebruiker', 'Sign in as an example user')}</h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Dit is een demo. Kies een rol om Nabij te bekijken zoals die persoon het ziet. Deze knoppen bestaan ' +
              'niet in productie.',
            'This is a demo. Choose a role to see Nabij as that person does. These buttons do not exist in production.',
          )}
        </p>
        <ul class="utrecht-unordered-list">
          {accounts.map((account) => (
            <li key={account.subjectUserId}>
              <form method="post" action={`/demo/${account.subjectUserId}`} class="nabij-inline-form">
                <CsrfField view={view} />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                  {tr(
                    lang,
                    `Inloggen als ${roleInWords(lang, account.role)}`,
                    `Sign in as ${roleInWords(lang, account.role)}`,
                  )}
                </button>
              </form>{' '}
              {account.displayName} ({account.email})
            </li>
          ))}
        </ul>
      </>,
    );
  });

  app.post('/demo/:userId', { config: { access: 'iedereen' } }, async (request, reply) => {
    const { userId } = request.params as { userId: string };
    if (!request.tenant || !z.uuid().safeParse(userId).success) throw notFound();
    const account = (await demoAccounts(request.tenant.id)).find((a) => a.subjectUserId === userId);
    if (!account) throw new DomainError('geen_toegang', 'Dit is geen demo-account.');
    const token = await createSession(db, { userId, tenantId: request.tenant.id }, 'actief');
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
      maxAge: 12 * 3600,
    });
    return reply.redirect(startPageOf[account.role], 303);
  });

  app.get('/dev/outbox', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const mails = readOutbox(ctx.config.outboxDir).slice(0, 50);
    return reply.page(
      'Outbox',
      <>
        <h1 class="utrecht-heading-1">Outbox</h1>
        <p class="utrecht-paragraph">
          {tr(
            view.lang,
            'E-mail die Nabij in ontwikkeling zou versturen, nieuwste eerst.',
            'Email Nabij would send in development, newest first.',
          )}
        </p>
        {mails.map((mail) => (
          <article key={mail.file} class="nabij-door">
            <h2 class="utrecht-heading-2">{mail.subject}</h2>
            <p class="utrecht-paragraph nabij-muted">
              {mail.to} · {mail.sentAt}
            </p>
            <pre>{mail.text}</pre>
          </article>
        ))}
      </>,
    );
  });
}

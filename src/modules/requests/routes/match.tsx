// The pages behind the emailed match links: the volunteer's yes or no, the asker's yes or no ("Ik ga erheen",
// optionally with someone the first time), and after two weeks "Hoe gaat het?" with an outcome and a rating.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../../kernel/errors.js';
import { findTenantById } from '../../../kernel/tenancy/queries.js';
import { parseForm } from '../../../kernel/ui/forms.js';
import { answerAsAsker, answerAsVolunteer } from '../commands/answer-match.js';
import { closeMatch } from '../commands/close-match.js';
import { matchByToken } from '../commands/open-match.js';
import { ClosingForm, closingFromForm, closingSchema } from '../pages/closing-form.js';
import {
  AlreadyAnswered,
  AskerQuestion,
  AskerThanks,
  ClosingThanks,
  matchTitle,
  VolunteerQuestion,
  VolunteerThanks,
} from '../pages/match-pages.js';
import { parseAnswer } from '../pages/yes-no.js';

export async function matchRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const open = async (request: FastifyRequest) => {
    const { token } = request.params as { token: string };
    const found = await matchByToken(db, token);
    if (!found) throw notFound('Deze link');
    return { token, found };
  };

  app.get('/koppeling/:token', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const title = matchTitle(view.lang);
    const { token, found } = await open(request);
    const state = found.match.state;
    if (found.side === 'vrijwilliger') {
      if (state !== 'voorgesteld') return reply.page(title, <AlreadyAnswered view={view} />);
      return reply.page(title, <VolunteerQuestion view={view} action={`/koppeling/${token}`} shared={found.shared} />);
    }
    if (state === 'opvolging' || state === 'actief')
      return reply.page(
        title,
        <ClosingForm view={view} action={`/koppeling/${token}/afronden`} found={found} values={{}} />,
      );
    if (state !== 'voorgesteld' && state !== 'vrijwilliger_akkoord')
      return reply.page(title, <AlreadyAnswered view={view} />);
    return reply.page(title, <AskerQuestion view={view} action={`/koppeling/${token}`} found={found} />);
  });

  app.post('/koppeling/:token', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const { token, found } = await open(request);
    const { yes, buddy } = parseAnswer(request.body);
    if (found.side === 'vrijwilliger') {
      const tenant = await findTenantById(db, found.match.tenant_id);
      await answerAsVolunteer(ctx, token, yes, tenant?.name ?? '');
      return reply.page(matchTitle(view.lang), <VolunteerThanks view={view} yes={yes} shared={found.shared} />);
    }
    await answerAsAsker(ctx, token, yes, buddy);
    return reply.page(matchTitle(view.lang), <AskerThanks view={view} yes={yes} />);
  });

  app.post('/koppeling/:token/afronden', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const { token, found } = await open(request);
    if (found.side !== 'vrager') throw notFound('Deze link');
    const form = parseForm(closingSchema, request.body);
    if (!form.ok)
      return reply.page(
        matchTitle(view.lang),
        <ClosingForm
          view={view}
          action={`/koppeling/${token}/afronden`}
          found={found}
          values={form.values}
          errors={form.errors}
        />,
        400,
      );
    await closeMatch(ctx, token, closingFromForm(form.data));
    return reply.page(matchTitle(view.lang), <ClosingThanks view={view} />);
  });
}

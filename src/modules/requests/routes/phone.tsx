// Answers given by phone. Not every volunteer or asker has email: a team member calls them and records their yes or
// no, or the outcome and the asker's own rating, in the same steps a link would take. The history says it was by phone.
import { caseRoles } from '../../../kernel/access/policy.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { logRefusal } from '../../../kernel/access/gate.js';
import { actorOf } from '../../../kernel/auth/actor.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { parseForm } from '../../../kernel/ui/forms.js';
import { askerAnswers, volunteerAnswers } from '../commands/answer-match.js';
import { closeFoundMatch } from '../commands/close-match.js';
import type { AnsweredBy } from '../commands/match-steps.js';
import { type MatchByLink, matchOfRequest } from '../commands/open-match.js';
import { ClosingForm, closingFromForm, closingSchema } from '../pages/closing-form.js';
import { phoneTitle, type Step, StepPage } from '../pages/phone-step.js';
import { parseAnswer } from '../pages/yes-no.js';

/** What the team can record next for this match. */
function nextStep(found: MatchByLink): Step {
  const { state, volunteer_id } = found.match;
  if (state === 'voorgesteld') return volunteer_id ? 'vrijwilliger' : 'vrager';
  if (state === 'vrijwilliger_akkoord') return 'vrager';
  if (state === 'actief' || state === 'opvolging') return 'afronden';
  return 'klaar';
}

export async function phoneAnswerRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;

  /** The match, read as this team member through the gate, and the step the URL names or the next one. */
  async function open(request: FastifyRequest) {
    const actor = actorOf(request);
    const { id, matchId } = request.params as { id: string; matchId: string };
    if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(matchId).success) throw notFound('Dit voorstel');
    const found = await matchOfRequest(db, actor, actor.tenantId, id, matchId);
    if (!found) {
      // A guessed id (or another municipality's) leaves a trace like any refused attempt.
      const attempt = { category: 'hulpvraag' as const, action: 'read' as const, purpose: 'koppelen' };
      await logRefusal(db, actor, { ...attempt, subjectUserId: null }, 'onbekend_of_andere_gemeente');
      throw notFound('Dit voorstel');
    }
    const step = nextStep(found);
    const by: AnsweredBy = { actor, recordedBy: actor.userId, via: 'telefoon' };
    return { actor, found, step, by, base: `/team/hulpvragen/${id}` };
  }

  /** A step posted that is no longer the next one (someone answered by link meanwhile): say so, change nothing. */
  const expect = (step: Step, wanted: Step) => {
    if (step !== wanted)
      throw new DomainError(
        'ongeldige_invoer',
        'Deze stap is al gezet of kan nu niet. Kijk op de hulpvraag wat de stand is.',
      );
  };

  app.get(
    '/team/hulpvragen/:id/koppelingen/:matchId',
    { config: { access: caseRoles, data: 'hulpvraag' } },
    async (request, reply) => {
      const view = request.view();
      const { found, step, base } = await open(request);
      return reply.page(phoneTitle(view.lang), <StepPage view={view} found={found} base={base} step={step} />);
    },
  );

  app.post(
    '/team/hulpvragen/:id/koppelingen/:matchId/vrijwilliger',
    { config: { access: caseRoles, data: 'hulpvraag' } },
    async (request, reply) => {
      const { found, step, by, base } = await open(request);
      expect(step, 'vrijwilliger');
      const { yes } = parseAnswer(request.body);
      await volunteerAnswers(ctx, found, yes, request.tenant?.name ?? '', by);
      return reply.redirect(base, 303);
    },
  );

  app.post(
    '/team/hulpvragen/:id/koppelingen/:matchId/vrager',
    { config: { access: caseRoles, data: 'hulpvraag' } },
    async (request, reply) => {
      const { found, step, by, base } = await open(request);
      expect(step, 'vrager');
      const { yes, buddy } = parseAnswer(request.body);
      await askerAnswers(ctx, found, yes, buddy, by);
      return reply.redirect(base, 303);
    },
  );

  app.post(
    '/team/hulpvragen/:id/koppelingen/:matchId/afronden',
    { config: { access: caseRoles, data: 'hulpvraag' } },
    async (request, reply) => {
      const view = request.view();
      const { found, step, by, base } = await open(request);
      expect(step, 'afronden');
      const form = parseForm(closingSchema, request.body);
      if (!form.ok)
        return reply.page(
          phoneTitle(view.lang),
          <ClosingForm
            view={view}
            action={`${base}/koppelingen/${found.match.id}/afronden`}
            found={found}
            values={form.values}
            errors={form.errors}
            byPhone
          />,
          400,
        );
      await closeFoundMatch(ctx, found, closingFromForm(form.data), by);
      return reply.redirect(base, 303);
    },
  );
}

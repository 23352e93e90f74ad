// Answers given by phone. Not every volunteer or asker has email: a team member calls them and records their yes or
// no, or the outcome and the asker's own rating, in the same steps a link would take. The history says it was by phone.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../kernel/auth/actor.js';
import { DomainError, notFound } from '../../kernel/errors.js';
import { parseForm } from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { ClosingForm, closingSchema } from './closing-form.js';
import { SharedList } from './sharing.js';
import { answerSchema, YesNo } from './match-routes.js';
import {
  type AnsweredBy,
  askerAnswers,
  closeFoundMatch,
  type MatchByLink,
  matchOfRequest,
  volunteerAnswers,
} from './matching.js';

type Step = 'vrijwilliger' | 'vrager' | 'afronden' | 'klaar';

/** What the team can record next for this match. */
function nextStep(found: MatchByLink): Step {
  const { state, volunteer_id } = found.match;
  if (state === 'voorgesteld') return volunteer_id ? 'vrijwilliger' : 'vrager';
  if (state === 'vrijwilliger_akkoord') return 'vrager';
  if (state === 'actief' || state === 'opvolging') return 'afronden';
  return 'klaar';
}

function StepPage({ view, found, base, step }: { view: View; found: MatchByLink; base: string; step: Step }) {
  const { lang } = view;
  const back = (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={base}>
        {tr(lang, 'Terug naar de hulpvraag', 'Back to the help request')}
      </a>
    </p>
  );
  if (step === 'klaar')
    return (
      <>
        <h1 class="utrecht-heading-1">{tr(lang, 'Dit voorstel is klaar', 'This proposal is done')}</h1>
        <p class="utrecht-paragraph">
          {tr(lang, 'Er valt hier niets meer door te geven.', 'There is nothing left to record here.')}
        </p>
        {back}
      </>
    );
  const action = `${base}/koppelingen/${found.match.id}/${step}`;
  if (step === 'afronden') return <ClosingForm view={view} action={action} found={found} values={{}} byPhone />;
  const volunteer = found.volunteerFirstName ?? tr(lang, 'de vrijwilliger', 'the volunteer');
  const heading =
    step === 'vrijwilliger'
      ? tr(lang, `Wat zegt ${volunteer} aan de telefoon?`, `What does ${volunteer} say on the phone?`)
      : tr(
          lang,
          `Wat zegt ${found.askerFirstName} aan de telefoon?`,
          `What does ${found.askerFirstName} say on the phone?`,
        );
  const question =
    step === 'vrijwilliger'
      ? tr(
          lang,
          `Vraag of ${volunteer} wil helpen. Vertel niet meer dan wat hieronder staat: dat heeft de vrager goedgevonden.`,
          `Ask whether ${volunteer} wants to help. Tell no more than what is below: that is what the asker agreed to.`,
        )
      : found.activity
        ? tr(
            lang,
            `Vraag of ${found.askerFirstName} naar ${found.activity.name} wil, en of er de eerste keer iemand mee moet.`,
            `Ask whether ${found.askerFirstName} wants to go to ${found.activity.name}, and whether someone should come along the first time.`,
          )
        : tr(
            lang,
            `Vraag of ${found.askerFirstName} het goed vindt dat ${volunteer} helpt.`,
            `Ask whether ${found.askerFirstName} agrees that ${volunteer} helps.`,
          );
  return (
    <>
      <h1 class="utrecht-heading-1">{heading}</h1>
      <p class="utrecht-paragraph">{question}</p>
      {step === 'vrijwilliger' ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Dit mag je vertellen', 'This is what you may tell')}</h2>
          <SharedList lang={lang} shared={found.shared ?? {}} />
        </>
      ) : null}
      <YesNo
        view={view}
        action={action}
        yesText={tr(lang, 'Ja, dat is gezegd', 'Yes, that was said')}
        noText={tr(lang, 'Nee, dat is gezegd', 'No, that was said')}
        buddy={step === 'vrager' && found.activity !== null}
      />
      {back}
    </>
  );
}

export async function phoneAnswerRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const title = (lang: 'nl' | 'en') => tr(lang, 'Antwoord van de telefoon', 'Answer by phone');

  /** The match, read as this team member through the gate, and the step the URL names or the next one. */
  async function open(request: FastifyRequest) {
    const actor = actorOf(request);
    const { id, matchId } = request.params as { id: string; matchId: string };
    if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(matchId).success) throw notFound('Dit voorstel');
    const found = await matchOfRequest(db, actor, actor.tenantId, id, matchId);
    if (!found) throw notFound('Dit voorstel');
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

  app.get('/team/hulpvragen/:id/koppelingen/:matchId', async (request, reply) => {
    const view = request.view();
    const { found, step, base } = await open(request);
    return reply.page(title(view.lang), <StepPage view={view} found={found} base={base} step={step} />);
  });

  app.post('/team/hulpvragen/:id/koppelingen/:matchId/vrijwilliger', async (request, reply) => {
    const { found, step, by, base } = await open(request);
    expect(step, 'vrijwilliger');
    const answer = answerSchema.safeParse(request.body);
    if (!answer.success) throw new DomainError('ongeldige_invoer', 'Kies ja of nee.');
    await volunteerAnswers(ctx, found, answer.data.antwoord === 'ja', request.tenant?.name ?? '', by);
    return reply.redirect(base, 303);
  });

  app.post('/team/hulpvragen/:id/koppelingen/:matchId/vrager', async (request, reply) => {
    const { found, step, by, base } = await open(request);
    expect(step, 'vrager');
    const answer = answerSchema.safeParse(request.body);
    if (!answer.success) throw new DomainError('ongeldige_invoer', 'Kies ja of nee.');
    await askerAnswers(ctx, found, answer.data.antwoord === 'ja', Boolean(answer.data.maatje), by);
    return reply.redirect(base, 303);
  });

  app.post('/team/hulpvragen/:id/koppelingen/:matchId/afronden', async (request, reply) => {
    const view = request.view();
    const { found, step, by, base } = await open(request);
    expect(step, 'afronden');
    const form = parseForm(closingSchema, request.body);
    if (!form.ok)
      return reply.page(
        title(view.lang),
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
    const d = form.data;
    await closeFoundMatch(
      ctx,
      found,
      {
        outcome: d.uitkomst,
        reason: d.reden || null,
        rating: d.cijfer ? Number(d.cijfer) : null,
        comment: d.opmerking || null,
      },
      by,
    );
    return reply.redirect(base, 303);
  });
}

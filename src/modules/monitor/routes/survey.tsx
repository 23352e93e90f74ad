// The satisfaction questions a resident answers by the link in their mail (helper C1): no sign-in, the link is the
// key. The answers are stored without any link to the invitation; the invitation is marked answered.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type FormErrors, type FormValues, keptValues, parseForm } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import {
  answeredTitle,
  closedTitle,
  DONT_KNOW,
  SurveyMessagePage,
  SurveyPage,
  surveyTitle,
  thanksTitle,
} from '../pages/survey-pages.js';
import { invitationByToken, saveSurveyAnswers, type SurveyAnswers } from '../queries/survey.js';
import { satisfactionQuestions } from '../satisfaction.js';

const answer = z.enum(['1', '2', '3', '4', '5', DONT_KNOW], { message: 'stelling_kiezen' }).optional();
const surveySchema = z.object(Object.fromEntries(satisfactionQuestions.map((q) => [q.key, answer])));
const tokenParams = z.object({ token: z.string().max(200) });

export async function satisfactionRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  const limited = { rateLimit: { max: app.ctx.config.formRateLimit, timeWindow: '15 minutes' } };

  /** The invitation of the link; or null, after sending the calm page that says it cannot be used. */
  async function opened(request: FastifyRequest, reply: FastifyReply) {
    const { lang } = request.view();
    const parsed = tokenParams.safeParse(request.params);
    const invitation = parsed.success ? await invitationByToken(db, parsed.data.token) : undefined;
    const sameTenant = !invitation || !request.tenant || request.tenant.id === invitation.tenantId;
    if (invitation?.state === 'open' && sameTenant)
      return { invitation, action: `/tevredenheid/${parsed.data!.token}` };
    const view = request.view();
    if (invitation?.state === 'beantwoord' && sameTenant) {
      await reply.page(
        answeredTitle(lang),
        <SurveyMessagePage
          view={view}
          title={answeredTitle(lang)}
          text={tr(
            lang,
            'Je hebt deze vragen al beantwoord. Dank je wel.',
            'You already answered these questions. Thank you.',
          )}
        />,
        409,
      );
      return null;
    }
    await reply.page(
      closedTitle(lang),
      <SurveyMessagePage
        view={view}
        title={closedTitle(lang)}
        text={tr(
          lang,
          'Deze link is verlopen of klopt niet. Dat is niet erg: je hoeft niets te doen. Wil je toch iets kwijt over ' +
            'de hulp? Neem dan contact op met het wijkteam.',
          'This link has expired or is not right. That is fine: you do not need to do anything. Still want to say ' +
            'something about the help? Contact the neighbourhood team.',
        )}
      />,
      invitation ? 410 : 404,
    );
    return null;
  }

  const form = (
    request: FastifyRequest,
    reply: FastifyReply,
    action: string,
    values: FormValues,
    errors?: FormErrors,
  ) =>
    reply.page(
      surveyTitle(request.view().lang),
      <SurveyPage view={request.view()} action={action} values={values} errors={errors} />,
      errors ? 400 : 200,
    );

  app.get('/tevredenheid/:token', { config: { access: 'iedereen' } }, async (request, reply) => {
    const found = await opened(request, reply);
    if (!found) return reply;
    return form(request, reply, found.action, {});
  });

  app.post('/tevredenheid/:token', { config: { ...limited, access: 'iedereen' } }, async (request, reply) => {
    const found = await opened(request, reply);
    if (!found) return reply;
    const parsed = parseForm(surveySchema, request.body);
    if (!parsed.ok) return form(request, reply, found.action, parsed.values, parsed.errors);
    const answers: SurveyAnswers = {};
    for (const q of satisfactionQuestions) {
      const given = parsed.data[q.key];
      answers[q.key] = given === undefined || given === DONT_KNOW ? null : Number(given);
    }
    if (satisfactionQuestions.every((q) => parsed.data[q.key] === undefined))
      return form(request, reply, found.action, keptValues(request.body), {
        [satisfactionQuestions[0]!.key]: 'stelling_minstens_een',
      });
    if (!(await saveSurveyAnswers(db, found.invitation.id, answers))) {
      await opened(request, reply);
      return reply;
    }
    const { lang } = request.view();
    return reply.page(
      thanksTitle(lang),
      <SurveyMessagePage
        view={request.view()}
        title={thanksTitle(lang)}
        text={tr(
          lang,
          'Je antwoorden zijn opgeslagen. Ze helpen het wijkteam en de gemeente om de hulp beter te maken.',
          'Your answers are saved. They help the team and the municipality to make the help better.',
        )}
      />,
    );
  });
}

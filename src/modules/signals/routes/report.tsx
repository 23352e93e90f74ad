// Signalling (without an account or signed in), the reporter's status page, Mijn signalen, the feedback question,
// and the team's standard texts the reporter reads.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, logRefusal, withAccess } from '../../../kernel/access/gate.js';
import { residentRoles, scopesFor } from '../../../kernel/access/policy.js';
import { actorOf } from '../../../kernel/auth/actor.js';
import { hashToken } from '../../../kernel/auth/tokens.js';
import { notFound } from '../../../kernel/errors.js';
import type { Tenant } from '../../../kernel/tenancy/queries.js';
import { type FormErrors, type FormValues, keptValues, parseForm } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import { z } from 'zod';
import { FeedbackAlreadyGivenError, giveFeedback } from '../commands/feedback.js';
import { categoryOf, REPORTER_PURPOSE } from '../commands/move.js';
import { type SignalInput, submitSignal, THE_REPORTER_SAYS_DANGER } from '../commands/submit.js';
import {
  ChoicePage,
  NeighbourhoodFormPage,
  neighbourhoodSchema,
  neighbourhoodTitle,
  type OthersShown,
  PersonFormPage,
  personSchema,
  personTitle,
  signalTitle,
} from '../pages/report-forms.js';
import {
  emergencyTitle,
  mineTitle,
  MySignalsPage,
  SignalEmergencyPage,
  SignalStatusPage,
  statusTitle,
  ThanksPage,
  thanksTitle,
} from '../pages/report-status.js';
import { fieldOf, TextsPage, textsSchema, textsTitle } from '../pages/report-texts.js';
import { statusText } from '../queries/core.js';
import {
  areasToChoose,
  awaitsFeedback,
  othersReported,
  ownSignals,
  receivedView,
  reporterOf,
  reporterView,
  resetStatusText,
  saveStatusText,
  signalByStatusHash,
  statusTexts,
} from '../queries/report.js';
import { neighbourhoodThemes, type NeighbourhoodTheme, type ReporterRole, type SignalKind } from '../schema.js';
import type { SignalStatus } from '../states.js';
import { isTextStep, type TextStep, textStepOf, textSteps } from '../texts.js';

const feedbackSchema = z.object({
  antwoord: z.enum(['ja', 'nee'], { message: 'antwoord_kiezen' }),
  toelichting: z.string().trim().max(1000, 'tekst_te_lang').default(''),
});

/** Whose signal a status page shows, and how it was opened. */
type Opened = { actor: Actor; id: string; tenantId: string; reporterUserId: string | null; base: string };

export async function signalReportRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const limited = { rateLimit: { max: ctx.config.formRateLimit, timeWindow: '15 minutes' } };
  const textsConfig = { config: { access: ['wijkteamlid', 'regisseur', 'beheerder'] as const } };

  const tenantOf = (request: FastifyRequest): Tenant => {
    if (!request.tenant) throw notFound('Deze gemeente');
    return request.tenant;
  };

  /**
   * Who stores the signal: a team member who may make this kind of signal as themselves; anyone else as Nabij for
   * the form (process 'signaal'), with a signed-in reporter named on the signal so it is in their Mijn signalen.
   */
  function reporterOfRequest(request: FastifyRequest, tenant: Tenant, kind: SignalKind) {
    const user = request.user?.state === 'actief' ? request.user : undefined;
    const nabij: Actor = { kind: 'system', tenantId: tenant.id, process: 'signaal' };
    if (!user) return { actor: nabij, reporterUserId: null };
    const own: Actor = { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role };
    const mayCreate = scopesFor(user.role, categoryOf(kind), 'create').includes('tenant');
    return { actor: mayCreate ? own : nabij, reporterUserId: user.userId };
  }

  /**
   * Stores the signal and sends the reporter on to the page that thanks them, or shows the emergency numbers when it
   * holds danger: a page of its own, so reloading it or going back does not send the signal again.
   */
  async function submitAndAnswer(request: FastifyRequest, reply: FastifyReply, tenant: Tenant, input: SignalInput) {
    const submitted = await submitSignal(ctx, tenant, reporterOfRequest(request, tenant, input.kind).actor, input);
    return reply.redirect(`/signaal/status/${submitted.statusToken}/ontvangen`, 303);
  }

  /** Just received: thanks, or the emergency page, by the status link the reporter keeps. */
  async function receivedPage(request: FastifyRequest, reply: FastifyReply) {
    const view = request.view();
    const opened = await byStatusLink(request);
    const read = { category: 'melding' as const, action: 'read' as const, purpose: REPORTER_PURPOSE };
    const signal = await withAccess(db, opened.actor, { ...read, subjectUserId: opened.reporterUserId }, (gated) =>
      receivedView(gated, opened.tenantId, opened.id),
    );
    if (!signal) throw notFound('Dit signaal');
    const shown = { reference: signal.reference, statusPath: opened.base, signedIn: opened.reporterUserId !== null };
    if (signal.urgency === 'spoed')
      return reply.page(
        emergencyTitle(view.lang),
        <SignalEmergencyPage
          view={view}
          submitted={shown}
          reporterSaid={signal.dangerReasons.includes(THE_REPORTER_SAYS_DANGER)}
        />,
      );
    return reply.page(thanksTitle(view.lang), <ThanksPage view={view} submitted={shown} />);
  }

  type ReporterAnswers = {
    wie_ben_je: ReporterRole;
    organisatie: string;
    naam: string;
    email: string;
    telefoon: string;
  };
  const reporterInput = (
    request: FastifyRequest,
    tenant: Tenant,
    kind: SignalKind,
    d: ReporterAnswers & { mail_bij_wijziging?: 'ja' | undefined },
  ) => ({
    reporterUserId: reporterOfRequest(request, tenant, kind).reporterUserId,
    reporterRole: d.wie_ben_je,
    reporterOrganisation: d.wie_ben_je === 'partner' ? d.organisatie : '',
    reporterName: d.naam,
    reporterEmail: d.email || null,
    reporterPhone: d.telefoon,
    reporterWantsMail: d.mail_bij_wijziging === 'ja' && d.email !== '',
    language: request.view().lang,
  });

  app.get('/signaal', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    return reply.page(signalTitle(view.lang), <ChoicePage view={view} />);
  });

  // About a person.
  app.get('/signaal/iemand', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const areas = await areasToChoose(db, tenantOf(request).id);
    return reply.page(personTitle(view.lang), <PersonFormPage view={view} values={{}} areas={areas} />);
  });

  app.post('/signaal/iemand', { config: { ...limited, access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const tenant = tenantOf(request);
    const form = parseForm(personSchema, request.body);
    if (!form.ok) {
      const areas = await areasToChoose(db, tenant.id);
      return reply.page(
        personTitle(view.lang),
        <PersonFormPage view={view} values={form.values} errors={form.errors} areas={areas} />,
        400,
      );
    }
    const d = form.data;
    return submitAndAnswer(request, reply, tenant, {
      kind: 'persoon',
      topic: d.zorg,
      whatSeen: d.wat_zie_je,
      sinceWhen: d.sinds_wanneer,
      street: d.straat,
      postcode: d.postcode || null,
      areaId: d.buurt || null,
      personHint: d.herkennen,
      personKnows: d.weet_persoon,
      reporterSaysDanger: d.gevaar === 'ja',
      ...reporterInput(request, tenant, 'persoon', d),
    });
  });

  // About the neighbourhood, with "Anderen meldden ook".
  async function othersShown(tenantId: string, values: FormValues): Promise<OthersShown | undefined> {
    const theme = values.thema as NeighbourhoodTheme;
    if (!(neighbourhoodThemes as readonly string[]).includes(theme)) return undefined;
    const area = (await areasToChoose(db, tenantId)).find((a) => a.id === values.buurt);
    if (!area) return undefined;
    return { others: await othersReported(db, tenantId, theme, area.id), theme, areaName: area.name };
  }

  app.get('/signaal/buurt', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const areas = await areasToChoose(db, tenantOf(request).id);
    return reply.page(neighbourhoodTitle(view.lang), <NeighbourhoodFormPage view={view} values={{}} areas={areas} />);
  });

  app.post('/signaal/buurt', { config: { ...limited, access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const tenant = tenantOf(request);
    const values = keptValues(request.body);
    const title = neighbourhoodTitle(view.lang);
    const page = async (errors?: FormErrors) =>
      reply.page(
        title,
        <NeighbourhoodFormPage
          view={view}
          values={values}
          errors={errors}
          areas={await areasToChoose(db, tenant.id)}
          others={await othersShown(tenant.id, values)}
          asked={values.actie === 'kijken'}
        />,
        errors ? 400 : 200,
      );
    // "Kijk of anderen dit ook meldden": the same form again, with what was typed and the counts.
    if (values.actie === 'kijken') return page();
    const form = parseForm(neighbourhoodSchema, request.body);
    if (!form.ok) return page(form.errors);
    const d = form.data;
    return submitAndAnswer(request, reply, tenant, {
      kind: 'buurt',
      topic: d.thema,
      whatSeen: d.wat_speelt,
      whatWouldHelp: d.wat_helpt,
      street: d.straat,
      areaId: d.buurt || null,
      ...reporterInput(request, tenant, 'buurt', d),
    });
  });

  // The reporter's status page: by the status link (no account needed), or signed in under Mijn signalen.
  async function byStatusLink(request: FastifyRequest): Promise<Opened> {
    const { token } = request.params as { token: string };
    const found = token.length <= 200 ? await signalByStatusHash(db, hashToken(token)) : undefined;
    if (!found) throw notFound('Dit signaal');
    return {
      actor: { kind: 'system', tenantId: found.tenantId, process: 'signaal' },
      ...found,
      base: `/signaal/status/${token}`,
    };
  }

  /** Only the signed-in reporter's own signal; anyone else's, or an unknown id, is refused and logged. */
  async function asOwnSignal(request: FastifyRequest): Promise<Opened> {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const found = await reporterOf(db, actor.tenantId, id);
    if (!found || found.reporterUserId !== actor.userId) {
      await logRefusal(
        db,
        actor,
        {
          category: 'melding',
          action: 'read',
          purpose: REPORTER_PURPOSE,
          subjectUserId: found?.reporterUserId ?? null,
        },
        'onbekend_of_andere_gemeente',
      );
      throw notFound('Dit signaal');
    }
    // The gate is asked about the signal's own reporter: self scope admits only them, whatever the check above.
    return { actor, id, tenantId: actor.tenantId, reporterUserId: found.reporterUserId, base: `/mijn/signalen/${id}` };
  }

  async function statusPage(
    request: FastifyRequest,
    reply: FastifyReply,
    opened: Opened,
    failed?: { values: FormValues; errors?: FormErrors; notice?: string; status: number },
  ) {
    const view = request.view();
    const read = { category: 'melding' as const, action: 'read' as const, purpose: REPORTER_PURPOSE };
    const signal = await withAccess(db, opened.actor, { ...read, subjectUserId: opened.reporterUserId }, (gated) =>
      reporterView(gated, opened.tenantId, opened.id),
    );
    if (!signal) throw notFound('Dit signaal');
    const texts = new Map<TextStep, string>();
    const textOf = async (step: TextStep) => {
      if (!texts.has(step)) texts.set(step, await statusText(db, opened.tenantId, step));
      return texts.get(step)!;
    };
    const steps = [];
    for (const step of signal.steps) {
      if (!step.toStatus) continue;
      const visit = step.visitResult as Parameters<typeof textStepOf>[1];
      steps.push({ at: step.at, text: await textOf(textStepOf(step.toStatus as SignalStatus, visit)) });
    }
    const answered = (request.query as { beantwoord?: string }).beantwoord === '1';
    const mine = opened.base.startsWith('/mijn/');
    return reply.page(
      statusTitle(view.lang),
      <SignalStatusPage
        view={view}
        signal={signal}
        currentText={await textOf(textStepOf(signal.status, signal.visitResult))}
        steps={steps}
        action={`${opened.base}/terugkoppeling`}
        back={
          mine
            ? { href: '/mijn/signalen', text: tr(view.lang, 'Terug naar mijn signalen', 'Back to my signals') }
            : undefined
        }
        values={failed?.values}
        errors={failed?.errors}
        notice={
          failed?.notice ??
          (answered ? tr(view.lang, 'Dank je wel voor je antwoord.', 'Thank you for your answer.') : undefined)
        }
      />,
      failed?.status ?? 200,
    );
  }

  async function feedback(request: FastifyRequest, reply: FastifyReply, opened: Opened) {
    const lang = request.view().lang;
    const already = tr(lang, 'Je hebt deze vraag al beantwoord.', 'You already answered this question.');
    // Only while the question is asked: an answer given before (or a signal still open) is not asked again.
    if (!(await awaitsFeedback(db, opened.tenantId, opened.id)))
      return statusPage(request, reply, opened, { values: {}, notice: already, status: 409 });
    const form = parseForm(feedbackSchema, request.body);
    if (!form.ok) return statusPage(request, reply, opened, { values: form.values, errors: form.errors, status: 400 });
    try {
      await giveFeedback(ctx, opened.actor, opened, form.data.antwoord, form.data.toelichting);
    } catch (error) {
      if (!(error instanceof FeedbackAlreadyGivenError)) throw error;
      const notice = tr(
        request.view().lang,
        'Je hebt deze vraag al beantwoord.',
        'You already answered this question.',
      );
      return statusPage(request, reply, opened, { values: {}, notice, status: 409 });
    }
    return reply.redirect(`${opened.base}?beantwoord=1#terugkoppeling`, 303);
  }

  app.get('/signaal/status/:token', { config: { access: 'iedereen' } }, async (request, reply) =>
    statusPage(request, reply, await byStatusLink(request)),
  );
  app.get('/signaal/status/:token/ontvangen', { config: { access: 'iedereen' } }, receivedPage);
  app.post(
    '/signaal/status/:token/terugkoppeling',
    { config: { ...limited, access: 'iedereen' } },
    async (request, reply) => feedback(request, reply, await byStatusLink(request)),
  );

  // Mijn signalen: the signed-in reporter's own signals.
  const mineConfig = { config: { access: residentRoles, data: 'melding' as const } };
  app.get('/mijn/signalen', mineConfig, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const read = { category: 'melding' as const, action: 'read' as const, purpose: REPORTER_PURPOSE };
    const signals = await withAccess(db, actor, { ...read, subjectUserId: actor.userId }, (gated) =>
      ownSignals(gated, actor.tenantId, actor.userId),
    );
    return reply.page(mineTitle(view.lang), <MySignalsPage view={view} signals={signals} />);
  });
  app.get('/mijn/signalen/:id', mineConfig, async (request, reply) =>
    statusPage(request, reply, await asOwnSignal(request)),
  );
  app.post('/mijn/signalen/:id/terugkoppeling', mineConfig, async (request, reply) =>
    feedback(request, reply, await asOwnSignal(request)),
  );

  // The team's standard texts. Not personal data: no gate, only the route's roles.
  app.get('/team/signalen/teksten', textsConfig, async (request, reply) => {
    const view = request.view();
    const saved = (request.query as { opgeslagen?: string }).opgeslagen === '1';
    const texts = await statusTexts(db, actorOf(request).tenantId);
    return reply.page(textsTitle(view.lang), <TextsPage view={view} texts={texts} saved={saved} />);
  });
  app.post('/team/signalen/teksten', textsConfig, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const form = parseForm(textsSchema, request.body);
    if (!form.ok) {
      const texts = await statusTexts(db, actor.tenantId);
      return reply.page(
        textsTitle(view.lang),
        <TextsPage view={view} texts={texts} values={form.values} errors={form.errors} />,
        400,
      );
    }
    for (const step of textSteps)
      await saveStatusText(db, actor.tenantId, step, String(form.data[fieldOf(step)] ?? ''), actor.userId);
    return reply.redirect('/team/signalen/teksten?opgeslagen=1', 303);
  });
  app.post('/team/signalen/teksten/:step/standaard', textsConfig, async (request, reply) => {
    const { step } = request.params as { step: string };
    if (!isTextStep(step)) throw notFound('Deze stap');
    await resetStatusText(db, actorOf(request).tenantId, step);
    return reply.redirect('/team/signalen/teksten?opgeslagen=1', 303);
  });
}

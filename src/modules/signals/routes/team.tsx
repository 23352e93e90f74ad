// The team's signal list with deadlines, a signal's page, outreach and its result, passing it on; the page for the
// person signalled about (by the link the team gave them); the administrator's terms.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { searchWithAccess, withAccess } from '../../../kernel/access/gate.js';
import { scopesFor } from '../../../kernel/access/policy.js';
import type { Role } from '../../../kernel/auth/roles.js';
import { actorOf, signedInUser } from '../../../kernel/auth/actor.js';
import { hashToken } from '../../../kernel/auth/tokens.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { normalisePostcode } from '../../../kernel/geo/index.js';
import { type FormErrors, keptValues, optionalEmailInput, parseForm, phoneInput } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import { consentWays, forwardAsHelpRequest, mayForwardAsHelpRequest } from '../commands/forward.js';
import { categoryOf, findSignal, moveSignal, signalAccess, TEAM_PURPOSE } from '../commands/move.js';
import { mayTell, recordVisit, setOwner, tellPerson } from '../commands/outreach.js';
import { AboutMePage, aboutMeTitle } from '../pages/about-me.js';
import { deadlineState } from '../pages/team-deadline.js';
import { SignalListPage, signalListTitle } from '../pages/team-list.js';
import { type Failed, PersonNote, SignalPage } from '../pages/team-signal.js';
import { parseTerms, termValues, TermsPage, termsTitle } from '../pages/team-terms.js';
import {
  findTeamSignal,
  listOwnTerms,
  listTeamSignals,
  reporterOf,
  signalBySubjectToken,
  signalCaseWorkers,
  signalEvents,
  signalForSubject,
  subjectLogRows,
  type TeamSignalRow,
  upsertTerms,
} from '../queries/team.js';
import { closingOutcomes, type SignalKind, signalKinds, signalStatuses, visitResults } from '../schema.js';
import { nextStatuses, transitionFor } from '../states.js';

/** Who works the list: the case workers (every signal) and the community worker (neighbourhood signals only). */
const signalRoles: readonly Role[] = ['wijkteamlid', 'regisseur', 'opbouwwerker'];
const team = { config: { access: signalRoles, data: 'signaal' as const } };

/** The kinds of signal a role may see, as the access policy says per category. */
const kindsFor = (role: Role): SignalKind[] =>
  signalKinds.filter((kind) => scopesFor(role, categoryOf(kind), 'search').length > 0);

/** Spoed first, then past the second deadline, then past the first, then by deadline. */
function byUrgencyAndDeadline(now: Date) {
  const rank = (r: TeamSignalRow) => [
    r.urgency === 'spoed' ? 0 : 1,
    deadlineState(r.dueAt, r.secondDueAt, now) === 'tweede_verlopen' ? 0 : 1,
    deadlineState(r.dueAt, r.secondDueAt, now) === 'op_tijd' ? 1 : 0,
    r.dueAt.getTime(),
  ];
  return (a: TeamSignalRow, b: TeamSignalRow) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return 0;
  };
}

const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]).catch('');
const listQuery = z.object({
  status: optional(z.enum(signalStatuses)),
  soort: optional(z.enum(signalKinds)),
  mijn: optional(z.literal('1')),
  afgesloten: optional(z.literal('1')),
});

const ownerSchema = z.object({
  eigenaar: z.union([z.literal('mij'), z.uuid()], { message: 'collega_kiezen' }),
});

const stepSchema = z.object({
  naar: z.enum(signalStatuses, { message: 'signaal_stap_kiezen' }),
  reden: z.string().trim().max(1000, 'tekst_te_lang').default(''),
  uitkomst: z.union([z.literal(''), z.enum(closingOutcomes, { message: 'signaal_uitkomst_kiezen' })]).default(''),
});

const visitSchema = z.object({
  resultaat: z.enum(visitResults, { message: 'bezoek_kiezen' }),
  notitie: z.string().trim().max(2000, 'tekst_te_lang').default(''),
});

const helpSchema = z
  .object({
    naam: z.string().trim().min(1, 'naam_nodig').max(100, 'naam_te_lang'),
    telefoon: phoneInput(),
    email: optionalEmailInput(),
    postcode: z.union([
      z.literal(''),
      z
        .string()
        .trim()
        .refine((v) => normalisePostcode(v) !== undefined, 'postcode_ongeldig'),
    ]),
    hulp_bij: z.string().trim().min(10, 'hulp_bij_nodig').max(5000, 'tekst_te_lang'),
    toestemming: z.literal('ja', { message: 'toestemming_vastleggen_nodig' }),
    toestemming_hoe: z.enum(consentWays, { message: 'toestemming_hoe_kiezen' }),
    casus: z.union([z.literal('ja'), z.literal('')]).default(''),
  })
  .refine((d) => d.telefoon !== '' || d.email !== '', { message: 'bereikbaar_nodig', path: ['telefoon'] });

export async function signalTeamRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;

  app.get('/team/signalen', team, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const now = new Date();
    const query = listQuery.parse(request.query ?? {});
    const kinds = kindsFor(actor.role);
    const filter = {
      status: query.status || undefined,
      ownerUserId: query.mijn ? actor.userId : undefined,
      closed: query.afgesloten === '1',
    };
    const lists = await Promise.all(
      kinds
        .filter((kind) => !query.soort || kind === query.soort)
        .map((kind) =>
          searchWithAccess(db, actor, { category: categoryOf(kind), purpose: TEAM_PURPOSE }, (gated) =>
            listTeamSignals(gated, actor.tenantId, kind, filter, now),
          ),
        ),
    );
    const rows = lists.flat().sort(byUrgencyAndDeadline(now));
    return reply.page(
      signalListTitle(view.lang),
      <SignalListPage view={view} rows={rows} values={query} kinds={kinds} now={now} />,
    );
  });

  /** The signal's page, read as this team member through the gate; with the form that failed, if one did. */
  async function signalPage(request: FastifyRequest, reply: FastifyReply, failed?: Failed, notice?: string) {
    const view = request.view();
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const facts = await findSignal(ctx, actor, id);
    const { signal, events, colleagues } = await withAccess(
      db,
      actor,
      signalAccess(facts, 'read', TEAM_PURPOSE),
      async (gated) => ({
        signal: await findTeamSignal(gated, actor.tenantId, facts.id),
        events: await signalEvents(gated, actor.tenantId, facts.id),
        colleagues: await signalCaseWorkers(gated, actor.tenantId),
      }),
    );
    if (!signal) throw notFound('Dit signaal');
    const refused = signal.status === 'erop_af_geweest' && signal.visit_result === 'wil_geen_hulp';
    const next = nextStatuses(signal.kind, signal.status);
    // The visit and the help request have their own forms; a worry about a person is passed on only by the latter.
    const steps = refused
      ? next.filter((s) => s === 'afgesloten')
      : next.filter((s) => s !== 'erop_af_geweest' && !(s === 'doorgezet' && signal.kind === 'persoon'));
    return reply.page(
      tr(view.lang, `Signaal ${signal.reference}`, `Signal ${signal.reference}`),
      <SignalPage
        view={view}
        signal={signal}
        events={events}
        colleagues={colleagues.filter((c) => c.id !== actor.userId)}
        steps={steps}
        canVisit={next.includes('erop_af_geweest')}
        canForward={mayForwardAsHelpRequest({ ...facts, visitResult: signal.visit_result })}
        canTell={mayTell({ kind: signal.kind, visitResult: signal.visit_result })}
        refused={refused}
        failed={failed}
        notice={notice}
        now={new Date()}
      />,
      failed || notice ? 400 : 200,
    );
  }

  app.get('/team/signalen/:id', team, (request, reply) => signalPage(request, reply));

  const back = (reply: FastifyReply, id: string) => reply.redirect(`/team/signalen/${id}`, 303);

  app.post('/team/signalen/:id/eigenaar', team, async (request, reply) => {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const facts = await findSignal(ctx, actor, id);
    if (facts.status === 'afgesloten') return signalPage(request, reply, undefined, 'Dit signaal is afgesloten.');
    const form = parseForm(ownerSchema, request.body);
    if (!form.ok) return signalPage(request, reply, { form: 'eigenaar', values: form.values, errors: form.errors });
    const owner = form.data.eigenaar === 'mij' ? actor.userId : form.data.eigenaar;
    try {
      await setOwner(ctx, actor, facts, owner);
    } catch (error) {
      if (error instanceof DomainError && error.messageNl === 'Kies een collega van het wijkteam.')
        return signalPage(request, reply, {
          form: 'eigenaar',
          values: keptValues(request.body),
          errors: { eigenaar: 'collega_kiezen' },
        });
      throw error;
    }
    return back(reply, facts.id);
  });

  app.post('/team/signalen/:id/stap', team, async (request, reply) => {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const facts = await findSignal(ctx, actor, id);
    const form = parseForm(stepSchema, request.body);
    const fail = (errors: FormErrors) =>
      signalPage(request, reply, { form: 'stap', values: keptValues(request.body), errors });
    if (!form.ok) return fail(form.errors);
    const { naar, reden, uitkomst } = form.data;
    const refused = facts.status === 'erop_af_geweest' && facts.visitResult === 'wil_geen_hulp';
    // Through this form: not the visit, nor passing a worry about a person on (each has its own form); when the
    // person does not want help, only closing with that outcome.
    const offered =
      transitionFor(facts.kind, facts.status, naar, 'team') !== undefined &&
      naar !== 'erop_af_geweest' &&
      !(naar === 'doorgezet' && facts.kind === 'persoon') &&
      (!refused || naar === 'afgesloten');
    if (!offered) return fail({ naar: 'signaal_stap_kiezen' });
    const outcome = refused ? 'wil_geen_hulp' : uitkomst;
    if (naar === 'afgesloten' && !outcome) return fail({ uitkomst: 'signaal_uitkomst_kiezen' });
    if (naar === 'in_behandeling' && !reden) return fail({ reden: 'signaal_reden_nodig' });
    await moveSignal(ctx, actor, facts, {
      to: naar,
      reason: reden,
      ...(naar === 'afgesloten' && outcome ? { closingOutcome: outcome } : {}),
      ...(naar === 'doorgezet' ? { forwardedTo: 'wijkagenda' as const } : {}),
    });
    return back(reply, facts.id);
  });

  app.post('/team/signalen/:id/bezoek', team, async (request, reply) => {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const facts = await findSignal(ctx, actor, id);
    // The form is on the page only while a visit is the next step: a post after that changes nothing.
    if (!nextStatuses(facts.kind, facts.status).includes('erop_af_geweest'))
      return signalPage(request, reply, undefined, 'Het bezoek is al vastgelegd, of kan nu niet.');
    const form = parseForm(visitSchema, request.body);
    if (!form.ok) return signalPage(request, reply, { form: 'bezoek', values: form.values, errors: form.errors });
    await recordVisit(ctx, actor, facts, form.data.resultaat, form.data.notitie);
    return back(reply, facts.id);
  });

  app.post('/team/signalen/:id/hulpvraag', team, async (request, reply) => {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const facts = await findSignal(ctx, actor, id);
    if (!mayForwardAsHelpRequest(facts))
      return signalPage(
        request,
        reply,
        undefined,
        facts.visitResult === 'wil_geen_hulp'
          ? 'De persoon wil geen hulp. Dat respecteren we: je kunt het signaal alleen afsluiten.'
          : 'Van dit signaal kun je nu geen hulpvraag maken.',
      );
    const form = parseForm(helpSchema, request.body);
    if (!form.ok) return signalPage(request, reply, { form: 'hulpvraag', values: form.values, errors: form.errors });
    if (!request.tenant) throw notFound();
    const d = form.data;
    await forwardAsHelpRequest(ctx, request.tenant, actor, facts.id, {
      name: d.naam,
      phone: d.telefoon,
      email: d.email,
      postcode: d.postcode,
      text: d.hulp_bij,
      consentHow: d.toestemming_hoe,
      openCase: d.casus === 'ja',
    });
    return back(reply, facts.id);
  });

  app.post('/team/signalen/:id/vertellen', team, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const facts = await findSignal(ctx, actor, id);
    if (!mayTell(facts))
      return signalPage(request, reply, undefined, 'Vertel het de persoon pas als je contact hebt gehad.');
    const token = await tellPerson(ctx, actor, facts.id);
    // The page is the note: not kept by the browser, the link shown only here.
    reply.header('cache-control', 'no-store');
    return reply.page(
      tr(view.lang, 'Briefje voor de persoon', 'Note for the person'),
      <PersonNote
        view={view}
        link={`${ctx.config.baseUrl}/signaal/over-mij/${token}`}
        back={`/team/signalen/${facts.id}`}
      />,
    );
  });

  // The person signalled about, by the link on the note: Nabij reads on their behalf (process 'signaal'), and that
  // read, like every read of the signal, is logged under the signal.
  app.get('/signaal/over-mij/:token', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const { token } = request.params as { token: string };
    const found = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await signalBySubjectToken(db, hashToken(token)) : undefined;
    if (!found) throw notFound('Deze link');
    const actor = { kind: 'system' as const, tenantId: found.tenantId, process: 'signaal' as const };
    const signal = await withAccess(
      db,
      actor,
      { category: 'signaal', action: 'read', purpose: 'inzage', subjectUserId: null, subjectRequestId: found.id },
      (gated) => signalForSubject(gated, found.tenantId, found.id),
    );
    if (!signal) throw notFound('Deze link');
    const log = await withAccess(
      db,
      actor,
      { category: 'toegangslog', action: 'read', purpose: 'inzage', subjectUserId: null, subjectRequestId: found.id },
      async (gated) =>
        subjectLogRows(gated, found.tenantId, found.id, await reporterOf(gated, found.tenantId, found.id)),
    );
    reply.header('cache-control', 'no-store');
    return reply.page(aboutMeTitle(view.lang), <AboutMePage view={view} signal={signal} log={log} />);
  });

  const admin = { config: { access: ['beheerder' as const] } };

  app.get('/beheer/signaaltermijnen', admin, async (request, reply) => {
    const view = request.view();
    const { tenantId } = signedInUser(request);
    const own = await listOwnTerms(db, tenantId);
    const saved = (request.query as { opgeslagen?: string }).opgeslagen === '1';
    const rows = own.map((r) => ({
      kind: r.kind,
      urgency: r.urgency,
      firstAmount: r.first_amount,
      firstUnit: r.first_unit,
      secondAmount: r.second_amount,
      secondUnit: r.second_unit,
    }));
    return reply.page(termsTitle(view.lang), <TermsPage view={view} values={termValues(rows)} saved={saved} />);
  });

  app.post('/beheer/signaaltermijnen', admin, async (request, reply) => {
    const view = request.view();
    const { tenantId } = signedInUser(request);
    const parsed = parseTerms(request.body);
    if (!parsed.ok)
      return reply.page(
        termsTitle(view.lang),
        <TermsPage view={view} values={keptValues(request.body)} errors={parsed.errors} />,
        400,
      );
    await upsertTerms(db, tenantId, parsed.rows);
    return reply.redirect('/beheer/signaaltermijnen?opgeslagen=1', 303);
  });
}

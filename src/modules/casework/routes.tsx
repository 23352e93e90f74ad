// The team's routes for cases: open one from a request, the list with its filters, the case page and its steps;
// and the administrator's page of the terms. Every read and write of a case goes through the gate as 'dossier'.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { recordShown, searchWithAccess, type GatedDb } from '../../kernel/access/gate.js';
import { caseRoles } from '../../kernel/access/policy.js';
import { actorOf, type SignedInActor, signedInUser } from '../../kernel/auth/actor.js';
import type { Role } from '../../kernel/auth/roles.js';
import { DomainError, notFound } from '../../kernel/errors.js';
import { type PageSection, sectionsFor } from '../../kernel/modules.js';
import { type FormErrors, type FormResult, type FormValues, keptValues, parseForm } from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { findRequestSummaries, findRequestSummary, listRequestSummaries } from '../requests/index.js';
import { CASE_PURPOSE, type CaseKeys, caseHere, onCase } from './commands/case-access.js';
import {
  addNote,
  closeCase,
  handOver,
  NotAColleagueError,
  recordFirstContact,
  reopenCase,
} from './commands/case-steps.js';
import { openCase } from './commands/open-case.js';
import { assertMayTake, decideKnot, RegieFieldError, setReferralStatus, setRegisseur } from './commands/regie.js';
import { knotSchema, type RegieData, referralStatusSchema, regisseurSchema } from './pages/regie-section.js';
import {
  findEscalationSettings,
  findRegisseur,
  listReferrals,
  listRegisseurs,
  saveEscalationSettings,
} from './queries/regie.js';
import { amsterdamToday as dutchToday } from '../../kernel/time/index.js';
import { byUrgency, type CaseTerms, deadlinesOf } from './deadlines.js';
import {
  CasePage,
  type CasePageData,
  caseTitle,
  closeSchema,
  handOverSchema,
  noteSchema,
  reopenSchema,
} from './pages/case-page.js';
import { CaseListPage, filterSchema, type ListItem, matchesFilter } from './pages/case-list.js';
import { areaOf } from './pages/labels.js';
import { RequestCaseSection } from './pages/request-section.js';
import { TermsPage, termsSchema, termsTitle, termsValues } from './pages/terms-page.js';
import { saveAssessment } from './commands/assessment.js';
import type { Instrument } from './instruments.js';
import { AssessmentPage, assessmentSchema, assessmentTitle } from './pages/assessment-page.js';
import {
  caseOfRequest,
  caseRoleKeys,
  currentInstrument,
  findCase,
  findTerms,
  listCaseEvents,
  listCaseWorkers,
  listClosedCases,
  listAssessments,
  listInstruments,
  listOpenCases,
  saveInstrumentSetting,
  saveTerms,
} from './queries.js';

/** What the team's page of a request shows of its case: a link to it, or the button that opens one. */
export const requestCaseSection: PageSection<'hulpvraag-team'> = {
  slot: 'hulpvraag-team',
  async load(gated, { tenantId, requestId, askerUserId, actor }) {
    await recordShown(gated, actor, { category: 'dossier', purpose: CASE_PURPOSE }, [askerUserId], 'beleid');
    const found = await caseOfRequest(gated, tenantId, requestId);
    return (view) => <RequestCaseSection view={view} requestId={requestId} found={found} />;
  },
};

async function loadCasePage(
  gated: GatedDb,
  actor: SignedInActor,
  keys: CaseKeys,
  terms: CaseTerms,
  instruments: { current: Instrument; all: Instrument[] },
  now: Date,
): Promise<CasePageData> {
  const { tenantId, caseId } = { tenantId: actor.tenantId, caseId: keys.caseId };
  const found = await findCase(gated, tenantId, caseId);
  const request = found ? await findRequestSummary(gated, tenantId, found.requestId) : undefined;
  if (!found || !request) throw notFound('Deze casus');
  const deadlines = deadlinesOf({
    since: request.createdAt,
    firstContactAt: found.firstContactAt,
    closed: found.status !== 'open',
    planSetAt: found.planSetAt,
    terms,
    now,
    spoed: request.route === 'spoed',
  });
  const assessments = await listAssessments(gated, tenantId, caseId);
  const lastUsed = instruments.all.find((i) => i.id === assessments.at(-1)?.instrumentId);
  const events = await listCaseEvents(gated, tenantId, caseId);
  const roles = await caseRoleKeys(gated, tenantId, caseId);
  const regie: RegieData = {
    regisseur: await findRegisseur(gated, tenantId, caseId),
    regisseurs: await listRegisseurs(gated, tenantId),
    referrals: await listReferrals(gated, tenantId, caseId),
    isCaseRegisseur: actor.role === 'regisseur' && roles?.regisseurUserId === actor.userId,
    mayChooseRegisseur: actor.role === 'regisseur' || roles?.ownerUserId === actor.userId,
    escalations: events.filter((e) => e.kind === 'escalatie').reverse(),
    today: dutchToday(now),
  };
  return {
    regie,
    found,
    request,
    instrument: lastUsed ?? instruments.current,
    assessments,
    events,
    workers: await listCaseWorkers(gated, tenantId),
    deadlines,
    terms,
    sections: await Promise.all(sectionsFor('casus-team').map((s) => s.load(gated, { tenantId, ...keys, actor }))),
  };
}

/**
 * The list before filtering: the open requests and open cases of the municipality, or (`closed`) the cases closed
 * most recently.
 */
export async function loadListItems(gated: GatedDb, tenantId: string, terms: CaseTerms, now: Date, closed: boolean) {
  const cases = closed ? await listClosedCases(gated, tenantId) : await listOpenCases(gated, tenantId);
  const byRequest = new Map(cases.map((c) => [c.requestId, c]));
  const ids = cases.map((c) => c.requestId);
  const requests = closed
    ? await findRequestSummaries(gated, tenantId, ids)
    : await listRequestSummaries(gated, tenantId, ids);
  return requests.map((r) => {
    const found = byRequest.get(r.id);
    const item: ListItem & { subjectUserId: string | null; subjectRequestId: string } = {
      requestId: r.id,
      reference: r.reference,
      route: r.route,
      area: areaOf(r.postcode),
      createdAt: r.createdAt,
      caseId: found?.id ?? null,
      ownerUserId: found?.ownerUserId ?? null,
      ownerName: found?.ownerName ?? null,
      outcome: found?.outcome ?? null,
      deadlines: deadlinesOf({
        since: r.createdAt,
        firstContactAt: found?.firstContactAt ?? null,
        closed,
        planSetAt: found?.planSetAt ?? null,
        terms,
        now,
        spoed: r.route === 'spoed',
      }),
      subjectUserId: r.askerUserId,
      subjectRequestId: r.id,
    };
    return item;
  });
}

export async function caseRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  const config = { config: { access: caseRoles, data: 'dossier' as const } };

  app.post('/team/hulpvragen/:id/casus', config, async (request, reply) => {
    const actor = actorOf(request);
    const { caseId } = await openCase(db, actor, (request.params as { id: string }).id);
    return reply.redirect(`/team/casussen/${caseId}`, 303);
  });

  app.get('/team/casussen', config, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const now = new Date();
    const sent = keptValues(request.query);
    const values: FormValues = {
      eigenaar: sent.eigenaar ?? '',
      buurt: sent.buurt ?? '',
      route: sent.route ?? '',
      status: sent.status ?? '',
    };
    const parsed = filterSchema.safeParse(values);
    const errors: FormErrors = {};
    if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] = 'waarde_ongeldig';
    const filter = parsed.success ? parsed.data : { eigenaar: '', buurt: '', route: '', status: '' as const };
    const terms = await findTerms(db, actor.tenantId);
    let workers: Awaited<ReturnType<typeof listCaseWorkers>> = [];
    let areas: string[] = [];
    let total = 0;
    const items = await searchWithAccess(db, actor, { category: 'dossier', purpose: CASE_PURPOSE }, async (gated) => {
      workers = await listCaseWorkers(gated, actor.tenantId);
      const all = await loadListItems(gated, actor.tenantId, terms, now, filter.status === 'gesloten');
      total = all.length;
      areas = [...new Set(all.map((i) => i.area).filter((a): a is string => a !== null))].sort();
      const shown = all.filter((i) => matchesFilter(i, filter, actor.userId));
      return filter.status === 'gesloten' ? shown : byUrgency(shown);
    });
    return reply.page(
      tr(view.lang, 'Casussen', 'Cases'),
      <CaseListPage
        view={view}
        items={items}
        workers={workers}
        areas={areas}
        values={values}
        errors={errors}
        terms={terms}
        total={total}
        now={now}
      />,
      parsed.success ? 200 : 400,
    );
  });

  /** The case page, read through the gate; with the values and errors of a form that was refused. */
  const showCase = async (
    reply: FastifyReply,
    view: View,
    actor: SignedInActor,
    caseId: string,
    refused?: { values: FormValues; errors: FormErrors; when: 'open' | 'gesloten' | 'altijd' },
  ) => {
    const now = new Date();
    const terms = await findTerms(db, actor.tenantId);
    const instruments = {
      current: await currentInstrument(db, actor.tenantId),
      all: await listInstruments(db, actor.tenantId),
    };
    const data = await onCase(db, actor, caseId, 'read', (gated, keys) =>
      loadCasePage(gated, actor, keys, terms, instruments, now),
    );
    // A refused form that the page no longer shows (closing a case someone just closed): say so instead.
    if (refused && refused.when !== 'altijd' && refused.when !== data.found.status)
      throw new DomainError(
        'ongeldige_invoer',
        data.found.status === 'open' ? 'Deze casus is al open.' : 'Deze casus is al gesloten.',
      );
    return reply.page(
      caseTitle(view.lang, data.request.reference),
      <CasePage view={view} data={data} values={refused?.values} errors={refused?.errors} now={now} />,
      refused ? 400 : 200,
    );
  };

  app.get('/team/casussen/:id', config, async (request, reply) =>
    showCase(reply, request.view(), actorOf(request), (request.params as { id: string }).id),
  );

  /** A step of the case page: a refused form shows the page again, a done step goes back to the page. */
  const step = <T,>(
    path: string,
    when: 'open' | 'gesloten' | 'altijd',
    parse: (body: unknown) => FormResult<T>,
    run: (actor: SignedInActor, caseId: string, data: T) => Promise<void>,
    /** Who may take the step beyond the dossier rule, asked before the form is read (a refusal is logged). */
    guard?: (actor: SignedInActor, caseId: string) => Promise<void>,
    /** The roles the route is for, when fewer than those who work cases. */
    access: readonly Role[] = caseRoles,
  ) =>
    app.post(`/team/casussen/:id/${path}`, { config: { ...config.config, access } }, async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params as { id: string };
      if (guard) await guard(actor, id);
      const form = parse(request.body);
      if (!form.ok) return showCase(reply, request.view(), actor, id, { ...form, when });
      try {
        await run(actor, id, form.data);
      } catch (error) {
        const field =
          error instanceof NotAColleagueError
            ? (['aan', 'collega_kiezen'] as const)
            : error instanceof RegieFieldError
              ? ([error.field, error.messageKey] as const)
              : undefined;
        if (!field) throw error;
        const values = keptValues(request.body);
        return showCase(reply, request.view(), actor, id, { values, errors: { [field[0]]: field[1] }, when });
      }
      return reply.redirect(`/team/casussen/${id}`, 303);
    });

  step(
    'notities',
    'altijd',
    (b) => parseForm(noteSchema, b),
    (actor, id, d) => addNote(db, actor, id, d.notitie),
  );
  step(
    'eerste-contact',
    'open',
    () => ({ ok: true, data: {} }),
    (actor, id) => recordFirstContact(db, actor, id),
  );
  step(
    'overdragen',
    'open',
    (b) => parseForm(handOverSchema, b),
    (actor, id, d) => handOver(db, actor, id, { userId: d.aan, reason: d.reden }),
  );
  step(
    'sluiten',
    'open',
    (b) => parseForm(closeSchema, b),
    (actor, id, d) => closeCase(db, actor, id, { outcome: d.uitkomst, note: d.toelichting }),
  );
  step(
    'heropenen',
    'gesloten',
    (b) => parseForm(reopenSchema, b),
    (actor, id, d) => reopenCase(db, actor, id, d.reden),
  );

  step(
    'regisseur',
    'open',
    (b) => parseForm(regisseurSchema, b),
    (actor, id, d) => setRegisseur(db, actor, id, { userId: d.regisseur, reason: d.regisseur_reden }),
    (actor, id) => assertMayTake(db, actor, id, 'regisseur_of_eigenaar'),
  );
  step(
    'knoop',
    'open',
    (b) => parseForm(knotSchema, b),
    (actor, id, d) => decideKnot(db, actor, id, { decision: d.besluit, reason: d.besluit_reden }),
    (actor, id) => assertMayTake(db, actor, id, 'regisseur_van_de_casus'),
    ['regisseur'],
  );
  step(
    'verwijzing-status',
    'open',
    // Two buttons with hidden values: a value no button sends is a bad request, not a field to correct.
    (b) => {
      const form = parseForm(referralStatusSchema, b);
      if (!form.ok) throw new DomainError('ongeldige_invoer', 'Deze verwijzing of stap kennen we niet.');
      return form;
    },
    (actor, id, d) => setReferralStatus(db, actor, id, d.verwijzing, d.status),
    // Another municipality's case is not found (and logged) before its buttons' values are read.
    async (actor, id) => void (await caseHere(db, actor, id, 'update')),
  );

  /** The conversation form, read through the gate (the case's reference is dossier data). */
  const showAssessment = async (
    reply: FastifyReply,
    view: View,
    actor: SignedInActor,
    caseId: string,
    refused?: { values: FormValues; errors: FormErrors },
  ) => {
    const instrument = await currentInstrument(db, actor.tenantId);
    const reference = await onCase(db, actor, caseId, 'read', async (gated) => {
      const found = await findCase(gated, actor.tenantId, caseId);
      const request = found ? await findRequestSummary(gated, actor.tenantId, found.requestId) : undefined;
      if (!request) throw notFound('Deze casus');
      return request.reference;
    });
    return reply.page(
      assessmentTitle(view.lang, reference),
      <AssessmentPage
        view={view}
        caseId={caseId}
        reference={reference}
        instrument={instrument}
        values={refused?.values}
        errors={refused?.errors}
      />,
      refused ? 400 : 200,
    );
  };

  app.get('/team/casussen/:id/gesprek', config, async (request, reply) =>
    showAssessment(reply, request.view(), actorOf(request), (request.params as { id: string }).id),
  );

  app.post('/team/casussen/:id/gesprek', config, async (request, reply) => {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const instrument = await currentInstrument(db, actor.tenantId);
    const form = parseForm(assessmentSchema(instrument), request.body);
    if (!form.ok) return showAssessment(reply, request.view(), actor, id, form);
    await saveAssessment(db, actor, id, instrument, form.data);
    return reply.redirect(`/team/casussen/${id}#voortgang`, 303);
  });

  app.get('/beheer/termijnen', { config: { access: ['beheerder'] } }, async (request, reply) => {
    const view = request.view();
    const { tenantId } = signedInUser(request);
    const terms = await findTerms(db, tenantId);
    const instruments = await listInstruments(db, tenantId);
    const values = termsValues(
      terms,
      await currentInstrument(db, tenantId),
      await findEscalationSettings(db, tenantId),
    );
    const saved = (request.query as { opgeslagen?: string }).opgeslagen === '1';
    return reply.page(
      termsTitle(view.lang),
      <TermsPage view={view} instruments={instruments} values={values} saved={saved} />,
    );
  });

  app.post('/beheer/termijnen', { config: { access: ['beheerder'] } }, async (request, reply) => {
    const view = request.view();
    const { tenantId } = signedInUser(request);
    const instruments = await listInstruments(db, tenantId);
    const form = parseForm(termsSchema(instruments.map((i) => i.id)), request.body);
    if (!form.ok)
      return reply.page(
        termsTitle(view.lang),
        <TermsPage view={view} instruments={instruments} values={keptValues(request.body)} errors={form.errors} />,
        400,
      );
    await db.transaction().execute(async (trx) => {
      await saveTerms(trx, tenantId, {
        firstContactWorkingDays: form.data.eerste_contact,
        planWeeks: form.data.plan,
      });
      if (form.data.instrument) await saveInstrumentSetting(trx, tenantId, form.data.instrument);
      const blankIsNull = (v: string | undefined) => (v === undefined ? undefined : v === '' ? null : v);
      await saveEscalationSettings(trx, tenantId, {
        workingDays: form.data.escalatie,
        managerName: blankIsNull(form.data.teammanager),
        managerEmail: blankIsNull(form.data.teammanager_email),
      });
    });
    return reply.redirect('/beheer/termijnen?opgeslagen=1', 303);
  });
}

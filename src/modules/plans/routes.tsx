// The routes of the plan, twice: for the resident at /mijn/plan (their own open case) and for the team at
// /team/casussen/<id>/plan. Every read and write is one pass of the gate under 'plan' with the resident as subject;
// printing and the PDF are logged as 'print' and 'export'.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { caseRoles, residentRoles } from '../../kernel/access/policy.js';
import { actorOf, type SignedInActor } from '../../kernel/auth/actor.js';
import type { Db } from '../../kernel/db/database.js';
import { DomainError } from '../../kernel/errors.js';
import type { PageSection } from '../../kernel/modules.js';
import { type FormErrors, type FormValues, keptValues, parseForm } from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';
import { currentInstrument, listAssessments, listInstruments } from '../casework/index.js';
import { findRequestSummary } from '../requests/index.js';
import {
  markAgreementDone,
  planMeeting,
  recordMeetingOutcome,
  removeAgreement,
  removeGoal,
  saveAgreement,
  saveGoal,
  setPlan,
} from './commands/edit-plan.js';
import { onPlan, type PlanTarget } from './commands/plan-access.js';
import { planPdf } from './pdf.js';
import {
  agreementSchema,
  goalSchema,
  inviteesOf,
  itemSchema,
  meetingSchema,
  outcomeSchema,
  tasksOf,
} from './pages/forms.js';
import { AgreementPage, agreementTitle, GoalPage, goalTitle, MeetingPage, meetingTitle } from './pages/item-pages.js';
import { NoPlanPage, PlanPage, type PlanMode, type PlanPageData, planTitle } from './pages/plan-page.js';
import { PrintPage, printTitle } from './pages/print-page.js';
import { PlanLink } from './pages/case-section.js';
import { findPlanId, loadPlan } from './queries.js';
import { OTHER_DOMAIN } from './words.js';

/** The link to the plan on the team's case page, with whether it is set; read within the case's own gate pass. */
export const casePlanSection: PageSection<'casus-team'> = {
  slot: 'casus-team',
  async load(gated, { tenantId, caseId }) {
    const plan = (await findPlanId(gated, tenantId, caseId)) ? await loadPlan(gated, tenantId, caseId) : undefined;
    return (view) => <PlanLink view={view} caseId={caseId} plan={plan} />;
  },
};

type Variant = {
  mode: PlanMode;
  path: string;
  access: typeof caseRoles;
  target: (request: FastifyRequest) => PlanTarget;
  base: (request: FastifyRequest) => string;
};

const caseIdOf = (request: FastifyRequest) => (request.params as { id: string }).id;

const variants: Variant[] = [
  { mode: 'mijn', path: '/mijn/plan', access: residentRoles, target: () => 'eigen', base: () => '/mijn/plan' },
  {
    mode: 'team',
    path: '/team/casussen/:id/plan',
    access: caseRoles,
    target: (r) => ({ caseId: caseIdOf(r) }),
    base: (r) => `/team/casussen/${encodeURIComponent(caseIdOf(r))}/plan`,
  },
];

/** Every domain key any instrument of the municipality has, and "anders": what a goal's topic may be. */
async function allDomainKeys(db: Db, tenantId: string): Promise<string[]> {
  const all = await listInstruments(db, tenantId);
  return [...new Set([...all.flatMap((i) => i.domains.map((d) => d.key)), OTHER_DOMAIN])];
}

/** The plan page's data within one gate pass; undefined for a resident without an open case. */
async function loadPage(
  db: Db,
  actor: SignedInActor,
  variant: Variant,
  request: FastifyRequest,
  action: 'read' | 'print' | 'export' = 'read',
): Promise<PlanPageData | undefined> {
  const tenantId = actor.tenantId;
  const instruments = await listInstruments(db, tenantId);
  const current = await currentInstrument(db, tenantId);
  return onPlan(db, actor, variant.target(request), action, async (trx, keys) => {
    if (!keys) return undefined;
    const assessments = await listAssessments(trx, tenantId, keys.caseId);
    const latest = assessments.at(-1);
    const reference =
      variant.mode === 'team' && keys.requestId
        ? (await findRequestSummary(trx, tenantId, keys.requestId))?.reference
        : undefined;
    return {
      mode: variant.mode,
      base: variant.base(request),
      plan: await loadPlan(trx, tenantId, keys.caseId),
      instrument: instruments.find((i) => i.id === latest?.instrumentId) ?? current,
      wishes: latest?.answers.filter((a) => a.wantsToTalk).map((a) => a.domainKey) ?? [],
      caseId: keys.caseId,
      ...(reference ? { reference } : {}),
    };
  });
}

const tamperedError = () => new DomainError('ongeldige_invoer', 'Dit formulier klopt niet. Ga terug naar het plan.');

export async function planRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;

  for (const variant of variants) {
    const { path, mode } = variant;
    const config = { config: { access: variant.access, data: 'plan' as const } };

    const showPlan = async (
      request: FastifyRequest,
      reply: FastifyReply,
      refused?: { values: FormValues; errors: FormErrors },
    ) => {
      const view = request.view();
      const data = await loadPage(db, actorOf(request), variant, request);
      if (!data) return reply.page(tr(view.lang, 'Mijn plan', 'My plan'), <NoPlanPage view={view} />);
      const notice = (request.query as { opgeslagen?: string }).opgeslagen === '1';
      return reply.page(
        planTitle(view.lang, mode, data.reference),
        <PlanPage
          view={view}
          data={data}
          values={refused?.values}
          errors={refused?.errors}
          notice={notice ? tr(view.lang, 'Opgeslagen.', 'Saved.') : undefined}
        />,
        refused ? 400 : 200,
      );
    };
    /** A form no page of ours sends: the plan is asked for first, so another municipality's case stays refused. */
    const tampered = async (request: FastifyRequest) => {
      await loadPage(db, actorOf(request), variant, request);
      return tamperedError();
    };
    const back = (request: FastifyRequest, reply: FastifyReply, anchor: string) =>
      reply.redirect(`${variant.base(request)}?opgeslagen=1#${anchor}`, 303);

    app.get(path, config, async (request, reply) => showPlan(request, reply));

    // A goal: add (no id) or change (with the id of the goal).
    app.post(`${path}/doelen`, config, async (request, reply) => {
      const actor = actorOf(request);
      const form = parseForm(goalSchema(await allDomainKeys(db, actor.tenantId)), request.body);
      const editing = z.uuid().safeParse(keptValues(request.body).doel_id).success;
      if (!form.ok && 'doel_id' in form.errors) throw await tampered(request);
      if (!form.ok) {
        if (!editing) return showPlan(request, reply, form);
        const data = await loadPage(db, actor, variant, request);
        if (!data) throw tamperedError();
        const view = request.view();
        return reply.page(
          goalTitle(view.lang),
          <GoalPage
            view={view}
            base={data.base}
            goalId={keptValues(request.body).doel_id!}
            instrument={data.instrument}
            wishes={data.wishes}
            values={form.values}
            errors={form.errors}
          />,
          400,
        );
      }
      const d = form.data;
      const input = { domainKey: d.domein, goal: d.doel, wentWell: d.goed };
      const id = await saveGoal(db, actor, variant.target(request), d.doel_id || null, input);
      return back(request, reply, `doel-${id}`);
    });

    app.get(`${path}/doelen`, config, async (request, reply) => {
      const goalId = (request.query as { doel?: string }).doel ?? '';
      const data = await loadPage(db, actorOf(request), variant, request);
      const goal = data?.plan?.goals.find((g) => g.id === goalId);
      if (!data || !goal) return reply.redirect(variant.base(request), 303);
      const view = request.view();
      return reply.page(
        goalTitle(view.lang),
        <GoalPage
          view={view}
          base={data.base}
          goalId={goal.id}
          instrument={data.instrument}
          wishes={data.wishes}
          values={{ domein: goal.domainKey, doel: goal.goal, goed: goal.wentWell }}
        />,
      );
    });

    app.post(`${path}/doelen/weghalen`, config, async (request, reply) => {
      const form = parseForm(itemSchema('doel_id'), request.body);
      if (!form.ok) throw await tampered(request);
      await removeGoal(db, actorOf(request), variant.target(request), String(form.data.doel_id));
      return back(request, reply, 'doelen-kop');
    });

    // An agreement: add (no id) or change (with its id).
    app.post(`${path}/afspraken`, config, async (request, reply) => {
      const actor = actorOf(request);
      const form = parseForm(agreementSchema, request.body);
      const editing = z.uuid().safeParse(keptValues(request.body).afspraak_id).success;
      if (!form.ok && 'afspraak_id' in form.errors) throw await tampered(request);
      if (!form.ok) {
        if (!editing) return showPlan(request, reply, form);
        const data = await loadPage(db, actor, variant, request);
        if (!data) throw tamperedError();
        const view = request.view();
        return reply.page(
          agreementTitle(view.lang),
          <AgreementPage
            view={view}
            base={data.base}
            agreementId={keptValues(request.body).afspraak_id!}
            values={form.values}
            errors={form.errors}
          />,
          400,
        );
      }
      const d = form.data;
      const input = { what: d.wat, who: d.wie, whoName: d.naam || null, dueOn: d.uiterlijk };
      const id = await saveAgreement(db, actor, variant.target(request), d.afspraak_id || null, input);
      return back(request, reply, `afspraak-${id}`);
    });

    app.get(`${path}/afspraken`, config, async (request, reply) => {
      const agreementId = (request.query as { afspraak?: string }).afspraak ?? '';
      const data = await loadPage(db, actorOf(request), variant, request);
      const found = data?.plan?.agreements.find((a) => a.id === agreementId);
      if (!data || !found) return reply.redirect(variant.base(request), 303);
      const view = request.view();
      const values = {
        wat: found.what,
        wie: found.who,
        naam: found.whoName ?? '',
        uiterlijk: found.dueOn ? found.dueOn.split('-').reverse().join('-') : '',
      };
      return reply.page(
        agreementTitle(view.lang),
        <AgreementPage view={view} base={data.base} agreementId={found.id} values={values} />,
      );
    });

    for (const [step, run] of [
      ['gedaan', markAgreementDone],
      ['weghalen', removeAgreement],
    ] as const)
      app.post(`${path}/afspraken/${step}`, config, async (request, reply) => {
        const form = parseForm(itemSchema('afspraak_id'), request.body);
        if (!form.ok) throw await tampered(request);
        await run(db, actorOf(request), variant.target(request), String(form.data.afspraak_id));
        return back(request, reply, 'afspraken-kop');
      });

    // Printing and the PDF: the same plan, logged as 'print' and 'export' in the resident's access log.
    app.get(`${path}/afdrukken`, config, async (request, reply) => {
      const view = request.view();
      const data = await loadPage(db, actorOf(request), variant, request, 'print');
      if (!data) return reply.page(tr(view.lang, 'Mijn plan', 'My plan'), <NoPlanPage view={view} />);
      return reply.page(
        printTitle(view.lang),
        <PrintPage view={view} base={data.base} plan={data.plan} instrument={data.instrument} now={new Date()} />,
      );
    });

    app.get(`${path}/plan.pdf`, config, async (request, reply) => {
      const view = request.view();
      const data = await loadPage(db, actorOf(request), variant, request, 'export');
      if (!data) return reply.page(tr(view.lang, 'Mijn plan', 'My plan'), <NoPlanPage view={view} />);
      const pdf = await planPdf({ lang: view.lang, plan: data.plan, instrument: data.instrument, now: new Date() });
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="mijn-plan.pdf"')
        .header('cache-control', 'no-store')
        .send(pdf);
    });

    // The network meeting: plan it, then note what each invitee will do.
    const showMeeting = async (
      request: FastifyRequest,
      reply: FastifyReply,
      refused?: { values: FormValues; errors: FormErrors },
    ) => {
      const view = request.view();
      const data = await loadPage(db, actorOf(request), variant, request);
      if (!data) return reply.page(tr(view.lang, 'Mijn plan', 'My plan'), <NoPlanPage view={view} />);
      return reply.page(
        meetingTitle(view.lang),
        <MeetingPage view={view} base={data.base} values={refused?.values} errors={refused?.errors} />,
        refused ? 400 : 200,
      );
    };
    app.get(`${path}/beraad`, config, async (request, reply) => showMeeting(request, reply));
    app.post(`${path}/beraad`, config, async (request, reply) => {
      const form = parseForm(meetingSchema, request.body);
      if (!form.ok) return showMeeting(request, reply, form);
      const data = form.data as Record<string, string>;
      await planMeeting(db, actorOf(request), variant.target(request), {
        meetsOn: data.datum!,
        place: data.plaats!,
        invitees: inviteesOf(data),
      });
      return back(request, reply, 'beraad-kop');
    });
    app.post(`${path}/beraad/uitkomst`, config, async (request, reply) => {
      const form = parseForm(outcomeSchema, request.body);
      if (!form.ok) {
        // A text too long is said beside its field; anything else is a form no page of ours sends.
        if (Object.keys(form.errors).every((k) => k.startsWith('taak_'))) return showPlan(request, reply, form);
        throw await tampered(request);
      }
      const data = form.data as Record<string, unknown>;
      await recordMeetingOutcome(db, actorOf(request), variant.target(request), String(data.beraad_id), tasksOf(data));
      return back(request, reply, 'beraad-kop');
    });

    if (mode === 'team')
      app.post(`${path}/vaststellen`, config, async (request, reply) => {
        await setPlan(db, actorOf(request), caseIdOf(request));
        return back(request, reply, 'doelen-kop');
      });
  }
}

// The routes of client support: the resident invites and stops; the supporter accepts and reads what is shared; the
// resident (or the supporter with them) files a complaint and the team handles it. Every read goes through the gate.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { logRefusal, recordShown, withAccess } from '../../kernel/access/gate.js';
import { residentRoles } from '../../kernel/access/policy.js';
import { actorOf, signedInUser, type SignedInActor } from '../../kernel/auth/actor.js';
import { notFound } from '../../kernel/errors.js';
import { type FormErrors, type FormValues, keptValues, parseForm } from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';
import { currentInstrument, openCaseOfAsker, readSharedDossier, SharedDossierSection } from '../casework/index.js';
import { planPdf, readPlan, saveGoal } from '../plans/index.js';
import { SharedPlan, sharedGoalSchema } from './pages/shared-plan.js';
import { consentCategories, consentedCategories, dutchToday } from '../consent/index.js';
import { listRequestsOfAsker } from '../requests/index.js';
import { acceptInvitation, openInvitation, SUPPORT_PURPOSE } from './commands/accept.js';
import { complaintSubject, fileComplaint, HANDLING_PURPOSE, handleComplaint } from './commands/complaints.js';
import { inviteSupporter } from './commands/invite.js';
import { stopSupport } from './commands/stop.js';
import { complaintHandlers } from './policy.js';
import {
  ComplaintDetail,
  ComplaintForm,
  complaintSchema,
  ComplaintsPage,
  complaintsTitle,
  inviteSchema,
  SupportPage,
  supportTitle,
} from './pages/resident.js';
import { AcceptedPage, InvitationPage, ResidentPage, SupporterStart, supporterTitle } from './pages/supporter.js';
import { handlingSchema, TeamComplaintPage, TeamComplaintsPage, teamComplaintsTitle } from './pages/team.js';
import {
  findComplaint,
  listAllComplaints,
  listComplaintsOf,
  listComplaintSteps,
  listInvitationsOf,
  listMunicipalSupporters,
  listSupportedBy,
} from './queries.js';
import { RequestsShared } from './pages/shared-requests.js';
import { ComplaintList } from './pages/resident.js';

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** What a supporter may be shown of a resident, in this order; the consent categories the policy knows. */
const supporterParts = () => consentCategories();

export async function supportRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  const db = ctx.database.db;
  const resident = { config: { access: residentRoles, data: 'ondersteuning' as const } };
  const supporter = { config: { access: ['clientondersteuner'] as const, data: 'ondersteuning' as const } };
  const handlers = { config: { access: complaintHandlers, data: 'klacht' as const } };
  const limited = { rateLimit: { max: ctx.config.formRateLimit, timeWindow: '15 minutes' } };

  const supportPage = async (
    request: FastifyRequest,
    values: FormValues,
    extra: Partial<Parameters<typeof SupportPage>[0]> = {},
  ) => {
    const actor = actorOf(request);
    const invitations = await withAccess(
      db,
      actor,
      { category: 'ondersteuning', action: 'read', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
      (gated) => listInvitationsOf(gated, actor.tenantId, actor.userId),
    );
    const supporters = await listMunicipalSupporters(db, actor.tenantId);
    return (
      <SupportPage
        view={request.view()}
        invitations={invitations}
        supporters={supporters}
        categories={consentCategories()}
        values={values}
        {...extra}
      />
    );
  };

  app.get('/mijn/ondersteuner', resident, async (request, reply) => {
    const query = request.query as { gestopt?: string };
    return reply.page(
      supportTitle(request.view().lang),
      await supportPage(request, {}, { stopped: query.gestopt === '1' }),
    );
  });

  app.post('/mijn/ondersteuner', { config: { ...resident.config, ...limited } }, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const supporters = await listMunicipalSupporters(db, actor.tenantId);
    const form = parseForm(
      inviteSchema(
        supporters.map((s) => s.id),
        consentCategories(),
      ),
      request.body,
    );
    const delen = [(request.body as { delen?: unknown } | undefined)?.delen ?? []].flat().map(String).join(',');
    const values = { ...keptValues(request.body), delen };
    if (!form.ok)
      return reply.page(supportTitle(view.lang), await supportPage(request, values, { errors: form.errors }), 400);
    const d = form.data;
    const tenant = view.tenant;
    if (!tenant) throw notFound('Deze gemeente');
    const invitee =
      d.wie === 'zelf'
        ? { kind: 'zelf' as const, name: d.naam, email: d.email }
        : { kind: 'lijst' as const, userId: d.wie };
    const result = await inviteSupporter(ctx, tenant, actor, invitee, d.delen);
    if (!result.ok)
      return reply.page(
        supportTitle(view.lang),
        await supportPage(request, values, { errors: { wie: 'ondersteuner_kiezen' } }),
        400,
      );
    const name = invitee.kind === 'zelf' ? invitee.name : (supporters.find((s) => s.id === d.wie)?.displayName ?? '');
    return reply.page(
      supportTitle(view.lang),
      await supportPage(request, {}, { sent: { name, email: '', link: result.link } }),
    );
  });

  app.post('/mijn/ondersteuner/:id/stoppen', resident, async (request, reply) => {
    await stopSupport(db, actorOf(request), (request.params as { id: string }).id);
    return reply.redirect('/mijn/ondersteuner?gestopt=1', 303);
  });

  // The supporter's start page: whom they support. The list is the supporter's own; each resident shown is logged.
  app.get('/ondersteuner', supporter, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const supported = await withAccess(
      db,
      actor,
      { category: 'ondersteuning', action: 'read', purpose: SUPPORT_PURPOSE, subjectUserId: actor.userId },
      (gated) => listSupportedBy(gated, actor.tenantId, actor.userId),
    );
    await recordShown(
      db,
      actor,
      { category: 'ondersteuning', purpose: SUPPORT_PURPOSE },
      supported.map((i) => i.residentUserId),
      'gedeeld',
    );
    return reply.page(
      supporterTitle(view.lang),
      <SupporterStart view={view} name={signedInUser(request).displayName} supported={supported} />,
    );
  });

  app.get('/ondersteuner/uitnodiging/:token', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const { token } = request.params as { token: string };
    const opened = await openInvitation(db, token);
    if (!opened) throw notFound('Deze uitnodiging');
    return reply.page(
      supporterTitle(view.lang),
      <InvitationPage view={view} invitation={opened.invitation} action={`/ondersteuner/uitnodiging/${token}`} />,
    );
  });

  app.post(
    '/ondersteuner/uitnodiging/:token',
    { config: { access: 'iedereen', ...limited } },
    async (request, reply) => {
      const view = request.view();
      const { token } = request.params as { token: string };
      const result = await acceptInvitation(ctx, token);
      if (!result.ok && result.reason === 'verlopen') throw notFound('Deze uitnodiging');
      if (!result.ok) {
        const opened = await openInvitation(db, token);
        if (!opened) throw notFound('Deze uitnodiging');
        return reply.page(
          supporterTitle(view.lang),
          <InvitationPage
            view={view}
            invitation={opened.invitation}
            action={`/ondersteuner/uitnodiging/${token}`}
            problem="ander_account"
          />,
          409,
        );
      }
      return reply.page(supporterTitle(view.lang), <AcceptedPage view={view} newAccount={result.newAccount} />);
    },
  );

  /** The supporter's relation to one resident and what the resident shares today; refused and logged without one. */
  const relation = async (actor: SignedInActor, residentUserId: string) => {
    const found = await withAccess(
      db,
      actor,
      { category: 'ondersteuning', action: 'read', purpose: SUPPORT_PURPOSE, subjectUserId: actor.userId },
      async (gated) => {
        const invitation = isUuid(residentUserId)
          ? (await listSupportedBy(gated, actor.tenantId, actor.userId)).find(
              (i) => i.residentUserId === residentUserId,
            )
          : undefined;
        if (!invitation) return undefined;
        const shared = await consentedCategories(gated, {
          tenantId: actor.tenantId,
          subjectUserId: residentUserId,
          userId: actor.userId,
          role: actor.role,
          today: dutchToday(new Date()),
        });
        return { invitation, shared };
      },
    );
    if (!found) {
      await logRefusal(
        db,
        actor,
        {
          category: 'ondersteuning',
          action: 'read',
          purpose: SUPPORT_PURPOSE,
          subjectUserId: isUuid(residentUserId) ? residentUserId : null,
        },
        'onbekend_of_andere_gemeente',
      );
      throw notFound('Deze bewoner');
    }
    await recordShown(db, actor, { category: 'ondersteuning', purpose: SUPPORT_PURPOSE }, [residentUserId], 'gedeeld');
    return found;
  };

  /** One resident's shared parts; with the values and errors of the plan's goal form when that was refused. */
  const showResident = async (
    request: FastifyRequest,
    reply: FastifyReply,
    refused?: { values: FormValues; errors: FormErrors },
  ) => {
    const view = request.view();
    const actor = actorOf(request);
    const residentUserId = (request.params as { userId: string }).userId;
    const { invitation, shared } = await relation(actor, residentUserId);
    const read = { action: 'read' as const, purpose: SUPPORT_PURPOSE, subjectUserId: residentUserId };
    const parts = [];
    // Each shared part is its own pass of the gate, which asks the resident's consent again: nothing else is read.
    for (const category of supporterParts().filter((c) => shared.includes(c))) {
      if (category === 'hulpvraag') {
        const requests = await withAccess(db, actor, { ...read, category: 'hulpvraag' }, (gated) =>
          listRequestsOfAsker(gated, actor.tenantId, residentUserId),
        );
        parts.push({ category, body: <RequestsShared view={view} requests={requests} /> });
      } else if (category === 'dossier') {
        const dossier = await readSharedDossier(db, actor, residentUserId, SUPPORT_PURPOSE);
        parts.push({ category, body: <SharedDossierSection view={view} dossier={dossier} /> });
      } else if (category === 'plan') {
        const caseId = await openCaseOfAsker(db, actor.tenantId, residentUserId);
        const plan = caseId ? (await readPlan(db, actor, { caseId })).plan : undefined;
        parts.push({
          category,
          body: (
            <SharedPlan
              view={view}
              plan={plan}
              instrument={await currentInstrument(db, actor.tenantId)}
              base={caseId ? `/ondersteuner/bewoners/${residentUserId}` : null}
              values={refused?.values ?? {}}
              errors={refused?.errors}
            />
          ),
        });
      } else if (category === 'klacht') {
        const complaints = await withAccess(db, actor, { ...read, category: 'klacht' }, (gated) =>
          listComplaintsOf(gated, actor.tenantId, residentUserId),
        );
        parts.push({
          category,
          body:
            complaints.length === 0 ? (
              <p class="utrecht-paragraph">{tr(view.lang, 'Nog geen klachten of bezwaren.', 'No complaints yet.')}</p>
            ) : (
              <ComplaintList
                view={view}
                complaints={complaints}
                base={`/ondersteuner/bewoners/${residentUserId}/klachten`}
              />
            ),
        });
      }
    }
    const notShared = invitation.categories.filter((c) => !shared.includes(c));
    return reply.page(
      invitation.residentName,
      <ResidentPage
        view={view}
        name={invitation.residentName}
        residentUserId={residentUserId}
        parts={parts}
        notShared={notShared}
      />,
      refused ? 400 : 200,
    );
  };

  app.get('/ondersteuner/bewoners/:userId', supporter, async (request, reply) => showResident(request, reply));

  // Writing the plan together: a goal in the resident's words, noted by their supporter (the gate asks the consent).
  app.post(
    '/ondersteuner/bewoners/:userId/plan/doel',
    { config: { ...supporter.config, data: 'plan' } },
    async (request, reply) => {
      const actor = actorOf(request);
      const residentUserId = (request.params as { userId: string }).userId;
      await relation(actor, residentUserId);
      const instrument = await currentInstrument(db, actor.tenantId);
      const form = parseForm(sharedGoalSchema(instrument.domains.map((d) => d.key)), request.body);
      if (!form.ok) return showResident(request, reply, { values: keptValues(request.body), errors: form.errors });
      const caseId = await openCaseOfAsker(db, actor.tenantId, residentUserId);
      if (!caseId) throw notFound('Dit plan');
      await saveGoal(db, actor, { caseId }, null, { domainKey: form.data.domein, goal: form.data.doel, wentWell: '' });
      return reply.redirect(`/ondersteuner/bewoners/${residentUserId}#deel-plan`, 303);
    },
  );

  app.get(
    '/ondersteuner/bewoners/:userId/plan.pdf',
    { config: { ...supporter.config, data: 'plan' } },
    async (request, reply) => {
      const view = request.view();
      const actor = actorOf(request);
      const residentUserId = (request.params as { userId: string }).userId;
      await relation(actor, residentUserId);
      const caseId = await openCaseOfAsker(db, actor.tenantId, residentUserId);
      if (!caseId) throw notFound('Dit plan');
      // The gate asks the resident's consent for the plan again: without it, refused and logged.
      const { plan } = await readPlan(db, actor, { caseId }, 'export');
      const pdf = await planPdf({
        lang: view.lang,
        plan,
        instrument: await currentInstrument(db, actor.tenantId),
        now: new Date(),
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="plan.pdf"')
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.get(
    '/ondersteuner/bewoners/:userId/klachten/:id',
    { config: { ...supporter.config, data: 'klacht' } },
    async (request, reply) => {
      const view = request.view();
      const actor = actorOf(request);
      const { userId, id } = request.params as { userId: string; id: string };
      await relation(actor, userId);
      const found = await withAccess(
        db,
        actor,
        { category: 'klacht', action: 'read', purpose: SUPPORT_PURPOSE, subjectUserId: userId },
        async (gated) => {
          const c = isUuid(id) ? await findComplaint(gated, actor.tenantId, id) : undefined;
          return c && c.residentUserId === userId
            ? { c, steps: await listComplaintSteps(gated, actor.tenantId, id) }
            : undefined;
        },
      );
      if (!found) throw notFound('Deze klacht');
      return reply.page(complaintsTitle(view.lang), <ComplaintDetail view={view} c={found.c} steps={found.steps} />);
    },
  );

  const supporterComplaintForm = async (request: FastifyRequest, values: FormValues, status = 200) => {
    const view = request.view();
    const actor = actorOf(request);
    const residentUserId = (request.params as { userId: string }).userId;
    const { invitation, shared } = await relation(actor, residentUserId);
    return { view, actor, residentUserId, invitation, shared, status, values };
  };

  app.get(
    '/ondersteuner/bewoners/:userId/klacht',
    { config: { ...supporter.config, data: 'klacht' } },
    async (request, reply) => {
      const { view, residentUserId, invitation, shared } = await supporterComplaintForm(request, {});
      if (!shared.includes('klacht'))
        return reply.page(
          complaintsTitle(view.lang),
          <NotSharedComplaints view={view} name={invitation.residentName} />,
          403,
        );
      return reply.page(
        complaintsTitle(view.lang),
        <ComplaintForm
          view={view}
          action={`/ondersteuner/bewoners/${residentUserId}/klacht`}
          forName={invitation.residentName}
          values={{}}
        />,
      );
    },
  );

  app.post(
    '/ondersteuner/bewoners/:userId/klacht',
    { config: { ...supporter.config, data: 'klacht' } },
    async (request, reply) => {
      const { view, actor, residentUserId, invitation } = await supporterComplaintForm(request, {});
      const form = parseForm(complaintSchema, request.body);
      if (!form.ok)
        return reply.page(
          complaintsTitle(view.lang),
          <ComplaintForm
            view={view}
            action={`/ondersteuner/bewoners/${residentUserId}/klacht`}
            forName={invitation.residentName}
            values={keptValues(request.body)}
            errors={form.errors}
          />,
          400,
        );
      const id = await fileComplaint(db, actor, residentUserId, {
        kind: form.data.soort,
        about: form.data.over,
        whatHappened: form.data.wat,
        wish: form.data.wens,
      });
      return reply.redirect(`/ondersteuner/bewoners/${residentUserId}/klachten/${id}`, 303);
    },
  );

  const resComplaints = { config: { access: residentRoles, data: 'klacht' as const } };
  app.get('/mijn/klachten', resComplaints, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const complaints = await withAccess(
      db,
      actor,
      { category: 'klacht', action: 'read', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
      (gated) => listComplaintsOf(gated, actor.tenantId, actor.userId),
    );
    const filed = (request.query as { ingediend?: string }).ingediend === '1';
    return reply.page(complaintsTitle(view.lang), <ComplaintsPage view={view} complaints={complaints} filed={filed} />);
  });

  app.get('/mijn/klachten/nieuw', resComplaints, async (request, reply) => {
    const view = request.view();
    return reply.page(
      complaintsTitle(view.lang),
      <ComplaintForm view={view} action="/mijn/klachten/nieuw" values={{}} />,
    );
  });

  app.post('/mijn/klachten/nieuw', { config: { ...resComplaints.config, ...limited } }, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const form = parseForm(complaintSchema, request.body);
    if (!form.ok)
      return reply.page(
        complaintsTitle(view.lang),
        <ComplaintForm
          view={view}
          action="/mijn/klachten/nieuw"
          values={keptValues(request.body)}
          errors={form.errors}
        />,
        400,
      );
    await fileComplaint(db, actor, actor.userId, {
      kind: form.data.soort,
      about: form.data.over,
      whatHappened: form.data.wat,
      wish: form.data.wens,
    });
    return reply.redirect('/mijn/klachten?ingediend=1', 303);
  });

  app.get('/mijn/klachten/:id', resComplaints, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const found = await withAccess(
      db,
      actor,
      { category: 'klacht', action: 'read', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
      async (gated) => {
        const c = isUuid(id) ? await findComplaint(gated, actor.tenantId, id) : undefined;
        return c && c.residentUserId === actor.userId
          ? { c, steps: await listComplaintSteps(gated, actor.tenantId, id) }
          : undefined;
      },
    );
    if (!found) throw notFound('Deze klacht');
    return reply.page(
      complaintsTitle(view.lang),
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/mijn/klachten">
            {tr(view.lang, 'Terug naar mijn klachten en bezwaren', 'Back to my complaints and objections')}
          </a>
        </p>
        <ComplaintDetail view={view} c={found.c} steps={found.steps} />
      </>,
    );
  });

  app.get('/team/klachten', handlers, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const complaints = await withAccess(
      db,
      actor,
      { category: 'klacht', action: 'search', purpose: HANDLING_PURPOSE, subjectUserId: null },
      (gated) => listAllComplaints(gated, actor.tenantId),
    );
    await recordShown(
      db,
      actor,
      { category: 'klacht', purpose: HANDLING_PURPOSE },
      complaints.map((c) => c.residentUserId),
      'beleid',
    );
    return reply.page(teamComplaintsTitle(view.lang), <TeamComplaintsPage view={view} complaints={complaints} />);
  });

  const teamComplaint = async (actor: SignedInActor, id: string) => {
    const residentUserId = await complaintSubject(db, actor, id, 'read');
    return withAccess(
      db,
      actor,
      { category: 'klacht', action: 'read', purpose: HANDLING_PURPOSE, subjectUserId: residentUserId },
      async (gated) => {
        const c = await findComplaint(gated, actor.tenantId, id);
        if (!c) throw notFound('Deze klacht');
        return { c, steps: await listComplaintSteps(gated, actor.tenantId, id) };
      },
    );
  };

  app.get('/team/klachten/:id', handlers, async (request, reply) => {
    const view = request.view();
    const { c, steps } = await teamComplaint(actorOf(request), (request.params as { id: string }).id);
    return reply.page(complaintsTitle(view.lang), <TeamComplaintPage view={view} c={c} steps={steps} values={{}} />);
  });

  app.post('/team/klachten/:id', handlers, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const form = parseForm(handlingSchema, request.body);
    if (!form.ok) {
      const { c, steps } = await teamComplaint(actor, id);
      return reply.page(
        complaintsTitle(view.lang),
        <TeamComplaintPage view={view} c={c} steps={steps} values={keptValues(request.body)} errors={form.errors} />,
        400,
      );
    }
    await handleComplaint(db, actor, id, form.data.stap, form.data.bericht);
    return reply.redirect(`/team/klachten/${id}`, 303);
  });
}

function NotSharedComplaints({ view, name }: { view: Parameters<typeof ComplaintForm>[0]['view']; name: string }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{complaintsTitle(view.lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          view.lang,
          `${name} heeft je geen toestemming gegeven om te helpen met een klacht of bezwaar. Vraag ${name} om dat op ` +
            'de eigen pagina aan te zetten.',
          `${name} has not given you consent to help with a complaint or objection. Ask ${name} to turn that on on ` +
            'their own page.',
        )}
      </p>
    </>
  );
}

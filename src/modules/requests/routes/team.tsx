// The team's routes for help requests: the queue, a request with its triage and the team member's decision,
// proposing a match from the suggestions, and a request taken by phone.
import { caseRoles } from '../../../kernel/access/policy.js';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type Actor, logRefusal, recordShown, searchWithAccess, withAccess } from '../../../kernel/access/gate.js';
import { actorOf, type SignedInActor } from '../../../kernel/auth/actor.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { sectionsFor } from '../../../kernel/modules.js';
import { parseForm } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import { arrangeBuddy } from '../commands/arrange-buddy.js';
import { changeTriage } from '../commands/change-triage.js';
import { proposeMatch } from '../commands/propose-match.js';
import { submitHelpRequest } from '../commands/submit-help-request.js';
import { momentsFrom } from '../moments.js';
import { PhoneIntake, phoneIntakeSchema, phoneIntakeTitle } from '../pages/phone-intake.js';
import { shareChoiceFromForm } from '../pages/share-fields.js';
import { QueuePage } from '../pages/team-queue.js';
import { RequestDetail, requestTitle, triageDecisionSchema } from '../pages/team-request.js';
import { listMatches } from '../suggestions.js';
import { findHelpRequest, listEvents, listQueue, requestOwner } from '../queries/requests.js';
import { suggestionNames } from '../suggestions.js';

const proposalSchema = z.object({ suggestie: z.string().min(1).max(100), soort: z.string().min(1).max(30) });

export async function teamRequestRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;

  app.get('/team/hulpvragen', { config: { access: caseRoles, data: 'hulpvraag' } }, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const now = new Date();
    const queue = await searchWithAccess(
      db,
      actor,
      { category: 'hulpvraag', purpose: 'hulpvraag_behandelen' },
      (gated) => listQueue(gated, actor.tenantId, ctx.config.queueStaleDays, now),
    );
    const title = tr(view.lang, 'Hulpvragen', 'Help requests');
    return reply.page(title, <QueuePage view={view} title={title} queue={queue} now={now} />);
  });

  app.get('/team/hulpvragen/nieuw', { config: { access: caseRoles, data: 'hulpvraag' } }, async (request, reply) => {
    actorOf(request);
    const view = request.view();
    return reply.page(phoneIntakeTitle(view.lang), <PhoneIntake view={view} values={{}} />);
  });

  app.post('/team/hulpvragen/nieuw', { config: { access: caseRoles, data: 'hulpvraag' } }, async (request, reply) => {
    const actor = actorOf(request);
    const view = request.view();
    const form = parseForm(phoneIntakeSchema, request.body);
    if (!form.ok)
      return reply.page(
        phoneIntakeTitle(view.lang),
        <PhoneIntake view={view} values={form.values} errors={form.errors} />,
        400,
      );
    if (!request.tenant) throw notFound();
    const d = form.data;
    const submitted = await submitHelpRequest(ctx, request.tenant, actor, {
      channel: 'telefoon',
      askerUserId: null,
      enteredByUserId: actor.userId,
      forSomeoneElse: false,
      askerName: d.naam,
      subjectName: null,
      relation: null,
      subjectConsent: 'zelf',
      text: d.tekst,
      postcode: d.postcode || null,
      moments: momentsFrom(d.dag, d.dagdeel),
      language: null,
      contactEmail: d.email || null,
      contactPhone: d.telefoon || null,
      shareWithVolunteer: shareChoiceFromForm(d),
    });
    return reply.redirect(`/team/hulpvragen/${submitted.id}`, 303);
  });

  /**
   * The asker of a request of this municipality. An id that is unknown here (or another municipality's) is refused
   * like any other attempt: logged, then "not found", so a guess leaves a trace and learns nothing.
   */
  const ownerOrRefusal = async (actor: SignedInActor, id: string) => {
    const owner = z.uuid().safeParse(id).success ? await requestOwner(db, actor.tenantId, id) : undefined;
    if (owner) return owner;
    await logRefusal(
      db,
      actor,
      { category: 'hulpvraag', action: 'read', purpose: 'hulpvraag_behandelen', subjectUserId: null },
      'onbekend_of_andere_gemeente',
    );
    throw notFound('Deze hulpvraag');
  };

  /** A request with its history, matches and the names of its suggestions, read as this team member. */
  const detail = async (actor: Extract<Actor, { kind: 'user' }>, id: string) => {
    const read = { category: 'hulpvraag' as const, action: 'read' as const, purpose: 'hulpvraag_behandelen' };
    const owner = await ownerOrRefusal(actor, id);
    return withAccess(
      db,
      actor,
      { ...read, subjectUserId: owner.asker_user_id, subjectRequestId: id },
      async (gated) => {
        const helpRequest = await findHelpRequest(gated, actor.tenantId, id);
        if (!helpRequest) throw notFound('Deze hulpvraag');
        const matches = await listMatches(gated, actor.tenantId, id);
        const suggested = await suggestionNames(
          gated,
          actor.tenantId,
          helpRequest.triage.suggesties.map((s) => s.id),
        );
        // The volunteers on the page (suggested or in a match) each get a row of their own in the access log.
        await recordShown(
          gated,
          actor,
          { category: 'vrijwilliger', purpose: 'koppelen' },
          [...suggested.volunteerUserIds, ...matches.map((m) => m.volunteerUserId)],
          'beleid',
        );
        const context = { tenantId: actor.tenantId, requestId: id, askerUserId: owner.asker_user_id, actor };
        const sections = await Promise.all(sectionsFor('hulpvraag-team').map((s) => s.load(gated, context)));
        const events = await listEvents(gated, actor.tenantId, id);
        return { helpRequest, events, matches, names: suggested.names, sections };
      },
    );
  };

  app.get('/team/hulpvragen/:id', { config: { access: caseRoles, data: 'hulpvraag' } }, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const { helpRequest, events, matches, names, sections } = await detail(
      actor,
      (request.params as { id: string }).id,
    );
    return reply.page(
      requestTitle(view.lang, helpRequest.reference),
      <RequestDetail
        view={view}
        request={helpRequest}
        events={events}
        matches={matches}
        names={names}
        sections={sections}
      />,
    );
  });

  app.post(
    '/team/hulpvragen/:id/triage',
    { config: { access: caseRoles, data: 'hulpvraag' } },
    async (request, reply) => {
      const view = request.view();
      const actor = actorOf(request);
      const { id } = request.params as { id: string };
      const { helpRequest, events, matches, names, sections } = await detail(actor, id);
      const form = parseForm(triageDecisionSchema, request.body);
      if (!form.ok) {
        const sent = (request.body as { behoeften?: string | string[] } | undefined)?.behoeften;
        const chosenNeeds = sent === undefined ? [] : Array.isArray(sent) ? sent : [sent];
        return reply.page(
          requestTitle(view.lang, helpRequest.reference),
          <RequestDetail
            view={view}
            request={helpRequest}
            events={events}
            matches={matches}
            names={names}
            sections={sections}
            values={form.values}
            errors={form.errors}
            chosenNeeds={chosenNeeds}
          />,
          400,
        );
      }
      const d = form.data;
      await changeTriage(ctx, actor, helpRequest, {
        change: d.besluit === 'wijzigen',
        route: d.route,
        needKeys: d.behoeften,
        reason: d.reden,
      });
      return reply.redirect(`/team/hulpvragen/${id}`, 303);
    },
  );

  // The asker's wish that someone comes along the first time is arranged: the task is ticked off.
  app.post(
    '/team/hulpvragen/:id/koppelingen/:matchId/meegaan',
    { config: { access: caseRoles, data: 'hulpvraag' } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id, matchId } = request.params as { id: string; matchId: string };
      if (!z.uuid().safeParse(matchId).success) throw notFound('Deze hulpvraag');
      const owner = await ownerOrRefusal(actor, id);
      await arrangeBuddy(ctx, actor, { id, askerUserId: owner.asker_user_id }, matchId);
      return reply.redirect(`/team/hulpvragen/${id}`, 303);
    },
  );

  app.post(
    '/team/hulpvragen/:id/koppelen',
    { config: { access: caseRoles, data: 'hulpvraag' } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params as { id: string };
      await ownerOrRefusal(actor, id);
      if (!request.tenant) throw notFound('Deze hulpvraag');
      // The two hidden fields of a suggestion card: anything else is a form that was tampered with.
      const body = proposalSchema.safeParse(request.body);
      if (!body.success) throw new DomainError('ongeldige_invoer', 'Kies een voorstel op de pagina van de hulpvraag.');
      await proposeMatch(ctx, actor, request.tenant, id, { id: body.data.suggestie, soort: body.data.soort });
      return reply.redirect(`/team/hulpvragen/${id}`, 303);
    },
  );
}

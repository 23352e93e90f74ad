// The asker's own request, by the status link or signed in at /mijn/hulpvragen: where it stands, their answers to
// proposals and "Hoe gaat het?" (also for askers without email), the activities they can choose themselves, and
// what a volunteer may see of them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { logRefusal, recordShown, withAccess } from '../../../kernel/access/gate.js';
import { accessLogAnswer } from '../../../kernel/access/routes.js';
import { actorOf } from '../../../kernel/auth/actor.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { type FormErrors, type FormValues, parseForm } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import { findTenantById } from '../../../kernel/tenancy/queries.js';
import { askerAnswers } from '../commands/answer-match.js';
import { chooseActivity } from '../commands/choose-activity.js';
import { changeSharing, type OwnRequest } from '../commands/change-sharing.js';
import { closeFoundMatch } from '../commands/close-match.js';
import type { AnsweredBy } from '../commands/match-steps.js';
import { matchOfRequest } from '../commands/open-match.js';
import { parseActivityChoice } from '../pages/activity-ideas.js';
import { ClosingForm, closingFromForm, closingSchema } from '../pages/closing-form.js';
import { shareChoiceFromForm, shareFormValues } from '../pages/share-fields.js';
import { shareChangeSchema, sharingHeading, SharingPage } from '../pages/sharing-page.js';
import { isRunningVolunteerMatch, StatusPage, statusTitle } from '../pages/status-page.js';
import { parseAnswer } from '../pages/yes-no.js';
import { activityIdeas, activityOverviewsByExternalId, listMatches } from '../suggestions.js';
import { findHelpRequest, requestByStatusToken, requestOwner } from '../queries/requests.js';
import { choiceOfShared } from '../sharing.js';

/** The asker's own request, and where its pages live. */
type Owner = OwnRequest & { base: string };

export async function statusRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const limited = { rateLimit: { max: ctx.config.formRateLimit, timeWindow: '15 minutes' } };

  /** The status link is the asker's key; reading through it is logged like any other read of the request. */
  async function byStatusLink(request: FastifyRequest): Promise<Owner> {
    const { token } = request.params as { token: string };
    const found = await requestByStatusToken(db, token);
    if (!found) throw notFound('Deze hulpvraag');
    return {
      actor: { kind: 'system', tenantId: found.tenant_id, process: 'hulpvraag' },
      found,
      base: `/hulp/status/${token}`,
    };
  }

  /** Only the asker's own request: the gate refuses anyone else's (self scope), and the query filters on them too. */
  /** The signed-in asker's own request; anyone else's, or an unknown id, is refused and logged before anything else. */
  async function asSignedInAsker(request: FastifyRequest): Promise<Owner> {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const owner = z.uuid().safeParse(id).success ? await requestOwner(db, actor.tenantId, id) : undefined;
    if (owner?.asker_user_id !== actor.userId) {
      const attempt = { category: 'hulpvraag' as const, action: 'read' as const, purpose: 'eigen_gegevens' };
      await logRefusal(
        db,
        actor,
        { ...attempt, subjectUserId: owner?.asker_user_id ?? null, subjectRequestId: owner ? id : null },
        'onbekend_of_andere_gemeente',
      );
      throw notFound('Deze hulpvraag');
    }
    return {
      actor,
      found: { id, tenant_id: actor.tenantId, asker_user_id: actor.userId },
      base: `/mijn/hulpvragen/${id}`,
    };
  }

  /**
   * Every page of the asker's own request lives under the status link and, for a signed-in asker, under
   * /mijn/hulpvragen; a form sent through the link is rate limited, as anyone holding a link can send it.
   */
  function ownPage(
    method: 'GET' | 'POST',
    path: string,
    handle: (request: FastifyRequest, reply: FastifyReply, owner: Owner) => Promise<unknown>,
  ) {
    app.route({
      method,
      url: `/hulp/status/:token${path}`,
      config: method === 'POST' ? { ...limited, access: 'iedereen' } : { access: 'iedereen' },
      handler: async (request, reply) => handle(request, reply, await byStatusLink(request)),
    });
    app.route({
      method,
      url: `/mijn/hulpvragen/:id${path}`,
      config: { access: 'ingelogd', data: 'hulpvraag' },
      handler: async (request, reply) => handle(request, reply, await asSignedInAsker(request)),
    });
  }

  ownPage('GET', '', statusPage);
  // "Wie heeft je gegevens bekeken?" for an asker without an account: the rows that name this request. Signed in,
  // the asker has /account/toegangslog.
  app.get('/hulp/status/:token/toegangslog', { config: { access: 'iedereen' } }, async (request, reply) => {
    const { found, actor, base } = await byStatusLink(request);
    return accessLogAnswer(db, request, reply, {
      actor,
      tenantId: found.tenant_id,
      subject: { requestId: found.id, askerUserId: found.asker_user_id },
      base: `${base}/toegangslog`,
      back: { href: `${base}#toegangslog`, nl: 'Terug naar je hulpvraag', en: 'Back to your help request' },
    });
  });
  ownPage('GET', '/delen', sharingPage);
  ownPage('POST', '/delen', sharingChange);
  ownPage('POST', '/activiteiten', activityChoice);
  ownPage('POST', '/koppelingen/:matchId', answerOnStatusPage);
  ownPage('GET', '/koppelingen/:matchId/afronden', closingOnStatusPage);
  ownPage('POST', '/koppelingen/:matchId/afronden', closingOnStatusPage);

  /** Reads the asker's own request and its matches through the gate; anyone else's is "not found". */
  async function ownRequest({ actor, found }: Owner) {
    const read = {
      category: 'hulpvraag' as const,
      action: 'read' as const,
      purpose: 'hulpvraag_behandelen',
      subjectUserId: found.asker_user_id,
      subjectRequestId: found.id,
    };
    const own = actor.kind === 'user' ? actor.userId : undefined;
    const result = await withAccess(db, actor, read, async (gated) => {
      const helpRequest = await findHelpRequest(gated, found.tenant_id, found.id, own);
      if (!helpRequest) return undefined;
      const matches = await listMatches(gated, found.tenant_id, found.id);
      // The asker sees the first name of each volunteer in a match: each finds that in their own access log.
      const volunteers = matches.map((m) => m.volunteerUserId);
      await recordShown(gated, actor, { category: 'vrijwilliger', purpose: 'koppelen' }, volunteers, 'gedeeld');
      return { helpRequest, matches };
    });
    if (!result) throw notFound('Deze hulpvraag');
    return result;
  }

  /** One form: what the volunteer of one match sees, or what volunteers of proposals still to come may see. */
  async function sharingPage(
    request: FastifyRequest,
    reply: FastifyReply,
    owner: Owner,
    failed?: { values: FormValues; errors: FormErrors },
  ) {
    const view = request.view();
    const { helpRequest, matches } = await ownRequest(owner);
    const matchId = failed?.values.koppeling ?? (request.query as { koppeling?: string }).koppeling ?? '';
    const match = matchId ? matches.find((m) => m.id === matchId && isRunningVolunteerMatch(m)) : undefined;
    if (matchId && !match) throw notFound('Dit voorstel');
    const values = failed?.values ?? {
      ...(match
        ? shareFormValues(choiceOfShared(match.sharedWithVolunteer))
        : shareFormValues(helpRequest.shareWithVolunteer)),
      koppeling: matchId,
    };
    return reply.page(
      sharingHeading(view.lang, match),
      <SharingPage
        view={view}
        base={owner.base}
        match={match}
        matchId={matchId}
        values={values}
        errors={failed?.errors}
        forSomeoneElse={helpRequest.forSomeoneElse}
      />,
      failed ? 400 : 200,
    );
  }

  /** The asker changes what a volunteer may see: for one running match, or for proposals still to come. */
  async function sharingChange(request: FastifyRequest, reply: FastifyReply, owner: Owner) {
    const form = parseForm(shareChangeSchema, request.body);
    if (!form.ok) return sharingPage(request, reply, owner, { values: form.values, errors: form.errors });
    await changeSharing(ctx, owner, shareChoiceFromForm(form.data), form.data.koppeling);
    return reply.redirect(`${owner.base}?opgeslagen=1#delen`, 303);
  }

  /** A match of the asker's own request, opened as the asker; with how their answer is recorded. */
  async function ownMatch(request: FastifyRequest, owner: Owner) {
    const { matchId } = request.params as { matchId: string };
    if (!z.uuid().safeParse(matchId).success) throw notFound('Dit voorstel');
    const { matches } = await ownRequest(owner);
    if (!matches.some((m) => m.id === matchId)) throw notFound('Dit voorstel');
    const found = await matchOfRequest(
      db,
      owner.actor,
      owner.found.tenant_id,
      owner.found.id,
      matchId,
      owner.found.asker_user_id,
    );
    if (!found) throw notFound('Dit voorstel');
    const by: AnsweredBy = {
      actor: owner.actor,
      recordedBy: owner.actor.kind === 'user' ? owner.actor.userId : null,
      via: 'statuspagina',
      subjectUserId: owner.found.asker_user_id,
    };
    return { found, by };
  }

  /** The asker's yes or no on their own status page: for someone without email, the same step as the mailed link. */
  async function answerOnStatusPage(request: FastifyRequest, reply: FastifyReply, owner: Owner) {
    const { found, by } = await ownMatch(request, owner);
    if (found.side !== 'vrager')
      throw new DomainError('ongeldige_invoer', 'De vrijwilliger heeft nog niet geantwoord.');
    const { yes, buddy } = parseAnswer(request.body);
    await askerAnswers(ctx, found, yes, buddy, by);
    return reply.redirect(`${owner.base}?beantwoord=1`, 303);
  }

  async function closingOnStatusPage(request: FastifyRequest, reply: FastifyReply, owner: Owner) {
    const view = request.view();
    const { found, by } = await ownMatch(request, owner);
    if (found.match.state !== 'actief' && found.match.state !== 'opvolging')
      throw new DomainError('ongeldige_invoer', 'Dit voorstel loopt niet (meer).');
    const action = `${owner.base}/koppelingen/${found.match.id}/afronden`;
    const title = tr(view.lang, 'Hoe gaat het?', 'How is it going?');
    if (request.method === 'GET')
      return reply.page(title, <ClosingForm view={view} action={action} found={found} values={{}} />);
    const form = parseForm(closingSchema, request.body);
    if (!form.ok)
      return reply.page(
        title,
        <ClosingForm view={view} action={action} found={found} values={form.values} errors={form.errors} />,
        400,
      );
    await closeFoundMatch(ctx, found, closingFromForm(form.data), by);
    return reply.redirect(`${owner.base}?beantwoord=1`, 303);
  }

  /** "Ik ga erheen" or "Iemand gaat de eerste keer mee" on one of the activities the page offers. */
  async function activityChoice(request: FastifyRequest, reply: FastifyReply, owner: Owner) {
    const { matchId } = await chooseActivity(ctx, owner, parseActivityChoice(request.body));
    return reply.redirect(`${owner.base}?gekozen=${matchId}#koppeling-${matchId}`, 303);
  }

  async function statusPage(request: FastifyRequest, reply: FastifyReply, owner: Owner) {
    const view = request.view();
    const now = new Date();
    const { helpRequest, matches } = await ownRequest(owner);
    const query = request.query as { opgeslagen?: string; beantwoord?: string; gekozen?: string };
    // The social base is public: its cards are read without the gate, the request around them was read through it.
    const ideaIds = activityIdeas(helpRequest);
    const matchedIds = matches.flatMap((m) => (m.activityExternalId ? [m.activityExternalId] : []));
    const [tenant, overviews] = await Promise.all([
      findTenantById(db, owner.found.tenant_id),
      activityOverviewsByExternalId(db, owner.found.tenant_id, [...new Set([...ideaIds, ...matchedIds])]),
    ]);
    const byExternalId = new Map(overviews.map((a) => [a.externalId, a]));
    // An activity already proposed, chosen or declined is not offered again.
    const ideas = ideaIds.filter((id) => !matchedIds.includes(id)).flatMap((id) => byExternalId.get(id) ?? []);
    return reply.page(
      statusTitle(view.lang),
      <StatusPage
        view={view}
        base={owner.base}
        helpRequest={helpRequest}
        matches={matches}
        saved={query.opgeslagen === '1'}
        answered={query.beantwoord === '1'}
        activities={{ ideas, matched: byExternalId, justChosen: query.gekozen }}
        tenant={tenant}
        now={now}
      />,
    );
  }
}

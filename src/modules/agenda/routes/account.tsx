// The team's public account: results, milestones, updates, following, the yearly report (helper B).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { searchWithAccess } from '../../../kernel/access/gate.js';
import { actorOf } from '../../../kernel/auth/actor.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { type FormErrors, type FormValues, keptValues, parseForm } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import { monitorSettings, storedValues } from '../../monitor/index.js';
import {
  confirmFollow,
  followByEmail,
  followerCount,
  followOfLink,
  followsWithAccount,
  followWithAccount,
  stopFollow,
  unfollowWithAccount,
} from '../commands/follows.js';
import {
  ACCOUNT_PURPOSE,
  addMilestone,
  createResult,
  markMilestoneDone,
  NotAcceptedError,
  OwnerNotInTeamError,
  postUpdate,
  ResultStepError,
} from '../commands/results.js';
import {
  accountTitle,
  AccountListPage,
  FollowLinkPage,
  type FollowState,
  ResultPage,
} from '../pages/account-public.js';
import {
  milestoneSchema,
  NewResultPage,
  newResultSchema,
  TeamResultPage,
  TeamResultsPage,
  updateSchema,
} from '../pages/account-team.js';
import { YearReportPage } from '../pages/account-year.js';
import { agendaParticipantRoles, agendaTeamRoles } from '../policy.js';
import {
  acceptedProposal,
  findResult,
  listResults,
  milestonesOf,
  neighbourhoodsOf,
  proposalOf,
  proposalsOfYear,
  teamMembers,
  timelineOf,
  uuid,
} from '../queries/account.js';

const emailSchema = z.object({
  email: z
    .string({ error: 'email_nodig' })
    .trim()
    .min(1, 'email_nodig')
    .max(254, 'email_ongeldig')
    .pipe(z.email({ error: 'email_ongeldig' })),
});

const today = () => new Date().toISOString().slice(0, 10);

export async function agendaAccountRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const open = { config: { access: 'iedereen' as const } };
  const team = { config: { access: agendaTeamRoles } };
  const participant = { config: { access: agendaParticipantRoles, data: 'volger' as const } };

  const tenantOf = (request: FastifyRequest) => {
    if (!request.tenant) throw notFound('Deze gemeente');
    return request.tenant;
  };

  app.get('/verantwoording', open, async (request, reply) => {
    const tenant = tenantOf(request);
    const view = request.view();
    return reply.page(
      accountTitle(view.lang),
      <AccountListPage view={view} results={await listResults(db, tenant.id)} />,
    );
  });

  async function showResult(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    values: FormValues,
    errors: FormErrors,
    notice: string | null,
  ) {
    const tenant = tenantOf(request);
    const view = request.view();
    const result = await findResult(db, tenant.id, id);
    if (!result) throw notFound('Dit resultaat');
    const user = view.user?.state === 'actief' ? view.user : undefined;
    let follow: FollowState = 'email';
    if (user && agendaParticipantRoles.includes(user.role))
      follow = (await followsWithAccount(db, actorOf(request), id)) ? 'volgt' : 'kan_volgen';
    else if (user) follow = 'team';
    return reply.page(
      result.title,
      <ResultPage
        view={view}
        result={result}
        proposal={result.proposalId ? await proposalOf(db, tenant.id, result.proposalId) : undefined}
        milestones={await milestonesOf(db, tenant.id, id)}
        timeline={await timelineOf(db, tenant.id, result)}
        followers={await followerCount(db, tenant.id, id)}
        follow={follow}
        values={values}
        errors={errors}
        notice={notice}
      />,
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  }

  app.get('/verantwoording/:id', open, async (request, reply) => {
    const { id } = request.params as { id: string };
    const sent = (request.query as { gevolgd?: string }).gevolgd;
    const view = request.view();
    const notice =
      sent === 'mail'
        ? tr(
            view.lang,
            'Kijk in je mail: klik op de link om te bevestigen.',
            'Check your mail: click the link to confirm.',
          )
        : sent === 'ja'
          ? tr(view.lang, 'Je volgt dit nu.', 'You now follow this.')
          : sent === 'nee'
            ? tr(view.lang, 'Je volgt dit niet meer.', 'You no longer follow this.')
            : null;
    return showResult(request, reply, id, {}, {}, notice);
  });

  app.post('/verantwoording/:id/volgen', open, async (request, reply) => {
    const tenant = tenantOf(request);
    const { id } = request.params as { id: string };
    if (!uuid.test(id)) throw notFound('Dit resultaat');
    const user = request.user?.state === 'actief' ? request.user : undefined;
    if (user) {
      if (!agendaParticipantRoles.includes(user.role))
        throw new DomainError('geen_toegang', 'Volgen met je account kan als bewoner.');
      await followWithAccount(db, actorOf(request), id);
      return reply.redirect(`/verantwoording/${id}?gevolgd=ja`, 303);
    }
    const form = parseForm(emailSchema, request.body);
    if (!form.ok) return showResult(request, reply, id, form.values, form.errors, null);
    await followByEmail(ctx, tenant.id, id, form.data.email);
    return reply.redirect(`/verantwoording/${id}?gevolgd=mail`, 303);
  });

  app.post('/verantwoording/:id/ontvolgen', participant, async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!uuid.test(id)) throw notFound('Dit resultaat');
    await unfollowWithAccount(db, actorOf(request), id);
    return reply.redirect(`/verantwoording/${id}?gevolgd=nee`, 303);
  });

  for (const [path, purpose] of [
    ['bevestigen', 'bevestigen'],
    ['stoppen', 'stoppen'],
  ] as const) {
    app.get(`/verantwoording/${path}/:token`, open, async (request, reply) => {
      const tenant = tenantOf(request);
      const { token } = request.params as { token: string };
      const found = await followOfLink(db, tenant.id, token, purpose);
      const view = request.view();
      return reply.page(
        purpose === 'bevestigen' ? tr(view.lang, 'Volgen bevestigen', 'Confirm') : tr(view.lang, 'Stoppen', 'Stop'),
        <FollowLinkPage view={view} purpose={purpose} title={found?.resultTitle ?? null} done={false} />,
        found ? 200 : 404,
      );
    });
    app.post(`/verantwoording/${path}/:token`, open, async (request, reply) => {
      const tenant = tenantOf(request);
      const { token } = request.params as { token: string };
      const found = await followOfLink(db, tenant.id, token, purpose);
      if (found) await (purpose === 'bevestigen' ? confirmFollow(db, found) : stopFollow(db, found));
      const view = request.view();
      return reply.page(
        purpose === 'bevestigen' ? tr(view.lang, 'Volgen bevestigen', 'Confirm') : tr(view.lang, 'Stoppen', 'Stop'),
        <FollowLinkPage view={view} purpose={purpose} title={found?.resultTitle ?? null} done={!!found} />,
        found ? 200 : 404,
      );
    });
  }

  app.get('/verantwoording/jaarverslag/:year', open, async (request, reply) => {
    const tenant = tenantOf(request);
    const { year: typed } = request.params as { year: string };
    const year = /^\d{4}$/.test(typed) ? Number(typed) : NaN;
    if (!(year >= 2000 && year <= 2100)) throw notFound('Dit jaarverslag');
    const view = request.view();
    const settings = await monitorSettings(db, tenant.id);
    // Only what the municipality published: the board sees the draft monitor elsewhere, this page is public.
    const through =
      settings.publishedThrough && settings.publishedThrough < `${year}-12-31`
        ? settings.publishedThrough
        : `${year}-12-31`;
    const published = settings.publishedThrough !== null && settings.publishedThrough >= `${year}-01-01`;
    const values = published ? await storedValues(db, tenant.id, 'kwartaal', `${year}-01-01`, through) : [];
    const proposals = (await proposalsOfYear(db, tenant.id, year)).map((p) => ({ ...p, supports: Number(p.supports) }));
    const results = (await listResults(db, tenant.id)).filter((r) => r.createdAt.getUTCFullYear() <= year);
    return reply.page(
      tr(view.lang, `Jaarverslag ${year}`, `Yearly report ${year}`),
      <YearReportPage
        view={view}
        year={year}
        neighbourhoods={await neighbourhoodsOf(db, tenant.id)}
        proposals={proposals}
        results={results}
        values={values}
        published={published}
      />,
    );
  });

  // The team's side.
  app.get('/team/verantwoording', team, async (request, reply) => {
    const actor = actorOf(request);
    const view = request.view();
    return reply.page(
      tr(view.lang, 'Verantwoording', 'Public account'),
      <TeamResultsPage view={view} results={await listResults(db, actor.tenantId)} />,
    );
  });

  async function showNew(request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FormErrors) {
    const actor = actorOf(request);
    const view = request.view();
    const voorstel = (request.query as { voorstel?: string }).voorstel;
    const proposal = voorstel ? await acceptedProposal(db, actor.tenantId, voorstel) : undefined;
    if (voorstel && !proposal) throw notFound('Dit aangenomen voorstel');
    const owners = await searchWithAccess(db, actor, { category: 'account', purpose: ACCOUNT_PURPOSE }, (gated) =>
      teamMembers(gated, actor.tenantId, agendaTeamRoles),
    );
    const start =
      proposal && Object.keys(values).length === 0 ? { titel: proposal.title, beschrijving: proposal.what } : values;
    return reply.page(
      tr(view.lang, 'Maak een resultaat', 'Make a result'),
      <NewResultPage
        view={view}
        proposal={proposal ?? null}
        owners={owners}
        neighbourhoods={await neighbourhoodsOf(db, actor.tenantId)}
        values={start}
        errors={errors}
      />,
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  }

  app.get('/team/verantwoording/nieuw', team, async (request, reply) => showNew(request, reply, {}, {}));

  app.post('/team/verantwoording/nieuw', team, async (request, reply) => {
    const actor = actorOf(request);
    const voorstel = (request.query as { voorstel?: string }).voorstel ?? '';
    if (voorstel && !uuid.test(voorstel)) throw notFound('Dit aangenomen voorstel');
    const form = parseForm(newResultSchema, request.body);
    if (!form.ok) return showNew(request, reply, form.values, form.errors);
    const { titel, beschrijving, eigenaar, wijk, start, eind } = form.data;
    if (!voorstel && !uuid.test(wijk))
      return showNew(request, reply, keptValues(request.body), { wijk: 'wijk_kiezen' });
    if (start && eind && eind < start)
      return showNew(request, reply, keptValues(request.body), { eind: 'periode_ongeldig' });
    try {
      const id = await createResult(db, actor, {
        proposalId: voorstel || null,
        neighbourhoodId: voorstel ? null : wijk,
        title: titel,
        description: beschrijving,
        ownerUserId: eigenaar,
        startsOn: start,
        endsOn: eind,
      });
      return reply.redirect(`/team/verantwoording/${id}`, 303);
    } catch (error) {
      if (error instanceof OwnerNotInTeamError)
        return showNew(request, reply, keptValues(request.body), { eigenaar: 'eigenaar_kiezen' });
      if (!voorstel && error instanceof DomainError && error.code === 'niet_gevonden')
        return showNew(request, reply, keptValues(request.body), { wijk: 'wijk_kiezen' });
      if (error instanceof NotAcceptedError || (error instanceof DomainError && error.code === 'niet_gevonden'))
        throw notFound('Dit aangenomen voorstel');
      throw error;
    }
  });

  async function showTeamResult(request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FormErrors) {
    const actor = actorOf(request);
    const view = request.view();
    const { id } = request.params as { id: string };
    const result = await findResult(db, actor.tenantId, id);
    if (!result) throw notFound('Dit resultaat');
    const saved =
      (request.query as { opgeslagen?: string }).opgeslagen === '1' ? tr(view.lang, 'Opgeslagen.', 'Saved.') : null;
    return reply.page(
      result.title,
      <TeamResultPage
        view={view}
        result={result}
        milestones={await milestonesOf(db, actor.tenantId, id)}
        values={values}
        errors={errors}
        saved={saved}
      />,
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  }

  app.get('/team/verantwoording/:id', team, async (request, reply) => showTeamResult(request, reply, {}, {}));

  app.post('/team/verantwoording/:id', team, async (request, reply) => {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const result = await findResult(db, actor.tenantId, id);
    if (!result) throw notFound('Dit resultaat');
    const body = (request.body ?? {}) as Record<string, unknown>;
    const back = () => reply.redirect(`/team/verantwoording/${id}?opgeslagen=1`, 303);
    switch (body.actie) {
      case 'nieuws': {
        const form = parseForm(updateSchema, body);
        if (!form.ok) return showTeamResult(request, reply, form.values, form.errors);
        try {
          await postUpdate(db, actor, id, {
            text: form.data.tekst,
            progress: form.data.voortgang,
            status: form.data.status,
          });
        } catch (error) {
          if (!(error instanceof ResultStepError)) throw error;
          return showTeamResult(request, reply, keptValues(body), { status: 'resultaat_stap_ongeldig' });
        }
        return back();
      }
      case 'mijlpaal': {
        const form = parseForm(milestoneSchema, body);
        if (!form.ok) return showTeamResult(request, reply, form.values, form.errors);
        await addMilestone(db, actor, id, { title: form.data.titel, dueOn: form.data.datum });
        return back();
      }
      case 'gehaald': {
        const milestone = typeof body.mijlpaal === 'string' && uuid.test(body.mijlpaal) ? body.mijlpaal : null;
        if (!milestone) throw notFound('Deze mijlpaal');
        await markMilestoneDone(db, actor, id, milestone, today());
        return back();
      }
      default:
        throw new DomainError('ongeldige_invoer', 'Deze actie bestaat niet.');
    }
  });
}

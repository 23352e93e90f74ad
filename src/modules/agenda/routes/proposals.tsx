// The neighbourhood agenda: proposing, supporting, the team's answers (helper A). Thin handlers: parse, call a
// command or a query, render. Public pages read no personal data; whether the visitor supports a proposal is theirs
// and read through the gate.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { logRefusal, searchWithAccess, withAccess } from '../../../kernel/access/gate.js';
import { actorOf } from '../../../kernel/auth/actor.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { listNeighbourhoods, type Tenant } from '../../../kernel/tenancy/queries.js';
import { type FormErrors, type FormValues, keptValues, parseForm } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import {
  AGENDA_PURPOSE,
  AlreadySupportedError,
  moveProposal,
  ProposalMovedOnError,
  proposalOf,
  StepNeedsError,
  submitProposal,
  supportProposal,
  withdrawSupport,
} from '../commands/proposals.js';
import { proposalFromTheme, readyThemes, ThemeTakenError, themeTakerRoles } from '../commands/themes.js';
import { agendaTitle, ProposalListPage } from '../pages/proposal-list.js';
import { ProposalFormPage, proposalFormTitle, proposalSchema } from '../pages/proposal-form.js';
import { ProposalPage, type SupportState } from '../pages/proposal-page.js';
import {
  answerSchema,
  discussedByWords,
  discussSchema,
  hideSchema,
  reopenSchema,
  teamAgendaTitle,
  TeamListPage,
  teamOrder,
  TeamProposalPage,
  type TeamStep,
  termSchema,
  TermPage,
  termTitle,
  themeSchema,
  themesTitle,
  ThemesToAgendaPage,
} from '../pages/proposal-team.js';
import { agendaParticipantRoles, agendaTeamRoles } from '../policy.js';
import {
  answerTermDays,
  neighbourhoodOfUser,
  proposalEvents,
  publicProposals,
  resultOfProposal,
  saveAnswerTermDays,
  supportsOf,
  teamProposals,
} from '../queries/proposals.js';
import type { ProposalStatus } from '../schema.js';

const listQuery = z.object({
  wijk: z.string().max(100).catch(''),
  volgorde: z.enum(['steun', 'nieuw']).catch('steun'),
});

function tenantOf(request: FastifyRequest): Tenant {
  if (!request.tenant) throw notFound('Deze gemeente');
  return request.tenant;
}

export async function agendaProposalRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const open = { config: { access: 'iedereen' as const } };
  const participants = { config: { access: agendaParticipantRoles, data: 'wijkvoorstel' as const } };
  const supporters = { config: { access: agendaParticipantRoles, data: 'steun' as const } };
  const team = { config: { access: agendaTeamRoles, data: 'wijkvoorstel' as const } };
  const themeTakers = { config: { access: themeTakerRoles, data: 'wijkvoorstel' as const } };
  const admin = { config: { access: ['beheerder' as const] } };

  app.get('/wijkagenda', open, async (request, reply) => {
    const view = request.view();
    const tenant = tenantOf(request);
    const query = listQuery.parse(request.query ?? {});
    const neighbourhoods = await listNeighbourhoods(db, tenant.id);
    const chosen = neighbourhoods.find((n) => n.slug === query.wijk);
    const proposals = await publicProposals(db, tenant.id, {
      neighbourhoodId: chosen?.id ?? null,
      sort: query.volgorde,
    });
    return reply.page(
      agendaTitle(view),
      <ProposalListPage
        view={view}
        proposals={proposals}
        neighbourhoods={neighbourhoods}
        values={{ wijk: chosen?.slug ?? '', volgorde: query.volgorde }}
        now={new Date()}
      />,
    );
  });

  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    errors: FormErrors,
  ): Promise<FastifyReply> {
    const view = request.view();
    const neighbourhoods = await listNeighbourhoods(db, tenantOf(request).id);
    return reply.page(
      proposalFormTitle(view.lang),
      <ProposalFormPage view={view} neighbourhoods={neighbourhoods} values={values} errors={errors} />,
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  }

  app.get('/wijkagenda/voorstel', participants, async (request, reply) => {
    const actor = actorOf(request);
    const own = await neighbourhoodOfUser(db, actor.tenantId, actor.userId);
    // The resident's own wijk, or the only one there is.
    const only = await listNeighbourhoods(db, actor.tenantId);
    return showForm(request, reply, { wijk: own ?? (only.length === 1 ? only[0]!.id : '') }, {});
  });

  app.post('/wijkagenda/voorstel', participants, async (request, reply) => {
    const actor = actorOf(request);
    const form = parseForm(proposalSchema, request.body);
    if (!form.ok) return showForm(request, reply, form.values, form.errors);
    const { wijk, titel, wat, waar, waarom, zelf } = form.data;
    try {
      const made = await submitProposal(ctx, actor, {
        neighbourhoodId: wijk,
        title: titel,
        what: wat,
        whereText: waar,
        why: waarom,
        ownContribution: zelf,
      });
      return reply.redirect(`/wijkagenda/${made.id}?bericht=ingediend`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'ongeldige_invoer') throw error;
      return showForm(request, reply, keptValues(request.body), { wijk: 'agenda_wijk_kiezen' });
    }
  });

  const messages: Record<string, [string, string]> = {
    ingediend: ['Je voorstel staat op de wijkagenda.', 'Your proposal is on the neighbourhood agenda.'],
    gesteund: ['Je steunt dit voorstel. Dank je wel!', 'You support this proposal. Thank you!'],
    al_gesteund: ['Je steunt dit voorstel al.', 'You already support this proposal.'],
    ingetrokken: ['Je steunt dit voorstel niet meer.', 'You no longer support this proposal.'],
  };

  app.get('/wijkagenda/:id', open, async (request, reply) => {
    const view = request.view();
    const tenant = tenantOf(request);
    const { id } = request.params as { id: string };
    const p = await proposalOf(ctx, tenant.id, id);
    if (p.status === 'verborgen') throw notFound('Dit voorstel');
    const user = request.user?.state === 'actief' ? request.user : undefined;
    let support: SupportState = 'inloggen';
    if (user && user.tenantId === tenant.id)
      support = agendaParticipantRoles.includes(user.role)
        ? (await withAccess(
            db,
            actorOf(request),
            { category: 'steun', action: 'read', purpose: AGENDA_PURPOSE, subjectUserId: user.userId },
            (gated) => supportsOf(gated, tenant.id, p.id, user.userId),
          ))
          ? 'steunt'
          : 'steunt_niet'
        : 'geen_deelnemer';
    else if (user) support = 'geen_deelnemer';
    const said = messages[String((request.query as { bericht?: string }).bericht ?? '')];
    return reply.page(
      p.title,
      <ProposalPage
        view={view}
        p={p}
        events={await proposalEvents(db, tenant.id, p.id)}
        support={support}
        resultId={await resultOfProposal(db, tenant.id, p.id)}
        message={said ? tr(view.lang, ...said) : null}
        now={new Date()}
      />,
    );
  });

  app.post('/wijkagenda/:id/steun', supporters, async (request, reply) => {
    const { id } = request.params as { id: string };
    try {
      await supportProposal(ctx, actorOf(request), id);
      return reply.redirect(`/wijkagenda/${id}?bericht=gesteund`, 303);
    } catch (error) {
      if (!(error instanceof AlreadySupportedError)) throw error;
      return reply.redirect(`/wijkagenda/${id}?bericht=al_gesteund`, 303);
    }
  });

  app.post('/wijkagenda/:id/steun-intrekken', supporters, async (request, reply) => {
    const { id } = request.params as { id: string };
    await withdrawSupport(ctx, actorOf(request), id);
    return reply.redirect(`/wijkagenda/${id}?bericht=ingetrokken`, 303);
  });

  // The team's list: every proposal, hidden ones too; the gate logs it as a search of proposals, one row per proposer.
  app.get('/team/wijkagenda', team, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const rows = await searchWithAccess(db, actor, { category: 'wijkvoorstel', purpose: AGENDA_PURPOSE }, async (g) =>
      (await teamProposals(g, actor.tenantId)).map((p) => ({ ...p, subjectUserId: p.proposerUserId })),
    );
    const now = new Date();
    return reply.page(
      teamAgendaTitle(view.lang),
      <TeamListPage
        view={view}
        rows={teamOrder(rows, now)}
        now={now}
        mayTakeThemes={(themeTakerRoles as readonly string[]).includes(actor.role)}
      />,
    );
  });

  async function showThemes(
    request: FastifyRequest,
    reply: FastifyReply,
    errors: FormErrors,
    errorTheme: string | null,
  ) {
    const view = request.view();
    const actor = actorOf(request);
    const [themes, neighbourhoods] = await Promise.all([
      readyThemes(db, actor.tenantId),
      listNeighbourhoods(db, actor.tenantId),
    ]);
    return reply.page(
      themesTitle(view.lang),
      <ThemesToAgendaPage
        view={view}
        themes={themes}
        neighbourhoods={neighbourhoods}
        errors={errors}
        errorTheme={themes.some((t) => t.id === errorTheme) ? errorTheme : null}
      />,
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  }

  app.get('/team/wijkagenda/themas', themeTakers, async (request, reply) => showThemes(request, reply, {}, null));

  app.post('/team/wijkagenda/themas', themeTakers, async (request, reply) => {
    const form = parseForm(themeSchema, request.body);
    const sent = keptValues(request.body);
    if (!form.ok) return showThemes(request, reply, form.errors, sent.thema ?? null);
    try {
      const made = await proposalFromTheme(ctx, actorOf(request), form.data.thema, form.data.wijk);
      return reply.redirect(`/team/wijkagenda/${made.id}?bericht=thema`, 303);
    } catch (error) {
      if (error instanceof ThemeTakenError) return showThemes(request, reply, { thema: 'agenda_thema_weg' }, null);
      if (error instanceof DomainError && error.code === 'ongeldige_invoer')
        return showThemes(request, reply, { wijk: 'agenda_wijk_kiezen' }, form.data.thema);
      throw error;
    }
  });

  const teamMessages: Record<string, [string, string]> = {
    thema: ['Het thema staat nu als voorstel op de wijkagenda.', 'The theme is now a proposal on the agenda.'],
    besproken: ['De bespreking is vastgelegd.', 'The discussion was recorded.'],
    beantwoord: ['Het antwoord staat op de wijkagenda.', 'The answer is on the agenda.'],
    verborgen: ['Het voorstel is verborgen.', 'The proposal is hidden.'],
    heropend: ['Het voorstel is heropend.', 'The proposal was reopened.'],
  };

  async function showTeamProposal(
    request: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    errors: FormErrors,
    retry: TeamStep | null = null,
  ): Promise<FastifyReply> {
    const view = request.view();
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const found = await proposalOf(ctx, actor.tenantId, id).catch(async (error: unknown) => {
      // A guessed id (of another municipality, say) is refused like an unknown one, and the attempt is logged.
      await logRefusal(
        db,
        actor,
        { category: 'wijkvoorstel', action: 'read', purpose: AGENDA_PURPOSE, subjectUserId: null },
        'onbekend_of_andere_gemeente',
      );
      throw error;
    });
    // The team reads the proposal as the proposer's: the look is in the proposer's log.
    const p = await withAccess(
      db,
      actor,
      { category: 'wijkvoorstel', action: 'read', purpose: AGENDA_PURPOSE, subjectUserId: found.proposerUserId },
      async () => found,
    );
    const said = teamMessages[String((request.query as { bericht?: string }).bericht ?? '')];
    return reply.page(
      `${teamAgendaTitle(view.lang)}: ${p.reference}`,
      <TeamProposalPage
        view={view}
        p={p}
        events={await proposalEvents(db, actor.tenantId, p.id)}
        values={values}
        errors={errors}
        now={new Date()}
        message={said && Object.keys(errors).length === 0 ? tr(view.lang, ...said) : null}
        retry={retry}
      />,
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  }

  app.get('/team/wijkagenda/:id', team, async (request, reply) => showTeamProposal(request, reply, {}, {}));

  /** One step of the team: parse its form, move the proposal, show the page again with a message beside the field. */
  function step<S extends z.ZodType<{ gezien: ProposalStatus }>>(
    schema: S,
    to: (data: z.infer<S>, from: ProposalStatus) => ProposalStatus,
    what: (data: z.infer<S>, lang: 'nl' | 'en') => { text: string; answer?: z.infer<typeof answerSchema>['antwoord'] },
    field: string,
    done: string,
    name: TeamStep,
  ) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const { id } = request.params as { id: string };
      const form = parseForm(schema, request.body);
      if (!form.ok) return showTeamProposal(request, reply, form.values, form.errors, name);
      const data = form.data;
      try {
        await moveProposal(ctx, actorOf(request), id, to(data, data.gezien), {
          ...what(data, 'nl'),
          seen: data.gezien,
        });
      } catch (error) {
        const kept = keptValues(request.body);
        // Refused because someone moved the proposal on (or the step no longer fits): the form stays, as typed.
        if (error instanceof StepNeedsError)
          return showTeamProposal(request, reply, kept, { [field]: error.key }, name);
        if (
          error instanceof ProposalMovedOnError ||
          (error instanceof DomainError && error.code === 'ongeldige_invoer')
        )
          return showTeamProposal(request, reply, kept, { gezien: 'agenda_stap_verouderd' }, name);
        throw error;
      }
      return reply.redirect(`/team/wijkagenda/${id}?bericht=${done}`, 303);
    };
  }

  app.post(
    '/team/wijkagenda/:id/bespreken',
    team,
    step(
      discussSchema,
      () => 'besproken',
      (d, lang) => ({ text: `${discussedByWords(lang, d.wie)}: ${d.verslag}` }),
      'verslag',
      'besproken',
      'bespreken',
    ),
  );
  app.post(
    '/team/wijkagenda/:id/beantwoorden',
    team,
    step(
      answerSchema,
      () => 'beantwoord',
      (d) => ({ text: d.antwoordtekst, answer: d.antwoord }),
      'antwoordtekst',
      'beantwoord',
      'beantwoorden',
    ),
  );
  app.post(
    '/team/wijkagenda/:id/verbergen',
    team,
    step(
      hideSchema,
      () => 'verborgen',
      (d) => ({ text: d.reden_verbergen }),
      'reden_verbergen',
      'verborgen',
      'verbergen',
    ),
  );
  app.post(
    '/team/wijkagenda/:id/heropenen',
    team,
    step(
      reopenSchema,
      (_d, from) => (from === 'verborgen' ? 'ingediend' : 'besproken'),
      (d) => ({ text: d.reden_heropenen }),
      'reden_heropenen',
      'heropend',
      'heropenen',
    ),
  );

  app.get('/beheer/wijkagenda', admin, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const days = await answerTermDays(db, actor.tenantId);
    const saved = (request.query as { opgeslagen?: string }).opgeslagen === '1';
    return reply.page(termTitle(view.lang), <TermPage view={view} values={{ dagen: String(days) }} saved={saved} />);
  });

  app.post('/beheer/wijkagenda', admin, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const form = parseForm(termSchema, request.body);
    if (!form.ok)
      return reply.page(termTitle(view.lang), <TermPage view={view} values={form.values} errors={form.errors} />, 400);
    await saveAnswerTermDays(db, actor.tenantId, form.data.dagen, actor.userId);
    return reply.redirect('/beheer/wijkagenda?opgeslagen=1', 303);
  });
}

export { agendaTitle };

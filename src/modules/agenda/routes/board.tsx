// The sounding board: members, candidates, the draw by lot, meetings (helper B).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordShown, searchWithAccess, withAccess } from '../../../kernel/access/gate.js';
import { actorOf } from '../../../kernel/auth/actor.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { type FormErrors, type FormValues, keptValues, parseForm } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import {
  addMember,
  BOARD_PURPOSE,
  closeCandidateList,
  endMembership,
  holdDraw,
  NoCandidatesError,
  NotAParticipantError,
  planMeeting,
  saveMinutes,
  standForBoard,
  withdrawCandidacy,
} from '../commands/board.js';
import { drawByLot } from '../draw.js';
import {
  BoardMeetingPage,
  BoardMeetingsPage,
  drawSchema,
  listSchema,
  ManageBoardPage,
  meetingSchema,
  MeetingsManagePage,
  memberSchema,
  minutesSchema,
} from '../pages/board-manage.js';
import { BoardPage, boardTitle, DrawPage, StandPage, standSchema } from '../pages/board-public.js';
import { agendaParticipantRoles, agendaTeamRoles, boardRoles } from '../policy.js';
import { neighbourhoodsOf, uuid } from '../queries/account.js';
import {
  boardCounts,
  boardWijkenOf,
  candidatesWithNames,
  findDraw,
  findMeeting,
  listDraws,
  listMeetings,
  membersWithNames,
  myCandidacies,
  participantAccounts,
} from '../queries/board.js';

const today = () => new Date().toISOString().slice(0, 10);
const managers = ['opbouwwerker', 'beheerder'] as const;

export async function soundingBoardRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const open = { config: { access: 'iedereen' as const } };
  const manage = { config: { access: managers, data: 'klankbordlid' as const } };
  const participant = { config: { access: agendaParticipantRoles, data: 'klankbordlid' as const } };
  const board = { config: { access: boardRoles } };

  app.get('/klankbordgroep', open, async (request, reply) => {
    if (!request.tenant) throw notFound('Deze gemeente');
    const tenantId = request.tenant.id;
    const view = request.view();
    const user = request.user?.state === 'actief' && request.user.tenantId === tenantId ? request.user : undefined;
    let names = null;
    if (user && (boardRoles.includes(user.role) || agendaTeamRoles.includes(user.role))) {
      const actor = actorOf(request);
      const all = await membersWithNames(db, tenantId);
      const current = all.filter((m) => m.endedOn === null);
      if ((managers as readonly string[]).includes(user.role))
        names = await searchWithAccess(
          db,
          actor,
          { category: 'klankbordlid', purpose: BOARD_PURPOSE },
          async () => current,
        );
      else {
        // Fellow members and the council see who sits on the board: shared with them by taking a seat.
        await recordShown(
          db,
          actor,
          { category: 'klankbordlid', purpose: BOARD_PURPOSE },
          current.map((m) => m.subjectUserId),
          'gedeeld',
        );
        names = current;
      }
    }
    return reply.page(
      boardTitle(view.lang),
      <BoardPage
        view={view}
        wijken={await boardCounts(db, tenantId, today())}
        meetings={await listMeetings(db, tenantId, null, true)}
        names={names}
        draws={await listDraws(db, tenantId)}
      />,
    );
  });

  app.get('/klankbordgroep/loting/:id', open, async (request, reply) => {
    if (!request.tenant) throw notFound('Deze gemeente');
    const { id } = request.params as { id: string };
    const draw = uuid.test(id) ? await findDraw(db, request.tenant.id, id) : undefined;
    if (!draw) throw notFound('Deze loting');
    const check =
      (request.query as { controleer?: string }).controleer === '1'
        ? drawByLot(draw.seed, draw.candidateNumbers, draw.seats)
        : null;
    const view = request.view();
    return reply.page(tr(view.lang, 'Loting', 'Draw'), <DrawPage view={view} draw={draw} check={check} />);
  });

  async function showStand(request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FormErrors) {
    const actor = actorOf(request);
    const view = request.view();
    const mine = await withAccess(
      db,
      actor,
      { category: 'klankbordlid', action: 'read', purpose: BOARD_PURPOSE, subjectUserId: actor.userId },
      (gated) => myCandidacies(gated, actor.tenantId, actor.userId),
    );
    const saved =
      (request.query as { opgeslagen?: string }).opgeslagen === '1' ? tr(view.lang, 'Opgeslagen.', 'Saved.') : null;
    return reply.page(
      tr(view.lang, 'Aanmelden klankbordgroep', 'Stand for the board'),
      <StandPage
        view={view}
        neighbourhoods={await neighbourhoodsOf(db, actor.tenantId)}
        mine={mine}
        values={values}
        errors={errors}
        saved={saved}
      />,
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  }

  app.get('/klankbordgroep/aanmelden', participant, async (request, reply) => showStand(request, reply, {}, {}));
  app.post('/klankbordgroep/aanmelden', participant, async (request, reply) => {
    const actor = actorOf(request);
    const form = parseForm(standSchema, request.body);
    if (!form.ok) return showStand(request, reply, form.values, form.errors);
    try {
      // Any other action is taken as putting oneself forward: the button's hidden field has no field of its own.
      if ((request.body as { actie?: unknown } | undefined)?.actie === 'intrekken')
        await withdrawCandidacy(db, actor, form.data.wijk);
      else {
        if (form.data.motivatie === '')
          return showStand(request, reply, keptValues(request.body), { motivatie: 'motivatie_nodig' });
        await standForBoard(db, actor, { neighbourhoodId: form.data.wijk, motivation: form.data.motivatie });
      }
    } catch (error) {
      if (error instanceof DomainError && error.code === 'niet_gevonden')
        return showStand(request, reply, keptValues(request.body), { wijk: 'wijk_kiezen' });
      throw error;
    }
    return reply.redirect('/klankbordgroep/aanmelden?opgeslagen=1', 303);
  });

  async function showManage(request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FormErrors) {
    const actor = actorOf(request);
    const view = request.view();
    const members = await searchWithAccess(db, actor, { category: 'klankbordlid', purpose: BOARD_PURPOSE }, (gated) =>
      membersWithNames(gated, actor.tenantId),
    );
    const candidates = await searchWithAccess(
      db,
      actor,
      { category: 'klankbordlid', purpose: BOARD_PURPOSE },
      (gated) => candidatesWithNames(gated, actor.tenantId),
    );
    const accounts = await searchWithAccess(db, actor, { category: 'account', purpose: BOARD_PURPOSE }, (gated) =>
      participantAccounts(gated, actor.tenantId),
    );
    const saved =
      (request.query as { opgeslagen?: string }).opgeslagen === '1' ? tr(view.lang, 'Opgeslagen.', 'Saved.') : null;
    return reply.page(
      tr(view.lang, 'Klankbordgroep beheren', 'Manage the sounding board'),
      <ManageBoardPage
        view={view}
        neighbourhoods={await neighbourhoodsOf(db, actor.tenantId)}
        members={members}
        candidates={candidates}
        accounts={accounts}
        draws={await listDraws(db, actor.tenantId)}
        values={values}
        errors={errors}
        saved={saved}
      />,
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  }

  app.get('/beheer/klankbordgroep', manage, async (request, reply) => showManage(request, reply, {}, {}));
  app.post('/beheer/klankbordgroep', manage, async (request, reply) => {
    const actor = actorOf(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const kept = keptValues(body);
    const again = (errors: FormErrors) => showManage(request, reply, kept, errors);
    const wijkMissing = (error: unknown) => error instanceof DomainError && error.code === 'niet_gevonden';
    try {
      switch (body.actie) {
        case 'lid': {
          const form = parseForm(memberSchema, body);
          if (!form.ok) return showManage(request, reply, form.values, form.errors);
          if (form.data.tot <= form.data.van) return again({ tot: 'periode_ongeldig' });
          try {
            await addMember(db, actor, {
              neighbourhoodId: form.data.wijk,
              userId: form.data.account,
              fromOn: form.data.van,
              untilOn: form.data.tot,
            });
          } catch (error) {
            if (
              error instanceof NotAParticipantError ||
              (error instanceof DomainError && error.code === 'geen_toegang')
            )
              return again({ account: 'account_kiezen' });
            throw error;
          }
          break;
        }
        case 'einde': {
          const member = typeof body.lid === 'string' && uuid.test(body.lid) ? body.lid : null;
          if (!member) throw notFound('Dit lidmaatschap');
          await endMembership(db, actor, member, today());
          break;
        }
        case 'lijst': {
          const form = parseForm(listSchema, body);
          if (!form.ok) return showManage(request, reply, form.values, form.errors);
          await closeCandidateList(db, actor, form.data.wijk);
          break;
        }
        case 'loting': {
          const form = parseForm(drawSchema, body);
          if (!form.ok) return showManage(request, reply, form.values, form.errors);
          if (form.data.tot <= form.data.van) return again({ tot: 'periode_ongeldig' });
          try {
            const id = await holdDraw(db, actor, {
              neighbourhoodId: form.data.wijk,
              seed: form.data.zaadje,
              seats: form.data.zetels,
              fromOn: form.data.van,
              untilOn: form.data.tot,
            });
            return reply.redirect(`/klankbordgroep/loting/${id}`, 303);
          } catch (error) {
            if (error instanceof NoCandidatesError) return again({ wijk: 'geen_kandidaten' });
            throw error;
          }
        }
        default:
          throw new DomainError('ongeldige_invoer', 'Deze actie bestaat niet.');
      }
    } catch (error) {
      if (wijkMissing(error) && body.actie !== 'einde') return again({ wijk: 'wijk_kiezen' });
      throw error;
    }
    return reply.redirect('/beheer/klankbordgroep?opgeslagen=1', 303);
  });

  async function showMeetings(request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FormErrors) {
    const actor = actorOf(request);
    const view = request.view();
    const saved =
      (request.query as { opgeslagen?: string }).opgeslagen === '1' ? tr(view.lang, 'Opgeslagen.', 'Saved.') : null;
    return reply.page(
      tr(view.lang, 'Vergaderingen', 'Meetings'),
      <MeetingsManagePage
        view={view}
        neighbourhoods={await neighbourhoodsOf(db, actor.tenantId)}
        meetings={await listMeetings(db, actor.tenantId, null)}
        values={values}
        errors={errors}
        saved={saved}
      />,
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  }

  app.get('/beheer/klankbordgroep/vergaderingen', manage, async (request, reply) =>
    showMeetings(request, reply, {}, {}),
  );
  app.post('/beheer/klankbordgroep/vergaderingen', manage, async (request, reply) => {
    const actor = actorOf(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (body.actie === 'verslag') {
      const form = parseForm(minutesSchema, body);
      if (!form.ok) throw notFound('Deze vergadering');
      await saveMinutes(db, actor, form.data.vergadering, {
        minutes: form.data.notulen,
        publish: ['ja', 'on'].includes(form.data.publiceren ?? ''),
      });
    } else {
      const form = parseForm(meetingSchema, body);
      if (!form.ok) return showMeetings(request, reply, form.values, form.errors);
      try {
        await planMeeting(db, actor, {
          neighbourhoodId: form.data.wijk,
          heldOn: form.data.datum,
          place: form.data.plaats,
          agenda: form.data.agenda,
        });
      } catch (error) {
        if (error instanceof DomainError && error.code === 'niet_gevonden')
          return showMeetings(request, reply, keptValues(body), { wijk: 'wijk_kiezen' });
        throw error;
      }
    }
    return reply.redirect('/beheer/klankbordgroep/vergaderingen?opgeslagen=1', 303);
  });

  /** The wijken whose meetings this board member sees: a council member all (null), a board member their own. */
  const wijkenFor = async (request: FastifyRequest) => {
    const actor = actorOf(request);
    return actor.role === 'wmoraad' ? null : boardWijkenOf(db, actor.tenantId, actor.userId, today());
  };

  app.get('/raad/vergaderingen', board, async (request, reply) => {
    const actor = actorOf(request);
    const view = request.view();
    return reply.page(
      tr(view.lang, 'Vergaderingen', 'Meetings'),
      <BoardMeetingsPage view={view} meetings={await listMeetings(db, actor.tenantId, await wijkenFor(request))} />,
    );
  });

  app.get('/raad/vergaderingen/:id', board, async (request, reply) => {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const meeting = uuid.test(id) ? await findMeeting(db, actor.tenantId, id) : undefined;
    const wijken = await wijkenFor(request);
    if (!meeting || (wijken !== null && !wijken.includes(meeting.neighbourhoodId))) throw notFound('Deze vergadering');
    const view = request.view();
    return reply.page(meeting.wijk, <BoardMeetingPage view={view} meeting={meeting} />);
  });
}

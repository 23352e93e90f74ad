// The routes of the regisseur and free choice of provider (docs/regie.md): the team records a resident's choice, the
// regisseur sets a referral's deadline, the resident chooses at /mijn/aanbieder and sees their regisseur on /mijn,
// and the team's monitoring of the share of its own organisations. Every read and write goes through the gate.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { type GatedDb, withAccess } from '../../kernel/access/gate.js';
import { caseRoles, residentRoles } from '../../kernel/access/policy.js';
import { actorOf, type SignedInActor } from '../../kernel/auth/actor.js';
import type { Db } from '../../kernel/db/database.js';
import { notFound } from '../../kernel/errors.js';
import type { PageSection } from '../../kernel/modules.js';
import { type FormErrors, type FormValues, keptValues, parseForm } from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import type {} from '../portal/index.js';
import { amsterdamToday as dutchToday } from '../../kernel/time/index.js';
import { findRequestSummary, listOwnRequests } from '../requests/index.js';
import { listProfessionalServices } from '../socialbase/index.js';
import { onCase } from './commands/case-access.js';
import {
  assertMayTake,
  chooseProvider,
  recordReferral,
  RegieFieldError,
  setReferralDeadline,
} from './commands/regie.js';
import {
  choiceTitle,
  ProviderChoicePage,
  providerOf,
  residentChoiceSchema,
  teamChoiceSchema,
} from './pages/provider-choice.js';
import { deadlineSchema, deadlineValues, ReferralDeadlinePage, referralTitle } from './pages/referral-page.js';
import { ReferralSharePage, type SharePeriod, shareTitle } from './pages/referral-share.js';
import { type ResidentCase, ResidentCaseSection } from './pages/resident-section.js';
import { findCase, listCaseEvents } from './queries.js';
import {
  countReferralShare,
  findReferral,
  findRegisseur,
  listReferrals,
  openCasesOfRequests,
} from './queries/regie.js';

/** The resident's newest open case, in full for their own page, within one 'regie' read of their own data. */
async function residentCase(
  db: Db,
  actor: SignedInActor,
  ownRequests: readonly { id: string; reference: string }[],
): Promise<ResidentCase | undefined> {
  const [found] = await openCasesOfRequests(
    db,
    actor.tenantId,
    ownRequests.map((r) => r.id),
  );
  if (!found) return undefined;
  return withAccess(
    db,
    actor,
    { category: 'regie', action: 'read', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
    async (gated) => {
      const events = await listCaseEvents(gated, actor.tenantId, found.id);
      return {
        caseId: found.id,
        reference: ownRequests.find((r) => r.id === found.requestId)?.reference ?? '',
        regisseur: await findRegisseur(gated, actor.tenantId, found.id),
        decisions: events.filter((e) => e.kind === 'knoop_doorgehakt'),
        referrals: await listReferrals(gated, actor.tenantId, found.id),
        escalations: events.filter((e) => e.kind === 'escalatie').reverse(),
      };
    },
  );
}

/** "Jouw regisseur" on /mijn, for a resident whose help request has an open case. */
export const residentRegieSection: PageSection<'mijn-start'> = {
  slot: 'mijn-start',
  async load(gated, { actor, ownRequests }) {
    const found = await residentCase(gated, actor, ownRequests);
    return (view) => (found ? <ResidentCaseSection view={view} found={found} /> : null);
  },
};

const caseReference = async (gated: GatedDb, actor: SignedInActor, caseId: string) => {
  const found = await findCase(gated, actor.tenantId, caseId);
  const request = found ? await findRequestSummary(gated, actor.tenantId, found.requestId) : undefined;
  if (!found || !request || found.status !== 'open') throw notFound('Deze casus');
  return request.reference;
};

export async function regieRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  const teamConfig = { config: { access: caseRoles, data: 'dossier' as const } };
  const regisseurConfig = { config: { access: ['regisseur'] as const, data: 'dossier' as const } };
  const residentConfig = { config: { access: residentRoles, data: 'regie' as const } };

  /** The team's form to record the resident's choice, read through the gate. */
  const showTeamChoice = async (
    reply: FastifyReply,
    view: View,
    actor: SignedInActor,
    caseId: string,
    refused?: { values: FormValues; errors: FormErrors },
  ) => {
    const reference = await onCase(db, actor, caseId, 'read', (gated) => caseReference(gated, actor, caseId));
    return reply.page(
      choiceTitle(view.lang, true),
      <ProviderChoicePage
        view={view}
        action={`/team/casussen/${caseId}/verwijzing`}
        back={{ href: `/team/casussen/${caseId}`, text: tr(view.lang, 'Terug naar de casus', 'Back to the case') }}
        reference={reference}
        services={await listProfessionalServices(db, actor.tenantId)}
        forTeam
        values={refused?.values}
        errors={refused?.errors}
      />,
      refused ? 400 : 200,
    );
  };

  app.get('/team/casussen/:id/verwijzing', teamConfig, async (request, reply) =>
    showTeamChoice(reply, request.view(), actorOf(request), (request.params as { id: string }).id),
  );

  app.post('/team/casussen/:id/verwijzing', teamConfig, async (request, reply) => {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const form = parseForm(teamChoiceSchema, request.body);
    if (!form.ok) return showTeamChoice(reply, request.view(), actor, id, form);
    try {
      await recordReferral(db, actor, id, {
        provider: providerOf(form.data),
        reason: form.data.reden,
        chosenHow: form.data.hoe,
      });
    } catch (error) {
      if (!(error instanceof RegieFieldError)) throw error;
      const refused = { values: keptValues(request.body), errors: { [error.field]: error.messageKey } };
      return showTeamChoice(reply, request.view(), actor, id, refused);
    }
    return reply.redirect(`/team/casussen/${id}#regie-kop`, 303);
  });

  /** The regisseur's deadline form for one referral. */
  const showDeadline = async (
    reply: FastifyReply,
    view: View,
    actor: SignedInActor,
    ids: { id: string; referral: string },
    refused?: { values: FormValues; errors: FormErrors },
  ) => {
    const referral = await onCase(db, actor, ids.id, 'read', async (gated) => {
      await caseReference(gated, actor, ids.id);
      const found = /^[0-9a-f-]{36}$/.test(ids.referral)
        ? await findReferral(gated, actor.tenantId, ids.id, ids.referral)
        : undefined;
      if (!found || found.status !== 'open') throw notFound('Deze verwijzing');
      return found;
    });
    return reply.page(
      referralTitle(view.lang, referral.providerName),
      <ReferralDeadlinePage
        view={view}
        caseId={ids.id}
        referral={referral}
        values={refused?.values ?? deadlineValues(referral)}
        errors={refused?.errors}
      />,
      refused ? 400 : 200,
    );
  };

  app.get('/team/casussen/:id/verwijzingen/:referral', regisseurConfig, async (request, reply) => {
    const actor = actorOf(request);
    const ids = request.params as { id: string; referral: string };
    await assertMayTake(db, actor, ids.id, 'regisseur_van_de_casus');
    return showDeadline(reply, request.view(), actor, ids);
  });

  app.post('/team/casussen/:id/verwijzingen/:referral', regisseurConfig, async (request, reply) => {
    const actor = actorOf(request);
    const ids = request.params as { id: string; referral: string };
    await assertMayTake(db, actor, ids.id, 'regisseur_van_de_casus');
    const form = parseForm(deadlineSchema(dutchToday(new Date())), request.body);
    if (!form.ok) return showDeadline(reply, request.view(), actor, ids, form);
    await setReferralDeadline(db, actor, ids.id, ids.referral, {
      startBy: form.data.uiterlijk,
      contactEmail: form.data.contact === '' ? null : form.data.contact,
    });
    return reply.redirect(`/team/casussen/${ids.id}#regie-kop`, 303);
  });

  /** The resident's own choice of provider, for their newest open case. */
  const showResidentChoice = async (
    reply: FastifyReply,
    view: View,
    actor: SignedInActor,
    refused?: { values: FormValues; errors: FormErrors },
  ) => {
    await ownOpenCase(actor);
    return reply.page(
      choiceTitle(view.lang, false),
      <ProviderChoicePage
        view={view}
        action="/mijn/aanbieder"
        back={{ href: '/mijn', text: tr(view.lang, 'Terug naar mijn pagina', 'Back to my page') }}
        services={await listProfessionalServices(db, actor.tenantId)}
        forTeam={false}
        values={refused?.values ?? {}}
        errors={refused?.errors}
      />,
      refused ? 400 : 200,
    );
  };

  /** The resident's newest open case: asked within a read of their own help requests; not found without one. */
  const ownOpenCase = async (actor: SignedInActor): Promise<string> => {
    const own = await withAccess(
      db,
      actor,
      { category: 'hulpvraag', action: 'read', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
      (gated) => listOwnRequests(gated, actor.tenantId, actor.userId),
    );
    const [found] = await openCasesOfRequests(
      db,
      actor.tenantId,
      own.map((r) => r.id),
    );
    if (!found) throw notFound('Een lopende casus');
    return found.id;
  };

  app.get('/mijn/aanbieder', residentConfig, async (request, reply) =>
    showResidentChoice(reply, request.view(), actorOf(request)),
  );

  app.post('/mijn/aanbieder', residentConfig, async (request, reply) => {
    const actor = actorOf(request);
    const form = parseForm(residentChoiceSchema, request.body);
    if (!form.ok) return showResidentChoice(reply, request.view(), actor, form);
    const caseId = await ownOpenCase(actor);
    try {
      await chooseProvider(db, actor, caseId, { provider: providerOf(form.data), reason: form.data.reden });
    } catch (error) {
      if (!(error instanceof RegieFieldError)) throw error;
      const refused = { values: keptValues(request.body), errors: { [error.field]: error.messageKey } };
      return showResidentChoice(reply, request.view(), actor, refused);
    }
    return reply.redirect('/mijn#regisseur-kop', 303);
  });

  // Counts only, no personal data: no gate pass, as the monitoring pages for the residents' council.
  app.get(
    '/team/verwijzingen',
    { config: { access: ['wijkteamlid', 'regisseur', 'beheerder'] as const } },
    async (request, reply) => {
      const view = request.view();
      const { tenantId } = actorOf(request);
      const now = new Date();
      const yearStart = new Date(`${dutchToday(now).slice(0, 4)}-01-01T00:00:00+01:00`);
      const yearAgo = new Date(now);
      yearAgo.setUTCFullYear(now.getUTCFullYear() - 1);
      const periods: SharePeriod[] = [
        {
          key: 'dit-jaar',
          name: ['Dit jaar', 'This year'],
          count: await countReferralShare(db, tenantId, yearStart),
        },
        {
          key: '12-maanden',
          name: ['De laatste 12 maanden', 'The last 12 months'],
          count: await countReferralShare(db, tenantId, yearAgo),
        },
      ];
      return reply.page(shareTitle(view.lang), <ReferralSharePage view={view} periods={periods} />);
    },
  );
}

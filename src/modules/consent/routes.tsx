// The routes of consent: the resident's overview with withdrawal, and the team's forms on a case to record a
// consent or (the regisseur) a legal basis. Every read and write goes through the gate.
import type { FastifyInstance } from 'fastify';
import { logRefusal, withAccess } from '../../kernel/access/gate.js';
import { caseRoles, type DataCategory, residentRoles } from '../../kernel/access/policy.js';
import { actorOf } from '../../kernel/auth/actor.js';
import { notFound } from '../../kernel/errors.js';
import type { PageSection } from '../../kernel/modules.js';
import { type FormErrors, type FormValues, keptValues, parseForm } from '../../kernel/ui/forms.js';
import type { View } from '../../kernel/ui/view.js';
import { caseKeys, findReferral } from '../casework/index.js';
import { requestForLetter } from '../requests/index.js';
import { LetterPage, letterTitle, NoConsentPage } from './pages/referral-letter.js';
import { recordConsent } from './commands/record-consent.js';
import { withdrawConsent } from './commands/withdraw-consent.js';
import { CaseConsents } from './pages/case-section.js';
import { OverviewPage, overviewTitle } from './pages/overview.js';
import { consentSchema, crossFieldErrors, RecordPage, recordTitle } from './pages/record-page.js';
import { consentCategories, OVERRIDE_PURPOSE, RECORD_PURPOSE } from './policy.js';
import { listConsentsAbout, listConsentsOfRequest, organisationBasis } from './queries.js';
import type { ConsentKind } from './schema.js';
import { dutchToday, recipientRoles } from './words.js';

/** The consents on the team's case page, read within the case's own gate pass (they are part of the dossier). */
export const caseConsentSection: PageSection<'casus-team'> = {
  slot: 'casus-team',
  async load(gated, { tenantId, caseId, requestId, askerUserId, actor }) {
    const consents = await listConsentsOfRequest(gated, tenantId, requestId, askerUserId);
    const today = dutchToday(new Date());
    return (view) => (
      <CaseConsents
        view={view}
        caseId={caseId}
        consents={consents}
        today={today}
        mayOverride={actor.role === 'regisseur'}
      />
    );
  },
};

export async function consentRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;

  app.get('/mijn/toestemmingen', { config: { access: residentRoles, data: 'toestemming' } }, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const consents = await withAccess(
      db,
      actor,
      { category: 'toestemming', action: 'read', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
      (gated) => listConsentsAbout(gated, actor.tenantId, actor.userId),
    );
    const withdrawn = (request.query as { ingetrokken?: string }).ingetrokken === '1';
    return reply.page(
      overviewTitle(view.lang),
      <OverviewPage view={view} consents={consents} today={dutchToday(new Date())} withdrawn={withdrawn} />,
    );
  });

  app.post(
    '/mijn/toestemmingen/:id/intrekken',
    { config: { access: residentRoles, data: 'toestemming' } },
    async (request, reply) => {
      await withdrawConsent(db, actorOf(request), (request.params as { id: string }).id);
      return reply.redirect('/mijn/toestemmingen?ingetrokken=1', 303);
    },
  );

  // Sharing with a provider outside the team: the referral letter, only with a consent naming that organisation for
  // the help request, or a legal basis; without it the attempt is refused and lands in the resident's log.
  app.get(
    '/team/casussen/:id/verwijzingen/:referral/brief',
    { config: { access: caseRoles, data: 'hulpvraag' } },
    async (request, reply) => {
      const view = request.view();
      const actor = actorOf(request);
      const ids = request.params as { id: string; referral: string };
      const keys = await caseKeys(db, actor.tenantId, ids.id);
      const share = { category: 'hulpvraag' as const, action: 'export' as const, purpose: 'doorverwijzing' };
      if (!keys) {
        await logRefusal(db, actor, { ...share, subjectUserId: null }, 'onbekend_of_andere_gemeente');
        throw notFound('Deze casus');
      }
      const today = dutchToday(new Date());
      const found = await withAccess(
        db,
        actor,
        { category: 'dossier', action: 'read', purpose: 'doorverwijzing', subjectUserId: keys.askerUserId },
        async (gated) => {
          const referral = /^[0-9a-f-]{36}$/i.test(ids.referral)
            ? await findReferral(gated, actor.tenantId, keys.caseId, ids.referral)
            : undefined;
          if (!referral) return undefined;
          const basis = await organisationBasis(gated, {
            tenantId: actor.tenantId,
            subjectUserId: keys.askerUserId,
            requestId: keys.requestId,
            organisation: referral.providerName,
            category: 'hulpvraag',
            today,
          });
          return { referral, basis };
        },
      );
      if (!found) throw notFound('Deze verwijzing');
      const { referral, basis } = found;
      if (!basis) {
        await logRefusal(db, actor, { ...share, subjectUserId: keys.askerUserId }, 'geen_toestemming');
        return reply.page(
          letterTitle(view.lang, referral.providerName),
          <NoConsentPage view={view} caseId={keys.caseId} provider={referral.providerName} />,
          403,
        );
      }
      const asked = await withAccess(db, actor, { ...share, subjectUserId: keys.askerUserId }, (gated) =>
        requestForLetter(gated, actor.tenantId, keys.requestId),
      );
      if (!asked) throw notFound('Deze hulpvraag');
      return reply.page(
        letterTitle(view.lang, referral.providerName),
        <LetterPage
          view={view}
          caseId={keys.caseId}
          letter={{
            provider: referral.providerName,
            service: referral.serviceName,
            reason: referral.reason,
            ...asked,
            basis,
          }}
        />,
      );
    },
  );

  const forms: { path: string; kind: ConsentKind; access: typeof caseRoles }[] = [
    { path: 'toestemming', kind: 'toestemming', access: caseRoles },
    { path: 'grondslag', kind: 'wettelijke_grondslag', access: ['regisseur'] },
  ];
  for (const { path, kind, access } of forms) {
    const category: DataCategory = kind === 'toestemming' ? 'toestemming' : 'wettelijke_grondslag';
    // The page is about the resident's consents; the command itself asks the gate under the record's own category.
    const config = { config: { access, data: 'toestemming' as const } };
    /** The case's keys, or a logged refusal answered as not found (a guessed id, another municipality). */
    const keysOrRefusal = async (actor: ReturnType<typeof actorOf>, caseId: string) => {
      const keys = await caseKeys(db, actor.tenantId, caseId);
      if (keys) return keys;
      const purpose = kind === 'toestemming' ? RECORD_PURPOSE : OVERRIDE_PURPOSE;
      await logRefusal(
        db,
        actor,
        { category, action: 'create', purpose, subjectUserId: null },
        'onbekend_of_andere_gemeente',
      );
      throw notFound('Deze casus');
    };
    const show = (view: View, caseId: string, values: FormValues, errors: FormErrors = {}) =>
      RecordPage({ view, kind, caseId, categories: consentCategories(), values, errors });

    app.get(`/team/casussen/:id/${path}`, config, async (request, reply) => {
      const view = request.view();
      const { caseId } = await keysOrRefusal(actorOf(request), (request.params as { id: string }).id);
      const values: FormValues = { begin: dutchToday(new Date()).split('-').reverse().join('-') };
      return reply.page(recordTitle(view.lang, kind), show(view, caseId, values));
    });

    app.post(`/team/casussen/:id/${path}`, config, async (request, reply) => {
      const view = request.view();
      const actor = actorOf(request);
      const { caseId } = await keysOrRefusal(actor, (request.params as { id: string }).id);
      const form = parseForm(consentSchema(kind, consentCategories()), request.body);
      if (!form.ok) {
        const values = keptValues(request.body);
        const errors = { ...crossFieldErrors(values), ...form.errors };
        return reply.page(recordTitle(view.lang, kind), show(view, caseId, values, errors), 400);
      }
      const d = form.data;
      await recordConsent(db, actor, caseId, kind, {
        recipientKind: d.ontvanger,
        recipientName: d.naam,
        recipientEmail: d.email,
        recipientRole: d.ontvanger === 'rol' ? recipientRoles[0] : null,
        category: d.gegevens,
        purpose: d.doel,
        purposeNote: d.doel_toelichting,
        startsOn: d.begin,
        endsOn: d.eind,
        givenHow: kind === 'toestemming' ? d.hoe : null,
        reason: kind === 'wettelijke_grondslag' ? d.reden : null,
      });
      return reply.redirect(`/team/casussen/${caseId}#toestemmingen-kop`, 303);
    });
  }
}

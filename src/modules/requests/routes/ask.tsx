// "Ik zoek hulp": a help request in plain Dutch, for yourself or for someone else, one question a page, with
// everything typed carried along; sent, it goes to the status page the asker can follow. Danger comes first: a story
// that holds it, or a "ja" to "Is er nu gevaar?", gets the emergency page before any other question.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { withAccess } from '../../../kernel/access/gate.js';
import { findAccount } from '../../../kernel/auth/accounts.js';
import { notFound } from '../../../kernel/errors.js';
import { type FormValues, keptValues, parseForm } from '../../../kernel/ui/forms.js';
import { detectDanger } from '../../triage/index.js';
import { submitHelpRequest } from '../commands/submit-help-request.js';
import { momentsFrom } from '../moments.js';
import {
  askTitle,
  DetailsStep,
  detailsSchema,
  OtherStep,
  otherSchema,
  StoryStep,
  storySchema,
} from '../pages/ask-form.js';
import { type EmergencyReason, EmergencyPage, emergencyTitle } from '../pages/emergency-page.js';
import { STORY_MAX_LENGTH } from '../pages/request-fields.js';
import { shareChoiceFromForm } from '../pages/share-fields.js';

/**
 * Why the asker should see the emergency page now: their own "ja" to "Is er nu gevaar?", or danger in the story as
 * sent. Checked before the rest of the step, so a missing answer elsewhere never holds the numbers back. Once seen
 * (the page's button sends nood_gezien), the form goes on.
 */
function emergencyReason(values: FormValues): EmergencyReason | undefined {
  if (values.nood_gezien === 'ja') return undefined;
  if (values.gevaar === 'ja') return 'antwoord';
  if (detectDanger((values.tekst ?? '').slice(0, STORY_MAX_LENGTH)).acute) return 'tekst';
  return undefined;
}

export async function askRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const limited = { rateLimit: { max: ctx.config.formRateLimit, timeWindow: '15 minutes' } };

  /** A signed-in asker's name and contact details, filled in for them. */
  async function prefilled(request: FastifyRequest): Promise<FormValues> {
    const user = request.user?.state === 'actief' ? request.user : undefined;
    if (!user) return {};
    const account = await withAccess(
      db,
      { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role },
      { category: 'account', action: 'read', purpose: 'hulpvraag_behandelen', subjectUserId: user.userId },
      (gated) => findAccount(gated, user.tenantId, user.userId),
    );
    return account ? { naam: account.displayName, email: account.email, telefoon: account.phone ?? '' } : {};
  }

  /** The last step, once the story (and for someone else, who it is for) is complete. */
  const toDetails = async (request: FastifyRequest, reply: FastifyReply, values: FormValues) => {
    const view = request.view();
    return reply.page(
      askTitle(view.lang),
      <DetailsStep view={view} values={{ ...(await prefilled(request)), ...values }} />,
    );
  };

  app.get('/hulp/vraag', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    return reply.page(askTitle(view.lang), <StoryStep view={view} values={{}} />);
  });

  app.post('/hulp/vraag', { config: { ...limited, access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const title = askTitle(view.lang);
    const values = keptValues(request.body);
    const danger = emergencyReason(values);
    if (danger)
      return reply.page(emergencyTitle(view.lang), <EmergencyPage view={view} values={values} reason={danger} />);
    const form = parseForm(storySchema, request.body);
    if (!form.ok) return reply.page(title, <StoryStep view={view} values={values} errors={form.errors} />, 400);
    if (form.data.voor_wie === 'ander') return reply.page(title, <OtherStep view={view} values={values} />);
    return toDetails(request, reply, values);
  });

  app.post('/hulp/ander', { config: { ...limited, access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const title = askTitle(view.lang);
    const values = keptValues(request.body);
    const story = parseForm(storySchema, request.body);
    if (!story.ok) return reply.page(title, <StoryStep view={view} values={values} errors={story.errors} />, 400);
    const form = parseForm(otherSchema, request.body);
    if (!form.ok) return reply.page(title, <OtherStep view={view} values={values} errors={form.errors} />, 400);
    return toDetails(request, reply, values);
  });

  app.post('/hulp/versturen', { config: { ...limited, access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const title = askTitle(view.lang);
    const values = keptValues(request.body);
    const story = parseForm(storySchema, request.body);
    if (!story.ok) return reply.page(title, <StoryStep view={view} values={values} errors={story.errors} />, 400);
    const other = story.data.voor_wie === 'ander' ? parseForm(otherSchema, request.body) : undefined;
    if (other && !other.ok)
      return reply.page(title, <OtherStep view={view} values={values} errors={other.errors} />, 400);
    const details = parseForm(detailsSchema, request.body);
    if (!details.ok) return reply.page(title, <DetailsStep view={view} values={values} errors={details.errors} />, 400);
    const d = details.data;
    if (!d.email && !d.telefoon)
      return reply.page(title, <DetailsStep view={view} values={values} errors={{ email: 'bereikbaar_nodig' }} />, 400);
    if (!request.tenant) throw notFound('Deze gemeente');
    const user = request.user?.state === 'actief' ? request.user : undefined;
    const o = other?.ok ? other.data : undefined;
    const submitted = await submitHelpRequest(
      ctx,
      request.tenant,
      user
        ? { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role }
        : { kind: 'system', tenantId: request.tenant.id, process: 'hulpvraag' },
      {
        channel: 'web',
        askerUserId: user?.userId ?? null,
        enteredByUserId: null,
        forSomeoneElse: Boolean(o),
        askerName: d.naam,
        subjectName: o?.naam_ander ?? null,
        relation: o?.relatie ?? null,
        subjectConsent: o?.toestemming ?? 'zelf',
        text: story.data.tekst,
        postcode: d.postcode || null,
        moments: momentsFrom(d.dag, d.dagdeel),
        language: d.taal || null,
        contactEmail: d.email || null,
        contactPhone: d.telefoon || null,
        shareWithVolunteer: shareChoiceFromForm(d),
        askerSaysDanger: story.data.gevaar === 'ja',
      },
    );
    return reply.redirect(`/hulp/status/${submitted.statusToken}`, 303);
  });
}

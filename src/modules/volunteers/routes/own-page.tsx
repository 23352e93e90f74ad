// The volunteer's own page (/mijn/vrijwilliger) and its forms: hours, "even niet", woman or man, and the page to
// change their whole offer.
import { residentRoles } from '../../../kernel/access/policy.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../../../kernel/auth/actor.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { type FormErrors, type FormValues, parseForm } from '../../../kernel/ui/forms.js';
import type { View } from '../../../kernel/ui/view.js';
import { recordHours } from '../commands/record-hours.js';
import { setAway } from '../commands/set-away.js';
import { setGender } from '../commands/set-gender.js';
import { findSelf, loadOwnPage, type VolunteerSelf } from '../own-profile.js';
import { findAllowanceLimits } from '../queries.js';
import { awaySchema } from '../pages/away-form.js';
import { ChangeOfferForm, changeOfferSchema, changeOfferTitle } from '../pages/change-offer.js';
import { keptLists, offerValues } from '../pages/offer-fields.js';
import { changeOffer } from '../commands/change-offer.js';
import { genderAnswerSchema } from '../pages/gender-field.js';
import { hoursSchema } from '../pages/hours-form.js';
import { NotAVolunteerYet, OwnVolunteerPage, ownPageNotice, ownPageTitle } from '../pages/own-page.js';

type PageState = { errors?: FormErrors; values?: FormValues; warning?: string; saved?: string };

export async function ownPageRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;

  async function ownPage(view: View, request: FastifyRequest, state: PageState = {}) {
    const actor = actorOf(request);
    const volunteer = await findSelf(db, actor);
    if (!volunteer) return <NotAVolunteerYet lang={view.lang} />;
    const today = new Date().toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4));
    const { hours, sections } = await loadOwnPage(db, actor, volunteer.id, year);
    const limits = await findAllowanceLimits(db, year);
    return (
      <OwnVolunteerPage
        view={view}
        volunteer={volunteer}
        today={today}
        hours={hours}
        limits={limits}
        sections={sections}
        {...state}
      />
    );
  }

  /** A form of the page that did not pass: the page again, with the errors and what was typed. */
  async function pageAgain(
    request: FastifyRequest,
    reply: FastifyReply,
    form: { errors: FormErrors; values: FormValues },
  ) {
    const view = request.view();
    return reply.page(ownPageTitle(view.lang), await ownPage(view, request, form), 400);
  }

  /** The signed-in volunteer, for a step that changes their profile. */
  async function self(request: FastifyRequest): Promise<VolunteerSelf> {
    const actor = actorOf(request);
    const volunteer = await findSelf(db, actor);
    if (!volunteer) throw notFound('Je vrijwilligersprofiel');
    return { actor, volunteer };
  }

  app.get('/mijn/vrijwilliger', { config: { access: residentRoles, data: 'vrijwilliger' } }, async (request, reply) => {
    const view = request.view();
    const query = request.query as Record<string, string | undefined>;
    // A warning about hours of another year (entered in January for December) speaks of that year's amounts.
    const year = /^20\d\d$/.test(query.jaar ?? '') ? Number(query.jaar) : new Date().getFullYear();
    const notice = ownPageNotice(view.lang, query, year, await findAllowanceLimits(db, year));
    return reply.page(ownPageTitle(view.lang), await ownPage(view, request, notice));
  });

  app.get(
    '/mijn/vrijwilliger/aanbod',
    { config: { access: residentRoles, data: 'vrijwilliger' } },
    async (request, reply) => {
      const view = request.view();
      const { volunteer } = await self(request);
      const { values, lists } = offerValues(view.lang, volunteer);
      return reply.page(changeOfferTitle(view.lang), <ChangeOfferForm view={view} values={values} lists={lists} />);
    },
  );

  app.post(
    '/mijn/vrijwilliger/aanbod',
    { config: { access: residentRoles, data: 'vrijwilliger' } },
    async (request, reply) => {
      const view = request.view();
      const form = parseForm(changeOfferSchema, request.body);
      if (!form.ok)
        return reply.page(
          changeOfferTitle(view.lang),
          <ChangeOfferForm view={view} values={form.values} lists={keptLists(request.body)} errors={form.errors} />,
          400,
        );
      await changeOffer(db, await self(request), form.data);
      return reply.redirect('/mijn/vrijwilliger?aanbod=1', 303);
    },
  );

  app.post(
    '/mijn/vrijwilliger/uren',
    { config: { access: residentRoles, data: 'vrijwilliger' } },
    async (request, reply) => {
      const form = parseForm(hoursSchema, request.body);
      if (!form.ok) return pageAgain(request, reply, form);
      const over = await recordHours(db, await self(request), form.data);
      const year = form.data.onDate.slice(0, 4);
      return reply.redirect(`/mijn/vrijwilliger?opgeslagen=1${over ? `&boven=${over}&jaar=${year}` : ''}`, 303);
    },
  );

  app.post(
    '/mijn/vrijwilliger/geslacht',
    { config: { access: residentRoles, data: 'vrijwilliger' } },
    async (request, reply) => {
      const form = genderAnswerSchema.safeParse(request.body);
      if (!form.success) throw new DomainError('ongeldige_invoer', 'Kies een van de antwoorden.');
      await setGender(db, await self(request), form.data.geslacht || null);
      return reply.redirect('/mijn/vrijwilliger?bewaard=1', 303);
    },
  );

  app.post(
    '/mijn/vrijwilliger/even-niet',
    { config: { access: residentRoles, data: 'vrijwilliger' } },
    async (request, reply) => {
      const form = parseForm(awaySchema, request.body);
      if (!form.ok) return pageAgain(request, reply, form);
      await setAway(db, await self(request), form.data);
      return reply.redirect('/mijn/vrijwilliger', 303);
    },
  );
}

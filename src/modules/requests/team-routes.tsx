// The team's queue of help requests: spoed on top, then whoever waited longest; a request with its triage,
// the reasons behind it, and the team member's decision (accept or change, with a reason), and matching.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { searchWithAccess, withAccess } from '../../kernel/access/gate.js';
import { actorOf } from '../../kernel/auth/actor.js';
import { notFound } from '../../kernel/errors.js';
import { needKeys, needLabel } from '../../kernel/taxonomy/needs.js';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  parseForm,
  SelectField,
  SubmitButton,
  TextField,
} from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { normalisePostcode } from '../../kernel/geo/index.js';
import { proposeMatch } from './matching.js';
import { momentsFrom } from './moments.js';
import { dayPartName, dayParts, weekdayName, weekdays } from '../../kernel/time/index.js';
import {
  findHelpRequest,
  type HelpRequestView,
  listEvents,
  listMatches,
  listQueue,
  recordEvent,
  setRequestState,
  suggestionNames,
  updateTriage,
} from './queries.js';
import { SharedList, ShareFields, sharedFor, shareChoiceFromForm, shareFormSchema } from './sharing.js';
import { submitHelpRequest } from './submit.js';
import type { Route } from '../triage/index.js';

const routes: Route[] = ['spoed', 'professioneel', 'informeel', 'collectief'];
export const routeLabel = (lang: 'nl' | 'en', route: string) =>
  ({
    spoed: tr(lang, 'Spoed', 'Urgent'),
    professioneel: tr(lang, 'Professioneel', 'Professional'),
    informeel: tr(lang, 'Informeel (iemand uit de buurt)', 'Informal (a neighbour)'),
    collectief: tr(lang, 'Collectief (samen in de buurt)', 'Collective (together in the neighbourhood)'),
  })[route] ?? route;

const stateLabels: Record<string, [string, string]> = {
  nieuw: ['nieuw', 'new'],
  in_behandeling: ['in behandeling', 'in progress'],
  gekoppeld: ['gekoppeld', 'matched'],
  afgesloten: ['afgesloten', 'closed'],
  voorgesteld: ['voorgesteld, wacht op antwoord', 'proposed, awaiting answer'],
  vrijwilliger_akkoord: ['vrijwilliger zegt ja, wacht op de vrager', 'volunteer said yes, awaiting asker'],
  vrijwilliger_weigert: ['vrijwilliger zegt nee', 'volunteer said no'],
  aanvrager_weigert: ['vrager zegt nee', 'asker said no'],
  actief: ['loopt', 'running'],
  opvolging: ['"Hoe gaat het?" gestuurd', '"How is it going?" sent'],
};
const eventLabels: Record<string, [string, string]> = {
  ingediend: ['hulpvraag binnengekomen', 'request received'],
  triage_akkoord: ['triage goedgekeurd', 'triage accepted'],
  triage_gewijzigd: ['triage gewijzigd', 'triage changed'],
  koppeling_voorgesteld: ['koppeling voorgesteld', 'match proposed'],
  vrijwilliger_zegt_ja: ['vrijwilliger zegt ja', 'volunteer said yes'],
  vrijwilliger_zegt_nee: ['vrijwilliger zegt nee', 'volunteer said no'],
  vrager_zegt_ja: ['vrager zegt ja', 'asker said yes'],
  vrager_zegt_nee: ['vrager zegt nee', 'asker said no'],
  deelkeuze_gewijzigd: ['vrager veranderde wat een vrijwilliger ziet', 'asker changed what a volunteer sees'],
  opvolging_gestuurd: ['"Hoe gaat het?" gestuurd', '"How is it going?" sent'],
  afgesloten: ['afgesloten', 'closed'],
  spoedmelding_mislukt: ['spoedmelding per e-mail mislukt', 'urgent alert email failed'],
};
const outcomeWords: Record<string, [string, string]> = {
  collectief_opgelost: ['opgelost in de buurt (collectief)', 'solved in the neighbourhood (collective)'],
  informeel_opgelost: ['opgelost door een buur (informeel)', 'solved by a neighbour (informal)'],
  doorverwezen: ['doorverwezen naar een professional', 'referred to a professional'],
  niet_opgelost: ['niet opgelost', 'not solved'],
};
/** The link to record the next answer by phone, named after whose answer it is. */
const phoneStepLabel = (lang: 'nl' | 'en', m: { state: string; volunteerId: string | null }) =>
  m.state === 'actief' || m.state === 'opvolging'
    ? tr(lang, 'Afronden met de vrager (telefoon)', 'Close with the asker (phone)')
    : m.state === 'voorgesteld' && m.volunteerId
      ? tr(lang, 'Antwoord van de vrijwilliger doorgeven (telefoon)', 'Record the volunteer’s answer (phone)')
      : tr(lang, 'Antwoord van de vrager doorgeven (telefoon)', 'Record the asker’s answer (phone)');

const consentLabels: Record<string, [string, string]> = {
  ja: ['weet het en vindt het goed', 'knows and agrees'],
  nog_vragen: ['nog niet gevraagd', 'not asked yet'],
  nee: ['wil het niet', 'does not want it'],
  zelf: ['vraagt zelf', 'asks themselves'],
};
const label = (lang: 'nl' | 'en', table: Record<string, [string, string]>, key: string) => {
  const words = table[key];
  return words ? tr(lang, words[0], words[1]) : key;
};

const triageDecisionSchema = z
  .object({
    besluit: z.enum(['akkoord', 'wijzigen']),
    route: z.enum(['collectief', 'informeel', 'professioneel', 'spoed'], { message: 'route_kiezen' }),
    behoeften: z
      .union([z.array(z.enum(needKeys)), z.enum(needKeys)])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
    reden: z.string().trim().max(1000, 'tekst_te_lang').default(''),
  })
  .refine((v) => v.besluit === 'akkoord' || v.reden !== '', { message: 'wijziging_reden_nodig', path: ['reden'] });

const phoneSchema = z.object({
  tekst: z.string().trim().min(10, 'verhaal_te_kort').max(5000, 'tekst_te_lang'),
  naam: z.string().trim().min(1, 'naam_nodig').max(100, 'naam_te_lang'),
  telefoon: z
    .string()
    .trim()
    .max(20, 'telefoon_ongeldig')
    .regex(/^[0-9+\-\s()]*$/, 'telefoon_ongeldig'),
  email: z.union([z.literal(''), z.string().trim().pipe(z.email('email_ongeldig'))]),
  postcode: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .refine((v) => normalisePostcode(v) !== undefined, 'postcode_ongeldig'),
  ]),
  dag: z.union([z.literal(''), z.enum(weekdays)]).default(''),
  dagdeel: z.union([z.literal(''), z.enum(dayParts)]).default(''),
});

const ageLabel = (lang: 'nl' | 'en', since: Date, now: Date) => {
  const hours = Math.floor((now.getTime() - since.getTime()) / 3_600_000);
  if (hours < 24) return tr(lang, `${hours} uur`, `${hours} h`);
  const days = Math.floor(hours / 24);
  return tr(lang, `${days} ${days === 1 ? 'dag' : 'dagen'}`, `${days} ${days === 1 ? 'day' : 'days'}`);
};

function RequestDetail({
  view,
  request,
  events,
  matches,
  names,
  errors,
  values,
  chosenNeeds,
}: {
  view: View;
  request: HelpRequestView;
  events: Awaited<ReturnType<typeof listEvents>>;
  matches: Awaited<ReturnType<typeof listMatches>>;
  names: Map<string, string>;
  errors?: FormErrors;
  values?: FormValues;
  chosenNeeds?: string[];
}) {
  const { lang } = view;
  const t = request.triage;
  const current = values ?? { route: request.route };
  return (
    <>
      <ErrorSummary
        view={view}
        errors={errors ?? {}}
        labels={{ reden: tr(lang, 'Waarom verander je het?', 'Why do you change it?'), route: 'Route' }}
      />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/team/hulpvragen">
          {tr(lang, 'Terug naar de lijst', 'Back to the list')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">
        {tr(lang, 'Hulpvraag', 'Help request')} {request.reference}
      </h1>
      {request.route === 'spoed' ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">
            <strong>{tr(lang, 'Spoed.', 'Urgent.')}</strong>{' '}
            {tr(lang, 'Neem direct contact op. Signalen:', 'Make contact now. Signals:')} {t.signalen.join(', ') || '—'}
          </p>
        </div>
      ) : null}
      <p class="utrecht-paragraph nabij-verhaal">{request.text}</p>
      <dl class="utrecht-data-list">
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Van', 'From')}</dt>
          <dd class="utrecht-data-list__item-value">
            {request.askerName}
            {request.forSomeoneElse
              ? tr(
                  lang,
                  ` voor ${request.subjectName ?? ''} (${request.relation ?? ''}; ${label(lang, consentLabels, request.subjectConsent)})`,
                  ` for ${request.subjectName ?? ''} (${request.relation ?? ''}; ${label(lang, consentLabels, request.subjectConsent)})`,
                )
              : ''}
          </dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Bereikbaar', 'Contact')}</dt>
          <dd class="utrecht-data-list__item-value">
            {[request.contactPhone, request.contactEmail].filter(Boolean).join(' · ') || '—'}
          </dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Postcode', 'Postcode')}</dt>
          <dd class="utrecht-data-list__item-value">{request.postcode ?? '—'}</dd>
        </div>
      </dl>
      <h2 class="utrecht-heading-2">{tr(lang, 'Wat een vrijwilliger mag weten', 'What a volunteer may know')}</h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Dit heeft de vrager goedgevonden. Vertel een vrijwilliger niet meer dan dit, ook niet aan de telefoon.',
          'This is what the asker agreed to. Do not tell a volunteer more, not on the phone either.',
        )}
      </p>
      <SharedList
        lang={lang}
        shared={sharedFor(request.shareWithVolunteer, {
          asker_name: request.askerName,
          subject_name: request.subjectName,
          postcode: request.postcode,
          need_keys: request.needKeys,
        })}
      />
      <h2 class="utrecht-heading-2">{tr(lang, 'Voorstel van Nabij', 'Nabij’s proposal')}</h2>
      <p class="utrecht-paragraph">
        <strong>{routeLabel(lang, t.route)}</strong> ·{' '}
        {t.behoeften.map((k) => needLabel(k, lang)).join(', ') ||
          tr(lang, 'geen behoefte herkend', 'no need recognised')}
      </p>
      <ul class="utrecht-unordered-list">
        {t.uitleg.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2 class="utrecht-heading-2">{tr(lang, 'Jouw besluit', 'Your decision')}</h2>
      <Form
        view={view}
        action={`/team/hulpvragen/${request.id}/triage`}
        label={tr(lang, 'Triage beoordelen', 'Review triage')}
      >
        <SelectField
          view={view}
          name="route"
          label="Route"
          values={current}
          errors={errors}
          options={routes.map((r) => [r, routeLabel(lang, r)] as const)}
        />
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{tr(lang, 'Behoeften', 'Needs')}</legend>
          <div class="nabij-filters">
            {needKeys.map((k) => (
              <CheckboxField
                key={k}
                name="behoeften"
                value={k}
                label={needLabel(k, lang)}
                checked={(chosenNeeds ?? request.needKeys).includes(k)}
              />
            ))}
          </div>
        </fieldset>
        <TextField
          view={view}
          name="reden"
          label={tr(
            lang,
            'Waarom verander je het? (nodig als je iets verandert)',
            'Why do you change it? (needed when you change something)',
          )}
          multiline
          values={values}
          errors={errors}
        />
        <div class="nabij-yes-no">
          <button type="submit" name="besluit" value="akkoord" class="utrecht-button utrecht-button--primary-action">
            {tr(lang, 'Akkoord met het voorstel', 'Accept the proposal')}
          </button>
          <button type="submit" name="besluit" value="wijzigen" class="utrecht-button utrecht-button--secondary-action">
            {tr(lang, 'Opslaan met mijn wijziging', 'Save with my change')}
          </button>
        </div>
      </Form>
      <h2 class="utrecht-heading-2">{tr(lang, 'Suggesties', 'Suggestions')}</h2>
      {t.suggesties.length === 0 ? (
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Geen suggesties. Zoek zelf op de sociale kaart.',
            'No suggestions. Search the social map yourself.',
          )}
        </p>
      ) : null}
      <ol class="utrecht-ordered-list">
        {t.suggesties.map((s) => (
          <li key={s.id} class="nabij-card">
            <p class="utrecht-paragraph">
              <strong>{names.get(s.id) ?? s.id}</strong> (
              {s.soort === 'vrijwilliger' ? tr(lang, 'vrijwilliger', 'volunteer') : s.soort}) ·{' '}
              {tr(lang, 'past', 'fit')} {Math.round(s.score * 100)}%
            </p>
            <ul class="utrecht-unordered-list">
              {s.redenen.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            {request.route === 'spoed' ||
            request.state === 'afgesloten' ||
            matches.some(
              (m) =>
                ['voorgesteld', 'vrijwilliger_akkoord', 'actief', 'opvolging'].includes(m.state) &&
                (m.volunteerExternalId === s.id || m.activityExternalId === s.id),
            ) ? null : (
              <form method="post" action={`/team/hulpvragen/${request.id}/koppelen`}>
                <CsrfField view={view} />
                <input type="hidden" name="suggestie" value={s.id} />
                <input type="hidden" name="soort" value={s.soort} />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                  {s.soort === 'vrijwilliger'
                    ? tr(lang, 'Vraag deze vrijwilliger', 'Ask this volunteer')
                    : tr(lang, 'Stel dit voor aan de vrager', 'Propose this to the asker')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ol>
      {matches.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Koppelingen', 'Matches')}</h2>
          <ul class="utrecht-unordered-list">
            {matches.map((m) => (
              <li key={m.id}>
                {m.volunteerFirstName ?? m.activityName} · {label(lang, stateLabels, m.state)}
                {m.outcome ? ` · ${label(lang, outcomeWords, m.outcome)}` : ''}
                {m.rating ? ` · ${tr(lang, 'cijfer', 'score')} ${m.rating}` : ''}
                {['voorgesteld', 'vrijwilliger_akkoord', 'actief', 'opvolging'].includes(m.state) ? (
                  <>
                    {' · '}
                    <a class="utrecht-link" href={`/team/hulpvragen/${request.id}/koppelingen/${m.id}`}>
                      {phoneStepLabel(lang, m)}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 class="utrecht-heading-2">{tr(lang, 'Geschiedenis', 'History')}</h2>
      <ul class="utrecht-unordered-list">
        {events.map((e, i) => (
          <li key={i}>
            {new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
              dateStyle: 'short',
              timeStyle: 'short',
              timeZone: 'Europe/Amsterdam',
            }).format(e.at)}{' '}
            · {label(lang, eventLabels, e.kind)}
            {(e.detail as { via?: string }).via === 'telefoon' ? tr(lang, ' (aan de telefoon)', ' (by phone)') : ''}
            {e.actorName ? ` · ${e.actorName}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

function PhoneIntake({ view, values, errors }: { view: View; values: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const labels = {
    tekst: tr(lang, 'Wat vertelt de beller?', 'What does the caller say?'),
    naam: tr(lang, 'Naam van de beller', 'Caller’s name'),
    telefoon: tr(lang, 'Telefoonnummer', 'Phone number'),
    email: tr(lang, 'E-mailadres (mag leeg blijven)', 'Email (optional)'),
    postcode: tr(lang, 'Postcode (mag leeg blijven)', 'Postcode (optional)'),
    dag: tr(lang, 'Dag', 'Day'),
    dagdeel: tr(lang, 'Deel van de dag', 'Part of the day'),
  };
  const any = tr(lang, 'Maakt niet uit', 'Any');
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Hulpvraag van de telefoon', 'Help request taken by phone')}</h1>
      <Form
        view={view}
        action="/team/hulpvragen/nieuw"
        label={tr(lang, 'Hulpvraag van de telefoon', 'Help request taken by phone')}
      >
        <TextField
          view={view}
          name="tekst"
          label={labels.tekst}
          hint={tr(
            lang,
            'Schrijf zoveel mogelijk in de woorden van de beller.',
            'Write as much as possible in the caller’s words.',
          )}
          multiline
          values={values}
          errors={errors}
          required
        />
        <TextField view={view} name="naam" label={labels.naam} values={values} errors={errors} required />
        <TextField view={view} name="telefoon" type="tel" label={labels.telefoon} values={values} errors={errors} />
        <TextField view={view} name="email" type="email" label={labels.email} values={values} errors={errors} />
        <TextField view={view} name="postcode" label={labels.postcode} values={values} errors={errors} />
        <SelectField
          view={view}
          name="dag"
          label={labels.dag}
          values={values}
          errors={errors}
          options={[['', any], ...weekdays.map((d) => [d, weekdayName(d, lang)] as const)]}
        />
        <SelectField
          view={view}
          name="dagdeel"
          label={labels.dagdeel}
          values={values}
          errors={errors}
          options={[['', any], ...dayParts.map((p) => [p, dayPartName(p, lang)] as const)]}
        />
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Vraag de beller wat een vrijwilliger mag weten, en vink alleen dat aan.',
            'Ask the caller what a volunteer may know, and tick only that.',
          )}
        </p>
        <ShareFields view={view} values={values} errors={errors} />
        <SubmitButton>{tr(lang, 'Opslaan en triage bekijken', 'Save and see triage')}</SubmitButton>
      </Form>
    </>
  );
}

export async function teamRequestRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;

  app.get('/team/hulpvragen', async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    const actor = actorOf(request);
    const now = new Date();
    const queue = await searchWithAccess(
      db,
      actor,
      { category: 'hulpvraag', purpose: 'hulpvraag_behandelen' },
      (gated) => listQueue(gated, actor.tenantId, ctx.config.queueStaleDays, now),
    );
    const title = tr(lang, 'Hulpvragen', 'Help requests');
    return reply.page(
      title,
      <>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/team/hulpvragen/nieuw">
            {tr(lang, 'Hulpvraag van de telefoon invoeren', 'Enter a help request taken by phone')}
          </a>
        </p>
        {queue.length === 0 ? (
          <p class="utrecht-paragraph">
            {tr(lang, 'Er staan geen open hulpvragen.', 'There are no open help requests.')}
          </p>
        ) : null}
        <div class="utrecht-table-container utrecht-table-container--overflow-inline">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption">
              {tr(lang, 'Spoed bovenaan, dan wie het langst wacht', 'Urgent on top, then who has waited longest')}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Nummer', 'Number')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  Route
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Behoeften', 'Needs')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Status', 'Status')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Wacht sinds', 'Waiting for')}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {queue.map((item) => (
                <tr class="utrecht-table__row" key={item.id}>
                  <td class="utrecht-table__cell">
                    <a class="utrecht-link" href={`/team/hulpvragen/${item.id}`}>
                      {item.reference}
                    </a>
                  </td>
                  <td class="utrecht-table__cell">
                    {item.route === 'spoed' ? (
                      <strong>{routeLabel(lang, item.route)}</strong>
                    ) : (
                      routeLabel(lang, item.route)
                    )}
                  </td>
                  <td class="utrecht-table__cell">{item.needKeys.map((k) => needLabel(k, lang)).join(', ')}</td>
                  <td class="utrecht-table__cell">
                    {label(lang, stateLabels, item.state)}
                    {item.stale ? <strong> · {tr(lang, 'geen voortgang', 'no progress')}</strong> : null}
                  </td>
                  <td class="utrecht-table__cell">{ageLabel(lang, item.lastProgressAt, now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>,
    );
  });

  app.get('/team/hulpvragen/nieuw', async (request, reply) => {
    actorOf(request);
    const view = request.view();
    return reply.page(
      tr(view.lang, 'Hulpvraag van de telefoon', 'Help request taken by phone'),
      <PhoneIntake view={view} values={{}} />,
    );
  });

  app.post('/team/hulpvragen/nieuw', async (request, reply) => {
    const actor = actorOf(request);
    const view = request.view();
    const form = parseForm(phoneSchema.extend(shareFormSchema.shape), request.body);
    if (!form.ok)
      return reply.page(
        tr(view.lang, 'Hulpvraag van de telefoon', 'Help request taken by phone'),
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

  const detail = async (actor: ReturnType<typeof actorOf>, id: string) => {
    if (!z.uuid().safeParse(id).success) throw notFound('Deze hulpvraag');
    const read = { category: 'hulpvraag' as const, action: 'read' as const, purpose: 'hulpvraag_behandelen' };
    const owner = await db
      .selectFrom('help_requests')
      .select('asker_user_id')
      .where('tenant_id', '=', actor.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!owner) throw notFound('Deze hulpvraag');
    return withAccess(db, actor, { ...read, subjectUserId: owner.asker_user_id }, async (gated) => {
      const helpRequest = await findHelpRequest(gated, actor.tenantId, id);
      if (!helpRequest) throw notFound('Deze hulpvraag');
      return {
        helpRequest,
        events: await listEvents(gated, actor.tenantId, id),
        matches: await listMatches(gated, actor.tenantId, id),
        names: await suggestionNames(
          gated,
          actor.tenantId,
          helpRequest.triage.suggesties.map((s) => s.id),
        ),
      };
    });
  };

  app.get('/team/hulpvragen/:id', async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const { helpRequest, events, matches, names } = await detail(actor, (request.params as { id: string }).id);
    return reply.page(
      `${tr(view.lang, 'Hulpvraag', 'Help request')} ${helpRequest.reference}`,
      <RequestDetail view={view} request={helpRequest} events={events} matches={matches} names={names} />,
    );
  });

  app.post('/team/hulpvragen/:id/triage', async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    const { helpRequest, events, matches, names } = await detail(actor, id);
    const form = parseForm(triageDecisionSchema, request.body);
    if (!form.ok) {
      const sent = (request.body as { behoeften?: string | string[] } | undefined)?.behoeften;
      const chosenNeeds = sent === undefined ? [] : Array.isArray(sent) ? sent : [sent];
      return reply.page(
        `${tr(view.lang, 'Hulpvraag', 'Help request')} ${helpRequest.reference}`,
        <RequestDetail
          view={view}
          request={helpRequest}
          events={events}
          matches={matches}
          names={names}
          values={form.values}
          errors={form.errors}
          chosenNeeds={chosenNeeds}
        />,
        400,
      );
    }
    const d = form.data;
    const changed =
      d.besluit === 'wijzigen' &&
      (d.route !== helpRequest.route ||
        d.behoeften.slice().sort().join() !== helpRequest.needKeys.slice().sort().join());
    await withAccess(
      db,
      actor,
      { category: 'hulpvraag', action: 'update', purpose: 'hulpvraag_behandelen', subjectUserId: null },
      async (gated) => {
        if (changed) {
          await updateTriage(gated, actor.tenantId, id, d.route, d.behoeften);
          // The proposal, the decision and the reason: the material to improve the lexicon with.
          await recordEvent(gated, actor.tenantId, id, actor.userId, 'triage_gewijzigd', {
            voorstel: { route: helpRequest.triage.route, behoeften: helpRequest.triage.behoeften },
            besluit: { route: d.route, behoeften: d.behoeften },
            reden: d.reden,
          });
        } else {
          await recordEvent(gated, actor.tenantId, id, actor.userId, 'triage_akkoord', {
            route: helpRequest.route,
            behoeften: helpRequest.needKeys,
          });
        }
        if (helpRequest.state === 'nieuw') await setRequestState(gated, actor.tenantId, id, 'in_behandeling');
      },
    );
    return reply.redirect(`/team/hulpvragen/${id}`, 303);
  });

  app.post('/team/hulpvragen/:id/koppelen', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    if (!z.uuid().safeParse(id).success || !request.tenant) throw notFound('Deze hulpvraag');
    const body = z
      .object({ suggestie: z.string().min(1).max(100), soort: z.string().min(1).max(30) })
      .parse(request.body);
    await proposeMatch(ctx, actor, request.tenant, id, { id: body.suggestie, soort: body.soort });
    return reply.redirect(`/team/hulpvragen/${id}`, 303);
  });
}

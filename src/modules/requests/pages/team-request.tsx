// One help request for the team: the story, what a volunteer may know, what is left to do (someone to come along
// the first time), triage's proposal with its reasons, the team member's decision (accept or change, with a reason),
// the suggestions to match, the matches (also the activities the asker chose) and the history.
import type { VNode } from 'preact';
import { z } from 'zod';
import { needKeys, needLabel } from '../../../kernel/taxonomy/needs.js';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  FieldError,
  Form,
  type FormErrors,
  type FormValues,
  SelectField,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { listMatches } from '../suggestions.js';
import type { HelpRequestView, listEvents } from '../queries/requests.js';
import { sharedForRequest } from '../sharing.js';
import { busyMatchStates } from '../states.js';
import { SharedList } from './share-fields.js';
import { label, routeLabel, routes, stateLabels } from './team-labels.js';

export const requestTitle = (lang: 'nl' | 'en', reference: string) =>
  `${tr(lang, 'Hulpvraag', 'Help request')} ${reference}`;

/** Accept triage's proposal, or change it with a reason. */
export const triageDecisionSchema = z
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
  vrager_kiest_activiteit: ['vrager kiest zelf een activiteit', 'asker chose an activity'],
  vrager_wil_meeganger: ['vrager wil dat iemand de eerste keer meegaat', 'asker wants company the first time'],
  meeganger_geregeld: ['iemand gaat de eerste keer mee: geregeld', 'company for the first time: arranged'],
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
  // The asker answered "Nee, maar ik maak me zorgen": the person does not know or agree yet, the asker is worried.
  nee: [
    'weet het niet of vindt het niet goed; de vrager maakt zich zorgen',
    'does not know or agree yet; the asker is worried about them',
  ],
  zelf: ['vraagt zelf', 'asks themselves'],
};

/**
 * The asker's wishes that someone comes along the first time, as tasks: open ones with a button to tick them off
 * (who goes is arranged by phone), arranged ones as done. Only for running matches.
 */
function BuddyTasks({
  view,
  requestId,
  matches,
}: {
  view: View;
  requestId: string;
  matches: Awaited<ReturnType<typeof listMatches>>;
}) {
  const { lang } = view;
  const wishes = matches.filter((m) => m.buddyFirstVisit && busyMatchStates.includes(m.state));
  if (wishes.length === 0) return null;
  return (
    <section aria-labelledby="taken-kop">
      <h2 class="utrecht-heading-2" id="taken-kop">
        {tr(lang, 'Te doen', 'To do')}
      </h2>
      <ul class="utrecht-unordered-list">
        {wishes.map((m) => {
          const what = m.activityName ?? tr(lang, 'de activiteit', 'the activity');
          return (
            <li key={m.id}>
              {m.buddyArrangedAt ? (
                tr(
                  lang,
                  `Geregeld: iemand gaat de eerste keer mee naar ${what}.`,
                  `Arranged: someone comes along the first time to ${what}.`,
                )
              ) : (
                <>
                  {tr(
                    lang,
                    `Zoek iemand die de eerste keer meegaat naar ${what}. De vrager vroeg dit zelf.`,
                    `Find someone to come along the first time to ${what}. The asker asked for this.`,
                  )}{' '}
                  <form
                    method="post"
                    action={`/team/hulpvragen/${requestId}/koppelingen/${m.id}/meegaan`}
                    class="nabij-inline-form"
                  >
                    <CsrfField view={view} />
                    <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                      {tr(lang, 'Geregeld', 'Arranged')}
                    </button>
                  </form>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function RequestDetail({
  view,
  request,
  events,
  matches,
  names,
  sections = [],
  errors,
  values,
  chosenNeeds,
}: {
  view: View;
  request: HelpRequestView;
  events: Awaited<ReturnType<typeof listEvents>>;
  matches: Awaited<ReturnType<typeof listMatches>>;
  names: Map<string, string>;
  /** What other modules add under the details (the case, when casework is installed). */
  sections?: ((view: View) => VNode | null)[];
  errors?: FormErrors;
  values?: FormValues;
  chosenNeeds?: string[];
}) {
  const { lang } = view;
  const t = request.triage;
  const current = values ?? { route: request.route };
  // Each signal once, however often the writer used the word.
  const signals = [...new Set(t.signalen)].join(', ') || '—';
  const explanation = lang === 'en' && t.uitlegEn?.length ? t.uitlegEn : t.uitleg;
  const consent = label(lang, consentLabels, request.subjectConsent);
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
            {tr(lang, 'Neem direct contact op. Signalen:', 'Make contact now. Signals:')} {signals}
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
                  ` voor ${request.subjectName ?? ''} (${request.relation ?? ''}; ${consent})`,
                  ` for ${request.subjectName ?? ''} (${request.relation ?? ''}; ${consent})`,
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
      {sections.map((render) => render(view))}
      <BuddyTasks view={view} requestId={request.id} matches={matches} />
      <h2 class="utrecht-heading-2">{tr(lang, 'Wat een vrijwilliger mag weten', 'What a volunteer may know')}</h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Dit heeft de vrager goedgevonden. Vertel een vrijwilliger niet meer dan dit, ook niet aan de telefoon.',
          'This is what the asker agreed to. Do not tell a volunteer more, not on the phone either.',
        )}
      </p>
      <SharedList lang={lang} shared={sharedForRequest(request.shareWithVolunteer, request)} />
      <h2 class="utrecht-heading-2">{tr(lang, 'Voorstel van Nabij', 'Nabij’s proposal')}</h2>
      <p class="utrecht-paragraph">
        <strong>{routeLabel(lang, t.route)}</strong> ·{' '}
        {t.behoeften.map((k) => needLabel(k, lang)).join(', ') ||
          tr(lang, 'geen behoefte herkend', 'no need recognised')}
      </p>
      <ul class="utrecht-unordered-list">
        {explanation.map((line) => (
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
        <fieldset
          class={`utrecht-form-fieldset${errors?.behoeften ? ' utrecht-form-field--invalid' : ''}`}
          id="veld-behoeften"
          tabIndex={-1}
        >
          <legend class="utrecht-form-fieldset__legend">{tr(lang, 'Behoeften', 'Needs')}</legend>
          <FieldError view={view} name="behoeften" errors={errors} />
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
        <FieldError view={view} name="besluit" errors={errors} />
        <div class="nabij-yes-no" id="veld-besluit" tabIndex={-1}>
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
              {(lang === 'en' && s.redenenEn?.length ? s.redenenEn : s.redenen).map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            {request.route === 'spoed' ||
            request.state === 'afgesloten' ||
            matches.some(
              (m) =>
                busyMatchStates.includes(m.state) && (m.volunteerExternalId === s.id || m.activityExternalId === s.id),
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
                {m.activityId && m.proposedByUserId === null
                  ? tr(lang, ' · de vrager koos dit zelf', ' · the asker chose this')
                  : ''}
                {m.buddyFirstVisit ? tr(lang, ' · iemand gaat de eerste keer mee', ' · company the first time') : ''}
                {m.outcome ? ` · ${label(lang, outcomeWords, m.outcome)}` : ''}
                {m.rating ? ` · ${tr(lang, 'cijfer', 'score')} ${m.rating}` : ''}
                {busyMatchStates.includes(m.state) ? (
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

// One signal for the team: what was seen, where, the reporter and how to reach them (team only), the deadlines, the
// steps with who and why, and the actions, each a small form: owner, the next step, the visit, passing it on as a
// help request with the person's consent, and telling the person.
import type { ComponentChildren } from 'preact';
import {
  CheckboxField,
  ErrorSummary,
  FieldError,
  Form,
  type FormErrors,
  type FormValues,
  RadioField,
  SelectField,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { TeamSignal } from '../queries/team.js';
import { closingOutcomes, visitResults } from '../schema.js';
import type { SignalStatus } from '../states.js';
import { deadlineInWords, momentInWords } from './team-deadline.js';
import {
  forwardInWords,
  kindInWords,
  outcomeInWords,
  statusInWords,
  topicInWords,
  urgencyInWords,
  visitInWords,
} from './team-words.js';

export type SignalEventRow = {
  id: string | number;
  at: Date;
  kind: string;
  actorKind: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string;
  detail: Record<string, unknown>;
  actorName: string | null;
};

/** The form that failed, with what was typed and the messages. */
export type Failed = { form: 'eigenaar' | 'stap' | 'bezoek' | 'hulpvraag'; values: FormValues; errors: FormErrors };

export type SignalPageProps = {
  view: View;
  signal: TeamSignal;
  events: readonly SignalEventRow[];
  colleagues: readonly { id: string; name: string }[];
  /** The steps the table allows from here that the step form offers (the visit and the help request have their own). */
  steps: readonly SignalStatus[];
  canVisit: boolean;
  canForward: boolean;
  canTell: boolean;
  /** The person does not want help: only closing, with that outcome. */
  refused: boolean;
  failed?: Failed | undefined;
  /** Why a posted action changed nothing (the signal moved on meanwhile), said on top. */
  notice?: string | undefined;
  now: Date;
};

export const fieldLabels = (lang: Lang): Record<string, string> => ({
  eigenaar: tr(lang, 'Geef aan een collega', 'Give to a colleague'),
  naar: tr(lang, 'Volgende stap', 'Next step'),
  reden: tr(lang, 'Waarom', 'Why'),
  uitkomst: tr(lang, 'Hoe loopt het af?', 'How does it end?'),
  resultaat: tr(lang, 'Wat leverde het bezoek op?', 'What did the visit give?'),
  notitie: tr(lang, 'Notitie over het bezoek', 'Note about the visit'),
  naam: tr(lang, 'Naam van de persoon', 'Name of the person'),
  telefoon: tr(lang, 'Telefoonnummer', 'Phone number'),
  email: tr(lang, 'E-mailadres', 'Email address'),
  postcode: tr(lang, 'Postcode', 'Postcode'),
  hulp_bij: tr(lang, 'Waarbij wil de persoon hulp? In zijn of haar woorden.', 'What does the person want help with?'),
  toestemming: tr(lang, 'Toestemming', 'Consent'),
  toestemming_hoe: tr(lang, 'Hoe gaf de persoon toestemming?', 'How did the person give consent?'),
});

function Item({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="utrecht-data-list__item">
      <dt class="utrecht-data-list__item-key">{label}</dt>
      <dd class="utrecht-data-list__item-value">{children}</dd>
    </div>
  );
}

function eventInWords(lang: Lang, e: SignalEventRow): string {
  const detail = e.detail ?? {};
  switch (e.kind) {
    case 'gemeld':
      return tr(lang, 'Signaal ontvangen', 'Signal received');
    case 'eigenaar':
      return tr(lang, 'Eigenaar gewijzigd', 'Owner changed');
    case 'status': {
      const parts = [`${statusInWords(lang, e.fromStatus ?? '')} → ${statusInWords(lang, e.toStatus ?? '')}`];
      if (typeof detail.bezoek === 'string') parts.push(visitInWords(lang, detail.bezoek));
      if (typeof detail.doorgezet_naar === 'string') parts.push(forwardInWords(lang, detail.doorgezet_naar));
      if (typeof detail.uitkomst === 'string') parts.push(outcomeInWords(lang, detail.uitkomst));
      return parts.join(', ');
    }
    case 'statusmail':
      return detail.verstuurd
        ? tr(lang, 'Melder kreeg een statusmail', 'Reporter got a status mail')
        : tr(lang, 'Statusmail aan de melder mislukt', 'Status mail to the reporter failed');
    case 'spoedmelding_mislukt':
      return tr(lang, 'Spoedmail aan het team mislukt', 'Urgent mail to the team failed');
    case 'terugkoppeling':
      return tr(lang, 'Antwoord van de melder', 'Answer of the reporter');
    default:
      return tr(lang, 'Notitie', 'Note');
  }
}

const who = (lang: Lang, e: SignalEventRow) =>
  e.actorName ?? (e.actorKind === 'melder' ? tr(lang, 'de melder', 'the reporter') : tr(lang, 'Nabij', 'Nabij'));

export function SignalPage(p: SignalPageProps) {
  const { view, signal: s, now, failed } = p;
  const { lang } = view;
  const base = `/team/signalen/${s.id}`;
  const valuesOf = (form: Failed['form']) => (failed?.form === form ? failed.values : {});
  const errorsOf = (form: Failed['form']) => (failed?.form === form ? failed.errors : {});
  const labels = fieldLabels(lang);
  const open = s.status !== 'afgesloten';
  const me = view.user?.userId;
  return (
    <>
      <ErrorSummary view={view} errors={failed?.errors ?? {}} labels={labels} />
      {p.notice ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <div class="utrecht-alert__content">
            <p class="utrecht-paragraph">{p.notice}</p>
          </div>
        </div>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/team/signalen">
          {tr(lang, 'Terug naar de signalen', 'Back to the signals')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{tr(lang, `Signaal ${s.reference}`, `Signal ${s.reference}`)}</h1>
      <p class="utrecht-paragraph">
        {kindInWords(lang, s.kind)}: {topicInWords(lang, s.topic)}. {tr(lang, 'Stand', 'State')}:{' '}
        <strong>{statusInWords(lang, s.status)}</strong>.
      </p>
      {s.danger_reasons.length > 0 ? (
        <div class="utrecht-alert utrecht-alert--warning" role="note">
          <div class="utrecht-alert__content">
            <p class="utrecht-paragraph">
              <strong>{tr(lang, 'Spoed. Waarom:', 'Urgent. Why:')}</strong> {s.danger_reasons.join(' ')}
            </p>
          </div>
        </div>
      ) : null}
      <h2 class="utrecht-heading-2">{tr(lang, 'Wat is er gezien', 'What was seen')}</h2>
      <dl class="utrecht-data-list">
        <Item label={tr(lang, 'Wat', 'What')}>{s.what_seen}</Item>
        {s.since_when ? <Item label={tr(lang, 'Sinds wanneer', 'Since when')}>{s.since_when}</Item> : null}
        {s.what_would_help ? (
          <Item label={tr(lang, 'Wat zou helpen', 'What would help')}>{s.what_would_help}</Item>
        ) : null}
        <Item label={tr(lang, 'Waar', 'Where')}>
          {[s.street, s.postcode, s.areaName].filter(Boolean).join(', ') || tr(lang, 'onbekend', 'unknown')}
        </Item>
        {s.person_hint ? <Item label={tr(lang, 'Herkenning', 'How to recognise')}>{s.person_hint}</Item> : null}
        {s.kind === 'persoon' ? (
          <Item label={tr(lang, 'Weet de persoon van het signaal?', 'Does the person know?')}>
            {s.person_knows === 'ja'
              ? tr(lang, 'ja', 'yes')
              : s.person_knows === 'nee'
                ? tr(lang, 'nee', 'no')
                : tr(lang, 'weet de melder niet', 'the reporter does not know')}
          </Item>
        ) : null}
        <Item label={tr(lang, 'Urgentie', 'Urgency')}>{urgencyInWords(lang, s.urgency)}</Item>
        <Item label={tr(lang, 'Gemeld op', 'Reported on')}>{momentInWords(s.created_at)}</Item>
        <Item label={tr(lang, 'Termijn', 'Deadline')}>
          {momentInWords(s.due_at)}
          {open ? ` (${deadlineInWords(lang, s.due_at, s.second_due_at, now)})` : ''}
        </Item>
        <Item label={tr(lang, 'Tweede termijn', 'Second deadline')}>{momentInWords(s.second_due_at)}</Item>
        <Item label={tr(lang, 'Eigenaar', 'Owner')}>{s.ownerName ?? tr(lang, 'nog niemand', 'nobody yet')}</Item>
        {s.visit_result ? (
          <Item label={tr(lang, 'Bezoek', 'Visit')}>
            {visitInWords(lang, s.visit_result)}
            {s.visit_note ? `: ${s.visit_note}` : ''}
          </Item>
        ) : null}
        {s.forwarded_to ? (
          <Item label={tr(lang, 'Doorgezet naar', 'Passed on to')}>
            {forwardInWords(lang, s.forwarded_to)}
            {s.help_request_id ? (
              <>
                {' '}
                <a class="utrecht-link" href={`/team/hulpvragen/${s.help_request_id}`}>
                  {tr(lang, 'naar de hulpvraag', 'to the help request')}
                </a>
              </>
            ) : null}
          </Item>
        ) : null}
        {s.closing_outcome ? (
          <Item label={tr(lang, 'Afgesloten', 'Closed')}>{outcomeInWords(lang, s.closing_outcome)}</Item>
        ) : null}
        {s.subject_told_at ? (
          <Item label={tr(lang, 'Persoon verteld op', 'Person told on')}>{momentInWords(s.subject_told_at)}</Item>
        ) : null}
      </dl>
      <h2 class="utrecht-heading-2">{tr(lang, 'Wie meldde het', 'Who reported it')}</h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Alleen voor het wijkteam. Vertel nooit aan de persoon wie het signaal gaf.',
          'For the team only. Never tell the person who gave the signal.',
        )}
      </p>
      <dl class="utrecht-data-list">
        <Item label={tr(lang, 'Naam', 'Name')}>{s.reporter_name || tr(lang, 'niet gegeven', 'not given')}</Item>
        <Item label={tr(lang, 'Als', 'As')}>
          {s.reporter_role}
          {s.reporter_organisation ? `, ${s.reporter_organisation}` : ''}
        </Item>
        <Item label={tr(lang, 'Telefoon', 'Phone')}>{s.reporter_phone || tr(lang, 'niet gegeven', 'not given')}</Item>
        <Item label={tr(lang, 'E-mail', 'Email')}>{s.reporter_email ?? tr(lang, 'niet gegeven', 'not given')}</Item>
      </dl>

      {open ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Eigenaar', 'Owner')}</h2>
          {s.owner_user_id !== me ? (
            <Form view={view} action={`${base}/eigenaar`} label={tr(lang, 'Ik pak dit op', 'I take this up')}>
              <input type="hidden" name="eigenaar" value="mij" />
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                {tr(lang, 'Ik pak dit op', 'I take this up')}
              </button>
            </Form>
          ) : null}
          {p.colleagues.length > 0 ? (
            <Form view={view} action={`${base}/eigenaar`} label={labels.eigenaar}>
              <SelectField
                view={view}
                name="eigenaar"
                label={labels.eigenaar!}
                options={[
                  ['', tr(lang, 'Kies een collega', 'Choose a colleague')],
                  ...p.colleagues.map((c) => [c.id, c.name] as const),
                ]}
                values={valuesOf('eigenaar')}
                errors={errorsOf('eigenaar')}
              />
              <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                {tr(lang, 'Geef het signaal', 'Give the signal')}
              </button>
            </Form>
          ) : null}
        </>
      ) : null}

      {p.canVisit ? (
        <section aria-labelledby="bezoek-titel">
          <h2 class="utrecht-heading-2" id="bezoek-titel">
            {tr(lang, 'Erop af: het bezoek', 'The visit')}
          </h2>
          <Form view={view} action={`${base}/bezoek`} label={tr(lang, 'Het bezoek', 'The visit')}>
            <RadioField
              view={view}
              name="resultaat"
              legend={labels.resultaat!}
              options={visitResults.map((v) => [v, visitInWords(lang, v)] as const)}
              values={valuesOf('bezoek')}
              errors={errorsOf('bezoek')}
            />
            <TextField
              view={view}
              name="notitie"
              label={labels.notitie!}
              hint={tr(
                lang,
                'Kort en feitelijk. De melder leest dit niet.',
                'Short and factual. The reporter does not read this.',
              )}
              multiline
              values={valuesOf('bezoek')}
              errors={errorsOf('bezoek')}
            />
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {tr(lang, 'Bezoek vastleggen', 'Record the visit')}
            </button>
          </Form>
        </section>
      ) : null}

      {p.refused ? (
        <p class="utrecht-paragraph">
          <strong>
            {tr(
              lang,
              'De persoon wil geen hulp. Dat respecteren we: je kunt het signaal alleen afsluiten.',
              'The person does not want help. We respect that: you can only close the signal.',
            )}
          </strong>
        </p>
      ) : null}

      {p.canForward ? (
        <section aria-labelledby="hulpvraag-titel">
          <h2 class="utrecht-heading-2" id="hulpvraag-titel">
            {tr(lang, 'Maak er een hulpvraag van', 'Turn it into a help request')}
          </h2>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Alleen als de persoon hulp wil en toestemming geeft. Vul in wat de persoon zelf zegt.',
              'Only when the person wants help and gives consent. Write what the person says.',
            )}
          </p>
          <Form view={view} action={`${base}/hulpvraag`} label={tr(lang, 'Hulpvraag maken', 'Make a help request')}>
            <TextField
              view={view}
              name="naam"
              label={labels.naam!}
              values={valuesOf('hulpvraag')}
              errors={errorsOf('hulpvraag')}
            />
            <TextField
              view={view}
              name="telefoon"
              type="tel"
              label={labels.telefoon!}
              values={valuesOf('hulpvraag')}
              errors={errorsOf('hulpvraag')}
            />
            <TextField
              view={view}
              name="email"
              type="email"
              label={labels.email!}
              hint={tr(
                lang,
                'Een telefoonnummer of e-mailadres is genoeg.',
                'A phone number or email address is enough.',
              )}
              values={valuesOf('hulpvraag')}
              errors={errorsOf('hulpvraag')}
            />
            <TextField
              view={view}
              name="postcode"
              label={labels.postcode!}
              values={valuesOf('hulpvraag')}
              errors={errorsOf('hulpvraag')}
            />
            <TextField
              view={view}
              name="hulp_bij"
              label={labels.hulp_bij!}
              multiline
              values={valuesOf('hulpvraag')}
              errors={errorsOf('hulpvraag')}
            />
            <div>
              <FieldError view={view} name="toestemming" errors={errorsOf('hulpvraag')} />
              <CheckboxField
                name="toestemming"
                label={tr(
                  lang,
                  'De persoon gaf toestemming om dit vast te leggen',
                  'The person gave consent to record this',
                )}
                values={valuesOf('hulpvraag')}
              />
            </div>
            <RadioField
              view={view}
              name="toestemming_hoe"
              legend={labels.toestemming_hoe!}
              options={[
                ['mondeling', tr(lang, 'mondeling', 'spoken')],
                ['schriftelijk', tr(lang, 'schriftelijk', 'in writing')],
              ]}
              values={valuesOf('hulpvraag')}
              errors={errorsOf('hulpvraag')}
            />
            <CheckboxField
              name="casus"
              label={tr(lang, 'Open ook een casus (ik word eigenaar)', 'Also open a case (I become its owner)')}
              values={valuesOf('hulpvraag')}
            />
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {tr(lang, 'Hulpvraag maken en signaal doorzetten', 'Make the help request and pass the signal on')}
            </button>
          </Form>
        </section>
      ) : null}

      {p.steps.length > 0 ? (
        <section aria-labelledby="stap-titel">
          <h2 class="utrecht-heading-2" id="stap-titel">
            {tr(lang, 'Volgende stap', 'Next step')}
          </h2>
          <Form view={view} action={`${base}/stap`} label={labels.naar}>
            <RadioField
              view={view}
              name="naar"
              legend={labels.naar!}
              options={p.steps.map((st) => [st, statusInWords(lang, st)] as const)}
              values={valuesOf('stap')}
              errors={errorsOf('stap')}
            />
            {p.refused ? (
              <input type="hidden" name="uitkomst" value="wil_geen_hulp" />
            ) : p.steps.includes('afgesloten') ? (
              <RadioField
                view={view}
                name="uitkomst"
                legend={labels.uitkomst!}
                hint={tr(lang, 'Alleen bij afsluiten.', 'Only when closing.')}
                options={closingOutcomes.map((o) => [o, outcomeInWords(lang, o)] as const)}
                values={valuesOf('stap')}
                errors={errorsOf('stap')}
              />
            ) : null}
            <TextField
              view={view}
              name="reden"
              label={labels.reden!}
              values={valuesOf('stap')}
              errors={errorsOf('stap')}
            />
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {tr(lang, 'Stap zetten', 'Take the step')}
            </button>
          </Form>
        </section>
      ) : null}

      {p.canTell ? (
        <section aria-labelledby="vertellen-titel">
          <h2 class="utrecht-heading-2" id="vertellen-titel">
            {tr(lang, 'Vertel het de persoon', 'Tell the person')}
          </h2>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'De persoon mag weten dat er een signaal is gegeven (niet door wie), en ziet via een link wie ' +
                'ernaar keek. ' +
                'Je krijgt een briefje om te printen of mee te geven. Een nieuw briefje maakt de oude link ongeldig.',
              'The person may know a signal was given (not by whom) and sees by a link who looked at it. You get a ' +
                'note to print or hand over. A new note makes the old link invalid.',
            )}
          </p>
          <Form view={view} action={`${base}/vertellen`} label={tr(lang, 'Vertel het de persoon', 'Tell the person')}>
            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
              {tr(lang, 'Maak het briefje voor de persoon', 'Make the note for the person')}
            </button>
          </Form>
        </section>
      ) : null}

      <h2 class="utrecht-heading-2">{tr(lang, 'Stappen', 'Steps')}</h2>
      <ol class="utrecht-ordered-list">
        {p.events.map((e) => (
          <li key={String(e.id)}>
            {momentInWords(e.at)}, {who(lang, e)}: {eventInWords(lang, e)}
            {e.reason ? ` — ${e.reason}` : ''}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The note for the person, to print: that a signal was made, not by whom, and the link to what is recorded. */
export function PersonNote({ view, link, back }: { view: View; link: string; back: string }) {
  const { lang } = view;
  return (
    <>
      <p class="utrecht-paragraph nabij-no-print">
        {tr(
          lang,
          'Print dit briefje of geef het mee. De link staat nergens anders: na het sluiten van deze pagina is hij weg.',
          'Print this note or hand it over. The link is kept nowhere else: after closing this page it is gone.',
        )}
      </p>
      <article class="nabij-print-document">
        <h1 class="utrecht-heading-1">
          {tr(lang, 'Er is een signaal over u gegeven', 'A signal was given about you')}
        </h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Er is een signaal over u gegeven. Wie het gaf, vertellen we niet. Op de link hieronder ziet u wat er ' +
              'over u is vastgelegd en wie ernaar keek.',
            'A signal was given about you. We do not tell who gave it. At the link below you see what was recorded ' +
              'about you and who looked at it.',
          )}
        </p>
        <p class="utrecht-paragraph nabij-link-breekbaar">
          <strong>{link}</strong>
        </p>
      </article>
      <p class="utrecht-paragraph nabij-no-print">
        <a class="utrecht-link" href={back}>
          {tr(lang, 'Terug naar het signaal', 'Back to the signal')}
        </a>
      </p>
    </>
  );
}

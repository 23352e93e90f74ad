// What the reporter reads after signalling: thanks (or, on danger, who to call now), the status page with the
// standard text of each step and the feedback question at the end, and "Mijn signalen". Never the team's reasons,
// notes or anything about the person: the signal is about someone else.
import type { ComponentChildren } from 'preact';
import { EmergencyNumbers } from '../../../kernel/ui/emergency.js';
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  RadioField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import { TeamContact } from '../../../kernel/ui/team-contact.js';
import type { View } from '../../../kernel/ui/view.js';
import type { ReporterView } from '../queries/report.js';
import type { SignalKind, SignalTopic } from '../schema.js';
import type { SignalStatus } from '../states.js';
import { dateInWords, inWords, kindWords, topicInWords } from './report-words.js';

export const thanksTitle = (lang: 'nl' | 'en') => tr(lang, 'Dank je wel voor je signaal', 'Thank you for your signal');
export const emergencyTitle = (lang: 'nl' | 'en') => tr(lang, 'Bel nu als er gevaar is', 'Call now if there is danger');
export const statusTitle = (lang: 'nl' | 'en') => tr(lang, 'Je signaal', 'Your signal');
export const mineTitle = (lang: 'nl' | 'en') => tr(lang, 'Mijn signalen', 'My signals');

type Submitted = { reference: string; statusPath: string; signedIn: boolean };

/** The status link, with the note to keep it; signed in, the signal is under Mijn signalen too. */
function StatusLink({ view, submitted }: { view: View; submitted: Submitted }) {
  const { lang } = view;
  return (
    <>
      <h2 class="utrecht-heading-2">{tr(lang, 'Volg je signaal', 'Follow your signal')}</h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Via deze link zie je hoe het met je signaal staat. Bewaar de link goed: zonder de link kunnen we ' +
            'je signaal niet aan jou laten zien.',
          'This link shows how your signal is doing. Keep the link: without it we cannot show your signal to you.',
        )}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={submitted.statusPath}>
          {tr(lang, 'Bekijk hoe het met je signaal staat', 'See how your signal is doing')}
        </a>
      </p>
      {submitted.signedIn ? (
        <p class="utrecht-paragraph">
          {tr(lang, 'Je vindt het signaal ook bij', 'You also find the signal under')}{' '}
          <a class="utrecht-link" href="/mijn/signalen">
            {mineTitle(lang)}
          </a>
          .
        </p>
      ) : null}
    </>
  );
}

export function ThanksPage({ view, submitted }: { view: View; submitted: Submitted }) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{thanksTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Het wijkteam heeft je signaal ontvangen. Het nummer is',
          'The team received your signal. Its number is',
        )}{' '}
        <strong>{submitted.reference}</strong>.
      </p>
      <h2 class="utrecht-heading-2">{tr(lang, 'Wat gebeurt er nu?', 'What happens now?')}</h2>
      <ul class="utrecht-unordered-list">
        <li>
          {tr(
            lang,
            'Iemand van het wijkteam kijkt binnen de afgesproken tijd naar je signaal.',
            'Someone of the team looks at your signal within the agreed time.',
          )}
        </li>
        <li>
          {tr(
            lang,
            'Je hoort dat het is opgepakt. Over de persoon zelf vertellen we niets: dat is privé.',
            'You hear that it was picked up. We tell you nothing about the person: that is private.',
          )}
        </li>
        <li>
          {tr(
            lang,
            'Heeft het wijkteam een vraag, en heb je je telefoonnummer of e-mailadres gegeven? ' +
              'Dan nemen we contact op.',
            'If the team has a question and you gave your phone number or email address, we get in touch.',
          )}
        </li>
      </ul>
      <StatusLink view={view} submitted={submitted} />
    </>
  );
}

/** Shown instead of thanks when the signal holds danger: the numbers to call now; the team has been alerted. */
export function SignalEmergencyPage({
  view,
  submitted,
  reporterSaid,
}: {
  view: View;
  submitted: Submitted;
  reporterSaid: boolean;
}) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{emergencyTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {reporterSaid
          ? tr(lang, 'Je zei dat er nu gevaar is.', 'You said there is danger right now.')
          : tr(
              lang,
              'In wat je schreef lezen we dat er misschien gevaar is, of dat het heel zwaar is.',
              'From what you wrote, we understand there may be danger, or that it is very hard.',
            )}{' '}
        {tr(
          lang,
          'Je hoeft niet op het wijkteam te wachten. Deze nummers kun je nu bellen, ook als het om iemand anders gaat.',
          'You do not have to wait for the team. You can call these numbers now, also when it is about someone else.',
        )}
      </p>
      <EmergencyNumbers lang={lang} />
      <TeamContact lang={lang} tenant={view.tenant} />
      <h2 class="utrecht-heading-2">{tr(lang, 'Je signaal is binnen', 'Your signal has arrived')}</h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Je signaal is met spoed naar het wijkteam gegaan. Het nummer is',
          'Your signal went to the team as urgent. Its number is',
        )}{' '}
        <strong>{submitted.reference}</strong>.
      </p>
      <StatusLink view={view} submitted={submitted} />
    </>
  );
}

/** A step as the reporter reads it: the date and the standard text, nothing else. */
export type ShownStep = { at: Date; text: string };

export const feedbackLabels = (lang: 'nl' | 'en') => ({
  antwoord: tr(
    lang,
    'Had je het gevoel dat er iets met je signaal gedaan is?',
    'Did you feel something was done with your signal?',
  ),
  toelichting: tr(lang, 'Wil je er iets over kwijt? (mag leeg blijven)', 'Anything you want to add? (optional)'),
});

function Feedback({
  view,
  signal,
  action,
  values,
  errors,
}: {
  view: View;
  signal: ReporterView;
  action: string;
  values: FormValues;
  errors: FormErrors | undefined;
}) {
  const { lang } = view;
  const labels = feedbackLabels(lang);
  const answer = signal.feedback === 'ja' ? tr(lang, 'Ja', 'Yes') : tr(lang, 'Nee', 'No');
  if (signal.feedback)
    return (
      <section aria-labelledby="terugkoppeling">
        <h2 class="utrecht-heading-2" id="terugkoppeling">
          {tr(lang, 'Je antwoord', 'Your answer')}
        </h2>
        <p class="utrecht-paragraph">
          {labels.antwoord} <strong>{answer}</strong>.{' '}
          {tr(lang, 'Dank je wel voor je antwoord.', 'Thank you for your answer.')}
        </p>
      </section>
    );
  if (signal.status === 'afgesloten' || signal.status === 'doorgezet')
    return (
      <section aria-labelledby="terugkoppeling">
        <h2 class="utrecht-heading-2" id="terugkoppeling">
          {tr(lang, 'Wat vind je ervan?', 'What do you think?')}
        </h2>
        <Form view={view} action={action} label={tr(lang, 'Je antwoord', 'Your answer')}>
          <RadioField
            view={view}
            name="antwoord"
            legend={labels.antwoord}
            hint={tr(
              lang,
              'Zeg je nee? Dan kijkt het wijkteam er opnieuw naar.',
              'If you say no, the team looks at it again.',
            )}
            values={values}
            errors={errors}
            options={[
              ['ja', tr(lang, 'Ja', 'Yes')],
              ['nee', tr(lang, 'Nee', 'No')],
            ]}
          />
          <TextField
            view={view}
            name="toelichting"
            label={labels.toelichting}
            multiline
            values={values}
            errors={errors}
          />
          <SubmitButton>{tr(lang, 'Antwoord versturen', 'Send answer')}</SubmitButton>
        </Form>
      </section>
    );
  if (signal.lastAnswer?.answer === 'nee')
    return (
      <p class="utrecht-paragraph" id="terugkoppeling">
        {tr(
          lang,
          'Je gaf aan dat je niet het gevoel had dat er iets met je signaal gedaan is. Het wijkteam kijkt er ' +
            'opnieuw naar.',
          'You said you did not feel something was done with your signal. The team is looking at it again.',
        )}
      </p>
    );
  return null;
}

const stateWords: Record<SignalStatus, [string, string]> = {
  gemeld: ['Ontvangen', 'Received'],
  in_behandeling: ['Opgepakt', 'Picked up'],
  erop_af_geweest: ['Langs geweest', 'Visited'],
  doorgezet: ['Doorgezet', 'Passed on'],
  afgesloten: ['Afgerond', 'Finished'],
};
export const statusInWords = (lang: 'nl' | 'en', status: SignalStatus) => inWords(lang, stateWords[status]);

function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div class="utrecht-data-list__item">
      <dt class="utrecht-data-list__item-key">{term}</dt>
      <dd class="utrecht-data-list__item-value">{children}</dd>
    </div>
  );
}

export function SignalStatusPage({
  view,
  signal,
  currentText,
  steps,
  action,
  back,
  values,
  errors,
  notice,
}: {
  view: View;
  signal: ReporterView;
  currentText: string;
  steps: readonly ShownStep[];
  /** Where the feedback form posts. */
  action: string;
  back?: { href: string; text: string } | undefined;
  values?: FormValues | undefined;
  errors?: FormErrors | undefined;
  notice?: string | undefined;
}) {
  const { lang } = view;
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={feedbackLabels(lang)} />
      {back ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={back.href}>
            {back.text}
          </a>
        </p>
      ) : null}
      <h1 class="utrecht-heading-1">
        {statusTitle(lang)} {signal.reference}
      </h1>
      {notice ? (
        <p class="utrecht-paragraph" role="status">
          <strong>{notice}</strong>
        </p>
      ) : null}
      <dl class="utrecht-data-list">
        <Fact term={tr(lang, 'Soort signaal', 'Kind of signal')}>
          {inWords(lang, kindWords[signal.kind as SignalKind])}
        </Fact>
        <Fact term={tr(lang, 'Waarover', 'About')}>
          {topicInWords(lang, signal.kind as SignalKind, signal.topic as SignalTopic)}
        </Fact>
        <Fact term={tr(lang, 'Gegeven op', 'Given on')}>{dateInWords(lang, signal.createdAt)}</Fact>
        <Fact term={tr(lang, 'Hoe het nu staat', 'Where it stands')}>
          <strong>{statusInWords(lang, signal.status)}</strong>
        </Fact>
      </dl>
      <p class="utrecht-paragraph nabij-status-text">{currentText}</p>
      <p class="utrecht-paragraph nabij-muted">
        {tr(
          lang,
          'Over de persoon zelf vertellen we niets: het signaal gaat over iemand anders.',
          'We tell you nothing about the person: the signal is about someone else.',
        )}
      </p>
      <Feedback view={view} signal={signal} action={action} values={values ?? {}} errors={errors} />
      <h2 class="utrecht-heading-2">{tr(lang, 'Wat er gebeurde', 'What happened')}</h2>
      <ol class="utrecht-ordered-list nabij-timeline">
        {steps.map((step, i) => (
          <li key={i}>
            <strong>{dateInWords(lang, step.at)}</strong>: {step.text}
          </li>
        ))}
      </ol>
      <TeamContact lang={lang} tenant={view.tenant} />
    </>
  );
}

export type OwnSignal = {
  id: string;
  reference: string;
  kind: SignalKind;
  topic: string;
  status: SignalStatus;
  createdAt: Date;
};

export function MySignalsPage({ view, signals }: { view: View; signals: readonly OwnSignal[] }) {
  const { lang } = view;
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn">
          {tr(lang, 'Terug naar mijn pagina', 'Back to my page')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{mineTitle(lang)}</h1>
      {signals.length === 0 ? (
        <p class="utrecht-paragraph">
          {tr(lang, 'Je hebt nog geen signalen gegeven.', 'You have not given any signals yet.')}
        </p>
      ) : (
        <ul class="utrecht-unordered-list">
          {signals.map((s) => (
            <li key={s.id}>
              <a class="utrecht-link" href={`/mijn/signalen/${s.id}`}>
                {s.reference}
              </a>{' '}
              · {topicInWords(lang, s.kind, s.topic as SignalTopic)} · {dateInWords(lang, s.createdAt)} ·{' '}
              <strong>{statusInWords(lang, s.status)}</strong>
            </li>
          ))}
        </ul>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/signaal">
          {tr(lang, 'Geef een signaal', 'Give a signal')}
        </a>
      </p>
    </>
  );
}

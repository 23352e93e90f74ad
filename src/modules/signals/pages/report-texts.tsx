// The team's standard texts: what the reporter reads at each step, on the status page and in the status mail. One
// box per step, the default shown when the team has none, and the way back to the default.
import { z } from 'zod';
import { ErrorSummary, Form, type FormErrors, SubmitButton, TextField } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { type TextStep, textSteps } from '../texts.js';

export const textsTitle = (lang: 'nl' | 'en') =>
  tr(lang, 'Standaardteksten voor de melder', 'Standard texts for the reporter');

export const stepWords: Record<TextStep, [string, string]> = {
  gemeld: ['Ontvangen', 'Received'],
  in_behandeling: ['Opgepakt', 'Picked up'],
  'erop_af_geweest:contact_gemaakt': ['Langs geweest: contact gehad', 'Visited: made contact'],
  'erop_af_geweest:geen_contact': ['Langs geweest: niemand gesproken', 'Visited: nobody there'],
  'erop_af_geweest:wil_geen_hulp': ['Langs geweest: wil geen hulp', 'Visited: does not want help'],
  doorgezet: ['Doorgezet', 'Passed on'],
  afgesloten: ['Afgerond', 'Finished'],
};

/** The box of a step is named after the step: "tekst_erop_af_geweest-geen_contact". */
export const fieldOf = (step: TextStep) => `tekst_${step.replace(':', '-')}`;

export const textsSchema = z.object(
  Object.fromEntries(textSteps.map((s) => [fieldOf(s), z.string().trim().max(1000, 'tekst_te_lang').default('')])),
);

export function TextsPage({
  view,
  texts,
  values,
  errors,
  saved,
}: {
  view: View;
  texts: readonly { step: TextStep; text: string; own: boolean }[];
  values?: Record<string, string> | undefined;
  errors?: FormErrors | undefined;
  saved?: boolean | undefined;
}) {
  const { lang } = view;
  const labels = Object.fromEntries(texts.map((t) => [fieldOf(t.step), tr(lang, ...stepWords[t.step])]));
  const shown = values ?? Object.fromEntries(texts.map((t) => [fieldOf(t.step), t.text]));
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{textsTitle(lang)}</h1>
      {saved ? (
        <p class="utrecht-paragraph" role="status">
          <strong>{tr(lang, 'De teksten zijn opgeslagen.', 'The texts have been saved.')}</strong>
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'De melder leest deze tekst op de statuspagina en in de mail als het signaal een stap verder is. ' +
            'Schrijf nooit iets over de persoon: het signaal gaat over iemand anders.',
          'The reporter reads this text on the status page and in the mail when the signal moves a step. ' +
            'Never write anything about the person: the signal is about someone else.',
        )}
      </p>
      <Form view={view} action="/team/signalen/teksten" label={textsTitle(lang)}>
        {texts.map((t) => (
          <TextField
            key={t.step}
            view={view}
            name={fieldOf(t.step)}
            label={labels[fieldOf(t.step)]!}
            hint={
              t.own
                ? tr(lang, 'Eigen tekst van het team.', 'The team’s own text.')
                : tr(lang, 'Standaardtekst.', 'Default text.')
            }
            multiline
            values={shown}
            errors={errors}
          />
        ))}
        <SubmitButton>{tr(lang, 'Teksten opslaan', 'Save texts')}</SubmitButton>
      </Form>
      {texts.some((t) => t.own) ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Terug naar de standaardtekst', 'Back to the default text')}</h2>
          <ul class="utrecht-unordered-list">
            {texts
              .filter((t) => t.own)
              .map((t) => (
                <li key={t.step}>
                  <Form view={view} action={`/team/signalen/teksten/${encodeURIComponent(t.step)}/standaard`}>
                    <SubmitButton secondary>
                      {tr(lang, 'Terug naar de standaardtekst:', 'Back to the default text:')}{' '}
                      {tr(lang, ...stepWords[t.step])}
                    </SubmitButton>
                  </Form>
                </li>
              ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

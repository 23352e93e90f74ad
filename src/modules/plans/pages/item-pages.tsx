// The pages to change one goal or one agreement, and to plan a network meeting: each its own page, so a refused
// form comes back on its own with its message beside the field.
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Instrument } from '../../casework/index.js';
import { MAX_INVITEES } from './forms.js';
import { AgreementFields, fieldLabels, GoalFields } from './plan-page.js';

function Top({
  view,
  base,
  title,
  errors,
  labels,
}: {
  view: View;
  base: string;
  title: string;
  errors: FormErrors;
  labels: Record<string, string>;
}) {
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={base}>
          {tr(view.lang, 'Terug naar het plan', 'Back to the plan')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
    </>
  );
}

export const goalTitle = (lang: Lang) => tr(lang, 'Doel aanpassen', 'Change goal');

export function GoalPage(props: {
  view: View;
  base: string;
  goalId: string;
  instrument: Instrument;
  wishes: string[];
  values: FormValues;
  errors?: FormErrors;
}) {
  const { view, base, goalId, values, errors = {} } = props;
  return (
    <>
      <Top view={view} base={base} title={goalTitle(view.lang)} errors={errors} labels={fieldLabels(view.lang)} />
      <Form view={view} action={`${base}/doelen`}>
        <input type="hidden" name="doel_id" value={goalId} />
        <GoalFields view={view} data={props} values={values} errors={errors} />
        <SubmitButton>{tr(view.lang, 'Wijziging opslaan', 'Save change')}</SubmitButton>
      </Form>
    </>
  );
}

export const agreementTitle = (lang: Lang) => tr(lang, 'Afspraak aanpassen', 'Change agreement');

export function AgreementPage(props: {
  view: View;
  base: string;
  agreementId: string;
  values: FormValues;
  errors?: FormErrors;
}) {
  const { view, base, agreementId, values, errors = {} } = props;
  return (
    <>
      <Top view={view} base={base} title={agreementTitle(view.lang)} errors={errors} labels={fieldLabels(view.lang)} />
      <Form view={view} action={`${base}/afspraken`}>
        <input type="hidden" name="afspraak_id" value={agreementId} />
        <AgreementFields view={view} values={values} errors={errors} />
        <SubmitButton>{tr(view.lang, 'Wijziging opslaan', 'Save change')}</SubmitButton>
      </Form>
    </>
  );
}

export const meetingTitle = (lang: Lang) => tr(lang, 'Netwerkberaad plannen', 'Plan a network meeting');

const meetingLabels = (lang: Lang): Record<string, string> => ({
  datum: tr(lang, 'Op welke datum?', 'On which date?'),
  plaats: tr(lang, 'Waar?', 'Where?'),
  ...Object.fromEntries(
    Array.from({ length: MAX_INVITEES }, (_, i) => [
      [`naam_${i + 1}`, tr(lang, `Naam ${i + 1}`, `Name ${i + 1}`)],
      [`telefoon_${i + 1}`, tr(lang, `Telefoon ${i + 1}`, `Phone ${i + 1}`)],
      [`email_${i + 1}`, tr(lang, `E-mail ${i + 1}`, `Email ${i + 1}`)],
    ]).flat(),
  ),
});

export function MeetingPage({
  view,
  base,
  values = {},
  errors = {},
}: {
  view: View;
  base: string;
  values?: FormValues;
  errors?: FormErrors;
}) {
  const { lang } = view;
  const labels = meetingLabels(lang);
  return (
    <>
      <Top view={view} base={base} title={meetingTitle(lang)} errors={errors} labels={labels} />
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'In een netwerkberaad praat je met mensen om je heen over je plan: familie, buren, vrienden. Samen ' +
            'spreken jullie af wie wat doet. Jij bepaalt wie je uitnodigt.',
          'In a network meeting you talk about your plan with people around you: family, neighbours, friends. ' +
            'Together you agree who does what. You decide who to invite.',
        )}
      </p>
      <Form view={view} action={`${base}/beraad`}>
        <TextField
          view={view}
          name="datum"
          label={labels.datum!}
          hint={tr(lang, 'Bijvoorbeeld 18-03-2027.', 'For example 18-03-2027.')}
          values={values}
          errors={errors}
        />
        <TextField view={view} name="plaats" label={labels.plaats!} values={values} errors={errors} />
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{tr(lang, 'Wie nodig je uit?', 'Who do you invite?')}</legend>
          <p class="utrecht-form-field-description">
            {tr(
              lang,
              'Alleen de naam is nodig. Een telefoonnummer of e-mailadres schrijf je alleen op als het wijkteam de ' +
                'uitnodiging moet sturen. Vraag de persoon eerst of dat goed is.',
              'Only the name is needed. Write down a phone number or email address only if the team should send the ' +
                'invitation. Ask the person first.',
            )}
          </p>
          {Array.from({ length: MAX_INVITEES }, (_, i) => (
            <div class="nabij-card" key={i}>
              <TextField
                view={view}
                name={`naam_${i + 1}`}
                label={labels[`naam_${i + 1}`]!}
                values={values}
                errors={errors}
              />
              <TextField
                view={view}
                name={`telefoon_${i + 1}`}
                label={labels[`telefoon_${i + 1}`]!}
                type="tel"
                values={values}
                errors={errors}
              />
              <TextField
                view={view}
                name={`email_${i + 1}`}
                label={labels[`email_${i + 1}`]!}
                type="email"
                values={values}
                errors={errors}
              />
            </div>
          ))}
        </fieldset>
        <SubmitButton>{tr(lang, 'Netwerkberaad opslaan', 'Save network meeting')}</SubmitButton>
      </Form>
    </>
  );
}

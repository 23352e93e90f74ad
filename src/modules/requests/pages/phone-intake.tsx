// The team's form for a help request taken by phone, with its schema: in the caller's words, and only what the
// caller lets a volunteer know.
import { z } from 'zod';
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { requestFields, WhenFields } from './request-fields.js';
import { ShareFields, shareFormSchema } from './share-fields.js';

export const phoneIntakeTitle = (lang: 'nl' | 'en') =>
  tr(lang, 'Hulpvraag van de telefoon', 'Help request taken by phone');

export const phoneIntakeSchema = z
  .object({
    tekst: requestFields.tekst,
    naam: requestFields.naam,
    telefoon: requestFields.telefoon,
    email: requestFields.email,
    postcode: requestFields.postcode,
    dag: requestFields.dag,
    dagdeel: requestFields.dagdeel,
  })
  .extend(shareFormSchema.shape);

export function PhoneIntake({ view, values, errors }: { view: View; values: FormValues; errors?: FormErrors }) {
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
        <WhenFields view={view} values={values} errors={errors} labels={labels} />
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

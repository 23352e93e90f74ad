// "Ik wil helpen": the sign-up form for strong residents, with its schema and the agreement they accept.
import { z } from 'zod';
import {
  CheckboxField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { agreementText } from '../agreement.js';
import type { VolunteerSignUp } from '../commands/sign-up-volunteer.js';
import { GenderField, genderSchema } from './gender-field.js';
import { OfferFields, offerFromForm, offerLabels, offerShape } from './offer-fields.js';

export { keptLists } from './offer-fields.js';

export const signUpTitle = (lang: Lang) => tr(lang, 'Ik wil helpen', 'I want to help');

/** The form's fields, read into what the sign-up needs. */
export const signUpSchema = z
  .object({
    voornaam: z.string().trim().min(1, 'naam_nodig').max(60, 'naam_te_lang'),
    email: z.string().trim().min(1, 'email_nodig').max(254, 'email_ongeldig').pipe(z.email('email_ongeldig')),
    ...offerShape,
    geslacht: genderSchema,
    afspraken: z.literal('ja', { message: 'afspraken_nodig' }),
  })
  .transform((d): VolunteerSignUp => ({
    email: d.email,
    firstName: d.voornaam,
    ...offerFromForm(d),
    gender: d.geslacht || null,
  }));

export function SignUpForm({
  view,
  values,
  lists = {},
  errors,
}: {
  view: View;
  values: FormValues;
  lists?: Record<string, string[]>;
  errors?: FormErrors;
}) {
  const { lang } = view;
  const labels = {
    voornaam: tr(lang, 'Je voornaam', 'Your first name'),
    email: tr(lang, 'Je e-mailadres', 'Your email address'),
    ...offerLabels(lang),
    afspraken: tr(lang, 'Afspraken', 'Agreement'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{signUpTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Fijn! Vertel wat je wilt doen en wanneer. Sommige dagen wel, sommige dagen niet: dat is goed.',
          'Great! Tell us what you would like to do and when. Some days yes, some days no: that is fine.',
        )}
      </p>
      <Form
        view={view}
        action="/helpen/aanmelden"
        label={tr(lang, 'Aanmelden als vrijwilliger', 'Sign up as a volunteer')}
      >
        <TextField
          view={view}
          name="voornaam"
          label={labels.voornaam}
          autoComplete="given-name"
          values={values}
          errors={errors}
          required
        />
        <TextField
          view={view}
          name="email"
          type="email"
          label={labels.email}
          autoComplete="email"
          values={values}
          errors={errors}
          required
        />
        <OfferFields view={view} values={values} lists={lists} errors={errors} />
        <GenderField view={view} values={values} errors={errors} />
        <h2 class="utrecht-heading-2">{agreementText.title}</h2>
        <ul class="utrecht-unordered-list">
          {agreementText.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <div id="veld-afspraken-veld">
          {errors?.afspraken ? (
            <p class="utrecht-form-field-error-message">
              {tr(
                lang,
                'Lees de afspraken en vink aan dat je ze goed vindt.',
                'Read the agreement and tick that you accept it.',
              )}
            </p>
          ) : null}
          <CheckboxField
            name="afspraken"
            label={tr(lang, 'Ik heb de afspraken gelezen en vind ze goed', 'I have read the agreement and accept it')}
            values={values}
          />
        </div>
        <SubmitButton>{tr(lang, 'Aanmelden', 'Sign up')}</SubmitButton>
      </Form>
    </>
  );
}

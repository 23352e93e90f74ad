// The team's list of key persons with the form to add one, and the schema that checks it: consent is required.
import { z } from 'zod';
import { languageName } from '../../../kernel/languages/index.js';
import { languageListInput } from '../../../kernel/ui/language-fields.js';
import { needKeys, needLabel } from '../../../kernel/taxonomy/needs.js';
import {
  optionalEmailInput,
  phoneInput,
  CheckboxField,
  CsrfField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { KeyPerson } from '../queries/key-persons.js';

export const keyPersonsTitle = (lang: Lang) => tr(lang, 'Sleutelpersonen', 'Key persons');

export const keyPersonSchema = z.object({
  naam: z.string().trim().min(1, 'naam_nodig').max(100, 'naam_te_lang'),
  bekend_om: z.string().trim().min(1, 'bekend_om_nodig').max(300, 'tekst_te_lang'),
  telefoon: phoneInput(),
  email: optionalEmailInput(),
  talen: languageListInput(),
  behoefte: z.union([z.literal(''), z.enum(needKeys)]).default(''),
  toestemming: z.literal('ja', { message: 'toestemming_nodig' }),
});
export type KeyPersonForm = z.infer<typeof keyPersonSchema>;

export function KeyPersonsPage({
  view,
  people,
  values,
  errors,
}: {
  view: View;
  people: KeyPerson[];
  values?: FormValues;
  errors?: FormErrors;
}) {
  const { lang } = view;
  const labels = {
    naam: tr(lang, 'Naam', 'Name'),
    bekend_om: tr(lang, 'Waarom kennen mensen deze persoon?', 'Why do people know this person?'),
    telefoon: tr(lang, 'Telefoon (mag leeg blijven)', 'Phone (optional)'),
    email: tr(lang, 'E-mailadres (mag leeg blijven)', 'Email address (optional)'),
    talen: tr(lang, 'Talen, zoals Nederlands, Papiaments', 'Languages, like Dutch, Papiamento'),
    behoefte: tr(lang, 'Kan vooral helpen bij', 'Can help most with'),
    toestemming: tr(lang, 'Toestemming', 'Consent'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{keyPersonsTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Mensen die de buurt kent en vertrouwt: een imam, de beheerder van het buurthuis, ' +
            'een buurvrouw die iedereen kent. Alleen het wijkteam ziet deze lijst, ' +
            'en alleen als de persoon zelf toestemming gaf.',
          'People the neighbourhood knows and trusts: an imam, the community centre manager, ' +
            'a neighbour who knows everyone. Only the neighbourhood team sees this list, ' +
            'and only when the person gave consent.',
        )}
      </p>
      {people.length === 0 ? (
        <p class="utrecht-paragraph">
          {tr(lang, 'Er staan nog geen sleutelpersonen op de lijst.', 'There are no key persons on the list yet.')}
        </p>
      ) : (
        <ul class="utrecht-unordered-list">
          {people.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong>: {p.knownFor}
              {p.phone ? ` · ${p.phone}` : ''}
              {p.email ? ` · ${p.email}` : ''}
              {` · ${p.languages.map((l) => languageName(lang, l)).join(', ')}`}
              {p.needKeys.length > 0 ? ` · ${p.needKeys.map((k) => needLabel(k, lang)).join(', ')}` : ''}
              <form method="post" action={`/team/sleutelpersonen/${p.id}/verwijderen`} class="nabij-inline-form">
                <CsrfField view={view} />{' '}
                <button
                  type="submit"
                  class="utrecht-button utrecht-button--subtle"
                  aria-label={tr(lang, `${p.name} verwijderen`, `Remove ${p.name}`)}
                >
                  {tr(lang, 'Verwijderen', 'Remove')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <h2 class="utrecht-heading-2">{tr(lang, 'Sleutelpersoon toevoegen', 'Add a key person')}</h2>
      <Form view={view} action="/team/sleutelpersonen" label={tr(lang, 'Sleutelpersoon toevoegen', 'Add a key person')}>
        <TextField view={view} name="naam" label={labels.naam} values={values} errors={errors} required />
        <TextField view={view} name="bekend_om" label={labels.bekend_om} values={values} errors={errors} required />
        <TextField view={view} name="telefoon" type="tel" label={labels.telefoon} values={values} errors={errors} />
        <TextField view={view} name="email" type="email" label={labels.email} values={values} errors={errors} />
        <TextField
          view={view}
          name="talen"
          label={labels.talen}
          values={values ?? { talen: languageName(lang, 'nl') }}
          errors={errors}
        />
        <SelectField
          view={view}
          name="behoefte"
          label={labels.behoefte}
          values={values}
          errors={errors}
          options={[
            ['', tr(lang, 'Niets in het bijzonder', 'Nothing in particular')],
            ...needKeys.map((k) => [k, needLabel(k, lang)] as const),
          ]}
        />
        <div class={errors?.toestemming ? 'utrecht-form-field--invalid' : undefined} id="veld-toestemming-veld">
          {errors?.toestemming ? (
            <p class="utrecht-form-field-error-message" id="veld-toestemming-fout">
              {tr(
                lang,
                'Vraag eerst of deze persoon het goed vindt. Zonder toestemming zetten we niemand op de lijst.',
                'First ask whether this person agrees. Without consent nobody goes on the list.',
              )}
            </p>
          ) : null}
          <CheckboxField
            name="toestemming"
            label={tr(
              lang,
              'Deze persoon heeft mij gezegd dat dit mag, en weet dat alleen het wijkteam het ziet.',
              'This person told me this is fine, and knows only the team sees it.',
            )}
            values={values}
          />
        </div>
        <SubmitButton>{tr(lang, 'Toevoegen', 'Add')}</SubmitButton>
      </Form>
    </>
  );
}

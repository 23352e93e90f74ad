// "Ik wil helpen": the sign-up form for strong residents, with its schema and the agreement they accept.
import { z } from 'zod';
import { normalisePostcode } from '../../../kernel/geo/index.js';
import { needKeys, needLabel } from '../../../kernel/taxonomy/needs.js';
import {
  CheckboxField,
  ErrorSummary,
  FieldError,
  Form,
  type FormErrors,
  type FormValues,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { agreementText } from '../agreement.js';
import { volunteerRoles } from '../availability.js';
import type { VolunteerSignUp } from '../commands/sign-up-volunteer.js';
import { GenderField, genderSchema } from './gender-field.js';
import { dayParts, weekdayName, weekdays } from '../../../kernel/time/index.js';

export const signUpTitle = (lang: Lang) => tr(lang, 'Ik wil helpen', 'I want to help');

const roleLabels: Record<(typeof volunteerRoles)[number], [string, string]> = {
  signaleren: ['Een oogje in het zeil houden', 'Keeping an eye out'],
  maatje: ['Maatje: samen iets doen, een luisterend oor', 'Buddy: doing things together, a listening ear'],
  mentor: ['Mentor voor een jongere of nieuwkomer', 'Mentor for a young person or newcomer'],
  klussen: ['Klusjes in en om het huis', 'Small jobs in and around the house'],
  vervoer: ['Rijden of meegaan naar afspraken', 'Driving or going along to appointments'],
  gastgezin: ['Gastgezin voor een kind', 'Host family for a child'],
  ervaringsdeskundige: ['Ervaringsdeskundige', 'Expert by experience'],
};

const many = <T extends string>(allowed: readonly T[]) =>
  z
    .union([z.array(z.enum(allowed as [T, ...T[]])), z.enum(allowed as [T, ...T[]])])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** The form's fields, read into what the sign-up needs. */
export const signUpSchema = z
  .object({
    voornaam: z.string().trim().min(1, 'naam_nodig').max(60, 'naam_te_lang'),
    email: z.string().trim().min(1, 'email_nodig').max(254, 'email_ongeldig').pipe(z.email('email_ongeldig')),
    postcode: z.union([
      z.literal(''),
      z
        .string()
        .trim()
        .refine((v) => normalisePostcode(v) !== undefined, 'postcode_ongeldig'),
    ]),
    biedt: many(needKeys).refine((v) => v.length > 0, 'aanbod_kiezen'),
    rollen: many(volunteerRoles),
    moment: z
      .union([
        z.array(z.string().regex(/^(ma|di|wo|do|vr|za|zo)-(ochtend|middag|avond)$/)),
        z.string().regex(/^(ma|di|wo|do|vr|za|zo)-(ochtend|middag|avond)$/),
      ])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
    straal: z.enum(['0.5', '1', '2', '5']).default('1'),
    tegelijk: z.enum(['1', '2', '3']).default('1'),
    talen: z
      .string()
      .trim()
      .max(50)
      .regex(/^([a-z]{2,3})?(\s*[;,]\s*[a-z]{2,3})*$/, 'talen_ongeldig')
      .default('nl'),
    grenzen: z.string().trim().max(2000, 'tekst_te_lang').default(''),
    geslacht: genderSchema,
    vog_datum: z.union([z.literal(''), z.iso.date('datum_ongeldig')]).default(''),
    afspraken: z.literal('ja', { message: 'afspraken_nodig' }),
  })
  .transform((d): VolunteerSignUp => ({
    email: d.email,
    firstName: d.voornaam,
    postcode: d.postcode ? (normalisePostcode(d.postcode) ?? null) : null,
    offers: d.biedt,
    roles: d.rollen,
    availability: d.moment,
    radiusKm: Number(d.straal),
    maxMatches: Number(d.tegelijk),
    languages: d.talen
      .split(/[;,]/)
      .map((l) => l.trim())
      .filter(Boolean),
    boundaries: d.grenzen,
    vogDate: d.vog_datum || null,
    gender: d.geslacht || null,
  }));

/** A fieldset of checkboxes that an error summary can link to, marked when what came back was refused. */
const listFieldset = (name: string, errors: FormErrors | undefined) => ({
  class: `utrecht-form-fieldset${errors?.[name] ? ' utrecht-form-field--invalid' : ''}`,
  id: `veld-${name}`,
  tabIndex: -1,
  'aria-describedby': errors?.[name] ? `veld-${name}-fout` : undefined,
});

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
    postcode: tr(lang, 'Je postcode (mag leeg blijven)', 'Your postcode (optional)'),
    biedt: tr(lang, 'Waar wil je bij helpen?', 'What would you like to help with?'),
    rollen: tr(lang, 'Wat wil je doen? (mag leeg blijven)', 'What would you like to do? (optional)'),
    moment: tr(lang, 'Wanneer kun je meestal?', 'When are you usually available?'),
    talen: tr(lang, 'Welke talen spreek je? Codes zoals nl;ar;tr', 'Which languages do you speak? Codes like nl;ar;tr'),
    grenzen: tr(
      lang,
      'Wat doe je liever niet? Je eigen grenzen (mag leeg blijven)',
      'What would you rather not do? Your own boundaries (optional)',
    ),
    vog_datum: tr(
      lang,
      'Datum van je VOG (Verklaring Omtrent het Gedrag), als je er een hebt',
      'Date of your VOG (certificate of conduct), if you have one',
    ),
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
        <TextField
          view={view}
          name="postcode"
          label={labels.postcode}
          autoComplete="postal-code"
          values={values}
          errors={errors}
        />
        <fieldset
          class={`utrecht-form-fieldset${errors?.biedt ? ' utrecht-form-field--invalid' : ''}`}
          id="veld-biedt"
          tabIndex={-1}
          aria-describedby={errors?.biedt ? 'veld-biedt-fout' : undefined}
        >
          <legend class="utrecht-form-fieldset__legend">{labels.biedt}</legend>
          {errors?.biedt ? (
            <p class="utrecht-form-field-error-message" id="veld-biedt-fout">
              {tr(
                lang,
                'Kies minstens één ding waar je bij wilt helpen.',
                'Choose at least one thing you would like to help with.',
              )}
            </p>
          ) : null}
          <div class="nabij-filters">
            {needKeys
              .filter((k) => !['schulden', 'verslaving', 'veiligheid', 'psychisch', 'jongeren'].includes(k))
              .map((k) => (
                <CheckboxField
                  key={k}
                  name="biedt"
                  value={k}
                  label={needLabel(k, lang)}
                  checked={(lists.biedt ?? []).includes(k)}
                />
              ))}
          </div>
        </fieldset>
        <fieldset {...listFieldset('rollen', errors)}>
          <legend class="utrecht-form-fieldset__legend">{labels.rollen}</legend>
          <FieldError view={view} name="rollen" errors={errors} />
          {volunteerRoles.map((r) => (
            <CheckboxField
              key={r}
              name="rollen"
              value={r}
              label={tr(lang, roleLabels[r][0], roleLabels[r][1])}
              checked={(lists.rollen ?? []).includes(r)}
            />
          ))}
        </fieldset>
        <fieldset {...listFieldset('moment', errors)}>
          <legend class="utrecht-form-fieldset__legend">{labels.moment}</legend>
          <FieldError view={view} name="moment" errors={errors} />
          <table class="utrecht-table utrecht-table--html-table nabij-availability">
            <caption class="utrecht-table__caption">{tr(lang, 'Vink aan wat kan', 'Tick what works')}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Dag', 'Day')}
                </th>
                {dayParts.map((p) => (
                  <th class="utrecht-table__header-cell" scope="col" key={p}>
                    {p}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {weekdays.map((d) => (
                <tr class="utrecht-table__row" key={d}>
                  <th class="utrecht-table__header-cell" scope="row">
                    {weekdayName(d)}
                  </th>
                  {dayParts.map((p) => (
                    <td class="utrecht-table__cell" key={p}>
                      <input
                        class="utrecht-checkbox utrecht-checkbox--html-input"
                        type="checkbox"
                        name="moment"
                        value={`${d}-${p}`}
                        id={`veld-moment-${d}-${p}`}
                        aria-label={`${weekdayName(d)} ${p}`}
                        checked={(lists.moment ?? []).includes(`${d}-${p}`)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
        <SelectField
          view={view}
          name="straal"
          label={tr(lang, 'Hoe ver wil je gaan?', 'How far would you go?')}
          errors={errors}
          options={[
            ['0.5', tr(lang, 'tot 500 meter', 'up to 500 metres')],
            ['1', tr(lang, 'tot 1 km', 'up to 1 km')],
            ['2', tr(lang, 'tot 2 km', 'up to 2 km')],
            ['5', tr(lang, 'tot 5 km', 'up to 5 km')],
          ]}
          values={{ straal: '1', ...values }}
        />
        <SelectField
          view={view}
          name="tegelijk"
          label={tr(lang, 'Hoeveel mensen wil je tegelijk helpen?', 'How many people would you help at once?')}
          values={values}
          errors={errors}
          options={[
            ['1', '1'],
            ['2', '2'],
            ['3', '3'],
          ]}
        />
        <TextField view={view} name="talen" label={labels.talen} values={{ talen: 'nl', ...values }} errors={errors} />
        <TextField
          view={view}
          name="grenzen"
          label={labels.grenzen}
          hint={tr(
            lang,
            'Bijvoorbeeld: niet op hoogte werken, geen honden, niet op zondag.',
            'For example: no work at heights, no dogs, not on Sundays.',
          )}
          multiline
          values={values}
          errors={errors}
        />
        <GenderField view={view} values={values} errors={errors} />
        <TextField
          view={view}
          name="vog_datum"
          label={labels.vog_datum}
          hint={tr(
            lang,
            'Schrijf als 2025-03-18. Een VOG is 3 jaar geldig.',
            'Write as 2025-03-18. A VOG is valid for 3 years.',
          )}
          values={values}
          errors={errors}
        />
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

/** Multi-value fields of the form, kept as lists so checked boxes stay checked after an error. */
export function keptLists(body: unknown): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      if (Array.isArray(value)) lists[key] = value.map(String);
      else if (typeof value === 'string' && ['biedt', 'rollen', 'moment'].includes(key)) lists[key] = [value];
    }
  }
  return lists;
}

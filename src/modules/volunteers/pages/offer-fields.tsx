// What a volunteer offers, asked the same way at sign-up and when they change it later: what they help with,
// roles, when, how far, how many at once, languages, boundaries and the date of their VOG.
import { z } from 'zod';
import { normalisePostcode } from '../../../kernel/geo/index.js';
import { needKeys, needLabel } from '../../../kernel/taxonomy/needs.js';
import { dayPartName, dayParts, parseMoments, weekdayName, weekdays } from '../../../kernel/time/index.js';
import { DateField, optionalDateInput } from '../../../kernel/ui/date-field.js';
import {
  CheckboxField,
  FieldError,
  type FormErrors,
  type FormValues,
  SelectField,
  TextField,
} from '../../../kernel/ui/forms.js';
import {
  joinLanguages,
  LanguageFields,
  languageChoiceInput,
  languageListInput,
  languageValues,
} from '../../../kernel/ui/language-fields.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { volunteerRoles } from '../availability.js';
import type { OwnVolunteer } from '../queries.js';

const roleLabels: Record<(typeof volunteerRoles)[number], [string, string]> = {
  signaleren: ['Een oogje in het zeil houden', 'Keeping an eye out'],
  maatje: ['Maatje: samen iets doen, een luisterend oor', 'Buddy: doing things together, a listening ear'],
  mentor: ['Mentor voor een jongere of nieuwkomer', 'Mentor for a young person or newcomer'],
  klussen: ['Klusjes in en om het huis', 'Small jobs in and around the house'],
  vervoer: ['Rijden of meegaan naar afspraken', 'Driving or going along to appointments'],
  gastgezin: ['Gastgezin voor een kind', 'Host family for a child'],
  ervaringsdeskundige: ['Ervaringsdeskundige', 'Expert by experience'],
};

/** Needs a volunteer can offer: the professional ones are for the team. */
const offerableNeeds = needKeys.filter(
  (k) => !['schulden', 'verslaving', 'veiligheid', 'psychisch', 'jongeren'].includes(k),
);

const many = <T extends string>(allowed: readonly T[]) =>
  z
    .union([z.array(z.enum(allowed as [T, ...T[]])), z.enum(allowed as [T, ...T[]])])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

const moment = z.string().regex(/^(ma|di|wo|do|vr|za|zo)-(ochtend|middag|avond)$/);
const radiusOptions = ['0.5', '1', '2', '5'] as const;
const atOnceOptions = ['1', '2', '3'] as const;

/** The offer's fields of the form (postcode included), as zod reads them. */
export const offerShape = {
  postcode: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .refine((v) => normalisePostcode(v) !== undefined, 'postcode_ongeldig'),
    ])
    .default(''),
  biedt: many(offerableNeeds).refine((v) => v.length > 0, 'aanbod_kiezen'),
  rollen: many(volunteerRoles),
  moment: z
    .union([z.array(moment), moment])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  // A value outside the list is one the team's import gave; it stays when the volunteer leaves it.
  straal: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,2})?$/)
    .default('1')
    .transform(Number)
    .pipe(z.number().positive().max(100)),
  tegelijk: z
    .string()
    .regex(/^\d{1,2}$/)
    .default('1')
    .transform(Number)
    .pipe(z.number().int().min(0).max(50)),
  talen: languageChoiceInput(),
  andere_taal: languageListInput(),
  grenzen: z.string().trim().max(2000, 'tekst_te_lang').default(''),
  vog_datum: optionalDateInput(),
};

type OfferForm = {
  [K in keyof typeof offerShape]: z.output<(typeof offerShape)[K]>;
};

/** The offer as the profile keeps it. */
export function offerFromForm(d: OfferForm) {
  return {
    postcode: d.postcode ? (normalisePostcode(d.postcode) ?? null) : null,
    offers: d.biedt,
    roles: d.rollen,
    availability: d.moment,
    radiusKm: d.straal,
    maxMatches: d.tegelijk,
    languages: joinLanguages(d.talen, d.andere_taal),
    boundaries: d.grenzen,
    vogDate: d.vog_datum,
  };
}

export const offerLabels = (lang: Lang) => ({
  postcode: tr(lang, 'Je postcode (mag leeg blijven)', 'Your postcode (optional)'),
  biedt: tr(lang, 'Waar wil je bij helpen?', 'What would you like to help with?'),
  rollen: tr(lang, 'Wat wil je doen? (mag leeg blijven)', 'What would you like to do? (optional)'),
  moment: tr(lang, 'Wanneer kun je meestal?', 'When are you usually available?'),
  straal: tr(lang, 'Hoe ver wil je gaan?', 'How far would you go?'),
  tegelijk: tr(lang, 'Hoeveel mensen wil je tegelijk helpen?', 'How many people would you help at once?'),
  talen: tr(lang, 'Welke talen spreek je?', 'Which languages do you speak?'),
  andere_taal: tr(lang, 'Andere taal', 'Other language'),
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
});

/** The form's values for a volunteer's current offer, to change it. */
export function offerValues(lang: Lang, v: OwnVolunteer): { values: FormValues; lists: Record<string, string[]> } {
  const languages = languageValues(lang, v.languages);
  // A whole day ("za") from an import shows as its three parts.
  const moments = parseMoments(v.availability).moments.map((m) => `${m.day}-${m.part}`);
  return {
    values: {
      postcode: v.postcode ?? '',
      straal: String(v.radiusKm),
      tegelijk: String(v.maxMatches),
      andere_taal: languages.other,
      grenzen: v.boundaries,
      vog_datum: v.vogDate ?? '',
    },
    lists: { biedt: v.offers, rollen: v.roles, moment: [...new Set(moments)], talen: languages.ticked },
  };
}

/** A fieldset of checkboxes that an error summary can link to, marked when what came back was refused. */
const listFieldset = (name: string, errors: FormErrors | undefined) => ({
  class: `utrecht-form-fieldset${errors?.[name] ? ' utrecht-form-field--invalid' : ''}`,
  id: `veld-${name}`,
  tabIndex: -1,
  'aria-describedby': errors?.[name] ? `veld-${name}-fout` : undefined,
});

/** The options of a list, with a value from elsewhere (an import) kept as one more. */
const withCurrent = (options: [string, string][], current: string | undefined): [string, string][] =>
  current && !options.some(([v]) => v === current) ? [...options, [current, current]] : options;

export function OfferFields({
  view,
  values,
  lists,
  errors,
  vogHint,
}: {
  view: View;
  values: FormValues;
  lists: Record<string, string[]>;
  errors?: FormErrors | undefined;
  vogHint?: string;
}) {
  const { lang } = view;
  const labels = offerLabels(lang);
  const km = (v: string) =>
    v === '0.5' ? tr(lang, 'tot 500 meter', 'up to 500 metres') : tr(lang, `tot ${v} km`, `up to ${v} km`);
  return (
    <>
      <TextField
        view={view}
        name="postcode"
        label={labels.postcode}
        autoComplete="postal-code"
        values={values}
        errors={errors}
      />
      <fieldset {...listFieldset('biedt', errors)}>
        <legend class="utrecht-form-fieldset__legend">{labels.biedt}</legend>
        <FieldError view={view} name="biedt" errors={errors} />
        <div class="nabij-filters">
          {offerableNeeds.map((k) => (
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
                  {dayPartName(p, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {weekdays.map((d) => (
              <tr class="utrecht-table__row" key={d}>
                <th class="utrecht-table__header-cell" scope="row">
                  {weekdayName(d, lang)}
                </th>
                {dayParts.map((p) => (
                  <td class="utrecht-table__cell" key={p}>
                    <input
                      class="utrecht-checkbox utrecht-checkbox--html-input"
                      type="checkbox"
                      name="moment"
                      value={`${d}-${p}`}
                      id={`veld-moment-${d}-${p}`}
                      aria-label={`${weekdayName(d, lang)} ${dayPartName(p, lang)}`}
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
        label={labels.straal}
        errors={errors}
        options={withCurrent(
          radiusOptions.map((v) => [v, km(v)]),
          values.straal,
        )}
        values={{ straal: '1', ...values }}
      />
      <SelectField
        view={view}
        name="tegelijk"
        label={labels.tegelijk}
        values={values}
        errors={errors}
        options={withCurrent(
          atOnceOptions.map((v) => [v, v]),
          values.tegelijk,
        )}
      />
      <LanguageFields view={view} legend={labels.talen} ticked={lists.talen ?? []} values={values} errors={errors} />
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
      <DateField
        view={view}
        name="vog_datum"
        label={labels.vog_datum}
        hint={
          vogHint ??
          tr(
            lang,
            'Bijvoorbeeld 18-03-2025. Een VOG is 3 jaar geldig. Iemand van het wijkteam kijkt hem na.',
            'For example 18-03-2025. A VOG is valid for 3 years. Someone of the team checks it.',
          )
        }
        values={values}
        errors={errors}
      />
    </>
  );
}

/** Multi-value fields of the form, kept as lists so checked boxes stay checked after an error. */
export function keptLists(body: unknown): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      if (Array.isArray(value)) lists[key] = value.map(String);
      else if (typeof value === 'string' && ['biedt', 'rollen', 'moment', 'talen'].includes(key)) lists[key] = [value];
    }
  }
  return lists;
}

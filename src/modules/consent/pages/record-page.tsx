// The team's form for one case: a consent the resident gave (how, noted by whom), or, for the regisseur, a legal
// basis that lets data through without consent, with the reason the resident will read.
import { z } from 'zod';
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  optionalEmailInput,
  RadioField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { parseDate } from '../../../kernel/time/dates.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { ConsentKind } from '../schema.js';
import { givenHows, recipientKinds } from '../schema.js';
import { dataLabel, givenHowWords, purposes, purposeWords, recipientLabel, recipientRoles } from '../words.js';

const dateText = () => z.string().trim().max(20, 'datum_ongeldig');
const requiredDate = () =>
  dateText()
    .refine((t) => parseDate(t) !== undefined, 'datum_ongeldig')
    .transform((t) => parseDate(t) as string);
const optionalDate = () =>
  dateText()
    .refine((t) => t === '' || parseDate(t) !== undefined, 'datum_ongeldig')
    .transform((t) => (t === '' ? null : (parseDate(t) as string)));

/** The form's fields; `categories` are those the gate asks consent for (the policy's 'toestemming' rules). */
export function consentSchema(kind: ConsentKind, categories: readonly string[]) {
  return z
    .object({
      ontvanger: z.enum(recipientKinds, { message: 'ontvanger_kiezen' }),
      naam: z.string().trim().max(200, 'tekst_te_lang').default(''),
      email: optionalEmailInput().default(''),
      gegevens: z.string().refine((v) => categories.includes(v), 'gegevens_kiezen'),
      doel: z.enum(purposes, { message: 'doel_kiezen' }),
      doel_toelichting: z.string().trim().max(500, 'tekst_te_lang').default(''),
      hoe: kind === 'toestemming' ? z.enum(givenHows, { message: 'toestemming_hoe_kiezen' }) : z.any().optional(),
      begin: requiredDate(),
      eind: optionalDate().default(null),
      reden:
        kind === 'wettelijke_grondslag'
          ? z.string().trim().min(1, 'grondslag_reden_nodig').max(2000, 'tekst_te_lang')
          : z.any().optional(),
    })
    .superRefine((v, ctx) => {
      if (v.ontvanger !== 'rol' && v.naam === '')
        ctx.addIssue({ code: 'custom', message: 'ontvanger_naam_nodig', path: ['naam'] });
      if (v.doel === 'anders' && v.doel_toelichting === '')
        ctx.addIssue({ code: 'custom', message: 'doel_toelichting_nodig', path: ['doel_toelichting'] });
      if (v.begin && v.eind && v.eind < v.begin)
        ctx.addIssue({ code: 'custom', message: 'periode_ongeldig', path: ['eind'] });
    });
}

/**
 * The checks between fields, on what was typed: zod runs an object's refinements only when its fields passed, and a
 * form that is sent back should name every missing part at once.
 */
export function crossFieldErrors(values: FormValues): FormErrors {
  const errors: FormErrors = {};
  const blank = (name: string) => (values[name] ?? '').trim() === '';
  if (['persoon', 'organisatie'].includes(values.ontvanger ?? '') && blank('naam'))
    errors.naam = 'ontvanger_naam_nodig';
  if (values.doel === 'anders' && blank('doel_toelichting')) errors.doel_toelichting = 'doel_toelichting_nodig';
  return errors;
}

/** The words that complete a sentence elsewhere start with a capital as an option of their own. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const recordTitle = (lang: Lang, kind: ConsentKind) =>
  kind === 'toestemming'
    ? tr(lang, 'Toestemming vastleggen', 'Record consent')
    : tr(lang, 'Delen op grond van de wet vastleggen', 'Record sharing on a legal basis');

export function RecordPage({
  view,
  kind,
  caseId,
  categories,
  values,
  errors,
}: {
  view: View;
  kind: ConsentKind;
  caseId: string;
  categories: readonly string[];
  values: FormValues;
  errors?: FormErrors;
}) {
  const { lang } = view;
  const labels = {
    ontvanger: tr(lang, 'Met wie worden de gegevens gedeeld?', 'Who is the data shared with?'),
    naam: tr(lang, 'Naam van de persoon of organisatie', 'Name of the person or organisation'),
    email: tr(lang, 'E-mailadres van de persoon (niet verplicht)', 'Email address of the person (optional)'),
    gegevens: tr(lang, 'Welke gegevens?', 'Which data?'),
    doel: tr(lang, 'Waarvoor?', 'What for?'),
    doel_toelichting: tr(lang, 'Toelichting op het doel', 'Explanation of the purpose'),
    hoe: tr(lang, 'Hoe gaf de bewoner toestemming?', 'How did the resident give consent?'),
    begin: tr(lang, 'Vanaf welke datum?', 'From which date?'),
    eind: tr(lang, 'Tot en met welke datum? (niet verplicht)', 'Until which date? (optional)'),
    reden: tr(
      lang,
      'Waarom staat de wet delen zonder toestemming toe?',
      'Why does the law allow sharing without consent?',
    ),
  };
  const action = `/team/casussen/${caseId}/${kind === 'toestemming' ? 'toestemming' : 'grondslag'}`;
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/team/casussen/${caseId}`}>
          {tr(lang, 'Terug naar de casus', 'Back to the case')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{recordTitle(lang, kind)}</h1>
      <p class="utrecht-paragraph">
        {kind === 'toestemming'
          ? tr(
              lang,
              'Leg vast wat de bewoner heeft gezegd of getekend. De bewoner ziet de toestemming op de eigen ' +
                'pagina en kan haar daar intrekken.',
              'Record what the resident said or signed. The resident sees the consent on their own page and can ' +
                'withdraw it there.',
            )
          : tr(
              lang,
              'Alleen als de wet het toestaat, bijvoorbeeld bij gevaar, mogen gegevens zonder toestemming gedeeld ' +
                'worden. De bewoner ziet dit besluit en de reden op de eigen pagina en in het toegangslog.',
              'Only when the law allows it, for example in danger, may data be shared without consent. The resident ' +
                'sees this decision and the reason on their own page and in the access log.',
            )}
      </p>
      <Form view={view} action={action} label={recordTitle(lang, kind)}>
        <RadioField
          view={view}
          name="ontvanger"
          legend={labels.ontvanger}
          values={values}
          errors={errors}
          options={[
            ['persoon', tr(lang, 'Een persoon', 'A person')],
            [
              'rol',
              recipientLabel(lang, { recipientKind: 'rol', recipientName: null, recipientRole: recipientRoles[0] }),
            ],
            ['organisatie', tr(lang, 'Een organisatie', 'An organisation')],
          ]}
        />
        <TextField view={view} name="naam" label={labels.naam} values={values} errors={errors} />
        <TextField
          view={view}
          name="email"
          type="email"
          label={labels.email}
          hint={tr(
            lang,
            'Heeft de persoon een account in Nabij met dit adres, dan kan Nabij de toestemming controleren.',
            'If the person has an account in Nabij with this address, Nabij can check the consent.',
          )}
          values={values}
          errors={errors}
        />
        <RadioField
          view={view}
          name="gegevens"
          legend={labels.gegevens}
          values={values}
          errors={errors}
          options={categories.map((c) => [c, capitalised(dataLabel(lang, c))] as const)}
        />
        <RadioField
          view={view}
          name="doel"
          legend={labels.doel}
          values={values}
          errors={errors}
          options={purposes.map((p) => [p, capitalised(tr(lang, purposeWords[p][0], purposeWords[p][1]))] as const)}
        />
        <TextField
          view={view}
          name="doel_toelichting"
          label={labels.doel_toelichting}
          hint={tr(lang, 'Verplicht bij "iets anders".', 'Required with "something else".')}
          values={values}
          errors={errors}
        />
        {kind === 'toestemming' ? (
          <RadioField
            view={view}
            name="hoe"
            legend={labels.hoe}
            values={values}
            errors={errors}
            options={givenHows.map(
              (h) => [h, capitalised(tr(lang, givenHowWords[h][0], givenHowWords[h][1]))] as const,
            )}
          />
        ) : (
          <TextField view={view} name="reden" label={labels.reden} multiline values={values} errors={errors} />
        )}
        <TextField
          view={view}
          name="begin"
          label={labels.begin}
          hint={tr(lang, 'Bijvoorbeeld 18-03-2027.', 'For example 18-03-2027.')}
          values={values}
          errors={errors}
        />
        <TextField
          view={view}
          name="eind"
          label={labels.eind}
          hint={tr(
            lang,
            'Leeg laten als de toestemming geldt tot ze wordt ingetrokken.',
            'Leave empty if it holds until withdrawn.',
          )}
          values={values}
          errors={errors}
        />
        <SubmitButton>{tr(lang, 'Vastleggen', 'Record')}</SubmitButton>
      </Form>
    </>
  );
}

// The administrator sets the municipality's own terms per kind and urgency: the first and the second, each an amount
// in hours or working days. The defaults are shown; a value out of range gets its message beside the field.
import { z } from 'zod';
import {
  Form,
  type FormErrors,
  type FormValues,
  SelectField,
  SettingsPageTop,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { TermRow } from '../queries/team.js';
import { type SignalKind, signalKinds, termUnits, type Urgency, urgencies } from '../schema.js';
import { defaultSignalTerms, type Term } from '../terms.js';
import { kindInWords, urgencyInWords } from './team-words.js';

export const termsTitle = (lang: Lang) => tr(lang, 'Termijnen van signalen', 'Deadlines of signals');

const keys = signalKinds.flatMap((kind) => urgencies.map((urgency) => ({ kind, urgency, key: `${kind}_${urgency}` })));

/** The upper bound per unit: a month of hours, or twelve weeks of working days. */
const maxOf = { uren: 720, werkdagen: 60 } as const;
const hoursOf = (t: Term) => (t.unit === 'uren' ? t.amount : t.amount * 24);

const amountField = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, 'signaal_termijn_ongeldig')
  .transform(Number);
const unitField = z.enum(termUnits, { message: 'signaal_termijn_ongeldig' });

/** Checks every row; returns the rows, or the messages per field. */
export function parseTerms(body: unknown): { ok: true; rows: TermRow[] } | { ok: false; errors: FormErrors } {
  const input = (body ?? {}) as Record<string, unknown>;
  const errors: FormErrors = {};
  const rows: TermRow[] = [];
  for (const { kind, urgency, key } of keys) {
    const first = amountField.safeParse(input[`${key}_eerste`]);
    const firstUnit = unitField.safeParse(input[`${key}_eerste_eenheid`]);
    const second = amountField.safeParse(input[`${key}_tweede`]);
    const secondUnit = unitField.safeParse(input[`${key}_tweede_eenheid`]);
    const inRange = (a: typeof first, u: typeof firstUnit) =>
      a.success && u.success && a.data >= 1 && a.data <= maxOf[u.data];
    if (!firstUnit.success) errors[`${key}_eerste_eenheid`] = 'signaal_termijn_ongeldig';
    if (!secondUnit.success) errors[`${key}_tweede_eenheid`] = 'signaal_termijn_ongeldig';
    if (!inRange(first, firstUnit)) errors[`${key}_eerste`] = 'signaal_termijn_ongeldig';
    if (!inRange(second, secondUnit)) errors[`${key}_tweede`] = 'signaal_termijn_ongeldig';
    if (!first.success || !second.success || !firstUnit.success || !secondUnit.success) continue;
    const a = { amount: first.data, unit: firstUnit.data };
    const b = { amount: second.data, unit: secondUnit.data };
    if (!errors[`${key}_tweede`] && hoursOf(b) <= hoursOf(a)) errors[`${key}_tweede`] = 'signaal_tweede_termijn_korter';
    rows.push({
      kind,
      urgency,
      firstAmount: a.amount,
      firstUnit: a.unit,
      secondAmount: b.amount,
      secondUnit: b.unit,
    });
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, rows };
}

/** The form's values: the municipality's own terms, else the defaults. */
export function termValues(own: readonly TermRow[]): FormValues {
  const values: FormValues = {};
  for (const { kind, urgency, key } of keys) {
    const mine = own.find((r) => r.kind === kind && r.urgency === urgency);
    const standard = defaultSignalTerms[`${kind}:${urgency}`];
    values[`${key}_eerste`] = String(mine?.firstAmount ?? standard.first.amount);
    values[`${key}_eerste_eenheid`] = mine?.firstUnit ?? standard.first.unit;
    values[`${key}_tweede`] = String(mine?.secondAmount ?? standard.second.amount);
    values[`${key}_tweede_eenheid`] = mine?.secondUnit ?? standard.second.unit;
  }
  return values;
}

const termInWords = (lang: Lang, t: Term) =>
  t.unit === 'uren'
    ? tr(lang, `${t.amount} uur`, `${t.amount} hours`)
    : tr(lang, `${t.amount} werkdagen`, `${t.amount} working days`);

const rowTitle = (lang: Lang, kind: SignalKind, urgency: Urgency) =>
  `${kindInWords(lang, kind)}, ${tr(lang, 'urgentie', 'urgency')} ${urgencyInWords(lang, urgency)}`;

export function labelsOf(lang: Lang): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const { kind, urgency, key } of keys) {
    const title = rowTitle(lang, kind, urgency);
    labels[`${key}_eerste`] = `${title}: ${tr(lang, 'eerste termijn', 'first term')}`;
    labels[`${key}_eerste_eenheid`] = `${title}: ${tr(lang, 'eenheid eerste termijn', 'unit of first term')}`;
    labels[`${key}_tweede`] = `${title}: ${tr(lang, 'tweede termijn', 'second term')}`;
    labels[`${key}_tweede_eenheid`] = `${title}: ${tr(lang, 'eenheid tweede termijn', 'unit of second term')}`;
  }
  return labels;
}

export function TermsPage({
  view,
  values,
  errors,
  saved,
}: {
  view: View;
  values: FormValues;
  errors?: FormErrors;
  saved?: boolean;
}) {
  const { lang } = view;
  const units = [
    ['uren', tr(lang, 'uren', 'hours')],
    ['werkdagen', tr(lang, 'werkdagen', 'working days')],
  ] as const;
  return (
    <>
      <SettingsPageTop
        view={view}
        errors={errors}
        labels={labelsOf(lang)}
        title={termsTitle(lang)}
        saved={saved ? tr(lang, 'De termijnen zijn opgeslagen.', 'The terms were saved.') : undefined}
      />
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Binnen hoeveel tijd pakt het wijkteam een signaal op? Per soort en urgentie een eerste termijn en een ' +
            'tweede, langere. Werkdagen zijn maandag tot en met vrijdag. ' +
            'Een nieuwe termijn geldt voor nieuwe signalen.',
          'How soon does the team take up a signal? Per kind and urgency a first term and a second, longer one. ' +
            'Working days are Monday to Friday. A new term applies to new signals.',
        )}
      </p>
      <Form view={view} action="/beheer/signaaltermijnen" label={termsTitle(lang)}>
        {keys.map(({ kind, urgency, key }) => {
          const standard = defaultSignalTerms[`${kind}:${urgency}`];
          return (
            <fieldset class="utrecht-form-fieldset" key={key}>
              <legend class="utrecht-form-fieldset__legend">{rowTitle(lang, kind, urgency)}</legend>
              <p class="utrecht-form-field-description">
                {tr(lang, 'Standaard', 'Default')}: {termInWords(lang, standard.first)},{' '}
                {tr(lang, 'tweede termijn', 'second term')} {termInWords(lang, standard.second)}.
              </p>
              <div class="nabij-filters">
                <TextField
                  view={view}
                  name={`${key}_eerste`}
                  label={tr(lang, 'Eerste termijn', 'First term')}
                  inputMode="numeric"
                  values={values}
                  errors={errors}
                />
                <SelectField
                  view={view}
                  name={`${key}_eerste_eenheid`}
                  label={tr(lang, 'in', 'in')}
                  options={units}
                  values={values}
                  errors={errors}
                />
                <TextField
                  view={view}
                  name={`${key}_tweede`}
                  label={tr(lang, 'Tweede termijn', 'Second term')}
                  inputMode="numeric"
                  values={values}
                  errors={errors}
                />
                <SelectField
                  view={view}
                  name={`${key}_tweede_eenheid`}
                  label={tr(lang, 'in', 'in')}
                  options={units}
                  values={values}
                  errors={errors}
                />
              </div>
            </fieldset>
          );
        })}
        <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
    </>
  );
}

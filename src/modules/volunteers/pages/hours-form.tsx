// Hours and allowance on the volunteer's own page: this year's total against the tax-free limit, the form to enter
// hours with its schema, and the warning when an entry goes over the limit.
import { z } from 'zod';
import { Form, type FormErrors, type FormValues, SubmitButton, TextField } from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { type AllowanceLimits, checkAllowance, euros } from '../allowance.js';
import { DateField, dateInput } from '../../../kernel/ui/date-field.js';
import { dutchDate } from '../../../kernel/time/index.js';
import type { HoursEntry } from '../commands/record-hours.js';
import type { RecordedHours } from '../queries.js';

export const hoursSchema = z
  .object({
    datum: dateInput(),
    uren: z
      .string()
      .trim()
      .regex(/^\d{1,2}([,.]\d{1,2})?$/, 'uren_ongeldig')
      .transform((v) => Number(v.replace(',', '.')))
      .pipe(z.number().min(0.25, 'uren_ongeldig').max(24, 'uren_ongeldig')),
    vergoeding: z
      .string()
      .trim()
      .regex(/^\d{0,4}([,.]\d{1,2})?$/, 'bedrag_ongeldig')
      .default(''),
    omschrijving: z.string().trim().max(300, 'tekst_te_lang').default(''),
  })
  .transform((d): HoursEntry => ({
    onDate: d.datum,
    hours: d.uren,
    allowanceCents: d.vergoeding ? Math.round(Number(d.vergoeding.replace(',', '.')) * 100) : 0,
    note: d.omschrijving,
  }));

export const hoursLabels = (lang: Lang) => ({
  datum: tr(lang, 'Datum', 'Date'),
  uren: tr(lang, 'Uren', 'Hours'),
  vergoeding: tr(lang, 'Vergoeding in euro (mag leeg blijven)', 'Allowance in euros (optional)'),
  omschrijving: tr(lang, 'Wat deed je? (mag leeg blijven)', 'What did you do? (optional)'),
});

/** Shown after saving an entry that takes the volunteer over the year's or the month's tax-free allowance. */
export function allowanceWarning(
  lang: Lang,
  over: 'jaar' | 'maand',
  year: number,
  limits: { monthCents: number; yearCents: number },
): string {
  const perYear = over === 'jaar';
  return tr(
    lang,
    `Opgeslagen, maar let op: hiermee kom je boven de belastingvrije vergoeding van ${year} ` +
      `(${perYear ? `${euros(limits.yearCents)} per jaar` : `${euros(limits.monthCents)} per maand`}). ` +
      'Over het deel daarboven betaal je belasting. Overleg met het wijkteam.',
    `Saved, but note: this takes you over the tax-free allowance of ${year} ` +
      `(${perYear ? `${euros(limits.yearCents)} a year` : `${euros(limits.monthCents)} a month`}). ` +
      'You pay tax on the part above it. Talk to the team.',
  );
}

export function HoursSection({
  view,
  today,
  hours,
  limits,
  values,
  errors,
}: {
  view: View;
  today: string;
  hours: RecordedHours[];
  limits: AllowanceLimits | undefined;
  values?: FormValues | undefined;
  errors?: FormErrors | undefined;
}) {
  const { lang } = view;
  const year = Number(today.slice(0, 4));
  const total = checkAllowance(hours, { onDate: today, allowanceCents: 0 }, limits);
  const labels = hoursLabels(lang);
  return (
    <>
      <h2 class="utrecht-heading-2">{tr(lang, 'Uren en vergoeding', 'Hours and allowance')}</h2>
      <p class="utrecht-paragraph">
        {limits
          ? tr(
              lang,
              `${year}: ${euros(total.yearCents)} van de ${euros(limits.yearCents)} die dit jaar belastingvrij mag ` +
                `(${euros(limits.monthCents)} per maand).`,
              `${year}: ${euros(total.yearCents)} of this year's tax-free ${euros(limits.yearCents)} ` +
                `(${euros(limits.monthCents)} a month).`,
            )
          : tr(
              lang,
              `${year}: ${euros(total.yearCents)}. De belastingvrije bedragen van ${year} staan nog niet in Nabij; ` +
                'vraag het wijkteam.',
              `${year}: ${euros(total.yearCents)}. The tax-free amounts of ${year} are not in Nabij yet; ask the team.`,
            )}
      </p>
      <Form view={view} action="/mijn/vrijwilliger/uren" label={tr(lang, 'Uren invullen', 'Enter hours')}>
        <DateField view={view} name="datum" label={labels.datum} values={values ?? { datum: today }} errors={errors} />
        <TextField view={view} name="uren" label={labels.uren} inputMode="decimal" values={values} errors={errors} />
        <TextField view={view} name="vergoeding" label={labels.vergoeding} values={values} errors={errors} />
        <TextField view={view} name="omschrijving" label={labels.omschrijving} values={values} errors={errors} />
        <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
      {hours.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {hours.map((h, i) => (
            <li key={i}>
              {dutchDate(h.onDate)}: {String(h.hours).replace('.', ',')} {tr(lang, 'uur', 'h')}
              {h.allowanceCents > 0 ? ` · ${euros(h.allowanceCents)}` : ''}
              {h.note ? ` · ${h.note}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

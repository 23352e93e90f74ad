// "Even niet" on the volunteer's own page: the periods they are away, and the form to add one, with its schema.
import { z } from 'zod';
import { DateField, dateInput } from '../../../kernel/ui/date-field.js';
import { Form, type FormErrors, type FormValues, SubmitButton } from '../../../kernel/ui/forms.js';
import { dutchDate } from '../../../kernel/time/index.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { UnavailablePeriod } from '../schema.js';

export const awaySchema = z
  .object({ van: dateInput(), tot: dateInput() })
  .refine((v) => v.tot >= v.van, { message: 'periode_ongeldig', path: ['tot'] });

export const awayLabels = (lang: Lang) => ({
  van: tr(lang, 'Niet beschikbaar van', 'Not available from'),
  tot: tr(lang, 'tot en met', 'until'),
});

export function AwaySection({
  view,
  unavailable,
  values,
  errors,
}: {
  view: View;
  unavailable: UnavailablePeriod[];
  values?: FormValues | undefined;
  errors?: FormErrors | undefined;
}) {
  const { lang } = view;
  const labels = awayLabels(lang);
  return (
    <>
      <h2 class="utrecht-heading-2">{tr(lang, 'Even niet', 'Not for a while')}</h2>
      {unavailable.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {unavailable.map((p) => (
            <li key={p.van}>
              {dutchDate(p.van)} – {dutchDate(p.tot)}
            </li>
          ))}
        </ul>
      ) : null}
      <Form
        view={view}
        action="/mijn/vrijwilliger/even-niet"
        label={tr(lang, 'Even niet beschikbaar', 'Not available for a while')}
      >
        <DateField view={view} name="van" label={labels.van} values={values} errors={errors} />
        <DateField view={view} name="tot" label={labels.tot} values={values} errors={errors} />
        <SubmitButton secondary>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
    </>
  );
}

// The fields the resident's form and the team's phone intake share: their schemas, and the "when" select pair
// ("woensdagmiddag") that moments.ts turns into triage moments.
import { z } from 'zod';
import { normalisePostcode } from '../../../kernel/geo/index.js';
import { dayPartName, dayParts, weekdayName, weekdays } from '../../../kernel/time/index.js';
import { type FormErrors, type FormValues, SelectField } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';

/** Each form lists these in its own order: the order of its fields is the order of its error summary. */
export const requestFields = {
  tekst: z.string().trim().min(10, 'verhaal_te_kort').max(5000, 'tekst_te_lang'),
  naam: z.string().trim().min(1, 'naam_nodig').max(100, 'naam_te_lang'),
  email: z.union([z.literal(''), z.string().trim().pipe(z.email('email_ongeldig'))]),
  telefoon: z
    .string()
    .trim()
    .max(20, 'telefoon_ongeldig')
    .regex(/^[0-9+\-\s()]*$/, 'telefoon_ongeldig'),
  postcode: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .refine((v) => normalisePostcode(v) !== undefined, 'postcode_ongeldig'),
  ]),
  dag: z.union([z.literal(''), z.enum(weekdays)]).default(''),
  dagdeel: z.union([z.literal(''), z.enum(dayParts)]).default(''),
};

/** Day and part of the day, each "Maakt niet uit" when left empty. */
export function WhenFields({
  view,
  values,
  errors,
  labels,
}: {
  view: View;
  values: FormValues;
  errors?: FormErrors;
  labels: { dag: string; dagdeel: string };
}) {
  const { lang } = view;
  const any = tr(lang, 'Maakt niet uit', 'Any');
  return (
    <>
      <SelectField
        view={view}
        name="dag"
        label={labels.dag}
        values={values}
        errors={errors}
        options={[['', any], ...weekdays.map((d) => [d, weekdayName(d, lang)] as const)]}
      />
      <SelectField
        view={view}
        name="dagdeel"
        label={labels.dagdeel}
        values={values}
        errors={errors}
        options={[['', any], ...dayParts.map((p) => [p, dayPartName(p, lang)] as const)]}
      />
    </>
  );
}

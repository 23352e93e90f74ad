// The "when" question as two selects, a day and a part of the day, for the request forms and the search page.
import { dayPartName, dayParts, weekdayName, weekdays } from '../time/index.js';
import { type FormErrors, type FormValues, SelectField } from './forms.js';
import { tr } from './messages.js';
import type { View } from './view.js';

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

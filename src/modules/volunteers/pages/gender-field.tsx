// The optional question "woman or man?", on the sign-up form and on the volunteer's own page, with its schema.
import { z } from 'zod';
import { type FormErrors, type FormValues, SelectField } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';

export const genderSchema = z.union([z.literal(''), z.enum(['v', 'm', 'x'])]).default('');

/** The own page's form with only this question. */
export const genderAnswerSchema = z.object({ geslacht: genderSchema });

/** Optional; only used when an asker wishes for a woman or a man (decision 0008). */
export function GenderField({ view, values, errors }: { view: View; values?: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  return (
    <SelectField
      view={view}
      name="geslacht"
      label={tr(
        lang,
        'Ben je een vrouw of een man? (mag je overslaan)',
        'Are you a woman or a man? (you may skip this)',
      )}
      hint={tr(
        lang,
        'Sommige mensen vragen om een vrouw of een man als helper. Alleen het wijkteam ziet dit.',
        'Some people ask for a woman or a man as helper. Only the team sees this.',
      )}
      values={values}
      errors={errors}
      options={[
        ['', tr(lang, 'Niet ingevuld', 'Not filled in')],
        ['v', tr(lang, 'Een vrouw', 'A woman')],
        ['m', tr(lang, 'Een man', 'A man')],
        ['x', tr(lang, 'Anders, of dat zeg ik liever niet', 'Other, or I would rather not say')],
      ]}
    />
  );
}

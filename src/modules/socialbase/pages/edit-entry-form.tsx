// The form an owner uses to update an entry: its text, cost, free places and the dates it does not take place,
// with the schema that checks it.
import { z } from 'zod';
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { parseExceptionLines } from '../exception-lines.js';

export const entryEditSchema = z.object({
  omschrijving: z.string().trim().min(1, 'omschrijving_nodig').max(5000, 'tekst_te_lang'),
  kosten: z.string().trim().max(100, 'tekst_te_lang'),
  // Digits only: Number() would read "   " as 0 and "0x10" as 16.
  vrije_plaatsen: z
    .string()
    .trim()
    .regex(/^\d{0,5}$/, 'aantal_ongeldig')
    .transform((v) => (v === '' ? ('' as const) : Number(v)))
    .pipe(z.union([z.literal(''), z.number().max(10000, 'aantal_ongeldig')])),
  gaat_niet_door: z
    .string()
    .max(5000, 'tekst_te_lang')
    .refine((v) => parseExceptionLines(v) !== undefined, 'uitzonderingen_ongeldig'),
});
export type EntryEdit = z.infer<typeof entryEditSchema>;

export function EditEntryForm({
  view,
  id,
  name,
  values,
  errors,
}: {
  view: View;
  id: string;
  name: string;
  values: FormValues;
  errors?: FormErrors;
}) {
  const { lang } = view;
  const labels = {
    omschrijving: tr(lang, 'Omschrijving', 'Description'),
    kosten: tr(lang, 'Kosten', 'Cost'),
    vrije_plaatsen: tr(lang, 'Vrije plaatsen (mag leeg blijven)', 'Free places (optional)'),
    gaat_niet_door: tr(lang, 'Gaat niet door op', 'Cancelled on'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{name}</h1>
      <Form view={view} action={`/mijn/activiteiten/${id}`} label={tr(lang, 'Activiteit bijwerken', 'Update activity')}>
        <TextField
          view={view}
          name="omschrijving"
          label={labels.omschrijving}
          multiline
          values={values}
          errors={errors}
          required
        />
        <TextField
          view={view}
          name="kosten"
          label={labels.kosten}
          hint={tr(lang, 'Bijvoorbeeld: gratis, of € 2,50', 'For example: gratis, or € 2,50')}
          values={values}
          errors={errors}
        />
        <TextField
          view={view}
          name="vrije_plaatsen"
          label={labels.vrije_plaatsen}
          inputMode="numeric"
          values={values}
          errors={errors}
        />
        <TextField
          view={view}
          name="gaat_niet_door"
          label={labels.gaat_niet_door}
          hint={tr(
            lang,
            'Eén per regel, zoals: 2026-12-21/2027-01-03 kerstvakantie, of: 2027-04-27 Koningsdag',
            'One per line, like: 2026-12-21/2027-01-03 Christmas holiday, or: 2027-04-27 King’s Day',
          )}
          multiline
          values={values}
          errors={errors}
        />
        <SubmitButton>{tr(lang, 'Opslaan (en alles klopt)', 'Save (and everything is right)')}</SubmitButton>
      </Form>
    </>
  );
}

// The one date field: the browser's date picker (works without JavaScript, sends 2025-03-18), and a schema that
// also takes the date as people write it by hand in Dutch (18-03-2025, 18-3-2025, 18/03/2025).
import { z } from 'zod';
import { parseDate } from '../time/dates.js';
import { describedBy, FieldFrame, type FieldMessageKey, type FormErrors, type FormValues } from './forms.js';
import { tr } from './messages.js';
import type { View } from './view.js';

/** A date that must be given: ISO "2025-03-18" out, whichever way it was written. */
export const dateInput = (message: FieldMessageKey = 'datum_ongeldig') =>
  z.string({ error: message }).transform((typed, ctx) => {
    const date = parseDate(typed);
    if (date === undefined) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return date;
  });

/** A date that may be left empty: null when it was. */
export const optionalDateInput = (message: FieldMessageKey = 'datum_ongeldig') =>
  z
    .string({ error: message })
    .optional()
    .transform((typed, ctx) => {
      if (typed === undefined || typed.trim() === '') return null;
      const date = parseDate(typed);
      if (date === undefined) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return date;
    });

export function DateField({
  view,
  name,
  label,
  values,
  errors,
  hint,
  required,
}: {
  view: View;
  name: string;
  label: string;
  values?: FormValues | undefined;
  errors?: FormErrors | undefined;
  hint?: string;
  required?: boolean;
}) {
  const id = `veld-${name}`;
  const error = errors?.[name];
  const typed = values?.[name] ?? '';
  const date = parseDate(typed);
  // A date picker shows only a date it can read; what it cannot read stays visible as text, exactly as typed.
  // Only spaces are shown as typed too, so a refused field never looks emptied.
  const asText = typed !== '' && date === undefined;
  const help = hint ?? tr(view.lang, 'Bijvoorbeeld 18-03-2025.', 'For example 18-03-2025.');
  return (
    <FieldFrame view={view} id={id} label={label} hint={help} error={error} kind="text">
      <input
        class={`utrecht-textbox utrecht-textbox--html-input nabij-date${error ? ' utrecht-textbox--invalid' : ''}`}
        type={asText ? 'text' : 'date'}
        id={id}
        name={name}
        value={asText ? typed : (date ?? '')}
        inputMode={asText ? 'numeric' : undefined}
        aria-describedby={describedBy(id, help, error)}
        aria-invalid={error ? 'true' : undefined}
        required={required}
      />
    </FieldFrame>
  );
}

// Languages chosen by name: boxes for the languages most spoken in Dutch neighbourhoods, and a field for any other
// written as a name (Dutch or English) or a code. What is kept is always the code (ISO 639-1, or 639-3 such as pap).
import { z } from 'zod';
import { knownLanguages, languageFromInput, languageName } from '../languages/index.js';
import { CheckboxField, type FormErrors, type FormValues, TextField } from './forms.js';
import { tr } from './messages.js';
import type { View } from './view.js';

/** "Papiaments, tr; Engels" → ['pap', 'tr', 'en']; refused with taal_onbekend when one is not a language. */
export const languageListInput = () =>
  z
    .string()
    .max(200, 'tekst_te_lang')
    .optional()
    .transform((typed, ctx) => {
      const parts = (typed ?? '')
        .split(/[;,]|\s+en\s+/)
        .map((p) => p.trim())
        .filter(Boolean);
      const codes = parts.map(languageFromInput);
      if (codes.some((c) => c === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'taal_onbekend' });
        return z.NEVER;
      }
      return [...new Set(codes as string[])];
    });

/** The ticked boxes: one value, several, or none. */
export const languageChoiceInput = () =>
  z
    .union([z.array(z.enum(knownLanguages as [string, ...string[]])), z.enum(knownLanguages as [string, ...string[]])])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** Ticked and written languages together, each once; Dutch when none was given. */
export const joinLanguages = (ticked: readonly string[], written: readonly string[]): string[] => {
  const all = [...new Set([...ticked, ...written])];
  return all.length > 0 ? all : ['nl'];
};

/** The values to show for languages a person already has: ticked boxes, the rest written by name. */
export function languageValues(lang: 'nl' | 'en', codes: readonly string[]): { ticked: string[]; other: string } {
  return {
    ticked: codes.filter((c) => knownLanguages.includes(c)),
    other: codes
      .filter((c) => !knownLanguages.includes(c))
      .map((c) => languageName(lang, c))
      .join(', '),
  };
}

export function LanguageFields({
  view,
  legend,
  ticked,
  values,
  errors,
  otherName = 'andere_taal',
}: {
  view: View;
  legend: string;
  ticked: readonly string[];
  values?: FormValues | undefined;
  errors?: FormErrors | undefined;
  otherName?: string;
}) {
  const { lang } = view;
  return (
    <fieldset
      class={`utrecht-form-fieldset${errors?.talen ? ' utrecht-form-field--invalid' : ''}`}
      id="veld-talen"
      tabIndex={-1}
    >
      <legend class="utrecht-form-fieldset__legend">{legend}</legend>
      <div class="nabij-filters">
        {knownLanguages.map((code) => (
          <CheckboxField
            key={code}
            name="talen"
            value={code}
            label={languageName(lang, code)}
            checked={ticked.includes(code)}
          />
        ))}
      </div>
      <TextField
        view={view}
        name={otherName}
        label={tr(lang, 'Andere taal (mag leeg blijven)', 'Other language (optional)')}
        hint={tr(
          lang,
          'Schrijf de naam, zoals Tamazight of Hongaars. Meer dan één? Zet er een komma tussen.',
          'Write its name, like Tamazight or Hungarian. More than one? Put a comma between them.',
        )}
        values={values}
        errors={errors}
      />
    </fieldset>
  );
}

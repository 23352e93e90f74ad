// The administrator sets the retention term per data category, within the range the law and good sense allow, and
// sees the last runs of the job with their counts. Not personal data.
import { z } from 'zod';
import {
  Form,
  type FormErrors,
  type FormValues,
  SettingsPageTop,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import { StackedTable } from '../../../kernel/ui/stacked-table.js';
import type { View } from '../../../kernel/ui/view.js';
import type { RetentionRun } from '../queries.js';
import {
  amountOf,
  monthsOf,
  type RetentionCategory,
  retentionCategories,
  type RetentionTerms,
  termRules,
} from '../terms.js';

const amount = (category: RetentionCategory) => {
  const { min, max, message } = termRules[category];
  return z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
};

export const retentionSchema = z.object(
  Object.fromEntries(retentionCategories.map((c) => [c, amount(c)])) as Record<
    RetentionCategory,
    ReturnType<typeof amount>
  >,
);

export const termsFromForm = (data: Record<RetentionCategory, number>): RetentionTerms =>
  Object.fromEntries(retentionCategories.map((c) => [c, monthsOf(c, data[c])])) as RetentionTerms;

export const retentionValues = (terms: RetentionTerms): FormValues =>
  Object.fromEntries(retentionCategories.map((c) => [c, String(amountOf(c, terms[c]))]));

export const retentionTitle = (lang: Lang) => tr(lang, 'Bewaartermijnen', 'Retention terms');

export const categoryNames: Record<RetentionCategory, [string, string]> = {
  dossier: ['Dossier van een casus (Wmo)', 'Case file (Wmo)'],
  jeugd: ['Dossier van een casus (Jeugdwet)', 'Case file (Jeugdwet)'],
  hulpvraag_gekoppeld: ['Hulpvraag met een koppeling, zonder casus', 'Help request with a match, without a case'],
  hulpvraag_zonder_vervolg: [
    'Hulpvraag zonder koppeling en zonder casus',
    'Help request without a match and without a case',
  ],
  signaal: ['Signaal (zorg over een buurtgenoot)', 'Signal (concern about a neighbour)'],
};

const hints: Record<RetentionCategory, [string, string]> = {
  dossier: [
    'In jaren na het afsluiten van de casus. Van 15 tot en met 20, standaard 15 (Wmo 2015, selectielijst).',
    'In years after the case was closed. From 15 to 20, default 15 (Wmo 2015, selection list).',
  ],
  jeugd: [
    'In jaren. Van 20 tot en met 30, standaard 20 (Jeugdwet artikel 7.3.8). Nog niet in gebruik: Nabij kent ' +
      'nog geen jeugdcasus.',
    'In years. From 20 to 30, default 20 (Jeugdwet article 7.3.8). Not used yet: Nabij has no youth case yet.',
  ],
  hulpvraag_gekoppeld: [
    'In maanden na de laatste stap. Van 6 tot en met 60, standaard 24.',
    'In months after the last step. From 6 to 60, default 24.',
  ],
  hulpvraag_zonder_vervolg: [
    'In maanden na de laatste stap. Van 3 tot en met 24, standaard 12.',
    'In months after the last step. From 3 to 24, default 12.',
  ],
  signaal: [
    'In maanden na het afsluiten, voor een ongegrond signaal (er was niets aan de hand). Van 3 tot en met 24, ' +
      'standaard 6.',
    'In months after closing, for an unfounded signal (nothing was the matter). From 3 to 24, default 6.',
  ],
};

const dateTime = (lang: Lang, at: Date) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(at);

function countsInWords(lang: Lang, deleted: Record<string, number>): string {
  const parts = retentionCategories
    .filter((c) => (deleted[c] ?? 0) > 0)
    .map((c) => `${tr(lang, ...categoryNames[c])}: ${deleted[c]}`);
  return parts.length > 0 ? parts.join('; ') : tr(lang, 'niets was aan de beurt', 'nothing was due');
}

function Runs({ lang, runs }: { lang: Lang; runs: RetentionRun[] }) {
  const headers = {
    when: tr(lang, 'Wanneer', 'When'),
    total: tr(lang, 'Gewist', 'Erased'),
    what: tr(lang, 'Wat', 'What'),
  };
  return (
    <section aria-labelledby="rondes">
      <h2 class="utrecht-heading-2" id="rondes">
        {tr(lang, 'Laatste rondes', 'Last runs')}
      </h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Elke dag wist Nabij wat over de termijn is. Hier staat hoeveel, zonder namen. Het toegangslog blijft ' +
            'altijd bewaard.',
          'Every day Nabij erases what is past its term. This says how much, without names. The access log is ' +
            'always kept.',
        )}
      </p>
      {runs.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Er is nog geen ronde geweest.', 'There has not been a run yet.')}</p>
      ) : (
        <StackedTable caption={tr(lang, 'De laatste rondes', 'The last runs')} headers={Object.values(headers)}>
          {runs.map((run, index) => (
            <tr class="utrecht-table__row" key={index}>
              <td class="utrecht-table__cell" data-label={headers.when}>
                {dateTime(lang, run.finishedAt)}
              </td>
              <td class="utrecht-table__cell" data-label={headers.total}>
                {run.total}
              </td>
              <td class="utrecht-table__cell" data-label={headers.what}>
                {countsInWords(lang, run.deleted)}
              </td>
            </tr>
          ))}
        </StackedTable>
      )}
    </section>
  );
}

export function RetentionTermsPage({
  view,
  values,
  errors,
  saved,
  runs,
}: {
  view: View;
  values: FormValues;
  errors?: FormErrors;
  saved?: boolean;
  runs: RetentionRun[];
}) {
  const { lang } = view;
  const labels = Object.fromEntries(retentionCategories.map((c) => [c, tr(lang, ...categoryNames[c])]));
  return (
    <>
      <SettingsPageTop
        view={view}
        errors={errors}
        labels={labels}
        title={retentionTitle(lang)}
        saved={
          saved ? tr(lang, 'De bewaartermijnen zijn opgeslagen.', 'The retention terms have been saved.') : undefined
        }
      />
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Hoe lang Nabij gegevens bewaart, per soort. Daarna wist Nabij ze. Een termijn telt vanaf de laatste stap: ' +
            'het afsluiten van de casus of de hulpvraag. Wat nog loopt, wist Nabij nooit. Toestemmingen gaan mee ' +
            'met de gegevens waar ze over gaan.',
          'How long Nabij keeps data, per kind. After that Nabij erases it. A term counts from the last step: ' +
            'closing the case or the request. Nothing that is still running is ever erased. Consents go with the ' +
            'data they are about.',
        )}
      </p>
      <Form view={view} action="/beheer/bewaartermijnen" label={retentionTitle(lang)}>
        {retentionCategories.map((c) => (
          <TextField
            key={c}
            view={view}
            name={c}
            label={labels[c]!}
            hint={tr(lang, ...hints[c])}
            inputMode="numeric"
            values={values}
            errors={errors}
          />
        ))}
        <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
      <Runs lang={lang} runs={runs} />
    </>
  );
}

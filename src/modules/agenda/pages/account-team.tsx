// The team's side of the account: the list of results, "Maak een resultaat" (from an accepted proposal or the team's
// own item), and one result's milestones and updates.
import { z } from 'zod';
import { DateField, optionalDateInput } from '../../../kernel/ui/date-field.js';
import {
  CsrfField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import { StackedTable } from '../../../kernel/ui/stacked-table.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Milestone, Option, ResultRow } from '../queries/account.js';
import { resultStatuses } from '../schema.js';
import { ProgressBar } from './account-public.js';
import { dateInWords, nextResultStatuses, ownerInWords, resultStatusWords } from './account-words.js';

const uuidField = (message: 'eigenaar_kiezen' | 'wijk_kiezen') =>
  z.string({ error: message }).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, message);

export const newResultSchema = z.object({
  voorstel: z.string().optional().default(''),
  titel: z.string({ error: 'resultaat_titel_nodig' }).trim().min(1, 'resultaat_titel_nodig').max(200, 'tekst_te_lang'),
  beschrijving: z.string().trim().max(4000, 'tekst_te_lang').optional().default(''),
  eigenaar: uuidField('eigenaar_kiezen'),
  wijk: z.string().optional().default(''),
  start: optionalDateInput(),
  eind: optionalDateInput(),
});

export const milestoneSchema = z.object({
  titel: z.string({ error: 'mijlpaal_titel_nodig' }).trim().min(1, 'mijlpaal_titel_nodig').max(200, 'tekst_te_lang'),
  datum: optionalDateInput(),
});

export const updateSchema = z.object({
  tekst: z.string({ error: 'update_tekst_nodig' }).trim().min(1, 'update_tekst_nodig').max(4000, 'tekst_te_lang'),
  voortgang: z
    .string()
    .trim()
    .optional()
    .default('')
    .refine((v) => v === '' || (/^\d{1,3}$/.test(v) && Number(v) <= 100), 'voortgang_ongeldig')
    .transform((v) => (v === '' ? null : Number(v))),
  status: z
    .string()
    .optional()
    .default('')
    .refine((v) => v === '' || (resultStatuses as readonly string[]).includes(v), 'waarde_ongeldig')
    .transform((v) => (v === '' ? null : (v as (typeof resultStatuses)[number]))),
});

export function TeamResultsPage({ view, results }: { view: View; results: readonly ResultRow[] }) {
  const { lang } = view;
  const headers = [
    tr(lang, 'Resultaat', 'Result'),
    tr(lang, 'Wijk', 'Neighbourhood'),
    tr(lang, 'Status', 'Status'),
    tr(lang, 'Voortgang', 'Progress'),
    tr(lang, 'Trekker', 'Lead'),
  ];
  return (
    <>
      <h1 class="utrecht-heading-1">{tr(lang, 'Verantwoording', 'Public account')}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/team/verantwoording/nieuw">
          {tr(lang, 'Maak een resultaat', 'Make a result')}
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href="/verantwoording">
          {tr(lang, 'Zo ziet de wijk het', 'How the neighbourhood sees it')}
        </a>
      </p>
      {results.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Nog geen resultaten.', 'No results yet.')}</p>
      ) : (
        <StackedTable caption={tr(lang, 'Alle resultaten', 'All results')} headers={headers}>
          {results.map((r) => (
            <tr class="utrecht-table__row" key={r.id}>
              <td class="utrecht-table__cell" data-label={headers[0]}>
                <a class="utrecht-link" href={`/team/verantwoording/${r.id}`}>
                  {r.title}
                </a>
              </td>
              <td class="utrecht-table__cell" data-label={headers[1]}>
                {r.wijk}
              </td>
              <td class="utrecht-table__cell" data-label={headers[2]}>
                {resultStatusWords(lang, r.status)}
              </td>
              <td class="utrecht-table__cell" data-label={headers[3]}>
                {r.progress}%
              </td>
              <td class="utrecht-table__cell" data-label={headers[4]}>
                {ownerInWords(lang, r.ownerName, r.ownerRole)}
              </td>
            </tr>
          ))}
        </StackedTable>
      )}
    </>
  );
}

export const newResultLabels = (lang: Lang) => ({
  titel: tr(lang, 'Titel', 'Title'),
  beschrijving: tr(lang, 'Wat gaat het team doen?', 'What will the team do?'),
  eigenaar: tr(lang, 'Wie trekt het?', 'Who leads it?'),
  wijk: tr(lang, 'Wijk', 'Neighbourhood'),
  start: tr(lang, 'Begint op', 'Starts on'),
  eind: tr(lang, 'Klaar op', 'Ends on'),
});

export function NewResultPage({
  view,
  proposal,
  owners,
  neighbourhoods,
  values,
  errors,
}: {
  view: View;
  proposal: { id: string; title: string } | null;
  owners: readonly Option[];
  neighbourhoods: readonly Option[];
  values: FormValues;
  errors: FormErrors;
}) {
  const { lang } = view;
  const labels = newResultLabels(lang);
  const action = proposal ? `/team/verantwoording/nieuw?voorstel=${proposal.id}` : '/team/verantwoording/nieuw';
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/team/verantwoording">
          {tr(lang, 'Terug naar de verantwoording', 'Back to the public account')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{tr(lang, 'Maak een resultaat', 'Make a result')}</h1>
      <p class="utrecht-paragraph">
        {proposal
          ? tr(lang, `Van het aangenomen voorstel: ${proposal.title}`, `From the accepted proposal: ${proposal.title}`)
          : tr(lang, 'Een eigen punt van het team.', 'An item of the team itself.')}
      </p>
      <Form view={view} action={action} label={tr(lang, 'Nieuw resultaat', 'New result')}>
        <input type="hidden" name="voorstel" value={proposal?.id ?? ''} />
        <TextField view={view} name="titel" label={labels.titel} values={values} errors={errors} />
        <TextField
          view={view}
          name="beschrijving"
          label={labels.beschrijving}
          values={values}
          errors={errors}
          multiline
        />
        <SelectField
          view={view}
          name="eigenaar"
          label={labels.eigenaar}
          hint={tr(
            lang,
            'De wijk ziet alleen de voornaam en de rol.',
            'The neighbourhood sees only first name and role.',
          )}
          options={[['', tr(lang, 'Kies iemand', 'Choose someone')], ...owners.map((o) => [o.id, o.name] as const)]}
          values={values}
          errors={errors}
        />
        {proposal ? null : (
          <SelectField
            view={view}
            name="wijk"
            label={labels.wijk}
            options={[['', tr(lang, 'Kies een wijk', 'Choose')], ...neighbourhoods.map((n) => [n.id, n.name] as const)]}
            values={values}
            errors={errors}
          />
        )}
        <DateField view={view} name="start" label={labels.start} values={values} errors={errors} />
        <DateField view={view} name="eind" label={labels.eind} values={values} errors={errors} />
        <SubmitButton>{tr(lang, 'Maak het resultaat', 'Make the result')}</SubmitButton>
      </Form>
    </>
  );
}

export const resultFormLabels = (lang: Lang) => ({
  titel: tr(lang, 'Nieuwe mijlpaal', 'New milestone'),
  datum: tr(lang, 'Gepland voor', 'Planned for'),
  tekst: tr(lang, 'Wat is er gebeurd?', 'What happened?'),
  voortgang: tr(lang, 'Nieuwe voortgang (0 tot 100)', 'New progress (0 to 100)'),
  status: tr(lang, 'Nieuwe status', 'New status'),
});

export function TeamResultPage({
  view,
  result,
  milestones,
  values,
  errors,
  saved,
}: {
  view: View;
  result: ResultRow;
  milestones: readonly Milestone[];
  values: FormValues;
  errors: FormErrors;
  saved: string | null;
}) {
  const { lang } = view;
  const labels = resultFormLabels(lang);
  const action = `/team/verantwoording/${result.id}`;
  const statusOptions = nextResultStatuses(result.status);
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/team/verantwoording">
          {tr(lang, 'Terug naar de verantwoording', 'Back to the public account')}
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href={`/verantwoording/${result.id}`}>
          {tr(lang, 'Zo ziet de wijk het', 'How the neighbourhood sees it')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{result.title}</h1>
      {saved ? (
        <p class="utrecht-paragraph" role="status">
          {saved}
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(lang, 'Status', 'Status')}: {resultStatusWords(lang, result.status)} · {result.wijk} ·{' '}
        {ownerInWords(lang, result.ownerName, result.ownerRole)}
      </p>
      <ProgressBar lang={lang} progress={result.progress} id="voortgang-nu" />

      <h2 class="utrecht-heading-2">{tr(lang, 'Nieuws op de tijdlijn', 'News on the timeline')}</h2>
      <p class="utrecht-paragraph">
        {tr(lang, 'Wie dit volgt, krijgt er een mail over.', 'Whoever follows this gets a mail about it.')}
      </p>
      <Form view={view} action={action} label={tr(lang, 'Nieuws', 'News')}>
        <input type="hidden" name="actie" value="nieuws" />
        <TextField view={view} name="tekst" label={labels.tekst} values={values} errors={errors} multiline />
        <TextField
          view={view}
          name="voortgang"
          label={labels.voortgang}
          inputMode="numeric"
          hint={tr(lang, `Nu ${result.progress}. Laat leeg als het niet verandert.`, `Now ${result.progress}.`)}
          values={values}
          errors={errors}
        />
        <SelectField
          view={view}
          name="status"
          label={labels.status}
          options={[
            ['', tr(lang, 'Blijft hetzelfde', 'Stays the same')],
            ...statusOptions.map((s) => [s, resultStatusWords(lang, s)] as const),
          ]}
          values={values}
          errors={errors}
        />
        <SubmitButton>{tr(lang, 'Zet op de tijdlijn', 'Put on the timeline')}</SubmitButton>
      </Form>

      <h2 class="utrecht-heading-2">{tr(lang, 'Mijlpalen', 'Milestones')}</h2>
      {milestones.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Nog geen mijlpalen.', 'No milestones yet.')}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {milestones.map((m) => (
            <li key={m.id}>
              {m.title}
              {m.doneOn ? (
                ` — ${tr(lang, 'gehaald op', 'reached on')} ${dateInWords(lang, m.doneOn)}`
              ) : (
                <form method="post" action={action} class="nabij-inline-form">
                  <CsrfField view={view} />
                  <input type="hidden" name="actie" value="gehaald" />
                  <input type="hidden" name="mijlpaal" value={m.id} />
                  {m.dueOn ? ` (${dateInWords(lang, m.dueOn)}) ` : ' '}
                  <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                    {tr(lang, `Gehaald: ${m.title}`, `Reached: ${m.title}`)}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <Form view={view} action={action} label={tr(lang, 'Nieuwe mijlpaal', 'New milestone')}>
        <input type="hidden" name="actie" value="mijlpaal" />
        <TextField view={view} name="titel" label={labels.titel} values={values} errors={errors} />
        <DateField view={view} name="datum" label={labels.datum} values={values} errors={errors} />
        <SubmitButton secondary>{tr(lang, 'Voeg de mijlpaal toe', 'Add the milestone')}</SubmitButton>
      </Form>
    </>
  );
}

// The proposal form: what, where, why, what you would do yourself. It says the proposal is public and asks not to
// name anyone; a wrong answer gets its message beside the field, with what was typed kept.
import { z } from 'zod';
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { Neighbourhood } from '../../../kernel/tenancy/queries.js';
import type { View } from '../../../kernel/ui/view.js';

const text = (max: number) => z.string().trim().max(max, 'tekst_te_lang').default('');

export const proposalSchema = z.object({
  wijk: z.uuid('agenda_wijk_kiezen'),
  titel: z.string().trim().min(1, 'agenda_titel_nodig').max(120, 'agenda_titel_te_lang'),
  wat: z.string().trim().min(1, 'agenda_wat_nodig').max(3000, 'tekst_te_lang'),
  waar: text(500),
  waarom: text(3000),
  zelf: text(3000),
});

export const proposalFormTitle = (lang: Lang) => tr(lang, 'Doe een voorstel voor je wijk', 'Propose something');

export function proposalLabels(lang: Lang): Record<string, string> {
  return {
    wijk: tr(lang, 'Voor welke wijk?', 'For which neighbourhood?'),
    titel: tr(lang, 'Titel van je voorstel', 'Title of your proposal'),
    wat: tr(lang, 'Wat stel je voor?', 'What do you propose?'),
    waar: tr(lang, 'Waar in de wijk? (mag leeg)', 'Where in the neighbourhood? (optional)'),
    waarom: tr(lang, 'Waarom is dit belangrijk? (mag leeg)', 'Why does it matter? (optional)'),
    zelf: tr(lang, 'Wat wil je er zelf aan doen? (mag leeg)', 'What would you do yourself? (optional)'),
  };
}

export function ProposalFormPage({
  view,
  neighbourhoods,
  values,
  errors,
}: {
  view: View;
  neighbourhoods: readonly Neighbourhood[];
  values: FormValues;
  errors: FormErrors;
}) {
  const { lang } = view;
  const labels = proposalLabels(lang);
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/wijkagenda">
          {tr(lang, 'Terug naar de wijkagenda', 'Back to the neighbourhood agenda')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{proposalFormTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Je voorstel komt openbaar op de wijkagenda. Iedereen kan het lezen. Je naam staat er niet bij: er staat ' +
            '"een bewoner uit" je wijk. Noem geen namen van andere mensen en schrijf niets over één persoon.',
          'Your proposal will be public on the neighbourhood agenda. Anyone can read it. Your name is not shown: it ' +
            'says "a resident of" your neighbourhood. Do not name other people or write about one person.',
        )}
      </p>
      <Form view={view} action="/wijkagenda/voorstel" label={proposalFormTitle(lang)}>
        <SelectField
          view={view}
          name="wijk"
          label={labels.wijk!}
          options={[
            ['', tr(lang, 'Kies een wijk', 'Choose a neighbourhood')],
            ...neighbourhoods.map((n) => [n.id, n.name] as const),
          ]}
          values={values}
          errors={errors}
        />
        <TextField view={view} name="titel" label={labels.titel!} values={values} errors={errors} required />
        <TextField
          view={view}
          name="wat"
          label={labels.wat!}
          hint={tr(lang, 'Bijvoorbeeld: een bankje bij de speeltuin.', 'For example: a bench by the playground.')}
          values={values}
          errors={errors}
          multiline
          required
        />
        <TextField view={view} name="waar" label={labels.waar!} values={values} errors={errors} />
        <TextField view={view} name="waarom" label={labels.waarom!} values={values} errors={errors} multiline />
        <TextField
          view={view}
          name="zelf"
          label={labels.zelf!}
          hint={tr(lang, 'Bijvoorbeeld: ik help mee met opbouwen.', 'For example: I will help set it up.')}
          values={values}
          errors={errors}
          multiline
        />
        <SubmitButton>{tr(lang, 'Zet op de wijkagenda', 'Put on the agenda')}</SubmitButton>
      </Form>
    </>
  );
}

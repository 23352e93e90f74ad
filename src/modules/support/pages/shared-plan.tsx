// A resident's plan as their client supporter reads it: the goals per topic and the agreements, with a PDF to take
// along, and a goal the supporter notes in the resident's words when they write it together.
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
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Instrument } from '../../casework/index.js';
import { type PlanData, whoLabel } from '../../plans/index.js';

export const sharedGoalSchema = (domainKeys: readonly string[]) =>
  z.object({
    domein: z.string().refine((v) => domainKeys.includes(v), 'onderwerp_kiezen'),
    doel: z.string().trim().min(1, 'doel_nodig').max(2000, 'tekst_te_lang'),
  });

/** `base`: the resident's page for the supporter, or null when the resident has no open case (no plan to write). */
export function SharedPlan({
  view,
  plan,
  instrument,
  base,
  values,
  errors,
}: {
  view: View;
  plan: PlanData | undefined;
  instrument: Instrument;
  base: string | null;
  values: FormValues;
  errors?: FormErrors | undefined;
}) {
  const { lang } = view;
  if (base === null)
    return (
      <p class="utrecht-paragraph">
        {tr(lang, 'Er is nog geen plan: het wijkteam begint er een.', 'There is no plan yet: the team starts one.')}
      </p>
    );
  const labels = {
    domein: tr(lang, 'Over welk onderwerp?', 'About which topic?'),
    doel: tr(lang, 'Het doel, in de woorden van de bewoner', 'The goal, in the resident’s words'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <PlanContent view={view} plan={plan} instrument={instrument} pdf={`${base}/plan.pdf`} />
      <h3 class="utrecht-heading-3">{tr(lang, 'Samen een doel opschrijven', 'Write down a goal together')}</h3>
      <Form view={view} action={`${base}/plan/doel`} label={tr(lang, 'Doel toevoegen', 'Add a goal')}>
        <SelectField
          view={view}
          name="domein"
          label={labels.domein}
          options={instrument.domains.map((d) => [d.key, d.name] as const)}
          values={values}
          errors={errors}
        />
        <TextField view={view} name="doel" label={labels.doel} values={values} errors={errors} multiline />
        <SubmitButton>{tr(lang, 'Doel toevoegen', 'Add goal')}</SubmitButton>
      </Form>
    </>
  );
}

function PlanContent({
  view,
  plan,
  instrument,
  pdf,
}: {
  view: View;
  plan: PlanData | undefined;
  instrument: Instrument;
  pdf: string;
}) {
  const { lang } = view;
  if (!plan || (plan.goals.length === 0 && plan.agreements.length === 0))
    return <p class="utrecht-paragraph">{tr(lang, 'Er staat nog niets in het plan.', 'The plan is empty so far.')}</p>;
  const domain = (key: string) => instrument.domains.find((d) => d.key === key)?.name ?? tr(lang, 'Anders', 'Other');
  return (
    <>
      <h3 class="utrecht-heading-3">{tr(lang, 'Doelen', 'Goals')}</h3>
      <ul class="utrecht-unordered-list">
        {plan.goals.map((g) => (
          <li key={g.id}>
            <strong>{domain(g.domainKey)}:</strong> {g.goal}
            {g.wentWell ? ` ${tr(lang, 'Wat ging goed:', 'What went well:')} ${g.wentWell}` : ''}
          </li>
        ))}
      </ul>
      <h3 class="utrecht-heading-3">{tr(lang, 'Afspraken', 'Agreements')}</h3>
      <ul class="utrecht-unordered-list">
        {plan.agreements.map((a) => (
          <li key={a.id}>
            {a.what} · {whoLabel(lang, a.who, a.whoName)}
            {a.dueOn ? ` · ${tr(lang, 'uiterlijk', 'by')} ${a.dueOn.split('-').reverse().join('-')}` : ''}
            {a.doneAt ? ` · ${tr(lang, 'gedaan', 'done')}` : ''}
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={pdf}>
          {tr(lang, 'Het plan als PDF', 'The plan as a PDF')}
        </a>
      </p>
    </>
  );
}

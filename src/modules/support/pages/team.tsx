// The team's handling of complaints and objections: the list, oldest unhandled first, and one complaint with the
// next step and the answer the resident reads.
import { z } from 'zod';
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  RadioField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Complaint, ComplaintStep } from '../queries.js';
import { complaintStatusWords, words } from '../words.js';
import { ComplaintDetail, ComplaintList, complaintsTitle } from './resident.js';

export const handlingSchema = z
  .object({
    stap: z.enum(['in_behandeling', 'afgehandeld'], { message: 'klacht_stap_kiezen' }),
    bericht: z.string().trim().max(5000, 'tekst_te_lang').default(''),
  })
  .superRefine((v, ctx) => {
    if (v.stap === 'afgehandeld' && v.bericht === '')
      ctx.addIssue({ code: 'custom', message: 'klacht_antwoord_nodig', path: ['bericht'] });
  });

export const teamComplaintsTitle = (lang: Lang) => complaintsTitle(lang);

export function TeamComplaintsPage({ view, complaints }: { view: View; complaints: Complaint[] }) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{teamComplaintsTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Wat bewoners indienden, wat nog niet is afgehandeld bovenaan. De bewoner volgt elke stap en leest je ' +
            'antwoord.',
          'What residents filed, what is not handled yet on top. The resident follows every step and reads your ' +
            'answer.',
        )}
      </p>
      {complaints.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Er zijn geen klachten of bezwaren.', 'There are no complaints.')}</p>
      ) : (
        <ComplaintList view={view} complaints={complaints} base="/team/klachten" />
      )}
    </>
  );
}

export function TeamComplaintPage({
  view,
  c,
  steps,
  values,
  errors,
}: {
  view: View;
  c: Complaint;
  steps: ComplaintStep[];
  values: FormValues;
  errors?: FormErrors;
}) {
  const { lang } = view;
  const labels = {
    stap: tr(lang, 'Wat is de volgende stap?', 'What is the next step?'),
    bericht: tr(lang, 'Bericht aan de bewoner', 'Message to the resident'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/team/klachten">
          {tr(lang, 'Terug naar de klachten', 'Back to the complaints')}
        </a>
      </p>
      <p class="utrecht-paragraph">
        {tr(lang, 'Van', 'From')} {c.residentName}
      </p>
      <ComplaintDetail view={view} c={c} steps={steps} />
      {c.status === 'afgehandeld' ? null : (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Behandelen', 'Handle')}</h2>
          <Form view={view} action={`/team/klachten/${c.id}`} label={tr(lang, 'Behandelen', 'Handle')}>
            <RadioField
              view={view}
              name="stap"
              legend={labels.stap}
              values={values}
              errors={errors}
              options={[
                ['in_behandeling', words(lang, complaintStatusWords.in_behandeling)],
                ['afgehandeld', tr(lang, 'Afgehandeld, met een antwoord', 'Handled, with an answer')],
              ]}
            />
            <TextField
              view={view}
              name="bericht"
              label={labels.bericht}
              hint={tr(
                lang,
                'Schrijf in gewone woorden. Bij "afgehandeld" is dit je antwoord.',
                'Write in plain words. With "handled" this is your answer.',
              )}
              values={values}
              errors={errors}
              multiline
            />
            <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
          </Form>
        </>
      )}
    </>
  );
}

// "Hoe gaat het?": the outcome of a match and the asker's own rating. The asker fills it in through their link; a
// team member fills it in for an asker who answered by phone.
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
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Closing } from '../commands/close-match.js';
import type { MatchByLink } from '../commands/open-match.js';
import { outcomes } from '../states.js';

export const closingSchema = z
  .object({
    uitkomst: z.enum(outcomes, { message: 'uitkomst_kiezen' }),
    reden: z.string().trim().max(1000, 'tekst_te_lang').default(''),
    cijfer: z.union([z.literal(''), z.enum(['1', '2', '3', '4', '5'])]).default(''),
    opmerking: z.string().trim().max(2000, 'tekst_te_lang').default(''),
  })
  .refine((v) => v.uitkomst !== 'niet_opgelost' || v.reden !== '', { message: 'reden_nodig', path: ['reden'] });

/** The form's answers as the closing of a match; what is left empty is not known. */
export const closingFromForm = (d: z.infer<typeof closingSchema>): Closing => ({
  outcome: d.uitkomst,
  reason: d.reden || null,
  rating: d.cijfer ? Number(d.cijfer) : null,
  comment: d.opmerking || null,
});

const outcomeLabels: Record<(typeof outcomes)[number], [string, string]> = {
  collectief_opgelost: [
    'Ja, ik ga nu naar een activiteit of groep in de buurt',
    'Yes, I now go to an activity or group nearby',
  ],
  informeel_opgelost: ['Ja, iemand uit de buurt helpt mij', 'Yes, someone from the neighbourhood helps me'],
  doorverwezen: ['Ik word nu geholpen door een professional', 'A professional is helping me now'],
  niet_opgelost: ['Nee, het is niet opgelost', 'No, it has not been solved'],
};

export function ClosingForm({
  view,
  action,
  found,
  values,
  errors,
  byPhone,
}: {
  view: View;
  action: string;
  found: MatchByLink;
  values: FormValues;
  errors?: FormErrors;
  byPhone?: boolean;
}) {
  const { lang } = view;
  const labels = {
    uitkomst: tr(lang, 'Is je vraag opgelost?', 'Has your question been solved?'),
    reden: tr(lang, 'Wat ging er mis? (als het niet is opgelost)', 'What went wrong? (if not solved)'),
    cijfer: tr(lang, 'Hoe tevreden ben je over de hulp?', 'How satisfied are you with the help?'),
    opmerking: tr(lang, 'Wil je nog iets zeggen? (mag leeg blijven)', 'Anything else to say? (optional)'),
  };
  // Only the outcomes that fit: someone who was helped by a volunteer did not go to a group.
  const fitting = outcomes.filter((o) => (found.activity ? o !== 'informeel_opgelost' : o !== 'collectief_opgelost'));
  const satisfaction: [string, string][] = [
    ['1', tr(lang, '1 – niet tevreden', '1 – not satisfied')],
    ['2', tr(lang, '2 – niet zo tevreden', '2 – not very satisfied')],
    ['3', tr(lang, '3 – gaat wel', '3 – okay')],
    ['4', tr(lang, '4 – tevreden', '4 – satisfied')],
    ['5', tr(lang, '5 – heel tevreden', '5 – very satisfied')],
  ];
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">
        {byPhone
          ? tr(lang, `Afronden: wat zegt ${found.askerFirstName}?`, `Closing: what does ${found.askerFirstName} say?`)
          : tr(lang, `Hoe gaat het, ${found.askerFirstName}?`, `How are you, ${found.askerFirstName}?`)}
      </h1>
      {byPhone ? (
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Vul in wat de vrager aan de telefoon vertelt, in de woorden van de vrager. ' +
              'Het cijfer is het cijfer van de vrager, niet dat van jou.',
            'Enter what the asker tells you by phone, in their words. The score is the asker’s, not yours.',
          )}
        </p>
      ) : null}
      {byPhone ? null : (
        <p class="utrecht-paragraph">
          {found.volunteerFirstName
            ? tr(
                lang,
                `${found.volunteerFirstName} helpt je nu een tijdje.`,
                `${found.volunteerFirstName} has been helping you for a while.`,
              )
            : tr(
                lang,
                `Je ging naar ${found.activity?.name ?? 'een activiteit'}.`,
                `You went to ${found.activity?.name ?? 'an activity'}.`,
              )}{' '}
          {tr(
            lang,
            'Vertel ons hoe het gaat. Zo leren we wat goed werkt in de buurt.',
            'Tell us how it is going. That is how we learn what works in the neighbourhood.',
          )}
        </p>
      )}
      <Form view={view} action={action} label={tr(lang, 'Afronden', 'Finish')}>
        <RadioField
          view={view}
          name="uitkomst"
          legend={labels.uitkomst}
          values={values}
          errors={errors}
          options={fitting.map((o) => [o, tr(lang, outcomeLabels[o][0], outcomeLabels[o][1])] as const)}
        />
        <TextField view={view} name="reden" label={labels.reden} multiline values={values} errors={errors} />
        <RadioField
          view={view}
          name="cijfer"
          legend={labels.cijfer}
          values={values}
          errors={errors}
          options={satisfaction}
        />
        <TextField view={view} name="opmerking" label={labels.opmerking} multiline values={values} errors={errors} />
        <SubmitButton>{tr(lang, 'Versturen', 'Send')}</SubmitButton>
      </Form>
    </>
  );
}

// The regisseur sets the deadline on a referral ("hulp gestart uiterlijk") and where the provider is reached; after
// the deadline the daily job escalates (docs/regie.md).
import { z } from 'zod';
import { DateField, dateInput } from '../../../kernel/ui/date-field.js';
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  optionalEmailInput,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { ReferralView } from '../queries/regie.js';

export const deadlineSchema = (today: string) =>
  z.object({
    uiterlijk: dateInput().refine((d) => d >= today, 'datum_voorbij'),
    contact: optionalEmailInput(),
  });

export const referralTitle = (lang: Lang, provider: string) =>
  tr(lang, `Termijn voor ${provider}`, `Deadline for ${provider}`);

export const deadlineValues = (r: ReferralView): FormValues => ({
  uiterlijk: r.startBy ?? '',
  contact: r.contactEmail ?? '',
});

export function ReferralDeadlinePage({
  view,
  caseId,
  referral,
  values,
  errors,
}: {
  view: View;
  caseId: string;
  referral: ReferralView;
  values: FormValues;
  errors?: FormErrors;
}) {
  const { lang } = view;
  const labels = {
    uiterlijk: tr(lang, 'Hulp gestart uiterlijk', 'Help started by'),
    contact: tr(lang, 'E-mailadres van het contact bij de aanbieder', 'Email address of the provider’s contact'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/team/casussen/${caseId}`}>
          {tr(lang, 'Terug naar de casus', 'Back to the case')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{referralTitle(lang, referral.providerName)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Is de hulp de dag na deze datum nog niet gestart, dan mailt Nabij het contact bij de aanbieder (stap 1). ' +
            'Is de hulp daarna nog niet gestart, dan mailt Nabij de teammanager (stap 2). De mail noemt alleen de ' +
            'code van de hulpvraag en hoe ze jou bereiken, niet het verhaal van de bewoner. Een nieuwe datum begint ' +
            'opnieuw bij stap 1.',
          'If the help has not started the day after this date, Nabij mails the provider’s contact (step 1), and ' +
            'later the team manager (step 2). The mail names only the request’s code and how to reach you. A new ' +
            'date starts again at step 1.',
        )}
      </p>
      <Form view={view} action={`/team/casussen/${caseId}/verwijzingen/${referral.id}`} label={labels.uiterlijk}>
        <DateField view={view} name="uiterlijk" label={labels.uiterlijk} values={values} errors={errors} />
        <TextField
          view={view}
          name="contact"
          label={labels.contact}
          type="email"
          hint={tr(lang, 'Mag leeg: dan neem je zelf contact op.', 'May be empty: then you get in touch yourself.')}
          values={values}
          errors={errors}
        />
        <SubmitButton>{tr(lang, 'Termijn opslaan', 'Save the deadline')}</SubmitButton>
      </Form>
    </>
  );
}

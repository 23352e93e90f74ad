// The administrator sets the municipality's terms for cases: first contact within so many working days, the plan
// within so many weeks. Not personal data.
import { z } from 'zod';
import {
  optionalEmailInput,
  SettingsPageTop,
  Form,
  type FormErrors,
  type FormValues,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { CaseTerms } from '../deadlines.js';
import type { Instrument } from '../instruments.js';
import type { EscalationSettings } from '../queries/regie.js';

const wholeNumber = (min: number, max: number, message: 'werkdagen_ongeldig' | 'weken_ongeldig') =>
  z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));

/** The terms, and the conversation's instrument out of the ones the municipality may choose. */
export const termsSchema = (instrumentIds: readonly string[]) =>
  z.object({
    eerste_contact: wholeNumber(1, 30, 'werkdagen_ongeldig'),
    plan: wholeNumber(1, 26, 'weken_ongeldig'),
    // Absent (a form from before the choice existed): the setting stays as it is.
    instrument: z
      .string()
      .refine((v) => instrumentIds.includes(v), 'instrument_kiezen')
      .optional(),
    // The escalation of late referrals (docs/regie.md); absent in a form from before they existed: kept as they are.
    escalatie: wholeNumber(1, 30, 'werkdagen_ongeldig').optional(),
    teammanager: z.string().trim().max(200, 'naam_te_lang').optional(),
    teammanager_email: optionalEmailInput().optional(),
  });

export const termsTitle = (lang: Lang) => tr(lang, 'Termijnen van casussen', 'Case terms');

export const termsValues = (terms: CaseTerms, instrument: Instrument, escalation: EscalationSettings): FormValues => ({
  eerste_contact: String(terms.firstContactWorkingDays),
  plan: String(terms.planWeeks),
  instrument: instrument.id,
  escalatie: String(escalation.workingDays),
  teammanager: escalation.managerName ?? '',
  teammanager_email: escalation.managerEmail ?? '',
});

export function TermsPage({
  view,
  values,
  errors,
  saved,
  instruments,
}: {
  view: View;
  instruments: Instrument[];
  values: FormValues;
  errors?: FormErrors;
  saved?: boolean;
}) {
  const { lang } = view;
  const labels = {
    eerste_contact: tr(lang, 'Eerste contact binnen (werkdagen)', 'First contact within (working days)'),
    plan: tr(lang, 'Plan binnen (weken)', 'Plan within (weeks)'),
    instrument: tr(lang, 'Instrument voor het gesprek over zelfredzaamheid', 'Instrument for the conversation'),
    escalatie: tr(lang, 'Stap 2 van een escalatie na (werkdagen)', 'Escalation step 2 after (working days)'),
    teammanager: tr(lang, 'Naam van de teammanager', 'Name of the team manager'),
    teammanager_email: tr(lang, 'E-mailadres van de teammanager', 'Email address of the team manager'),
  };
  return (
    <>
      <SettingsPageTop
        view={view}
        errors={errors}
        labels={labels}
        title={termsTitle(lang)}
        saved={saved ? tr(lang, 'De termijnen zijn opgeslagen.', 'The terms have been saved.') : undefined}
      />
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'De termijnen tellen vanaf de dag dat een hulpvraag binnenkomt. Werkdagen zijn maandag tot en met vrijdag; ' +
            'feestdagen tellen mee als werkdag. Het wijkteam ziet bij elke casus wanneer iets uiterlijk moet. ' +
            'Wat te laat is, staat bovenaan.',
          'The terms count from the day a request comes in. Working days are Monday to Friday; public holidays count ' +
            'as working days. The team sees for each case when something is due, and what is overdue is on top.',
        )}
      </p>
      <Form view={view} action="/beheer/termijnen" label={termsTitle(lang)}>
        <TextField
          view={view}
          name="eerste_contact"
          label={labels.eerste_contact}
          hint={tr(lang, 'Van 1 tot en met 30. Standaard 3.', 'From 1 to 30. Default 3.')}
          inputMode="numeric"
          values={values}
          errors={errors}
        />
        <TextField
          view={view}
          name="plan"
          label={labels.plan}
          hint={tr(lang, 'Van 1 tot en met 26. Standaard 4.', 'From 1 to 26. Default 4.')}
          inputMode="numeric"
          values={values}
          errors={errors}
        />
        <SelectField
          view={view}
          name="instrument"
          label={labels.instrument}
          hint={tr(
            lang,
            'Met dit instrument vult het wijkteam het gesprek met de bewoner in. Een eigen instrument, zoals ' +
              'Positieve Gezondheid, laat je toevoegen door wie de server beheert.',
            'The team fills in the conversation with the resident with this instrument. Ask whoever runs the ' +
              'server to add one of your own, such as Positieve Gezondheid.',
          )}
          values={values}
          errors={errors}
          options={instruments.map(
            (i) =>
              [
                i.id,
                `${i.name} (${i.domains.length} ${tr(lang, 'onderwerpen', 'topics')}` +
                  `${i.tenantId ? tr(lang, ', eigen instrument', ', your own') : ''})`,
              ] as const,
          )}
        />
        <h2 class="utrecht-heading-2">{tr(lang, 'Escalatie van verwijzingen', 'Escalation of referrals')}</h2>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Is de hulp van een aanbieder niet gestart op de datum die de regisseur zette, dan mailt Nabij de dag ' +
              'erna het contact bij de aanbieder (stap 1). Is de hulp zoveel werkdagen later nog niet gestart, dan ' +
              'mailt Nabij de teammanager (stap 2).',
            'If a provider’s help has not started by the date the case director set, Nabij mails the provider the ' +
              'next day (step 1), and the team manager so many working days later (step 2).',
          )}
        </p>
        <TextField
          view={view}
          name="escalatie"
          label={labels.escalatie}
          hint={tr(lang, 'Van 1 tot en met 30. Standaard 5.', 'From 1 to 30. Default 5.')}
          inputMode="numeric"
          values={values}
          errors={errors}
        />
        <TextField
          view={view}
          name="teammanager"
          label={labels.teammanager}
          autoComplete="off"
          values={values}
          errors={errors}
        />
        <TextField
          view={view}
          name="teammanager_email"
          label={labels.teammanager_email}
          type="email"
          hint={tr(lang, 'Leeg: stap 2 komt alleen in de tijdlijn, zonder e-mail.', 'Empty: step 2 is not mailed.')}
          autoComplete="off"
          values={values}
          errors={errors}
        />
        <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
    </>
  );
}

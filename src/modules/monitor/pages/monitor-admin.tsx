// /beheer/monitor: what the municipality publishes. Through which month the figures are public (later months are a
// draft for the klankbordgroep, the Wmo council and the team), and whether they are open data as well.
import { z } from 'zod';
import {
  CheckboxField,
  Form,
  type FormErrors,
  type FormValues,
  SelectField,
  SettingsPageTop,
  SubmitButton,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { MonitorSettings } from '../queries/values.js';
import { periodLabel } from '../queries/pages.js';

export const ADMIN_PATH = '/beheer/monitor';

export const adminSchema = z.object({
  // '' = nothing public yet; else the first day of a month among those offered.
  tot: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-01$/)], { message: 'waarde_ongeldig' }),
  open: z.enum(['ja']).optional(),
});

export const adminTitle = (lang: Lang) => tr(lang, 'De monitor openbaar maken', 'Publishing the monitor');

export const adminValuesOf = (settings: MonitorSettings): FormValues => ({
  tot: settings.publishedThrough ? `${settings.publishedThrough.slice(0, 7)}-01` : '',
  open: settings.publishOpenData ? 'ja' : '',
});

export function MonitorAdminPage({
  view,
  months,
  settings,
  values,
  errors,
  saved,
}: {
  view: View;
  /** The months one may choose, newest first (yyyy-mm-01). */
  months: readonly string[];
  settings: MonitorSettings;
  values: FormValues;
  errors?: FormErrors;
  saved?: boolean;
}) {
  const { lang } = view;
  const refreshed = settings.refreshedAt?.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
  });
  const labels = {
    tot: tr(lang, 'Openbaar tot en met', 'Public up to and including'),
    open: tr(lang, 'Open data', 'Open data'),
  };
  return (
    <>
      <SettingsPageTop
        view={view}
        errors={errors}
        labels={labels}
        title={adminTitle(lang)}
        saved={saved ? tr(lang, 'De keuzes zijn opgeslagen.', 'The choices have been saved.') : undefined}
      />
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Cijfers tot en met de maand die je kiest, ziet iedereen op /monitor. Latere cijfers zijn een concept: ' +
            'de klankbordgroep (alleen de eigen wijk), de Wmo-raad en het wijkteam zien ze al.',
          'Figures up to the month you choose are public on /monitor. Later ones are a draft that the sounding board ' +
            '(own district only), the Wmo council and the team already see.',
        )}
      </p>
      <p class="utrecht-paragraph">
        {refreshed
          ? tr(
              lang,
              `De cijfers zijn voor het laatst berekend op ${refreshed}.`,
              `The figures were last computed on ${refreshed}.`,
            )
          : tr(lang, 'De cijfers zijn nog niet berekend.', 'The figures have not been computed yet.')}
      </p>
      {/* The nightly job computes the figures; after a correction the administrator need not wait for the night. */}
      <Form view={view} action={`${ADMIN_PATH}/bijwerken`} label={tr(lang, 'Cijfers bijwerken', 'Update figures')}>
        <SubmitButton secondary>{tr(lang, 'Cijfers nu opnieuw berekenen', 'Compute the figures now')}</SubmitButton>
      </Form>
      <Form view={view} action={ADMIN_PATH} label={adminTitle(lang)}>
        <SelectField
          view={view}
          name="tot"
          label={labels.tot}
          hint={tr(lang, 'Kies de laatste maand die openbaar is.', 'Choose the last month that is public.')}
          options={[
            ['', tr(lang, 'Nog niets openbaar', 'Nothing public yet')],
            ...months.map((m) => [m, periodLabel('maand', m, lang)] as const),
          ]}
          values={values}
          errors={errors}
        />
        <CheckboxField
          name="open"
          label={tr(
            lang,
            'Publiceer de openbare cijfers ook als open data (/open/monitor.csv en /open/monitor.json)',
            'Also publish the public figures as open data (/open/monitor.csv and /open/monitor.json)',
          )}
          values={values}
        />
        <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
    </>
  );
}

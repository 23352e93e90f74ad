// The community worker's page of professional providers: which organisations belong to the neighbourhood team itself
// (for the resident's free choice and its monitoring, docs/regie.md) and each professional service's waiting time.
import { z } from 'zod';
import {
  CheckboxField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { ProfessionalService } from '../queries/providers.js';

export const providersTitle = (lang: Lang) =>
  tr(lang, 'Professionele aanbieders en wachttijden', 'Professional providers and waiting times');

const weeks = z
  .string()
  .trim()
  .regex(/^(\d{1,3})?$/, 'wachttijd_ongeldig')
  .transform((v) => (v === '' ? null : Number(v)))
  .pipe(z.number().int().min(0, 'wachttijd_ongeldig').max(104, 'wachttijd_ongeldig').nullable());

/** The form's fields: `eigen_<organisation id>` ticked, `wacht_<activity id>` in weeks or empty. */
export const providersSchema = (services: readonly ProfessionalService[]) =>
  z.object(
    Object.fromEntries([
      ...organisationsOf(services).map((o) => [`eigen_${o.id}`, z.string().optional()] as const),
      ...services.map((s) => [`wacht_${s.activityId}`, weeks.optional()] as const),
    ]),
  );

export function organisationsOf(services: readonly ProfessionalService[]) {
  const seen = new Map<string, { id: string; name: string; teamOwn: boolean }>();
  for (const s of services)
    if (s.organisationId && !seen.has(s.organisationId))
      seen.set(s.organisationId, { id: s.organisationId, name: s.providerName, teamOwn: s.teamOwn });
  return [...seen.values()];
}

export const providersValues = (services: readonly ProfessionalService[]): FormValues =>
  Object.fromEntries([
    ...organisationsOf(services).map((o) => [`eigen_${o.id}`, o.teamOwn ? 'ja' : ''] as const),
    ...services.map((s) => [`wacht_${s.activityId}`, s.waitingWeeks === null ? '' : String(s.waitingWeeks)] as const),
  ]);

export function ProvidersPage({
  view,
  services,
  values,
  errors,
  saved,
}: {
  view: View;
  services: ProfessionalService[];
  values: FormValues;
  errors?: FormErrors;
  saved?: boolean;
}) {
  const { lang } = view;
  const labels = Object.fromEntries(
    services.map((s) => [`wacht_${s.activityId}`, tr(lang, `Wachttijd ${s.name}`, `Waiting time ${s.name}`)]),
  );
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{providersTitle(lang)}</h1>
      {saved ? (
        <p class="utrecht-paragraph" role="status">
          {tr(lang, 'Opgeslagen.', 'Saved.')}
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Bewoners kiezen zelf een aanbieder, ook buiten het wijkteam. Vink aan welke organisaties bij het wijkteam ' +
            'zelf horen: zo telt het wijkteam hoe vaak de keuze op een eigen organisatie valt. De bewoner ziet de ' +
            'aanbieders altijd op alfabet, nooit de eigen organisaties eerst. Een wachttijd die je invult, ziet de ' +
            'bewoner bij het kiezen.',
          'Residents choose a provider, also outside the team. Tick which organisations belong to the team itself, ' +
            'so the team counts how often the choice is one of its own. Residents always see providers in ' +
            'alphabetical order. A waiting time you fill in is shown to the resident.',
        )}
      </p>
      {services.length === 0 ? (
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'De sociale kaart heeft nog geen professionele aanbod.',
            'The social map has no professional services yet.',
          )}
        </p>
      ) : (
        <Form view={view} action="/opbouw/aanbieders" label={providersTitle(lang)}>
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend">
              {tr(lang, 'Hoort bij het wijkteam', 'Belongs to the neighbourhood team')}
            </legend>
            {organisationsOf(services).map((o) => (
              <CheckboxField key={o.id} name={`eigen_${o.id}`} label={o.name} values={values} />
            ))}
          </fieldset>
          <h2 class="utrecht-heading-2">{tr(lang, 'Wachttijd in weken', 'Waiting time in weeks')}</h2>
          {services.map((s) => (
            <TextField
              key={s.activityId}
              view={view}
              name={`wacht_${s.activityId}`}
              label={`${s.providerName}: ${s.name}`}
              hint={tr(lang, 'Leeg: niet bekend. 0: geen wachttijd.', 'Empty: not known. 0: no waiting time.')}
              inputMode="numeric"
              values={values}
              errors={errors}
            />
          ))}
          <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
        </Form>
      )}
    </>
  );
}

// Free choice of provider: the professional services of the social base in a neutral order (alphabetical by
// provider, the team's own organisations not first), with what each offers and its waiting time when known, and
// "een andere aanbieder" by name. The resident chooses at /mijn/aanbieder; the team records a resident's choice.
import { z } from 'zod';
import {
  ErrorSummary,
  FieldError,
  Form,
  type FormErrors,
  type FormValues,
  RadioField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { ProfessionalService } from '../../socialbase/index.js';
import type { ProviderChoice } from '../commands/regie.js';
import { chosenHowWords } from './regie-section.js';

/** The value of the option "een andere aanbieder". */
export const OTHER_PROVIDER = 'anders';

const baseSchema = {
  aanbieder: z.union([z.uuid(), z.literal(OTHER_PROVIDER)], { message: 'aanbieder_kiezen' }),
  andere_aanbieder: z.string().trim().max(200, 'tekst_te_lang').default(''),
  reden: z.string().trim().min(1, 'keuze_reden_nodig').max(2000, 'tekst_te_lang'),
};
const otherNeedsName = (v: { aanbieder: string; andere_aanbieder: string }) =>
  v.aanbieder !== OTHER_PROVIDER || v.andere_aanbieder !== '';
const otherNeedsNameIssue = { message: 'aanbieder_naam_nodig', path: ['andere_aanbieder'] };

export const residentChoiceSchema = z.object(baseSchema).refine(otherNeedsName, otherNeedsNameIssue);

export const teamChoiceSchema = z
  .object({
    ...baseSchema,
    hoe: z.enum(['in_gesprek', 'telefonisch', 'schriftelijk'], { message: 'keuze_hoe_kiezen' }),
  })
  .refine(otherNeedsName, otherNeedsNameIssue);

export const providerOf = (d: { aanbieder: string; andere_aanbieder: string }): ProviderChoice =>
  d.aanbieder === OTHER_PROVIDER ? { otherName: d.andere_aanbieder } : { activityId: d.aanbieder };

export const choiceTitle = (lang: Lang, forTeam: boolean) =>
  forTeam
    ? tr(lang, 'Keuze van de bewoner vastleggen', 'Record the resident’s choice of provider')
    : tr(lang, 'Kies zelf je aanbieder', 'Choose your provider');

/** One option: the provider and service as the label, what it offers and the waiting time as its description. */
function ProviderOption({ lang, service, checked }: { lang: Lang; service: ProfessionalService; checked: boolean }) {
  const id = `veld-aanbieder-${service.activityId}`;
  return (
    <div class="utrecht-form-field utrecht-form-field--radio nabij-aanbieder">
      <input
        class="utrecht-radio-button utrecht-radio-button--html-input"
        type="radio"
        id={id}
        name="aanbieder"
        value={service.activityId}
        checked={checked}
        aria-describedby={`${id}-uitleg`}
      />
      <label class="utrecht-form-label utrecht-form-label--radio" for={id}>
        <strong>{service.providerName}</strong>: {service.name}
      </label>
      <div class="utrecht-form-field-description" id={`${id}-uitleg`}>
        <p class="utrecht-paragraph">{service.description}</p>
        <p class="utrecht-paragraph">
          {service.waitingWeeks === null
            ? tr(lang, 'Wachttijd: niet bekend.', 'Waiting time: not known.')
            : service.waitingWeeks === 0
              ? tr(lang, 'Wachttijd: geen.', 'Waiting time: none.')
              : tr(
                  lang,
                  `Wachttijd: ongeveer ${service.waitingWeeks} ${service.waitingWeeks === 1 ? 'week' : 'weken'}.`,
                  `Waiting time: about ${service.waitingWeeks} week${service.waitingWeeks === 1 ? '' : 's'}.`,
                )}
        </p>
      </div>
    </div>
  );
}

export function ProviderChoicePage({
  view,
  action,
  back,
  reference,
  services,
  forTeam,
  values,
  errors,
}: {
  view: View;
  action: string;
  back: { href: string; text: string };
  /** The request's code, on the team's page. */
  reference?: string;
  services: ProfessionalService[];
  forTeam: boolean;
  values?: FormValues;
  errors?: FormErrors;
}) {
  const { lang } = view;
  const labels = {
    aanbieder: tr(lang, 'Welke aanbieder kies je?', 'Which provider do you choose?'),
    andere_aanbieder: tr(lang, 'Naam van de andere aanbieder', 'Name of the other provider'),
    reden: forTeam
      ? tr(lang, 'Waarom kiest de bewoner deze aanbieder?', 'Why does the resident choose this provider?')
      : tr(lang, 'Waarom kies je deze aanbieder?', 'Why do you choose this provider?'),
    hoe: tr(lang, 'Hoe gaf de bewoner de keuze door?', 'How did the resident pass on the choice?'),
  };
  const error = errors?.aanbieder;
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={back.href}>
          {back.text}
        </a>
      </p>
      <h1 class="utrecht-heading-1">
        {choiceTitle(lang, forTeam)}
        {reference ? ` · ${reference}` : ''}
      </h1>
      <p class="utrecht-paragraph">
        {forTeam
          ? tr(
              lang,
              'De bewoner kiest zelf. Dat mag ook een aanbieder zijn die niet bij het wijkteam hoort. Leg hier vast ' +
                'wat de bewoner koos en waarom.',
              'The resident chooses. That may also be a provider outside the team. Record the choice and why.',
            )
          : tr(
              lang,
              'Jij kiest wie je helpt. Dat mag ook een aanbieder zijn die niet bij het wijkteam hoort. ' +
                'De lijst staat op alfabet. Weet je niet wat je moet kiezen? Je regisseur denkt met je mee.',
              'You choose who helps you. That may also be a provider outside the team. The list is in alphabetical ' +
                'order. Not sure? Your case director will think it through with you.',
            )}
      </p>
      <Form view={view} action={action} label={choiceTitle(lang, forTeam)}>
        <fieldset
          class={`utrecht-form-fieldset${error ? ' utrecht-form-field--invalid' : ''}`}
          id="veld-aanbieder"
          tabIndex={-1}
          aria-describedby={error ? 'veld-aanbieder-fout' : undefined}
        >
          <legend class="utrecht-form-fieldset__legend">{labels.aanbieder}</legend>
          <FieldError view={view} name="aanbieder" errors={errors} />
          {services.map((s) => (
            <ProviderOption key={s.activityId} lang={lang} service={s} checked={values?.aanbieder === s.activityId} />
          ))}
          <div class="utrecht-form-field utrecht-form-field--radio">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              id={`veld-aanbieder-${OTHER_PROVIDER}`}
              name="aanbieder"
              value={OTHER_PROVIDER}
              checked={values?.aanbieder === OTHER_PROVIDER}
            />
            <label class="utrecht-form-label utrecht-form-label--radio" for={`veld-aanbieder-${OTHER_PROVIDER}`}>
              {tr(lang, 'Een andere aanbieder', 'Another provider')}
            </label>
          </div>
        </fieldset>
        <TextField
          view={view}
          name="andere_aanbieder"
          label={labels.andere_aanbieder}
          hint={tr(lang, 'Alleen als je "een andere aanbieder" kiest.', 'Only with "another provider".')}
          values={values}
          errors={errors}
        />
        <TextField view={view} name="reden" label={labels.reden} multiline values={values} errors={errors} />
        {forTeam ? (
          <RadioField
            view={view}
            name="hoe"
            legend={labels.hoe}
            values={values ?? {}}
            errors={errors}
            options={(['in_gesprek', 'telefonisch', 'schriftelijk'] as const).map(
              (h) => [h, tr(lang, chosenHowWords[h][0], chosenHowWords[h][1])] as const,
            )}
          />
        ) : null}
        <SubmitButton>{tr(lang, 'Keuze opslaan', 'Save the choice')}</SubmitButton>
      </Form>
    </>
  );
}

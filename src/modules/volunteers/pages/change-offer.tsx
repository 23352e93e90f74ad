// "Mijn aanbod veranderen" (/mijn/vrijwilliger/aanbod): the sign-up's offer fields, filled in with what the
// volunteer offers now.
import { z } from 'zod';
import { ErrorSummary, Form, type FormErrors, type FormValues, SubmitButton } from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { OfferFields, offerFromForm, offerLabels, offerShape } from './offer-fields.js';

export const changeOfferTitle = (lang: Lang) => tr(lang, 'Mijn aanbod veranderen', 'Change my offer');

export const changeOfferSchema = z.object(offerShape).transform(offerFromForm);

export function ChangeOfferForm({
  view,
  values,
  lists,
  errors,
}: {
  view: View;
  values: FormValues;
  lists: Record<string, string[]>;
  errors?: FormErrors | undefined;
}) {
  const { lang } = view;
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={offerLabels(lang)} />
      <h1 class="utrecht-heading-1">{changeOfferTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Verander wat je wilt en druk op Opslaan. Het wijkteam vraagt je alleen voor hulp die hierbij past.',
          'Change what you like and press Save. The team only asks you for help that fits this.',
        )}
      </p>
      <Form view={view} action="/mijn/vrijwilliger/aanbod" label={changeOfferTitle(lang)}>
        <OfferFields
          view={view}
          values={values}
          lists={lists}
          errors={errors}
          vogHint={tr(
            lang,
            'Bijvoorbeeld 18-03-2025. Verander je de datum, dan kijkt iemand van het wijkteam je nieuwe VOG na.',
            'For example 18-03-2025. If you change the date, someone of the team checks your new VOG.',
          )}
        />
        <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn/vrijwilliger">
          {tr(lang, 'Terug naar mijn vrijwilligerswerk', 'Back to my volunteering')}
        </a>
      </p>
    </>
  );
}

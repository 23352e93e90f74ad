// The asker's one form for what a volunteer sees: of one running match, or of proposals still to come.
import { z } from 'zod';
import { ErrorSummary, Form, type FormErrors, type FormValues, SubmitButton } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { MatchView } from '../queries/matches.js';
import { ShareFields, shareFormSchema } from './share-fields.js';
import { volunteerName } from './status-page.js';

/** The choice, and which match it is for (empty: for proposals still to come). */
export const shareChangeSchema = shareFormSchema.extend({ koppeling: z.union([z.literal(''), z.uuid()]).default('') });

export const sharingHeading = (lang: 'nl' | 'en', match: MatchView | undefined) =>
  match
    ? tr(lang, `Wat ziet ${volunteerName(lang, match)}?`, `What does ${volunteerName(lang, match)} see?`)
    : tr(lang, 'Wat mag een vrijwilliger zien?', 'What may a volunteer see?');

export function SharingPage({
  view,
  base,
  match,
  matchId,
  values,
  errors,
  forSomeoneElse,
}: {
  view: View;
  base: string;
  match: MatchView | undefined;
  matchId: string;
  values: FormValues;
  errors?: FormErrors;
  forSomeoneElse: boolean;
}) {
  const { lang } = view;
  const heading = sharingHeading(lang, match);
  return (
    <>
      <ErrorSummary
        view={view}
        errors={errors ?? {}}
        labels={{ bericht_helper: tr(lang, 'Bericht voor de vrijwilliger', 'Message for the volunteer') }}
      />
      <h1 class="utrecht-heading-1">{heading}</h1>
      <p class="utrecht-paragraph">
        {match
          ? tr(
              lang,
              'Vink aan wat deze vrijwilliger over je mag weten. Wat je uitvinkt, ziet die niet meer.',
              'Tick what this volunteer may know about you. What you untick, they no longer see.',
            )
          : tr(
              lang,
              'Dit geldt voor vrijwilligers die het wijkteam vanaf nu aan je voorstelt.',
              'This applies to volunteers the team proposes to you from now on.',
            )}
      </p>
      <Form view={view} action={`${base}/delen`} label={heading}>
        <input type="hidden" name="koppeling" value={matchId} />
        <ShareFields view={view} values={values} errors={errors} forSomeoneElse={forSomeoneElse} />
        <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={base}>
          {tr(lang, 'Terug naar je hulpvraag', 'Back to your help request')}
        </a>
      </p>
    </>
  );
}

// Yes or no to a match, as two buttons (the asker's with "someone comes along the first time"), with the schema of
// the answer.
import { z } from 'zod';
import { DomainError } from '../../../kernel/errors.js';
import { CheckboxField, CsrfField, SubmitButton } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';

/** The answer the yes and no buttons send. */
export const answerSchema = z.object({ antwoord: z.enum(['ja', 'nee']), maatje: z.string().optional() });

/** The posted answer: yes or no, and for the asker whether someone comes along the first time. */
export function parseAnswer(body: unknown): { yes: boolean; buddy: boolean } {
  const answer = answerSchema.safeParse(body);
  if (!answer.success) throw new DomainError('ongeldige_invoer', 'Kies ja of nee.');
  return { yes: answer.data.antwoord === 'ja', buddy: Boolean(answer.data.maatje) };
}

/**
 * Two forms, so yes and no are each one button; works without JavaScript. `buddyKey` keeps the checkbox's id unique
 * when a page shows several proposals.
 */
/** The asker's answer to an activity: what it is, and going (with someone the first time) or not. */
export function ActivityAnswer({
  view,
  action,
  activityId,
  buddyKey,
}: {
  view: View;
  action: string;
  activityId: string;
  buddyKey?: string;
}) {
  const { lang } = view;
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/sociale-kaart/${activityId}`}>
          {tr(lang, 'Lees wat het is, wanneer en waar', 'Read what it is, when and where')}
        </a>
      </p>
      <YesNo
        view={view}
        action={action}
        yesText={tr(lang, 'Ik ga erheen', 'I will go')}
        noText={tr(lang, 'Nee, liever niet', 'No, rather not')}
        buddy
        buddyKey={buddyKey}
      />
    </>
  );
}

/** The asker's answer to a volunteer who said yes. */
export const VolunteerAnswer = ({ view, action }: { view: View; action: string }) => (
  <YesNo
    view={view}
    action={action}
    yesText={tr(view.lang, 'Ja, graag', 'Yes, please')}
    noText={tr(view.lang, 'Nee, liever niet', 'No, rather not')}
  />
);

export function YesNo({
  view,
  action,
  yesText,
  noText,
  buddy,
  buddyKey = 'ja',
}: {
  view: View;
  action: string;
  yesText: string;
  noText: string;
  buddy?: boolean;
  buddyKey?: string;
}) {
  return (
    <div class="nabij-yes-no">
      <form method="post" action={action} class="nabij-form">
        <CsrfField view={view} />
        <input type="hidden" name="antwoord" value="ja" />
        {buddy ? (
          <CheckboxField
            name="maatje"
            value={buddyKey}
            label={tr(
              view.lang,
              'Graag gaat er de eerste keer iemand met me mee',
              'I would like someone to come with me the first time',
            )}
          />
        ) : null}
        <SubmitButton>{yesText}</SubmitButton>
      </form>
      <form method="post" action={action}>
        <CsrfField view={view} />
        <input type="hidden" name="antwoord" value="nee" />
        <SubmitButton secondary>{noText}</SubmitButton>
      </form>
    </div>
  );
}

// The emergency page of "Ik zoek hulp": shown at once when the story holds danger or the asker says there is danger
// now, before any other question. Who to call now, the team's own number, and the way back to the form with
// everything typed kept (the request then reaches the team as spoed).
import { EmergencyNumbers } from '../../../kernel/ui/emergency.js';
import { Form, type FormValues, SubmitButton } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import { TeamContact } from '../../../kernel/ui/team-contact.js';
import type { View } from '../../../kernel/ui/view.js';
import { Carried, storyFields } from './ask-form.js';

export const emergencyTitle = (lang: 'nl' | 'en') => tr(lang, 'Bel nu als er gevaar is', 'Call now if there is danger');

/** Why the page shows: what the asker wrote, or their own "ja" to "Is er nu gevaar?". */
export type EmergencyReason = 'tekst' | 'antwoord';

function intro(lang: 'nl' | 'en', reason: EmergencyReason, forSomeoneElse: boolean): string {
  const why =
    reason === 'antwoord'
      ? tr(lang, 'Je zei dat er nu gevaar is.', 'You said there is danger right now.')
      : forSomeoneElse
        ? tr(
            lang,
            'In wat je schreef lezen we dat het voor die persoon misschien niet veilig is, of heel zwaar.',
            'From what you wrote, we understand that it may not be safe for that person, or very hard.',
          )
        : tr(
            lang,
            'In wat je schreef lezen we dat het misschien niet veilig is, of heel zwaar.',
            'From what you wrote, we understand that it may not be safe, or very hard.',
          );
  const wait = forSomeoneElse
    ? tr(
        lang,
        'Je hoeft niet op het wijkteam te wachten. Ook als het om iemand anders gaat, kun je deze nummers nu bellen.',
        'You do not have to wait for the team. Also when it is about someone else, you can call these numbers now.',
      )
    : tr(
        lang,
        'Je hoeft niet op het wijkteam te wachten. Deze nummers kun je nu bellen.',
        'You do not have to wait for the team. You can call these numbers now.',
      );
  return `${why} ${wait}`;
}

export function EmergencyPage({ view, values, reason }: { view: View; values: FormValues; reason: EmergencyReason }) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{emergencyTitle(lang)}</h1>
      <p class="utrecht-paragraph">{intro(lang, reason, values.voor_wie === 'ander')}</p>
      <EmergencyNumbers lang={lang} />
      <TeamContact lang={lang} tenant={view.tenant} />
      <h2 class="utrecht-heading-2">{tr(lang, 'Je hulpvraag afmaken', 'Finish your help request')}</h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Wil je je hulpvraag ook sturen? Dat kan. Wat je schreef, is bewaard. ' +
            'Je vraag gaat dan met spoed naar het wijkteam: op werkdagen kijkt een professional binnen een uur.',
          'Do you also want to send your help request? You can. What you wrote has been kept. ' +
            'It then goes to the team as urgent: on working days a professional looks at it within the hour.',
        )}
      </p>
      <Form view={view} action="/hulp/vraag" label={tr(lang, 'Verder met je hulpvraag', 'Go on with your request')}>
        <Carried values={{ ...values, nood_gezien: 'ja' }} fields={storyFields} />
        <SubmitButton>{tr(lang, 'Verder met mijn hulpvraag', 'Go on with my help request')}</SubmitButton>
      </Form>
    </>
  );
}

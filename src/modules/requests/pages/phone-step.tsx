// The team's page for an answer given by phone: whose answer it is, what the team may tell, and the yes or no (or
// the closing form, in the asker's words).
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { MatchByLink } from '../commands/open-match.js';
import { ClosingForm } from './closing-form.js';
import { SharedList } from './share-fields.js';
import { YesNo } from './yes-no.js';

export const phoneTitle = (lang: 'nl' | 'en') => tr(lang, 'Antwoord van de telefoon', 'Answer by phone');

/** What the team can record next for a match: the volunteer's answer, the asker's, the closing, or nothing. */
export type Step = 'vrijwilliger' | 'vrager' | 'afronden' | 'klaar';

export function StepPage({ view, found, base, step }: { view: View; found: MatchByLink; base: string; step: Step }) {
  const { lang } = view;
  const back = (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={base}>
        {tr(lang, 'Terug naar de hulpvraag', 'Back to the help request')}
      </a>
    </p>
  );
  if (step === 'klaar')
    return (
      <>
        <h1 class="utrecht-heading-1">{tr(lang, 'Dit voorstel is klaar', 'This proposal is done')}</h1>
        <p class="utrecht-paragraph">
          {tr(lang, 'Er valt hier niets meer door te geven.', 'There is nothing left to record here.')}
        </p>
        {back}
      </>
    );
  const action = `${base}/koppelingen/${found.match.id}/${step}`;
  if (step === 'afronden') return <ClosingForm view={view} action={action} found={found} values={{}} byPhone />;
  const volunteer = found.volunteerFirstName ?? tr(lang, 'de vrijwilliger', 'the volunteer');
  const heading =
    step === 'vrijwilliger'
      ? tr(lang, `Wat zegt ${volunteer} aan de telefoon?`, `What does ${volunteer} say on the phone?`)
      : tr(
          lang,
          `Wat zegt ${found.askerFirstName} aan de telefoon?`,
          `What does ${found.askerFirstName} say on the phone?`,
        );
  const question =
    step === 'vrijwilliger'
      ? tr(
          lang,
          `Vraag of ${volunteer} wil helpen. ` +
            'Vertel niet meer dan wat hieronder staat: dat heeft de vrager goedgevonden.',
          `Ask whether ${volunteer} wants to help. Tell no more than what is below: that is what the asker agreed to.`,
        )
      : found.activity
        ? tr(
            lang,
            `Vraag of ${found.askerFirstName} naar ${found.activity.name} wil, ` +
              'en of er de eerste keer iemand mee moet.',
            `Ask whether ${found.askerFirstName} wants to go to ${found.activity.name}, ` +
              'and whether someone should come along the first time.',
          )
        : tr(
            lang,
            `Vraag of ${found.askerFirstName} het goed vindt dat ${volunteer} helpt.`,
            `Ask whether ${found.askerFirstName} agrees that ${volunteer} helps.`,
          );
  return (
    <>
      <h1 class="utrecht-heading-1">{heading}</h1>
      <p class="utrecht-paragraph">{question}</p>
      {step === 'vrijwilliger' ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Dit mag je vertellen', 'This is what you may tell')}</h2>
          <SharedList lang={lang} shared={found.shared ?? {}} />
        </>
      ) : null}
      <YesNo
        view={view}
        action={action}
        yesText={tr(lang, 'Ja, dat is gezegd', 'Yes, that was said')}
        noText={tr(lang, 'Nee, dat is gezegd', 'No, that was said')}
        buddy={step === 'vrager' && found.activity !== null}
      />
      {back}
    </>
  );
}

// The pages behind the emailed match links: the volunteer's question, the asker's (an activity, or a volunteer who
// said yes), and the thanks after each answer.
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { MatchByLink } from '../commands/open-match.js';
import type { SharedWithVolunteer } from '../sharing.js';
import { SharedList } from './share-fields.js';
import { ActivityAnswer, VolunteerAnswer, YesNo } from './yes-no.js';

export const matchTitle = (lang: 'nl' | 'en') => tr(lang, 'Hulp in de buurt', 'Help in the neighbourhood');

export function Done({ view, heading, text }: { view: View; heading: string; text: string }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{heading}</h1>
      <p class="utrecht-paragraph" role="status">
        {text}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/">
          {view.t.backHome}
        </a>
      </p>
    </>
  );
}

export const AlreadyAnswered = ({ view }: { view: View }) => (
  <Done
    view={view}
    heading={tr(view.lang, 'Dank je wel', 'Thank you')}
    text={tr(view.lang, 'Je hebt al geantwoord.', 'You have already answered.')}
  />
);

export function VolunteerQuestion({
  view,
  action,
  shared,
}: {
  view: View;
  action: string;
  shared: SharedWithVolunteer | undefined;
}) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">
        {tr(lang, 'Wil je iemand in de buurt helpen?', 'Would you like to help someone nearby?')}
      </h1>
      <p class="utrecht-paragraph">{tr(lang, 'Dit mogen we je vertellen:', 'This is what we may tell you:')}</p>
      <SharedList lang={lang} shared={shared ?? {}} />
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Meer vertellen we pas als jullie allebei ja zeggen. Nee zeggen is altijd goed: dat is jouw grens.',
          'We only tell more when you both say yes. Saying no is always fine: that is your boundary.',
        )}
      </p>
      <YesNo
        view={view}
        action={action}
        yesText={tr(lang, 'Ja, ik wil helpen', 'Yes, I want to help')}
        noText={tr(lang, 'Nee, nu niet', 'No, not now')}
      />
    </>
  );
}

/** The asker's question: an activity to go to, or a volunteer who said yes. */
export function AskerQuestion({ view, action, found }: { view: View; action: string; found: MatchByLink }) {
  const { lang } = view;
  const activity = found.activity;
  return activity ? (
    <>
      <h1 class="utrecht-heading-1">{tr(lang, `Een idee: ${activity.name}`, `An idea: ${activity.name}`)}</h1>
      <ActivityAnswer view={view} action={action} activityId={activity.id} />
    </>
  ) : (
    <>
      <h1 class="utrecht-heading-1">
        {tr(
          lang,
          `${found.volunteerFirstName ?? 'Iemand'} wil je helpen`,
          `${found.volunteerFirstName ?? 'Someone'} wants to help you`,
        )}
      </h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          `${found.volunteerFirstName ?? 'Deze persoon'} is vrijwilliger en woont bij jou in de buurt.`,
          `${found.volunteerFirstName ?? 'This person'} is a volunteer who lives near you.`,
        )}
      </p>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Vind je dat goed? Dan geeft het wijkteam jullie elkaars gegevens, zodat jullie een afspraak kunnen ' +
            'maken.',
          'Do you agree? Then the team gives you each other’s details, so you can make an appointment.',
        )}
      </p>
      <VolunteerAnswer view={view} action={action} />
    </>
  );
}

export function VolunteerThanks({ view, yes, shared }: { view: View; yes: boolean; shared?: SharedWithVolunteer }) {
  const { lang } = view;
  return (
    <Done
      view={view}
      heading={
        yes
          ? tr(lang, 'Fijn dat je wilt helpen!', 'Great that you want to help!')
          : tr(lang, 'Dank je wel', 'Thank you')
      }
      text={
        yes
          ? tr(
              lang,
              `We vragen nu aan ${shared?.voornaam ?? 'de vrager'} of die het ook goed vindt. ` +
                'Je hoort het van het wijkteam.',
              `We now ask ${shared?.voornaam ?? 'the asker'} whether they agree too. The team will let you know.`,
            )
          : tr(
              lang,
              'We vragen iemand anders. Nee zeggen is altijd goed.',
              'We will ask someone else. Saying no is always fine.',
            )
      }
    />
  );
}

export function AskerThanks({ view, yes }: { view: View; yes: boolean }) {
  const { lang } = view;
  return (
    <Done
      view={view}
      heading={tr(lang, 'Dank je wel', 'Thank you')}
      text={
        yes
          ? tr(
              lang,
              'Het wijkteam neemt contact met je op om het verder te regelen. Over twee weken vragen we hoe het gaat.',
              'The team will contact you to arrange the rest. In two weeks we will ask how it is going.',
            )
          : tr(lang, 'Het wijkteam zoekt verder met je mee.', 'The team will keep looking with you.')
      }
    />
  );
}

export const ClosingThanks = ({ view }: { view: View }) => (
  <Done
    view={view}
    heading={tr(view.lang, 'Dank je wel!', 'Thank you!')}
    text={tr(
      view.lang,
      'We hebben je antwoord ontvangen. Zo leren we wat goed werkt in de buurt.',
      'We have received your answer. That is how we learn what works in the neighbourhood.',
    )}
  />
);

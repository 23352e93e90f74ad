// The asker's status page: where their request stands, proposals waiting for their answer, activities of the
// neighbourhood they can go to at once, and what a volunteer sees of them. On spoed: the emergency numbers and the
// team's own number first, nothing else to choose. The same for the status link and for a signed-in asker; `base`
// is where it lives.
import type { Tenant } from '../../../kernel/tenancy/queries.js';
import { needLabel } from '../../../kernel/taxonomy/needs.js';
import { EmergencyNumbers } from '../../../kernel/ui/emergency.js';
import { tr } from '../../../kernel/ui/messages.js';
import { TeamContact } from '../../../kernel/ui/team-contact.js';
import type { View } from '../../../kernel/ui/view.js';
import type { ActivityOverview } from '../../socialbase/index.js';
import type { HelpRequestView } from '../queries/requests.js';
import type { MatchView } from '../queries/matches.js';
import { sharedForRequest, type SharedWithVolunteer } from '../sharing.js';
import { busyMatchStates } from '../states.js';
import { ActivityIdeas, ChosenActivity } from './activity-ideas.js';
import { emergencyTitle } from './emergency-page.js';
import { SharedList } from './share-fields.js';
import { ActivityAnswer, VolunteerAnswer } from './yes-no.js';

export const statusTitle = (lang: 'nl' | 'en') => tr(lang, 'Je hulpvraag', 'Your help request');

/** A volunteer's proposal or help that still runs: the asker can change what that volunteer sees. */
export const isRunningVolunteerMatch = (m: MatchView) => m.volunteerId !== null && busyMatchStates.includes(m.state);

/** Before the volunteer said yes, the asker does not see their name yet. */
export const volunteerName = (lang: 'nl' | 'en', m: MatchView) =>
  m.state === 'voorgesteld'
    ? tr(lang, 'de gevraagde vrijwilliger', 'the volunteer we asked')
    : (m.volunteerFirstName ?? tr(lang, 'de vrijwilliger', 'the volunteer'));

/** What the page shows of the activities of a request: the ideas still open, and cards of those matched. */
export type ActivitiesOnPage = {
  ideas: readonly ActivityOverview[];
  /** By external id, for the matches with an activity. */
  matched: ReadonlyMap<string, ActivityOverview>;
  /** The match the asker just chose, to say so there. */
  justChosen: string | undefined;
};

/**
 * Proposals waiting for the asker's answer, and running help with "Hoe gaat het?": also for askers without email.
 * An activity the asker goes to shows when, where and whom to ask.
 */
function Proposals({
  view,
  base,
  matches,
  activities,
  tenant,
  now,
}: {
  view: View;
  base: string;
  matches: readonly MatchView[];
  activities: ActivitiesOnPage;
  tenant: Tenant | undefined;
  now: Date;
}) {
  const { lang } = view;
  const section = (m: MatchView, heading: string, body: preact.ComponentChildren) => (
    <section key={m.id} aria-labelledby={`voorstel-${m.id}`}>
      <h2 class="utrecht-heading-2" id={`voorstel-${m.id}`}>
        {heading}
      </h2>
      {body}
    </section>
  );
  return (
    <>
      {matches.map((m) => {
        const action = `${base}/koppelingen/${m.id}`;
        if (m.state === 'vrijwilliger_akkoord' && m.volunteerFirstName)
          return section(
            m,
            tr(lang, `${m.volunteerFirstName} wil je helpen`, `${m.volunteerFirstName} wants to help you`),
            <>
              <p class="utrecht-paragraph">
                {tr(
                  lang,
                  `${m.volunteerFirstName} is vrijwilliger en woont bij jou in de buurt. ` +
                    'Vind je het goed? Dan geeft het wijkteam jullie elkaars gegevens.',
                  `${m.volunteerFirstName} is a volunteer who lives near you. ` +
                    'Do you agree? Then the team gives you each other’s details.',
                )}
              </p>
              <VolunteerAnswer view={view} action={action} />
            </>,
          );
        if (m.state === 'voorgesteld' && m.activityId)
          return section(
            m,
            tr(lang, `Een idee: ${m.activityName ?? ''}`, `An idea: ${m.activityName ?? ''}`),
            <ActivityAnswer view={view} action={action} activityId={m.activityId} buddyKey={m.id} />,
          );
        if ((m.state === 'actief' || m.state === 'opvolging') && m.activityId)
          return (
            <ChosenActivity
              key={m.id}
              view={view}
              base={base}
              match={m}
              activity={m.activityExternalId ? activities.matched.get(m.activityExternalId) : undefined}
              justChosen={activities.justChosen === m.id}
              tenant={tenant}
              now={now}
            />
          );
        if (m.state === 'actief' || m.state === 'opvolging')
          return section(
            m,
            tr(
              lang,
              `${m.volunteerFirstName ?? 'De vrijwilliger'} helpt je`,
              `${m.volunteerFirstName ?? 'The volunteer'} is helping you`,
            ),
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`${action}/afronden`}>
                {tr(lang, 'Vertel ons hoe het gaat', 'Tell us how it is going')}
              </a>
            </p>,
          );
        return null;
      })}
    </>
  );
}

/** On the status page: what each volunteer sees now, and what new ones will see, each with a link to change it. */
function Sharing({
  lang,
  base,
  matches,
  choice,
  saved,
}: {
  lang: 'nl' | 'en';
  base: string;
  matches: readonly MatchView[];
  choice: SharedWithVolunteer;
  saved: boolean;
}) {
  const running = matches.filter(isRunningVolunteerMatch);
  return (
    <section id="delen" aria-labelledby="delen-kop">
      <h2 class="utrecht-heading-2" id="delen-kop">
        {tr(lang, 'Wat ziet een vrijwilliger van je?', 'What does a volunteer see of you?')}
      </h2>
      {saved ? (
        <p class="utrecht-paragraph" role="status">
          <strong>{tr(lang, 'Je keuze is bewaard.', 'Your choice has been saved.')}</strong>
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Je verhaal zelf lezen alleen mensen van het wijkteam. Een vrijwilliger ziet alleen wat jij goedvindt.',
          'Only the team reads your story itself. A volunteer sees only what you agree to.',
        )}
      </p>
      {running.map((m) => (
        <div key={m.id}>
          <h3 class="utrecht-heading-3">
            {tr(lang, `Dit ziet ${volunteerName(lang, m)}`, `This is what ${volunteerName(lang, m)} sees`)}
          </h3>
          <SharedList lang={lang} shared={m.sharedWithVolunteer} />
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${base}/delen?koppeling=${m.id}`}>
              {tr(lang, `Verander wat ${volunteerName(lang, m)} ziet`, `Change what ${volunteerName(lang, m)} sees`)}
            </a>
          </p>
        </div>
      ))}
      <h3 class="utrecht-heading-3">
        {running.length
          ? tr(lang, 'Dit ziet een nieuwe vrijwilliger', 'This is what a new volunteer sees')
          : tr(lang, 'Dit ziet een vrijwilliger', 'This is what a volunteer sees')}
      </h3>
      <SharedList lang={lang} shared={choice} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`${base}/delen`}>
          {tr(lang, 'Verander wat een vrijwilliger mag zien', 'Change what a volunteer may see')}
        </a>
      </p>
    </section>
  );
}

export function StatusPage({
  view,
  base,
  helpRequest,
  matches,
  saved,
  answered,
  activities,
  tenant,
  now,
}: {
  view: View;
  base: string;
  helpRequest: HelpRequestView;
  matches: readonly MatchView[];
  activities: ActivitiesOnPage;
  /** The request's municipality: its team's own number. */
  tenant: Tenant | undefined;
  now: Date;
  /** The asker just changed what a volunteer sees. */
  saved: boolean;
  /** The asker just answered a proposal. */
  answered: boolean;
}) {
  const { lang } = view;
  const spoed = helpRequest.route === 'spoed';
  const stateText: Record<string, [string, string]> = {
    nieuw: [
      'Je hulpvraag is binnen. Iemand van het wijkteam kijkt ernaar, meestal binnen 2 werkdagen.',
      'Your request has arrived. Someone from the team will look at it, usually within 2 working days.',
    ],
    in_behandeling: ['Het wijkteam is met je hulpvraag bezig.', 'The team is working on your request.'],
    gekoppeld: [
      'Er is hulp gevonden. Het wijkteam belt of mailt je om het verder af te spreken.',
      'Help has been found. The team will call or email you to arrange the rest.',
    ],
    afgesloten: ['Je hulpvraag is afgerond.', 'Your request has been completed.'],
  };
  const text =
    spoed && helpRequest.state === 'nieuw'
      ? ([
          'Het wijkteam neemt zo snel mogelijk contact met je op.',
          'The team will contact you as soon as possible.',
        ] as [string, string])
      : (stateText[helpRequest.state] ?? stateText.nieuw!);
  return (
    <>
      {spoed ? (
        <div class="utrecht-alert utrecht-alert--error nabij-spoed" role="alert">
          <div class="utrecht-alert__content">
            <div class="utrecht-alert__message">
              <h1 class="utrecht-heading-1">{emergencyTitle(lang)}</h1>
              <EmergencyNumbers lang={lang} />
              <p class="utrecht-paragraph">
                {tr(
                  lang,
                  'We hebben het wijkteam meteen gewaarschuwd. ' +
                    'Op werkdagen kijkt een professional binnen een uur naar je hulpvraag.',
                  'We have alerted the neighbourhood team at once. ' +
                    'On working days a professional looks at your request within the hour.',
                )}
              </p>
              <TeamContact lang={lang} tenant={tenant} />
            </div>
          </div>
        </div>
      ) : null}
      {spoed ? (
        <h2 class="utrecht-heading-2">{tr(lang, 'Je hulpvraag', 'Your help request')}</h2>
      ) : (
        <h1 class="utrecht-heading-1">{tr(lang, 'Je hulpvraag', 'Your help request')}</h1>
      )}
      <p class="utrecht-paragraph">
        {tr(lang, 'Nummer', 'Number')}: <strong>{helpRequest.reference}</strong>
      </p>
      <p class="utrecht-paragraph" role="status">
        {tr(lang, text[0], text[1])}
      </p>
      {helpRequest.needKeys.length > 0 && !spoed ? (
        <p class="utrecht-paragraph">
          {tr(lang, 'We kijken naar', 'We are looking at')}:{' '}
          {helpRequest.needKeys.map((k) => needLabel(k, lang)).join(', ')}.
        </p>
      ) : null}
      {answered ? (
        <p class="utrecht-paragraph" role="status">
          <strong>{tr(lang, 'Dank je wel, je antwoord is bewaard.', 'Thank you, your answer has been saved.')}</strong>
        </p>
      ) : null}
      <Proposals view={view} base={base} matches={matches} activities={activities} tenant={tenant} now={now} />
      {spoed || helpRequest.state === 'afgesloten' ? null : (
        <ActivityIdeas view={view} base={base} ideas={activities.ideas} tenant={tenant} now={now} />
      )}
      {spoed || helpRequest.state === 'afgesloten' ? null : (
        <Sharing
          lang={lang}
          base={base}
          matches={matches}
          choice={sharedForRequest(helpRequest.shareWithVolunteer, helpRequest)}
          saved={saved}
        />
      )}
      <h2 class="utrecht-heading-2" id="toegangslog">
        {tr(lang, 'Wie heeft je gegevens bekeken?', 'Who looked at your data?')}
      </h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Je kunt altijd zien wie je gegevens heeft bekeken, wanneer en waarom.',
          'You can always see who looked at your data, when and why.',
        )}{' '}
        {/* Through the status link its own list; signed in, the account's list holds the same rows. */}
        <a
          class="utrecht-link"
          href={base.startsWith('/hulp/status/') ? `${base}/toegangslog` : '/account/toegangslog'}
        >
          {tr(lang, 'Bekijk wie je gegevens heeft bekeken', 'See who looked at your data')}
        </a>
      </p>
      <p class="utrecht-paragraph nabij-muted">
        {tr(
          lang,
          'Bewaar deze pagina (of de link in je e-mail) om later te kijken hoe het staat.',
          'Keep this page (or the link in your email) to check later how it is going.',
        )}
      </p>
      {spoed ? null : (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/sociale-kaart">
            {tr(lang, 'Kijk intussen wat er in de buurt is', 'Meanwhile, see what there is in the neighbourhood')}
          </a>
        </p>
      )}
    </>
  );
}

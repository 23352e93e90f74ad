// Collective first, on the asker's status page: up to three activities of the neighbourhood that fit, each with
// "Ik ga erheen" and "Iemand gaat de eerste keer mee", and, once chosen, where they are going and whom to ask.
import { z } from 'zod';
import { DomainError } from '../../../kernel/errors.js';
import { CsrfField, SubmitButton } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import { TeamContact } from '../../../kernel/ui/team-contact.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Tenant } from '../../../kernel/tenancy/queries.js';
import { ActivityFacts, type ActivityOverview, hasContact } from '../../socialbase/index.js';
import type { MatchView } from '../queries/matches.js';

/** What the two buttons of an idea send: which activity, and whether someone should come along the first time. */
export const activityChoiceSchema = z.object({
  activiteit: z.string().trim().min(1).max(100),
  keuze: z.enum(['erheen', 'meegaan']),
});

export function parseActivityChoice(body: unknown): { activityExternalId: string; buddy: boolean } {
  const choice = activityChoiceSchema.safeParse(body);
  if (!choice.success) throw new DomainError('ongeldige_invoer', 'Kies een activiteit met een van de knoppen.');
  return { activityExternalId: choice.data.activiteit, buddy: choice.data.keuze === 'meegaan' };
}

const buddyHint = (lang: 'nl' | 'en') =>
  tr(
    lang,
    'Vind je het spannend om de eerste keer alleen te gaan? Dan zoekt het wijkteam iemand die met je meegaat.',
    'Do you find it hard to go alone the first time? Then the team looks for someone to come with you.',
  );

/** The ideas the asker has not chosen yet, as cards with the two buttons; each button names its activity. */
export function ActivityIdeas({
  view,
  base,
  ideas,
  tenant,
  now,
}: {
  view: View;
  base: string;
  ideas: readonly ActivityOverview[];
  tenant: Tenant | undefined;
  now: Date;
}) {
  const { lang } = view;
  if (ideas.length === 0) return null;
  return (
    <section id="activiteiten" aria-labelledby="activiteiten-kop">
      <h2 class="utrecht-heading-2" id="activiteiten-kop">
        {tr(lang, 'Dit kun je nu al doen in de buurt', 'What you can already do in the neighbourhood')}
      </h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Je hoeft niet op het wijkteam te wachten. Deze activiteiten passen misschien bij je vraag. ' +
            buddyHint(lang),
          'You do not have to wait for the team. These activities may fit your question. ' + buddyHint(lang),
        )}
      </p>
      {ideas.map((a) => (
        <article class="nabij-card" aria-labelledby={`idee-${a.id}`} key={a.id}>
          <h3 class="utrecht-heading-3" id={`idee-${a.id}`}>
            <a class="utrecht-link" href={`/sociale-kaart/${a.id}`}>
              {a.name}
            </a>
          </h3>
          {a.providerName ? <p class="utrecht-paragraph nabij-muted">{a.providerName}</p> : null}
          <ActivityFacts lang={lang} activity={a} now={now} />
          <form method="post" action={`${base}/activiteiten`} class="nabij-yes-no">
            <CsrfField view={view} />
            <input type="hidden" name="activiteit" value={a.externalId} />
            <button
              type="submit"
              name="keuze"
              value="erheen"
              class="utrecht-button utrecht-button--primary-action"
              aria-describedby={`idee-${a.id}`}
            >
              {tr(lang, 'Ik ga erheen', 'I will go')}
            </button>
            <button
              type="submit"
              name="keuze"
              value="meegaan"
              class="utrecht-button utrecht-button--secondary-action"
              aria-describedby={`idee-${a.id}`}
            >
              {tr(lang, 'Iemand gaat de eerste keer mee', 'Someone comes along the first time')}
            </button>
          </form>
        </article>
      ))}
      <TeamContact lang={lang} tenant={tenant} />
    </section>
  );
}

/** An activity the asker goes to: what, when, where, whom to ask, and company for the first time. */
export function ChosenActivity({
  view,
  base,
  match,
  activity,
  justChosen,
  tenant,
  now,
}: {
  view: View;
  base: string;
  match: MatchView;
  activity: ActivityOverview | undefined;
  justChosen: boolean;
  tenant: Tenant | undefined;
  now: Date;
}) {
  const { lang } = view;
  const name = activity?.name ?? match.activityName ?? '';
  return (
    <section id={`koppeling-${match.id}`} class="nabij-card nabij-chosen" aria-labelledby={`koppeling-${match.id}-kop`}>
      <h2 class="utrecht-heading-2" id={`koppeling-${match.id}-kop`}>
        {tr(lang, `Je gaat naar ${name}`, `You are going to ${name}`)}
      </h2>
      {justChosen ? (
        <p class="utrecht-paragraph" role="status">
          <strong>
            {tr(
              lang,
              'Fijn! We hebben bewaard dat je erheen gaat. Het wijkteam ziet het ook.',
              'Good! We have saved that you are going. The team sees it too.',
            )}
          </strong>
        </p>
      ) : null}
      {activity ? <ActivityFacts lang={lang} activity={activity} now={now} /> : null}
      {activity && hasContact(activity.contact) ? (
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Heb je een vraag, of wil je je aanmelden? Neem contact op met de aanbieder.',
            'Do you have a question, or want to sign up? Contact the provider.',
          )}
        </p>
      ) : (
        <TeamContact lang={lang} tenant={tenant} />
      )}
      {match.buddyFirstVisit ? (
        <p class="utrecht-paragraph">
          {match.buddyArrangedAt
            ? tr(
                lang,
                'Het wijkteam heeft iemand gevonden die de eerste keer met je meegaat.',
                'The team has found someone to come with you the first time.',
              )
            : tr(
                lang,
                'Het wijkteam zoekt iemand die de eerste keer met je meegaat, en belt of mailt je daarover.',
                'The team is looking for someone to come with you the first time, and will call or email you.',
              )}
        </p>
      ) : match.proposedByUserId === null && match.activityExternalId ? (
        <form method="post" action={`${base}/activiteiten`} class="nabij-form">
          <CsrfField view={view} />
          <input type="hidden" name="activiteit" value={match.activityExternalId} />
          <input type="hidden" name="keuze" value="meegaan" />
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Wil je dat iemand de eerste keer met je meegaat? Dan zoekt het wijkteam iemand.',
              'Would you like someone to come with you the first time? Then the team looks for someone.',
            )}
          </p>
          <SubmitButton secondary>
            {tr(lang, 'Iemand gaat de eerste keer mee', 'Someone comes along the first time')}
          </SubmitButton>
        </form>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`${base}/koppelingen/${match.id}/afronden`}>
          {tr(lang, 'Ben je geweest? Vertel ons hoe het ging', 'Have you been? Tell us how it went')}
        </a>
      </p>
    </section>
  );
}

// One entry of the social base: what it is, when it is (the next few times and what is cancelled), where, how to
// reach who runs it, and a calendar link.
import { needLabel } from '../../../kernel/taxonomy/needs.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Freshness } from '../freshness.js';
import { type Occurrence, occurrenceLabel, scheduleLabel } from '../../../kernel/time/index.js';
import { hasContact, type OrganiserContact } from '../contact.js';
import type { ActivityResult } from '../queries/search.js';
import { kindLabel } from './activity-card.js';
import { OrganiserContactLinks } from './activity-facts.js';
import { languageName } from '../../../kernel/languages/index.js';

const dateLabel = (lang: 'nl' | 'en', iso: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T12:00:00Z`));

export function ActivityPage({
  view,
  activity,
  upcoming,
  freshness,
  contact,
  backHref = '/sociale-kaart',
}: {
  view: View;
  /** "Terug naar zoeken": the search the resident came from. */
  backHref?: string;
  activity: ActivityResult;
  upcoming: Occurrence[];
  freshness: Freshness;
  /** The organiser's public contact; nothing is shown when they gave none. */
  contact: OrganiserContact;
}) {
  const { lang } = view;
  const row = (key: string, value: string | null) =>
    value ? (
      <div class="utrecht-data-list__item">
        <dt class="utrecht-data-list__item-key">{key}</dt>
        <dd class="utrecht-data-list__item-value">{value}</dd>
      </div>
    ) : null;
  const upcomingExceptions = activity.exceptions.filter((e) => e.tot >= new Date().toISOString().slice(0, 10));
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={backHref}>
          {tr(lang, 'Terug naar zoeken', 'Back to search')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{activity.name}</h1>
      <p class="utrecht-paragraph nabij-muted">
        {kindLabel(lang, activity.kind)}
        {activity.providerName ? ` · ${activity.providerName}` : ''}
      </p>
      {freshness !== 'actueel' ? (
        <p class="utrecht-paragraph nabij-stale">
          {tr(
            lang,
            'Let op: deze informatie is al een tijd niet bevestigd. Bel even voordat je gaat.',
            'Note: this information has not been confirmed for a while. Call before you go.',
          )}
        </p>
      ) : null}
      <p class="utrecht-paragraph">{activity.description}</p>
      <dl class="utrecht-data-list">
        {row(tr(lang, 'Wanneer', 'When'), scheduleLabel(activity.schedule, lang))}
        {row(
          tr(lang, 'Waar', 'Where'),
          activity.address ? `${activity.address}, ${activity.postcode ?? ''}`.trim() : null,
        )}
        {row(tr(lang, 'Kosten', 'Cost'), activity.isFree ? tr(lang, 'gratis', 'free') : activity.cost || null)}
        {row(tr(lang, 'Voor wie', 'For whom'), activity.targetGroup || null)}
        {row(tr(lang, 'Talen', 'Languages'), activity.languages.map((l) => languageName(lang, l)).join(', '))}
        {row(
          tr(lang, 'Rolstoel', 'Wheelchair'),
          activity.wheelchairAccessible
            ? tr(lang, 'toegankelijk', 'accessible')
            : tr(lang, 'niet toegankelijk', 'not accessible'),
        )}
        {row(
          tr(lang, 'Plaatsen', 'Places'),
          activity.capacity !== null
            ? tr(
                lang,
                `${activity.freePlaces ?? '?'} van de ${activity.capacity} vrij`,
                `${activity.freePlaces ?? '?'} of ${activity.capacity} free`,
              )
            : null,
        )}
        {row(tr(lang, 'Past bij', 'Fits'), activity.needKeys.map((k) => needLabel(k, lang)).join(', ') || null)}
        {hasContact(contact) ? (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">{tr(lang, 'Contact', 'Contact')}</dt>
            <dd class="utrecht-data-list__item-value">
              <OrganiserContactLinks lang={lang} contact={contact} />
            </dd>
          </div>
        ) : null}
      </dl>
      {upcoming.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'De volgende keren', 'The next times')}</h2>
          <ul class="utrecht-unordered-list">
            {upcoming.map((o) => (
              <li key={occurrenceLabel(o)}>{`${occurrenceLabel(o, lang)}-${o.end}`}</li>
            ))}
          </ul>
          <p class="utrecht-paragraph">
            <a
              class="utrecht-link"
              href={`/sociale-kaart/${activity.id}/agenda.ics`}
              download={`${activity.externalId}.ics`}
            >
              {tr(lang, 'Zet in je agenda', 'Add to your calendar')}
            </a>
          </p>
        </>
      ) : null}
      {upcomingExceptions.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Gaat niet door', 'Cancelled')}</h2>
          <ul class="utrecht-unordered-list">
            {upcomingExceptions.map((e) => (
              <li key={e.van}>
                {e.van === e.tot ? dateLabel(lang, e.van) : `${dateLabel(lang, e.van)} – ${dateLabel(lang, e.tot)}`}
                {e.reden ? ` (${e.reden})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="utrecht-paragraph nabij-muted">
        {tr(lang, 'Laatst bevestigd op', 'Last confirmed on')}{' '}
        {dateLabel(lang, activity.lastConfirmedAt.toISOString().slice(0, 10))}
      </p>
    </>
  );
}

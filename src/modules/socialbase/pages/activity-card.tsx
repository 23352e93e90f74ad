// One entry of the social base as a result card: what, when next, how far, for whom, what it costs.
import { activityHref } from '../filters.js';
import { needLabel } from '../../../kernel/taxonomy/needs.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { Freshness } from '../freshness.js';
import { distanceLabel } from '../../../kernel/geo/index.js';
import { languageName } from '../../../kernel/languages/index.js';
import { occurrenceLabel, scheduleLabel } from '../../../kernel/time/index.js';
import type { ActivityResult } from '../queries/search.js';

export const kindLabel = (lang: Lang, kind: string) =>
  ({
    activiteit: tr(lang, 'Activiteit', 'Activity'),
    voorziening: tr(lang, 'Inloop of voorziening', 'Drop-in or facility'),
    initiatief: tr(lang, 'Bewonersinitiatief', 'Residents’ initiative'),
    dienst: tr(lang, 'Dienst', 'Service'),
  })[kind] ?? kind;

export function WhenLine({ lang, activity }: { lang: Lang; activity: ActivityResult }) {
  if (activity.schedule.frequentie === 'op_afspraak') return <>{tr(lang, 'Op afspraak', 'By appointment')}</>;
  return (
    <>
      {activity.next
        ? `${tr(lang, 'Volgende keer', 'Next time')}: ${occurrenceLabel(activity.next, lang)}`
        : tr(lang, 'Voorlopig geen datum', 'No date for now')}
      {' · '}
      {scheduleLabel(activity.schedule, lang)}
    </>
  );
}

export function ActivityCard({
  lang,
  activity,
  freshness,
  searchState = '',
}: {
  lang: Lang;
  activity: ActivityResult;
  freshness: Freshness;
  /** The search the card was found by, carried to the activity's page for the way back. */
  searchState?: string;
}) {
  const facts = [
    activity.distanceMetres !== null ? distanceLabel(activity.distanceMetres, lang) : null,
    activity.isFree ? tr(lang, 'gratis', 'free') : activity.cost || null,
    activity.wheelchairAccessible ? tr(lang, 'toegankelijk met rolstoel', 'wheelchair accessible') : null,
    activity.languages.filter((l) => l !== 'nl').length > 0
      ? `${tr(lang, 'ook in het', 'also in')} ${activity.languages
          .filter((l) => l !== 'nl')
          .map((l) => languageName(lang, l))
          .join(', ')}`
      : null,
    activity.freePlaces !== null
      ? tr(lang, `${activity.freePlaces} plaatsen vrij`, `${activity.freePlaces} places free`)
      : null,
  ].filter(Boolean);
  return (
    <article class="nabij-card" aria-labelledby={`titel-${activity.id}`}>
      <h3 class="utrecht-heading-3" id={`titel-${activity.id}`}>
        <a class="utrecht-link" href={activityHref(activity.id, searchState)}>
          {activity.name}
        </a>
      </h3>
      <p class="utrecht-paragraph nabij-muted">
        {kindLabel(lang, activity.kind)}
        {activity.providerName ? ` · ${activity.providerName}` : ''}
        {activity.professional ? ` · ${tr(lang, 'met een professional', 'with a professional')}` : ''}
      </p>
      <p class="utrecht-paragraph">
        <WhenLine lang={lang} activity={activity} />
      </p>
      {facts.length > 0 ? <p class="utrecht-paragraph">{facts.join(' · ')}</p> : null}
      <p class="utrecht-paragraph nabij-tags">{activity.needKeys.map((k) => needLabel(k, lang)).join(' · ')}</p>
      {freshness !== 'actueel' ? (
        <p class="utrecht-paragraph nabij-stale">
          {tr(
            lang,
            'Let op: deze informatie is al een tijd niet bevestigd.',
            'Note: this information has not been confirmed for a while.',
          )}
        </p>
      ) : null}
    </article>
  );
}

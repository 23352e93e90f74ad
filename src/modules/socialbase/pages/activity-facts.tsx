// The facts a short card of an activity gives (when, where, what it costs, whom to ask), and the organiser's public
// contact as links a phone or a browser can follow. The requests module shows these on the asker's status page.
import { Fragment } from 'preact';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import { amsterdamNow, occurrenceLabel, occurrences, scheduleLabel } from '../../../kernel/time/index.js';
import { hasContact, type OrganiserContact, websiteHref } from '../contact.js';
import type { ActivityOverview } from '../queries/activities.js';

/** Phone, e-mail and website of the organiser, each as a link, joined with "of". */
export function OrganiserContactLinks({ lang, contact }: { lang: Lang; contact: OrganiserContact }) {
  const links = [
    contact.phone ? (
      <a class="utrecht-link utrecht-link--telephone" href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
        {contact.phone}
      </a>
    ) : null,
    contact.email ? (
      <a class="utrecht-link" href={`mailto:${contact.email}`}>
        {contact.email}
      </a>
    ) : null,
    contact.website ? (
      websiteHref(contact.website) ? (
        <a class="utrecht-link" href={websiteHref(contact.website)}>
          {contact.website.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
        </a>
      ) : (
        <>{contact.website}</>
      )
    ) : null,
  ].filter((link) => link !== null);
  return (
    <>
      {links.map((link, i) => (
        <Fragment key={i}>
          {i === 0 ? '' : i === links.length - 1 ? tr(lang, ' of ', ' or ') : ', '}
          {link}
        </Fragment>
      ))}
    </>
  );
}

/** When the next time is: the pattern, and the next date when there is one. */
export function whenText(lang: Lang, activity: Pick<ActivityOverview, 'schedule' | 'exceptions'>, now: Date): string {
  const pattern = scheduleLabel(activity.schedule, lang);
  const [next] = occurrences(activity.schedule, activity.exceptions, amsterdamNow(now), 1);
  return next ? `${pattern} (${tr(lang, 'volgende keer', 'next time')}: ${occurrenceLabel(next, lang)})` : pattern;
}

function Fact({ name, children }: { name: string; children: preact.ComponentChildren }) {
  return (
    <div class="utrecht-data-list__item">
      <dt class="utrecht-data-list__item-key">{name}</dt>
      <dd class="utrecht-data-list__item-value">{children}</dd>
    </div>
  );
}

export function ActivityFacts({ lang, activity, now }: { lang: Lang; activity: ActivityOverview; now: Date }) {
  const place = activity.address ? `${activity.address}${activity.postcode ? `, ${activity.postcode}` : ''}` : null;
  const cost = activity.isFree ? tr(lang, 'gratis', 'free') : activity.cost || null;
  return (
    <dl class="utrecht-data-list">
      <Fact name={tr(lang, 'Wanneer', 'When')}>{whenText(lang, activity, now)}</Fact>
      {place ? <Fact name={tr(lang, 'Waar', 'Where')}>{place}</Fact> : null}
      {cost ? <Fact name={tr(lang, 'Kosten', 'Cost')}>{cost}</Fact> : null}
      {hasContact(activity.contact) ? (
        <Fact name={tr(lang, 'Contact', 'Contact')}>
          <OrganiserContactLinks lang={lang} contact={activity.contact} />
        </Fact>
      ) : null}
    </dl>
  );
}

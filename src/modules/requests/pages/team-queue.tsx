// The team's queue of help requests: spoed on top, then whoever waited longest, with how long they have waited.
import { needLabel } from '../../../kernel/taxonomy/needs.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { listQueue } from '../queries/requests.js';
import { label, routeLabel, stateLabels } from './team-labels.js';
import { StackedTable } from '../../../kernel/ui/stacked-table.js';

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** How long a request has waited, in plain words: "sinds vandaag", "sinds 3 uur", "sinds 2 dagen". */
export const waitingLabel = (lang: 'nl' | 'en', since: Date, now: Date): string => {
  const hours = Math.floor((now.getTime() - since.getTime()) / 3_600_000);
  if (hours < 1)
    return amsterdamDay.format(since) === amsterdamDay.format(now)
      ? tr(lang, 'sinds vandaag', 'since today')
      : tr(lang, 'sinds gisteren', 'since yesterday');
  if (hours < 24) return tr(lang, `sinds ${hours} uur`, `for ${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  const days = Math.floor(hours / 24);
  return tr(lang, `sinds ${days} ${days === 1 ? 'dag' : 'dagen'}`, `for ${days} ${days === 1 ? 'day' : 'days'}`);
};

export function QueuePage({
  view,
  title,
  queue,
  now,
}: {
  view: View;
  title: string;
  queue: Awaited<ReturnType<typeof listQueue>>;
  now: Date;
}) {
  const { lang } = view;
  const headers = {
    number: tr(lang, 'Nummer', 'Number'),
    route: 'Route',
    needs: tr(lang, 'Behoeften', 'Needs'),
    state: tr(lang, 'Status', 'Status'),
    waiting: tr(lang, 'Wacht', 'Waiting'),
  };
  return (
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/team/hulpvragen/nieuw">
          {tr(lang, 'Hulpvraag van de telefoon invoeren', 'Enter a help request taken by phone')}
        </a>
      </p>
      {queue.length === 0 ? (
        <p class="utrecht-paragraph">
          {tr(lang, 'Er staan geen open hulpvragen.', 'There are no open help requests.')}
        </p>
      ) : null}
      <StackedTable
        caption={tr(lang, 'Spoed bovenaan, dan wie het langst wacht', 'Urgent on top, then who has waited longest')}
        headers={Object.values(headers)}
      >
        {queue.map((item) => (
          <tr class="utrecht-table__row" key={item.id}>
            <td class="utrecht-table__cell" data-label={headers.number}>
              <a class="utrecht-link" href={`/team/hulpvragen/${item.id}`}>
                {item.reference}
              </a>
            </td>
            <td class="utrecht-table__cell" data-label={headers.route}>
              {item.route === 'spoed' ? <strong>{routeLabel(lang, item.route)}</strong> : routeLabel(lang, item.route)}
            </td>
            <td class="utrecht-table__cell" data-label={headers.needs}>
              {item.needKeys.map((k) => needLabel(k, lang)).join(', ')}
            </td>
            <td class="utrecht-table__cell" data-label={headers.state}>
              {label(lang, stateLabels, item.state)}
              {item.stale ? <strong> · {tr(lang, 'geen voortgang', 'no progress')}</strong> : null}
            </td>
            <td class="utrecht-table__cell" data-label={headers.waiting}>
              {waitingLabel(lang, item.lastProgressAt, now)}
            </td>
          </tr>
        ))}
      </StackedTable>
    </>
  );
}

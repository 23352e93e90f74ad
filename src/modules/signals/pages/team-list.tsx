// The team's list of signals: spoed first, then overdue, then by deadline; filters in a GET form (no script); the
// number overdue on top. One block per signal on a phone (the stacked table).
import { CheckboxField, SelectField } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import { StackedTable } from '../../../kernel/ui/stacked-table.js';
import type { View } from '../../../kernel/ui/view.js';
import type { TeamSignalRow } from '../queries/team.js';
import { signalKinds, signalStatuses } from '../schema.js';
import { deadlineInWords, deadlineState, dayInWords } from './team-deadline.js';
import { kindInWords, statusInWords, topicInWords, urgencyInWords } from './team-words.js';

export const signalListTitle = (lang: View['lang']) => tr(lang, 'Signalen', 'Signals');

export type ListValues = { status: string; soort: string; mijn: string; afgesloten: string };

export function SignalListPage({
  view,
  rows,
  values,
  kinds,
  now,
}: {
  view: View;
  rows: readonly TeamSignalRow[];
  values: ListValues;
  /** The kinds this role may see: a community worker sees only neighbourhood signals. */
  kinds: readonly string[];
  now: Date;
}) {
  const { lang } = view;
  const closed = values.afgesloten === '1';
  const overdue = closed ? 0 : rows.filter((r) => deadlineState(r.dueAt, r.secondDueAt, now) !== 'op_tijd').length;
  const headers = [
    tr(lang, 'Signaal', 'Signal'),
    tr(lang, 'Waarover', 'About'),
    tr(lang, 'Buurt', 'Area'),
    tr(lang, 'Urgentie', 'Urgency'),
    tr(lang, 'Stand', 'State'),
    tr(lang, 'Eigenaar', 'Owner'),
    closed ? tr(lang, 'Afgesloten op', 'Closed on') : tr(lang, 'Termijn', 'Deadline'),
  ];
  return (
    <>
      <h1 class="utrecht-heading-1">{signalListTitle(lang)}</h1>
      {closed ? null : (
        <p class="utrecht-paragraph" id="over-termijn">
          <strong>
            {overdue === 0
              ? tr(lang, 'Geen signalen over de termijn.', 'No signals past their deadline.')
              : overdue === 1
                ? tr(lang, '1 signaal is over de termijn.', '1 signal is past its deadline.')
                : tr(lang, `${overdue} signalen zijn over de termijn.`, `${overdue} signals are past their deadline.`)}
          </strong>
        </p>
      )}
      {kinds.length === 1 && kinds[0] === 'buurt' ? (
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Je ziet de signalen over de buurt. Zorgen om een persoon ziet alleen het wijkteam.',
            'You see the signals about the neighbourhood. Worries about a person are for the team only.',
          )}
        </p>
      ) : null}
      <form method="get" action="/team/signalen" class="nabij-search" aria-label={tr(lang, 'Filter', 'Filter')}>
        <div class="nabij-filters">
          <SelectField
            view={view}
            name="status"
            label={tr(lang, 'Stand', 'State')}
            options={[
              ['', tr(lang, 'Alle', 'All')],
              ...signalStatuses.filter((s) => s !== 'afgesloten').map((s) => [s, statusInWords(lang, s)] as const),
            ]}
            values={values}
          />
          {kinds.length > 1 ? (
            <SelectField
              view={view}
              name="soort"
              label={tr(lang, 'Soort', 'Kind')}
              options={[['', tr(lang, 'Alle', 'All')], ...signalKinds.map((k) => [k, kindInWords(lang, k)] as const)]}
              values={values}
            />
          ) : null}
        </div>
        <CheckboxField name="mijn" value="1" label={tr(lang, 'Alleen van mij', 'Only mine')} values={values} />
        <CheckboxField
          name="afgesloten"
          value="1"
          label={tr(lang, 'Afgesloten signalen', 'Closed signals')}
          values={values}
        />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {tr(lang, 'Toon', 'Show')}
        </button>
      </form>
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Geen signalen gevonden.', 'No signals found.')}</p>
      ) : (
        <StackedTable caption={tr(lang, `${rows.length} signalen`, `${rows.length} signals`)} headers={headers}>
          {rows.map((r) => {
            const state = deadlineState(r.dueAt, r.secondDueAt, now);
            return (
              <tr class="utrecht-table__row" key={r.id}>
                <td class="utrecht-table__cell" data-label={headers[0]}>
                  <a class="utrecht-link" href={`/team/signalen/${r.id}`}>
                    {r.reference}
                  </a>
                  <br />
                  {kindInWords(lang, r.kind)}
                </td>
                <td class="utrecht-table__cell" data-label={headers[1]}>
                  {topicInWords(lang, r.topic)}
                </td>
                <td class="utrecht-table__cell" data-label={headers[2]}>
                  {r.areaName ?? tr(lang, 'onbekend', 'unknown')}
                </td>
                <td class="utrecht-table__cell" data-label={headers[3]}>
                  {r.urgency === 'spoed' ? (
                    <strong>{urgencyInWords(lang, r.urgency)}</strong>
                  ) : (
                    urgencyInWords(lang, r.urgency)
                  )}
                </td>
                <td class="utrecht-table__cell" data-label={headers[4]}>
                  {statusInWords(lang, r.status)}
                </td>
                <td class="utrecht-table__cell" data-label={headers[5]}>
                  {r.ownerName ?? tr(lang, 'nog niemand', 'nobody yet')}
                </td>
                <td class="utrecht-table__cell" data-label={headers[6]}>
                  {closed && r.closedAt ? (
                    dayInWords(r.closedAt)
                  ) : state === 'op_tijd' ? (
                    deadlineInWords(lang, r.dueAt, r.secondDueAt, now)
                  ) : (
                    <strong>{deadlineInWords(lang, r.dueAt, r.secondDueAt, now)}</strong>
                  )}
                </td>
              </tr>
            );
          })}
        </StackedTable>
      )}
    </>
  );
}

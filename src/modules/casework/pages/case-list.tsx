// The team's list of cases and open requests: owner, area, route, age and both deadlines, overdue on top and said
// in words. Filters by owner ("mij", "niemand", a colleague), area and route in a GET form: the URL holds the filter.
import { z } from 'zod';
import { ErrorSummary, type FormErrors, type FormValues, SelectField } from '../../../kernel/ui/forms.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import { StackedTable } from '../../../kernel/ui/stacked-table.js';
import type { View } from '../../../kernel/ui/view.js';
import { routeLabel, routes, waitingLabel } from '../../requests/index.js';
import { type CaseDeadlines, type CaseTerms, deadlineLabel, type Deadline } from '../deadlines.js';
import type { CaseWorker } from '../queries.js';
import { areaLabel, outcomeLabel } from './labels.js';

export const filterSchema = z.object({
  eigenaar: z.union([z.literal(''), z.literal('mij'), z.literal('niemand'), z.uuid()]).default(''),
  buurt: z.union([z.literal(''), z.string().regex(/^\d{4}$/)]).default(''),
  route: z.union([z.literal(''), z.enum(routes as [string, ...string[]])]).default(''),
  /** '' the open work (the default), 'gesloten' the cases closed most recently. */
  status: z.enum(['', 'gesloten']).default(''),
});
export type CaseFilter = z.infer<typeof filterSchema>;

export type ListItem = {
  requestId: string;
  reference: string;
  route: string;
  area: string | null;
  createdAt: Date;
  caseId: string | null;
  ownerUserId: string | null;
  ownerName: string | null;
  outcome: string | null;
  deadlines: CaseDeadlines;
};

/** Whether an item passes the filter; `me` is the signed-in team member. */
export function matchesFilter(item: ListItem, filter: CaseFilter, me: string): boolean {
  const owner = filter.eigenaar === 'mij' ? me : filter.eigenaar;
  if (owner === 'niemand' ? item.ownerUserId !== null : owner !== '' && item.ownerUserId !== owner) return false;
  if (filter.buurt !== '' && item.area !== filter.buurt) return false;
  return filter.route === '' || item.route === filter.route;
}

function DeadlineCell({ lang, deadline }: { lang: Lang; deadline: Deadline }) {
  const text = deadlineLabel(lang, deadline);
  return deadline.state === 'te_laat' ? <strong>{text}</strong> : <>{text}</>;
}

export function CaseListPage({
  view,
  items,
  workers,
  areas,
  values,
  errors,
  terms,
  total,
  now,
}: {
  view: View;
  items: ListItem[];
  workers: CaseWorker[];
  areas: string[];
  values: FormValues;
  errors: FormErrors;
  terms: CaseTerms;
  total: number;
  now: Date;
}) {
  const { lang } = view;
  const labels = {
    eigenaar: tr(lang, 'Eigenaar', 'Owner'),
    buurt: tr(lang, 'Buurt', 'Area'),
    route: 'Route',
    status: tr(lang, 'Welke', 'Which'),
  };
  const headers = {
    request: tr(lang, 'Hulpvraag', 'Help request'),
    owner: labels.eigenaar,
    area: labels.buurt,
    route: labels.route,
    age: tr(lang, 'Binnen', 'Received'),
    first: tr(lang, 'Eerste contact', 'First contact'),
    plan: 'Plan',
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Casussen', 'Cases')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          `Eerste contact binnen ${terms.firstContactWorkingDays} werkdagen, een plan binnen ${terms.planWeeks} ` +
            'weken, geteld vanaf de dag dat de hulpvraag binnenkwam; bij spoed eerste contact dezelfde dag, en die ' +
            'staan bovenaan. Open hulpvragen zonder casus staan er ook bij, met eigenaar "niemand".',
          `First contact within ${terms.firstContactWorkingDays} working days, a plan within ${terms.planWeeks} ` +
            'weeks, counted from the day the request came in; for urgent requests first contact the same day, and ' +
            'they come first. Open requests without a case are listed too, with owner "nobody".',
        )}
      </p>
      <form method="get" action="/team/casussen" class="nabij-form nabij-filters" role="search">
        <SelectField
          view={view}
          name="eigenaar"
          label={labels.eigenaar}
          values={values}
          errors={errors}
          options={[
            ['', tr(lang, 'Iedereen', 'Everyone')],
            ['mij', tr(lang, 'Mij', 'Me')],
            ['niemand', tr(lang, 'Niemand (nog geen casus)', 'Nobody (no case yet)')],
            ...workers.map((w) => [w.id, w.displayName] as const),
          ]}
        />
        <SelectField
          view={view}
          name="buurt"
          label={labels.buurt}
          values={values}
          errors={errors}
          options={[['', tr(lang, 'Alle buurten', 'All areas')], ...areas.map((a) => [a, areaLabel(lang, a)] as const)]}
        />
        <SelectField
          view={view}
          name="route"
          label={labels.route}
          values={values}
          errors={errors}
          options={[
            ['', tr(lang, 'Alle routes', 'All routes')],
            ...routes.map((r) => [r, routeLabel(lang, r)] as const),
          ]}
        />
        <SelectField
          view={view}
          name="status"
          label={labels.status}
          values={values}
          errors={errors}
          options={[
            ['', tr(lang, 'Open werk', 'Open work')],
            ['gesloten', tr(lang, 'Gesloten casussen', 'Closed cases')],
          ]}
        />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {tr(lang, 'Filteren', 'Filter')}
        </button>
      </form>
      <p class="utrecht-paragraph" role="status">
        {tr(lang, `${items.length} van ${total} getoond.`, `${items.length} of ${total} shown.`)}
      </p>
      <StackedTable
        caption={tr(lang, 'Te laat bovenaan, dan wat het eerst moet', 'Overdue on top, then what is due first')}
        headers={Object.values(headers)}
      >
        {items.map((item) => (
          <tr class="utrecht-table__row" key={item.requestId}>
            <td class="utrecht-table__cell" data-label={headers.request}>
              <a
                class="utrecht-link"
                href={item.caseId ? `/team/casussen/${item.caseId}` : `/team/hulpvragen/${item.requestId}`}
              >
                {item.reference}
              </a>
              {item.caseId ? '' : tr(lang, ' (geen casus)', ' (no case)')}
              {item.outcome ? tr(lang, ` (gesloten: ${outcomeLabel(lang, item.outcome)})`, ` (closed)`) : ''}
            </td>
            <td class="utrecht-table__cell" data-label={headers.owner}>
              {item.ownerName ?? tr(lang, 'niemand', 'nobody')}
            </td>
            <td class="utrecht-table__cell" data-label={headers.area}>
              {areaLabel(lang, item.area)}
            </td>
            <td class="utrecht-table__cell" data-label={headers.route}>
              {item.route === 'spoed' ? <strong>{routeLabel(lang, item.route)}</strong> : routeLabel(lang, item.route)}
            </td>
            <td class="utrecht-table__cell" data-label={headers.age}>
              {waitingLabel(lang, item.createdAt, now)}
            </td>
            <td class="utrecht-table__cell" data-label={headers.first}>
              <DeadlineCell lang={lang} deadline={item.deadlines.firstContact} />
            </td>
            <td class="utrecht-table__cell" data-label={headers.plan}>
              <DeadlineCell lang={lang} deadline={item.deadlines.plan} />
            </td>
          </tr>
        ))}
      </StackedTable>
    </>
  );
}

// The public search page of the social base ("Wat is er in de buurt?"): one form, results, and a map when tiles
// are set.
import { needKeys, needLabel } from '../../../kernel/taxonomy/needs.js';
import {
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  type FormValues,
  SelectField,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { distanceChoices, PAGE_SIZE } from '../filters.js';
import type { Freshness } from '../freshness.js';
import type { ActivityResult } from '../queries/search.js';
import { WhenFields } from '../../../kernel/ui/when-fields.js';
import { ActivityCard } from './activity-card.js';
import { knownLanguages, languageName } from '../../../kernel/languages/index.js';

export type SearchPageProps = {
  view: View;
  values: FormValues;
  errors: FormErrors;
  results: ActivityResult[] | undefined;
  hasMore: boolean;
  page: number;
  /** "Deze week in de buurt", on the first page before a search. */
  week?: ActivityResult[] | undefined;
  /** The search as a query string, carried to an activity's page for "Terug naar zoeken". */
  searchState?: string;
  freshness: (a: ActivityResult) => Freshness;
  map: { tileUrl: string; attribution: string } | undefined;
};

function pageHref(values: FormValues, page: number): string {
  const params = new URLSearchParams(Object.entries(values).filter(([k, v]) => v !== '' && k !== 'pagina'));
  params.set('pagina', String(page));
  return `/sociale-kaart?${params.toString()}`;
}

export function SearchPage({
  view,
  values,
  errors,
  results,
  hasMore,
  page,
  week,
  searchState = '',
  freshness,
  map,
}: SearchPageProps) {
  const { lang } = view;
  const labels = {
    q: tr(lang, 'Wat zoek je?', 'What are you looking for?'),
    postcode: tr(lang, 'Je postcode (mag leeg blijven)', 'Your postcode (optional)'),
    behoefte: tr(lang, 'Onderwerp', 'Topic'),
    afstand: tr(lang, 'Hoe ver mag het zijn?', 'How far may it be?'),
    dag: tr(lang, 'Dag', 'Day'),
    dagdeel: tr(lang, 'Deel van de dag', 'Part of the day'),
    gesproken_taal: tr(lang, 'Taal die er gesproken wordt', 'Language spoken'),
  };
  const any = tr(lang, 'Maakt niet uit', 'Any');
  const markers = (results ?? [])
    .filter((r) => r.lat !== null && r.lon !== null)
    .map((r) => ({ lat: r.lat, lon: r.lon, name: r.name, href: `/sociale-kaart/${r.id}` }));
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Wat is er in de buurt?', 'What is there in the neighbourhood?')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Zoek koffieochtenden, samen eten, hulp bij klusjes of formulieren, en meer. ' +
            'Typ bijvoorbeeld: koffie dinsdag, of: hulp met de computer.',
          'Find coffee mornings, shared meals, help with small jobs or forms, and more. ' +
            'Type for example: coffee Tuesday, or: help with the computer.',
        )}
      </p>
      <form
        method="get"
        action="/sociale-kaart"
        class="nabij-search"
        role="search"
        aria-label={tr(lang, 'Zoeken in de buurt', 'Search the neighbourhood')}
      >
        <div class="nabij-form">
          <TextField view={view} name="q" type="search" label={labels.q} values={values} errors={errors} />
          <TextField
            view={view}
            name="postcode"
            label={labels.postcode}
            hint={tr(
              lang,
              'Dan zie je wat dichtbij is. Bijvoorbeeld: 1234 AB',
              'Then you see what is close. For example: 1234 AB',
            )}
            autoComplete="postal-code"
            values={values}
            errors={errors}
          />
        </div>
        <details
          open={Boolean(
            values.behoefte ||
            values.dag ||
            values.dagdeel ||
            values.gesproken_taal ||
            values.gratis ||
            values.rolstoel ||
            values.afstand,
          )}
        >
          <summary class="utrecht-paragraph">{tr(lang, 'Meer keuzes', 'More options')}</summary>
          <div class="nabij-filters">
            <SelectField
              view={view}
              name="behoefte"
              label={labels.behoefte}
              values={values}
              errors={errors}
              options={[['', any], ...needKeys.map((k) => [k, needLabel(k, lang)] as const)]}
            />
            <SelectField
              view={view}
              name="afstand"
              label={labels.afstand}
              values={values}
              errors={errors}
              options={[
                ['', any],
                ...distanceChoices.map(
                  (d) => [d, `${tr(lang, 'tot', 'up to')} ${d.replace('.', lang === 'nl' ? ',' : '.')} km`] as const,
                ),
              ]}
            />
            <WhenFields view={view} values={values} errors={errors} labels={labels} />
            <SelectField
              view={view}
              name="gesproken_taal"
              label={labels.gesproken_taal}
              values={values}
              errors={errors}
              options={[['', any], ...knownLanguages.map((l) => [l, languageName(lang, l)] as const)]}
            />
            <div>
              <CheckboxField name="gratis" label={tr(lang, 'Alleen gratis', 'Free only')} values={values} />
              <CheckboxField
                name="rolstoel"
                label={tr(lang, 'Toegankelijk met rolstoel', 'Wheelchair accessible')}
                values={values}
              />
            </div>
          </div>
        </details>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {tr(lang, 'Zoeken', 'Search')}
        </button>
      </form>
      {week ? (
        <section aria-labelledby="deze-week">
          <h2 class="utrecht-heading-2" id="deze-week">
            {tr(lang, 'Deze week in de buurt', 'This week in the neighbourhood')}
          </h2>
          <p class="utrecht-paragraph">
            {values.postcode && !errors.postcode
              ? tr(
                  lang,
                  `Wat er de komende 7 dagen is, het dichtstbij eerst.`,
                  `What is on in the next 7 days, nearest first.`,
                )
              : tr(
                  lang,
                  'Wat er de komende 7 dagen is, het eerst komende bovenaan. ' +
                    'Vul je postcode in om te zien wat dichtbij is.',
                  'What is on in the next 7 days, soonest first. Enter your postcode to see what is close.',
                )}
          </p>
          {week.length === 0 ? (
            <p class="utrecht-paragraph">
              {tr(lang, 'Deze week staat er niets op de kaart.', 'Nothing is on the map this week.')}
            </p>
          ) : null}
          {week.map((activity) => (
            <ActivityCard
              key={activity.id}
              lang={lang}
              activity={activity}
              freshness={freshness(activity)}
              searchState={searchState}
            />
          ))}
        </section>
      ) : null}
      {results ? (
        <section aria-labelledby="resultaten">
          <h2 class="utrecht-heading-2" id="resultaten" tabIndex={-1}>
            {results.length === 0
              ? tr(lang, 'Niets gevonden', 'Nothing found')
              : tr(
                  lang,
                  `${(page - 1) * PAGE_SIZE + results.length}${hasMore ? '+' : ''} gevonden`,
                  `${(page - 1) * PAGE_SIZE + results.length}${hasMore ? '+' : ''} found`,
                )}
          </h2>
          {results.length === 0 ? (
            <p class="utrecht-paragraph">
              {tr(
                lang,
                'Probeer andere woorden, of minder keuzes. Of bel het wijkteam: zij weten vaak nog meer.',
                'Try other words, or fewer options. Or call the neighbourhood team: they often know more.',
              )}
            </p>
          ) : null}
          {map && markers.length > 0 ? (
            <div
              class="nabij-map"
              id="kaart"
              data-tiles={map.tileUrl}
              data-attribution={map.attribution}
              data-markers={JSON.stringify(markers)}
              aria-hidden="true"
            />
          ) : null}
          {results.map((activity) => (
            <ActivityCard
              key={activity.id}
              lang={lang}
              activity={activity}
              freshness={freshness(activity)}
              searchState={searchState}
            />
          ))}
          <nav aria-label={tr(lang, 'Meer resultaten', 'More results')}>
            <p class="utrecht-paragraph">
              {page > 1 ? (
                <a class="utrecht-link" href={pageHref(values, page - 1)}>
                  {tr(lang, 'Vorige', 'Previous')}
                </a>
              ) : null}
              {page > 1 && hasMore ? ' · ' : null}
              {hasMore ? (
                <a class="utrecht-link" href={pageHref(values, page + 1)}>
                  {tr(lang, 'Volgende', 'Next')}
                </a>
              ) : null}
            </p>
          </nav>
        </section>
      ) : null}
      {map ? (
        <>
          <link rel="stylesheet" href="/assets/leaflet/leaflet.css" />
          <script src="/assets/leaflet/leaflet.js" defer />
          <script src="/assets/kaart.js" defer />
        </>
      ) : null}
    </>
  );
}

// The community worker's page of neighbourhood themes: neighbourhood signals counted per theme and buurt (never a
// person's words), a tile map per buurt ("tegelkaart", one SVG tile per buurt, grouped per wijk; no geometry, no
// points), the same numbers in a table, the themes already made, and the form that puts a group on the agenda.
import { z } from 'zod';
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import { StackedTable } from '../../../kernel/ui/stacked-table.js';
import type { View } from '../../../kernel/ui/view.js';
import type { ThemeCount, ThemeRow } from '../queries/themes.js';
import { type NeighbourhoodTheme, neighbourhoodThemes } from '../schema.js';

const themeWords: Record<NeighbourhoodTheme, [string, string]> = {
  eenzaamheid: ['Eenzaamheid', 'Loneliness'],
  jongeren: ['Jongeren', 'Young people'],
  overlast: ['Overlast', 'Nuisance'],
  armoede: ['Armoede', 'Poverty'],
  veiligheid: ['Veiligheid', 'Safety'],
  woonomgeving: ['Woonomgeving', 'Surroundings'],
  ontmoeting: ['Ontmoeting', 'Meeting'],
  anders: ['Iets anders', 'Something else'],
};
export const themeLabel = (lang: Lang, topic: NeighbourhoodTheme) => tr(lang, ...themeWords[topic]);

/** One colour per theme, each with a contrast of at least 4.5:1 on white; the tile also says the theme in words. */
export const themeColours: Record<NeighbourhoodTheme, string> = {
  eenzaamheid: '#1f5f8b',
  jongeren: '#8a4b00',
  overlast: '#a3222f',
  armoede: '#5b3a8c',
  veiligheid: '#1d6b3a',
  woonomgeving: '#6b5a00',
  ontmoeting: '#005f6b',
  anders: '#4a4a4a',
};

/** The periods the page counts over, in months. */
export const periods = ['3', '6', '12', '24'] as const;

export const themeFilterSchema = z.object({
  wijk: z.union([z.literal(''), z.string().regex(/^[a-z0-9-]{1,80}$/)]).default(''),
  periode: z.enum(periods).default('12'),
});
export type ThemeFilter = z.infer<typeof themeFilterSchema>;

export type MapArea = {
  areaId: string | null;
  areaName: string | null;
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
};

export const areaKey = (areaId: string | null) => areaId ?? 'geen';

const noArea = (lang: Lang) => tr(lang, 'Buurt niet bekend', 'Area not known');
const noNeighbourhood = (lang: Lang) => tr(lang, 'Wijk niet bekend', 'District not known');
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const TILE_WIDTH = 220;
const LINE = 22;

/** One buurt as a tile: its name, a band in the colour of its largest theme, and a bar with its count per theme. */
function Tile({
  lang,
  name,
  counts,
  max,
  lines,
}: {
  lang: Lang;
  name: string;
  counts: ThemeCount[];
  max: number;
  /** The lines of the tallest tile of the wijk: every tile of a row is as tall, so the row lines up. */
  lines: number;
}) {
  const height = 44 + Math.max(1, lines) * LINE;
  const largest = counts[0];
  return (
    <svg
      class="nabij-tegel"
      width={TILE_WIDTH}
      height={height}
      viewBox={`0 0 ${TILE_WIDTH} ${height}`}
      xmlns="http://www.w3.org/2000/svg"
      focusable="false"
    >
      <rect x="1" y="1" width={TILE_WIDTH - 2} height={height - 2} rx="6" fill="#ffffff" stroke="#595959" />
      <rect
        x="1"
        y="1"
        width={TILE_WIDTH - 2}
        height="6"
        rx="3"
        fill={largest ? themeColours[largest.topic] : '#595959'}
      />
      <text x="10" y="28" font-size="15" font-weight="bold" fill="#1a1a1a">
        {shorten(name, 24)}
      </text>
      {counts.length === 0 ? (
        <text x="10" y={28 + LINE} font-size="13" fill="#1a1a1a">
          {tr(lang, 'Geen signalen', 'No signals')}
        </text>
      ) : (
        counts.map((c, i) => {
          const y = 36 + i * LINE;
          return (
            <g key={c.topic}>
              <rect
                x="10"
                y={y + 3}
                width={4 + Math.round((c.total / max) * 66)}
                height="12"
                fill={themeColours[c.topic]}
              />
              <text x="88" y={y + 14} font-size="13" fill="#1a1a1a">
                {`${themeLabel(lang, c.topic)} ${c.total}`}
              </text>
            </g>
          );
        })
      )}
    </svg>
  );
}

/** The tile map: per wijk a heading and a tile per buurt, wrapping to the width of the screen. */
function TileMap({ lang, areas, counts }: { lang: Lang; areas: MapArea[]; counts: ThemeCount[] }) {
  const max = Math.max(1, ...counts.map((c) => c.total));
  const countsOf = (a: MapArea) =>
    counts.filter((c) => c.areaId === a.areaId && c.neighbourhoodId === a.neighbourhoodId);
  const byNeighbourhood = new Map<string, { name: string; areas: MapArea[] }>();
  for (const a of areas) {
    const key = a.neighbourhoodId ?? 'geen';
    const entry = byNeighbourhood.get(key) ?? { name: a.neighbourhoodName ?? noNeighbourhood(lang), areas: [] };
    entry.areas.push(a);
    byNeighbourhood.set(key, entry);
  }
  return (
    <div class="nabij-tegelkaart">
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Tegelkaart: één tegel per buurt, per wijk. Elke balk is een thema, met het aantal signalen erbij. ' +
            'De tabel hieronder heeft dezelfde getallen.',
          'Tile map: one tile per area, per district. Each bar is a theme, with its number of signals. ' +
            'The table below has the same numbers.',
        )}
      </p>
      <div aria-hidden="true">
        {[...byNeighbourhood.values()].map((n) => (
          <div key={n.name}>
            <p class="utrecht-paragraph">
              <strong>{n.name}</strong>
            </p>
            <div>
              {n.areas.map((a) => (
                <>
                  <Tile
                    key={areaKey(a.areaId)}
                    lang={lang}
                    name={a.areaName ?? noArea(lang)}
                    counts={countsOf(a)}
                    max={max}
                    lines={Math.max(...n.areas.map((b) => countsOf(b).length))}
                  />{' '}
                </>
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

const dateOf = (lang: Lang, at: Date) =>
  at.toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });

const statusWords = (lang: Lang, status: ThemeRow['status']) =>
  status === 'klaar_voor_agenda'
    ? tr(lang, 'Klaar voor de wijkagenda', 'Ready for the neighbourhood agenda')
    : tr(lang, 'Op de wijkagenda', 'On the neighbourhood agenda');

export function ThemesPage({
  view,
  filter,
  values,
  errors,
  neighbourhoods,
  areas,
  counts,
  themes,
  made,
}: {
  view: View;
  filter: ThemeFilter;
  values: FormValues;
  errors: FormErrors;
  neighbourhoods: { slug: string; name: string }[];
  areas: MapArea[];
  counts: ThemeCount[];
  themes: ThemeRow[];
  /** The title of the theme just made, to say so. */
  made: string | null;
}) {
  const { lang } = view;
  const labels = { wijk: tr(lang, 'Wijk', 'District'), periode: tr(lang, 'Periode', 'Period') };
  const months = Number(filter.periode);
  const headers = {
    wijk: labels.wijk,
    buurt: tr(lang, 'Buurt', 'Area'),
    thema: tr(lang, 'Thema', 'Theme'),
    open: tr(lang, 'Wacht nog', 'Waiting'),
    total: tr(lang, `Alle (${months} mnd)`, `All (${months} mo)`),
    last: tr(lang, 'Laatste signaal', 'Last signal'),
    action: tr(lang, 'Wijkagenda', 'Agenda'),
  };
  const themeHeaders = {
    title: tr(lang, 'Titel', 'Title'),
    thema: headers.thema,
    buurt: headers.buurt,
    count: tr(lang, 'Signalen', 'Signals'),
    status: 'Status',
    made: tr(lang, 'Gemaakt', 'Made'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Thema’s in de buurt', 'Neighbourhood themes')}</h1>
      {made ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">
            {tr(
              lang,
              `Het thema "${made}" staat klaar voor de wijkagenda. De melders krijgen bericht.`,
              `The theme "${made}" is ready for the neighbourhood agenda. The reporters are told.`,
            )}
          </p>
        </div>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Signalen over de buurt, geteld per thema en buurt. Hier staan alleen aantallen: wat mensen schreven, lees ' +
            'je bij het signaal zelf. "Wacht nog" telt de signalen die nog niet zijn doorgezet of afgesloten.',
          'Signals about the neighbourhood, counted per theme and area. Only numbers here: what people wrote is on ' +
            'the signal itself. "Waiting" counts the signals not yet passed on or closed.',
        )}
      </p>
      <form method="get" action="/team/signalen/themas" class="nabij-form nabij-filters" role="search">
        <SelectField
          view={view}
          name="wijk"
          label={labels.wijk}
          values={values}
          errors={errors}
          options={[
            ['', tr(lang, 'Alle wijken', 'All districts')],
            ...neighbourhoods.map((n) => [n.slug, n.name] as const),
          ]}
        />
        <SelectField
          view={view}
          name="periode"
          label={labels.periode}
          values={values}
          errors={errors}
          options={periods.map((p) => [p, tr(lang, `Laatste ${p} maanden`, `Last ${p} months`)] as const)}
        />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {tr(lang, 'Filteren', 'Filter')}
        </button>
      </form>
      <h2 class="utrecht-heading-2">{tr(lang, 'Kaart per buurt', 'Map per area')}</h2>
      <TileMap lang={lang} areas={areas} counts={counts} />
      <StackedTable
        caption={tr(
          lang,
          `Signalen over de buurt per wijk, buurt en thema, laatste ${months} maanden`,
          `Neighbourhood signals per district, area and theme, last ${months} months`,
        )}
        headers={Object.values(headers)}
      >
        {counts.map((c) => (
          <tr class="utrecht-table__row" key={`${areaKey(c.areaId)}-${c.topic}`}>
            <td class="utrecht-table__cell" data-label={headers.wijk}>
              {c.neighbourhoodName ?? noNeighbourhood(lang)}
            </td>
            <td class="utrecht-table__cell" data-label={headers.buurt}>
              {c.areaName ?? noArea(lang)}
            </td>
            <td class="utrecht-table__cell" data-label={headers.thema}>
              {themeLabel(lang, c.topic)}
            </td>
            <td class="utrecht-table__cell" data-label={headers.open}>
              {c.open}
            </td>
            <td class="utrecht-table__cell" data-label={headers.total}>
              {c.total}
            </td>
            <td class="utrecht-table__cell" data-label={headers.last}>
              {dateOf(lang, c.lastAt)}
            </td>
            <td class="utrecht-table__cell" data-label={headers.action}>
              {c.open > 0 ? (
                <a
                  class="utrecht-link"
                  href={`/team/signalen/themas/nieuw?thema=${c.topic}&buurt=${areaKey(c.areaId)}`}
                >
                  {tr(lang, 'Zet op de wijkagenda', 'Put on the agenda')}
                  <span class="utrecht-visually-hidden">
                    {`: ${themeLabel(lang, c.topic)}, ${c.areaName ?? noArea(lang)}`}
                  </span>
                </a>
              ) : (
                tr(lang, 'Niets dat wacht', 'Nothing waiting')
              )}
            </td>
          </tr>
        ))}
      </StackedTable>
      {counts.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Geen signalen in deze periode.', 'No signals in this period.')}</p>
      ) : null}
      <h2 class="utrecht-heading-2">{tr(lang, 'Thema’s voor de wijkagenda', 'Themes for the agenda')}</h2>
      {themes.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Nog geen thema’s gemaakt.', 'No themes made yet.')}</p>
      ) : (
        <StackedTable
          caption={tr(lang, 'Gemaakte thema’s, nieuwste eerst', 'Themes made, newest first')}
          headers={Object.values(themeHeaders)}
        >
          {themes.map((th) => (
            <tr class="utrecht-table__row" key={th.id}>
              <td class="utrecht-table__cell" data-label={themeHeaders.title}>
                <strong>{th.title}</strong>
                {th.summary ? <div>{th.summary}</div> : null}
              </td>
              <td class="utrecht-table__cell" data-label={themeHeaders.thema}>
                {themeLabel(lang, th.topic)}
              </td>
              <td class="utrecht-table__cell" data-label={themeHeaders.buurt}>
                {th.areaName ?? noArea(lang)}
              </td>
              <td class="utrecht-table__cell" data-label={themeHeaders.count}>
                {th.signalCount}
              </td>
              <td class="utrecht-table__cell" data-label={themeHeaders.status}>
                {statusWords(lang, th.status)}
              </td>
              <td class="utrecht-table__cell" data-label={themeHeaders.made}>
                {dateOf(lang, th.createdAt)}
              </td>
            </tr>
          ))}
        </StackedTable>
      )}
      <p class="utrecht-paragraph">
        {tr(lang, 'Open data: ', 'Open data: ')}
        <a class="utrecht-link" href="/open/signalen/themas.csv">
          {tr(lang, 'aantallen per buurt en kwartaal (CSV)', 'counts per area and quarter (CSV)')}
        </a>
        {' · '}
        <a class="utrecht-link" href="/open/signalen/themas.json">
          JSON
        </a>
      </p>
    </>
  );
}

export const agendaFormSchema = z.object({
  thema: z.enum(neighbourhoodThemes),
  buurt: z.union([z.literal('geen'), z.uuid()]),
  titel: z.string().trim().min(1, 'titel_nodig').max(120, 'tekst_te_lang'),
  samenvatting: z.string().trim().min(1, 'samenvatting_nodig').max(1000, 'tekst_te_lang'),
});

/** The form that puts one group on the agenda: a title and a summary in the community worker's own words. */
export function AgendaFormPage({
  view,
  topic,
  areaName,
  waiting,
  values,
  errors,
}: {
  view: View;
  topic: NeighbourhoodTheme;
  areaName: string | null;
  waiting: number;
  values: FormValues;
  errors: FormErrors;
}) {
  const { lang } = view;
  const labels = {
    titel: tr(lang, 'Titel', 'Title'),
    samenvatting: tr(lang, 'Korte samenvatting', 'Short summary'),
    thema: tr(lang, 'Thema', 'Theme'),
    buurt: tr(lang, 'Buurt', 'Area'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Zet op de wijkagenda', 'Put on the neighbourhood agenda')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          `${themeLabel(lang, topic)} in ${areaName ?? noArea(lang)}: ${waiting} signalen wachten nog. Ze gaan ` +
            'allemaal mee naar de wijkagenda en krijgen de status "doorgezet". De melders krijgen daar bericht van.',
          `${themeLabel(lang, topic)} in ${areaName ?? noArea(lang)}: ${waiting} signals are waiting. They all go ` +
            'to the neighbourhood agenda with the status "passed on". The reporters are told.',
        )}
      </p>
      <Form view={view} action="/team/signalen/themas/nieuw" label={tr(lang, 'Thema maken', 'Make a theme')}>
        <input type="hidden" name="thema" value={topic} />
        <input type="hidden" name="buurt" value={values.buurt ?? 'geen'} />
        <TextField view={view} name="titel" label={labels.titel} values={values} errors={errors} required />
        <TextField
          view={view}
          name="samenvatting"
          label={labels.samenvatting}
          values={values}
          errors={errors}
          multiline
          required
          hint={tr(
            lang,
            'In je eigen woorden, wat speelt er in de buurt. Schrijf geen namen, adressen of andere ' +
              'persoonsgegevens: de wijkagenda is voor iedereen.',
            'In your own words, what is going on. Write no names, addresses or other personal data: the ' +
              'neighbourhood agenda is for everyone.',
          )}
        />
        <SubmitButton>{tr(lang, 'Zet op de wijkagenda', 'Put on the agenda')}</SubmitButton>
      </Form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/team/signalen/themas">
          {tr(lang, 'Terug naar de thema’s', 'Back to the themes')}
        </a>
      </p>
    </>
  );
}

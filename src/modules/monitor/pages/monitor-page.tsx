// The monitor's pages: the overview (six groups, each figure with its newest value, the trend, a line chart, the
// table behind it and the definition) and one figure (bars per wijk for a period, and its line). Server-rendered,
// no JavaScript: the filters are a form that asks again.
import { z } from 'zod';
import { ErrorSummary, type FormErrors, type FormValues, RadioField, SelectField } from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { type Figure, figureGroups, figures, groupWords } from '../figures.js';
import { type MonitorAccess, type MonitorCell, periodLabel, shortPeriodLabel } from '../queries/pages.js';
import { type PeriodKind, periodKinds } from '../schema.js';
import { BarChart, ChartTable, LineChart, type ChartPoint } from './chart.js';
import { chartValue, conceptWords, countText, gapText, trendText, valueText } from './monitor-words.js';

export const monitorFilterSchema = z.object({
  wijk: z.union([z.literal(''), z.string().regex(/^[a-z0-9-]{1,80}$/)]).default(''),
  periode: z.enum(periodKinds).default('kwartaal'),
  op: z
    .union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-01$/)])
    .optional()
    .default(''),
});
export type MonitorFilter = z.infer<typeof monitorFilterSchema>;

export type WijkOption = { key: string; slug: string; name: string };

/** A wijk's name: a neighbourhood, the whole municipality, or what could not be placed. */
export function wijkName(lang: Lang, wijken: readonly WijkOption[], key: string): string {
  if (key === 'gemeente') return tr(lang, 'Hele gemeente', 'Whole municipality');
  if (key === 'onbekend') return tr(lang, 'Wijk niet bekend', 'District not known');
  return wijken.find((w) => w.key === key)?.name ?? key;
}

const kindWords = (lang: Lang, kind: PeriodKind) =>
  kind === 'maand' ? tr(lang, 'per maand', 'per month') : tr(lang, 'per kwartaal', 'per quarter');

/** What this viewer sees beyond the public, in one sentence. */
function AccessNote({ view, access, wijken }: { view: View; access: MonitorAccess; wijken: readonly WijkOption[] }) {
  const { lang } = view;
  const text =
    access.draft === 'alle'
      ? tr(
          lang,
          'Je ziet ook de cijfers die nog niet openbaar zijn, van alle wijken. Ze staan erbij als ' +
            `"${conceptWords(lang)}".`,
          'You also see the figures that are not public yet, of all districts, marked as drafts.',
        )
      : access.draft === 'eigen_wijk'
        ? access.wijk
          ? tr(
              lang,
              'Als lid van de klankbordgroep zie je de nieuwste cijfers van je eigen wijk ' +
                `(${wijkName(lang, wijken, access.wijk)}) al voordat ze openbaar zijn. ` +
                `Ze staan erbij als "${conceptWords(lang)}".`,
              'As a sounding board member you see the newest figures of your own district before they are public.',
            )
          : tr(
              lang,
              'Je account hoort nog niet bij een wijk. Daarom zie je alleen de openbare cijfers. ' +
                'Vraag het wijkteam je wijk toe te voegen.',
              'Your account has no district yet, so you see the public figures only.',
            )
        : tr(
            lang,
            'Dit zijn de openbare cijfers. Kleine aantallen laten we niet zien, zodat niemand herkenbaar is.',
            'These are the public figures. Small numbers are not shown, so nobody can be recognised.',
          );
  return <p class="utrecht-paragraph">{text}</p>;
}

function Filters({
  view,
  base,
  wijken,
  values,
  errors,
  extra,
}: {
  view: View;
  base: string;
  wijken: readonly WijkOption[];
  values: FormValues;
  errors: FormErrors;
  extra?: preact.ComponentChildren;
}) {
  const { lang } = view;
  return (
    <form method="get" action={base} class="nabij-form" aria-label={tr(lang, 'Kies de cijfers', 'Choose the figures')}>
      <SelectField
        view={view}
        name="wijk"
        label={tr(lang, 'Wijk', 'District')}
        options={[
          ['', tr(lang, 'Hele gemeente', 'Whole municipality')],
          ...wijken.map((w) => [w.slug, w.name] as const),
        ]}
        values={values}
        errors={errors}
      />
      <RadioField
        view={view}
        name="periode"
        legend={tr(lang, 'Cijfers per', 'Figures per')}
        options={[
          ['maand', tr(lang, 'Maand', 'Month')],
          ['kwartaal', tr(lang, 'Kwartaal', 'Quarter')],
        ]}
        values={values}
        errors={errors}
      />
      {extra}
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
        {tr(lang, 'Toon de cijfers', 'Show the figures')}
      </button>
    </form>
  );
}

const filterLabels = (lang: Lang) => ({
  wijk: tr(lang, 'Wijk', 'District'),
  periode: tr(lang, 'Cijfers per', 'Figures per'),
  op: tr(lang, 'Periode', 'Period'),
});

/** The points of a line over the periods for one wijk. */
function linePoints(
  figure: Figure,
  kind: PeriodKind,
  periods: readonly string[],
  cellOf: (period: string) => MonitorCell | undefined,
  lang: Lang,
): ChartPoint[] {
  return periods.map((p) => {
    const cell = cellOf(p);
    return {
      label: shortPeriodLabel(kind, p, lang),
      value: chartValue(figure, cell),
      shown: valueText(figure, cell, lang),
      gap: gapText(cell),
      concept: cell?.concept ?? false,
    };
  });
}

function lineDesc(lang: Lang, kind: PeriodKind, periods: readonly string[], points: ChartPoint[], where: string) {
  const first = periods[0]!;
  const last = periods[periods.length - 1]!;
  const hidden = points.filter((p) => p.value === null).length;
  return (
    tr(
      lang,
      `Lijn van ${periodLabel(kind, first, lang)} tot ${periodLabel(kind, last, lang)}, ${where}. `,
      `Line from ${periodLabel(kind, first, lang)} to ${periodLabel(kind, last, lang)}, ${where}. `,
    ) +
    tr(lang, `Laatste: ${points[points.length - 1]!.shown}.`, `Latest: ${points[points.length - 1]!.shown}.`) +
    (hidden > 0
      ? tr(
          lang,
          ` ${hidden} ${hidden === 1 ? 'periode' : 'periodes'} zonder getal: te klein, verborgen of geen cijfer.`,
          ` ${hidden} period(s) without a number: too small, hidden or no figure.`,
        )
      : '') +
    tr(lang, ' De cijfers staan ook in de tabel eronder.', ' The figures are also in the table below.')
  );
}

function lineTable(
  lang: Lang,
  figure: Figure,
  kind: PeriodKind,
  periods: readonly string[],
  cellOf: (period: string) => MonitorCell | undefined,
) {
  const counted = figure.kind !== 'aantal';
  return {
    headers: [
      tr(lang, 'Periode', 'Period'),
      counted ? tr(lang, 'Waarde', 'Value') : tr(lang, 'Aantal', 'Count'),
      ...(counted ? [tr(lang, 'Aantal', 'Count')] : []),
      tr(lang, 'Status', 'Status'),
    ],
    rows: periods.map((p) => {
      const cell = cellOf(p);
      return [
        periodLabel(kind, p, lang),
        valueText(figure, cell, lang),
        ...(counted ? [countText(figure, cell, lang) ?? ''] : []),
        cell?.concept ? conceptWords(lang) : tr(lang, 'openbaar', 'public'),
      ];
    }),
  };
}

export const csvHref = (base: string, figure: Figure, filter: { wijk: string; periode: PeriodKind }) =>
  `${base}/${figure.key}.csv?${new URLSearchParams({ wijk: filter.wijk, periode: filter.periode }).toString()}`;

function FigureCard({
  view,
  base,
  figure,
  kind,
  filter,
  periods,
  cells,
  where,
}: {
  view: View;
  base: string;
  figure: Figure;
  kind: PeriodKind;
  filter: MonitorFilter;
  periods: readonly string[];
  cells: ReadonlyMap<string, MonitorCell>;
  where: string;
}) {
  const { lang } = view;
  const cellOf = (p: string) => cells.get(p);
  const last = periods[periods.length - 1]!;
  const latest = cellOf(last);
  const trend = trendText(figure, kind, latest, cellOf(periods[periods.length - 2] ?? ''), lang);
  const count = countText(figure, latest, lang);
  const points = linePoints(figure, kind, periods, cellOf, lang);
  const title = tr(lang, ...figure.title);
  const table = lineTable(lang, figure, kind, periods, cellOf);
  const id = `lijn-${figure.key}`;
  const query = new URLSearchParams({ wijk: filter.wijk, periode: filter.periode }).toString();
  return (
    <section class="nabij-card" aria-labelledby={`${id}-kop`}>
      <h3 class="utrecht-heading-3" id={`${id}-kop`}>
        <a class="utrecht-link" href={`${base}/${figure.key}?${query}`}>
          {title}
        </a>
      </h3>
      <p class="utrecht-paragraph">
        <strong>{valueText(figure, latest, lang)}</strong> {tr(lang, 'in', 'in')} {periodLabel(kind, last, lang)}
        {latest?.concept ? ` (${conceptWords(lang)})` : ''}
        {count !== null ? ` · ${tr(lang, 'Aantal', 'Count')}: ${count}` : ''}
      </p>
      {trend ? <p class="utrecht-paragraph">{trend}</p> : null}
      <LineChart
        id={id}
        title={`${title}, ${where}`}
        desc={lineDesc(lang, kind, periods, points, where)}
        points={points}
        lang={lang}
        percent={figure.kind === 'aandeel'}
      />
      <ChartTable lang={lang} caption={`${title}, ${where}`} headers={table.headers} rows={table.rows} />
      <p class="utrecht-paragraph nabij-muted">
        <strong>{tr(lang, 'Wat telt mee?', 'What counts?')}</strong> {tr(lang, ...figure.definition)}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={csvHref(base, figure, filter)} download>
          {tr(lang, `Download CSV: ${title}`, `Download CSV: ${title}`)}
        </a>
      </p>
    </section>
  );
}

function Suppression({ lang }: { lang: Lang }) {
  return (
    <p class="utrecht-paragraph">
      {tr(
        lang,
        'Is een aantal kleiner dan 10, dan staat er "minder dan 10". Een percentage of gemiddelde over minder dan 10 ' +
          'laten we weg. Soms verbergen we ook een groter aantal ("verborgen"), zodat je een klein aantal niet kunt ' +
          'uitrekenen. In een grafiek is de lijn daar onderbroken. Zo is niemand herkenbaar.',
        'A count under 10 shows as "fewer than 10"; a percentage or mean over fewer than 10 is left out; sometimes a ' +
          'larger count is hidden too, so a small one cannot be worked out. The chart line breaks there.',
      )}
    </p>
  );
}

export function MonitorPage({
  view,
  base,
  title,
  access,
  wijken,
  filter,
  values,
  errors,
  wijkKey,
  periods,
  cells,
}: {
  view: View;
  base: string;
  title: string;
  access: MonitorAccess;
  wijken: readonly WijkOption[];
  filter: MonitorFilter;
  values: FormValues;
  errors: FormErrors;
  wijkKey: string;
  periods: readonly string[];
  cells: readonly MonitorCell[];
}) {
  const { lang } = view;
  const where = wijkName(lang, wijken, wijkKey);
  const upTo = periods.length > 0 ? periodLabel(filter.periode, periods[periods.length - 1]!, lang) : '';
  const byFigure = new Map<string, Map<string, MonitorCell>>();
  for (const c of cells) {
    if (c.wijk !== wijkKey) continue;
    const m = byFigure.get(c.figureKey) ?? new Map<string, MonitorCell>();
    byFigure.set(c.figureKey, m.set(c.periodStart, c));
  }
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={filterLabels(lang)} />
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Hoe gaat het in de wijk? Hier zie je cijfers over tevredenheid, zelfredzaamheid, meedoen, zware zorg, ' +
            'opgeloste problemen en initiatieven van bewoners. Nooit over één persoon.',
          'How is the neighbourhood doing? Figures on satisfaction, self-reliance, taking part, specialist care, ' +
            'problems solved and residents’ initiatives. Never about one person.',
        )}
      </p>
      <AccessNote view={view} access={access} wijken={wijken} />
      <Filters view={view} base={base} wijken={wijken} values={values} errors={errors} />
      <Suppression lang={lang} />
      {periods.length === 0 ? (
        <p class="utrecht-paragraph" role="status">
          {tr(
            lang,
            'Er zijn nog geen cijfers die je hier kunt zien. Kijk later nog eens.',
            'There are no figures you can see here yet. Please look again later.',
          )}
        </p>
      ) : (
        <>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              `${where}, ${kindWords(lang, filter.periode)}, tot en met ${upTo}.`,
              `${where}, ${kindWords(lang, filter.periode)}, up to ${upTo}.`,
            )}
          </p>
          {figureGroups.map((group) => (
            <section key={group} aria-labelledby={`groep-${group}`}>
              <h2 class="utrecht-heading-2" id={`groep-${group}`}>
                {tr(lang, ...groupWords[group])}
              </h2>
              {figures
                .filter((f) => f.group === group)
                .map((f) => (
                  <FigureCard
                    key={f.key}
                    view={view}
                    base={base}
                    figure={f}
                    kind={filter.periode}
                    filter={filter}
                    periods={periods}
                    cells={byFigure.get(f.key) ?? new Map()}
                    where={where}
                  />
                ))}
            </section>
          ))}
        </>
      )}
    </>
  );
}

export function FigurePage({
  view,
  base,
  figure,
  access,
  wijken,
  filter,
  values,
  errors,
  wijkKey,
  periods,
  barPeriod,
  barPeriods,
  cells,
}: {
  view: View;
  base: string;
  figure: Figure;
  access: MonitorAccess;
  wijken: readonly WijkOption[];
  filter: MonitorFilter;
  values: FormValues;
  errors: FormErrors;
  wijkKey: string;
  /** The periods of the line (for the chosen wijk). */
  periods: readonly string[];
  /** The period of the bars, and the periods one may choose for them. */
  barPeriod: string | null;
  barPeriods: readonly string[];
  cells: readonly MonitorCell[];
}) {
  const { lang } = view;
  const kind = filter.periode;
  const title = tr(lang, ...figure.title);
  const where = wijkName(lang, wijken, wijkKey);
  const lineCells = new Map(cells.filter((c) => c.wijk === wijkKey).map((c) => [c.periodStart, c]));
  const cellOf = (p: string) => lineCells.get(p);
  const order = (key: string) => (key === 'gemeente' ? 2 : key === 'onbekend' ? 1 : 0);
  const barCells = cells
    .filter((c) => c.periodStart === barPeriod)
    .sort(
      (a, b) =>
        order(a.wijk) - order(b.wijk) ||
        wijkName(lang, wijken, a.wijk).localeCompare(wijkName(lang, wijken, b.wijk), 'nl'),
    );
  const bars: ChartPoint[] = barCells.map((c) => ({
    label: wijkName(lang, wijken, c.wijk),
    value: chartValue(figure, c),
    shown: valueText(figure, c, lang),
    gap: gapText(c),
    concept: c.concept,
  }));
  const points = periods.length > 0 ? linePoints(figure, kind, periods, cellOf, lang) : [];
  const lineTableData = lineTable(lang, figure, kind, periods, cellOf);
  const counted = figure.kind !== 'aantal';
  const barLabel = barPeriod ? periodLabel(kind, barPeriod, lang) : '';
  const othersHidden = access.draft === 'eigen_wijk' && barCells.some((c) => c.concept);
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={filterLabels(lang)} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`${base}?${new URLSearchParams({ wijk: filter.wijk, periode: kind })}`}>
          {tr(lang, 'Terug naar alle cijfers', 'Back to all figures')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        <strong>{tr(lang, 'Wat telt mee?', 'What counts?')}</strong> {tr(lang, ...figure.definition)}
      </p>
      <AccessNote view={view} access={access} wijken={wijken} />
      <Filters
        view={view}
        base={`${base}/${figure.key}`}
        wijken={wijken}
        values={values}
        errors={errors}
        extra={
          barPeriods.length > 0 ? (
            <SelectField
              view={view}
              name="op"
              label={tr(lang, 'Periode voor de vergelijking per wijk', 'Period for the comparison per district')}
              options={[
                ['', tr(lang, 'De nieuwste', 'The newest')],
                ...[...barPeriods].reverse().map((p) => [p, periodLabel(kind, p, lang)] as const),
              ]}
              values={values}
              errors={errors}
            />
          ) : null
        }
      />
      <Suppression lang={lang} />
      {barPeriod === null ? (
        <p class="utrecht-paragraph" role="status">
          {tr(lang, 'Er zijn nog geen cijfers die je hier kunt zien.', 'There are no figures you can see here yet.')}
        </p>
      ) : (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, `Per wijk in ${barLabel}`, `Per district in ${barLabel}`)}</h2>
          {othersHidden ? (
            <p class="utrecht-paragraph">
              {tr(
                lang,
                'In deze periode zie je alleen je eigen wijk: de cijfers van de andere wijken zijn nog niet openbaar.',
                'In this period you see only your own district: the others are not public yet.',
              )}
            </p>
          ) : null}
          <BarChart
            id={`staaf-${figure.key}`}
            title={`${title}, ${tr(lang, 'per wijk in', 'per district in')} ${barLabel}`}
            desc={
              tr(lang, 'Staafjes per wijk. ', 'Bars per district. ') +
              bars.map((b) => `${b.label}: ${b.shown}${b.concept ? ` (${conceptWords(lang)})` : ''}`).join('; ') +
              '.'
            }
            bars={bars}
            lang={lang}
            percent={figure.kind === 'aandeel'}
          />
          <ChartTable
            lang={lang}
            caption={`${title}, ${tr(lang, 'per wijk in', 'per district in')} ${barLabel}`}
            headers={[
              tr(lang, 'Wijk', 'District'),
              counted ? tr(lang, 'Waarde', 'Value') : tr(lang, 'Aantal', 'Count'),
              ...(counted ? [tr(lang, 'Aantal', 'Count')] : []),
              tr(lang, 'Status', 'Status'),
            ]}
            rows={barCells.map((c) => [
              wijkName(lang, wijken, c.wijk),
              valueText(figure, c, lang),
              ...(counted ? [countText(figure, c, lang) ?? ''] : []),
              c.concept ? conceptWords(lang) : tr(lang, 'openbaar', 'public'),
            ])}
          />
        </>
      )}
      {periods.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, `Verloop: ${where}`, `Trend: ${where}`)}</h2>
          <LineChart
            id={`lijn-${figure.key}`}
            title={`${title}, ${where}`}
            desc={lineDesc(lang, kind, periods, points, where)}
            points={points}
            lang={lang}
            percent={figure.kind === 'aandeel'}
          />
          <ChartTable
            lang={lang}
            caption={`${title}, ${where}`}
            headers={lineTableData.headers}
            rows={lineTableData.rows}
          />
        </>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={csvHref(base, figure, filter)} download>
          {tr(lang, `Download CSV: ${title}`, `Download CSV: ${title}`)}
        </a>
      </p>
    </>
  );
}

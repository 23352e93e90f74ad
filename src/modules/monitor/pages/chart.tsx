// The monitor's charts: inline SVG drawn on the server (no JavaScript), each an image with a title and a description
// in words, and the same numbers in a table right behind it. A hidden number is never drawn as zero: the line
// breaks and the bar is left out, with a label saying why ("<10", "verb."). Sized for a phone first (360 wide, as
// wide as the screen, at most 40rem: .nabij-chart in app.css); colours have at least 3:1 (lines) and 4.5:1 (text)
// against white.
import type { ComponentChildren } from 'preact';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import { StackedTable } from '../../../kernel/ui/stacked-table.js';

/** One point of a line or one bar: the value to draw (null: hidden or missing), and how it reads in words. */
export type ChartPoint = {
  /** Under the point or beside the bar. */
  label: string;
  value: number | null;
  /** The value as the table shows it ("12", "64,5%", "minder dan 10"). */
  shown: string;
  /** Short label in a gap: "<10", "verb.", "–" (no figure). */
  gap: string;
  concept: boolean;
};

const INK = '#1a1a1a';
const LINE = '#01689b'; // Rijksoverheid hemelblauw donker: 5.9:1 on white
const GRID = '#767676'; // 4.5:1 on white
const CONCEPT = '#8a4b00';

const WIDTH = 360;

const niceMax = (max: number) => {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= max / 1) ?? 10;
  return step * power;
};

export const formatNumber = (value: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(value);

function Frame({
  id,
  title,
  desc,
  height,
  children,
}: {
  id: string;
  title: string;
  desc: string;
  height: number;
  children: ComponentChildren;
}) {
  return (
    <svg
      class="nabij-chart"
      role="img"
      aria-labelledby={`${id}-titel ${id}-uitleg`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      xmlns="http://www.w3.org/2000/svg"
      focusable="false"
    >
      <title id={`${id}-titel`}>{title}</title>
      <desc id={`${id}-uitleg`}>{desc}</desc>
      {children}
    </svg>
  );
}

/** The trend: a line over the periods, a gap where a value is hidden, hollow points for draft periods. */
export function LineChart({
  id,
  title,
  desc,
  points,
  lang,
  percent,
}: {
  id: string;
  title: string;
  desc: string;
  points: readonly ChartPoint[];
  lang: Lang;
  percent?: boolean;
}) {
  const concept = points.some((p) => p.concept);
  // The period labels hang down to the left of their point (about 50 below the axis); the draft's legend below them.
  const height = concept ? 226 : 206;
  const left = 40;
  const right = 12;
  const top = 14;
  const bottom = 150;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const max = percent ? 100 : niceMax(Math.max(0, ...values));
  const step = points.length > 1 ? (WIDTH - left - right) / (points.length - 1) : 0;
  const x = (i: number) => left + i * step;
  const y = (v: number) => bottom - (v / max) * (bottom - top);
  // Runs of shown values: a hidden one breaks the line.
  const runs: { i: number; v: number }[][] = [];
  let run: { i: number; v: number }[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ i, v: p.value });
  });
  if (run.length) runs.push(run);
  const ticks = [0, max / 2, max];
  return (
    <Frame id={id} title={title} desc={desc} height={height}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={WIDTH - right} y1={y(t)} y2={y(t)} stroke={GRID} stroke-width="0.5" />
          <text x={left - 4} y={y(t) + 4} font-size="11" text-anchor="end" fill={INK}>
            {formatNumber(t, lang)}
            {percent ? '%' : ''}
          </text>
        </g>
      ))}
      {runs.map((r) =>
        r.slice(1).map((p, k) => {
          const from = r[k]!;
          const dashed = points[p.i]!.concept;
          return (
            <line
              key={`${from.i}-${p.i}`}
              x1={x(from.i)}
              y1={y(from.v)}
              x2={x(p.i)}
              y2={y(p.v)}
              stroke={dashed ? CONCEPT : LINE}
              stroke-width="2.5"
              stroke-dasharray={dashed ? '5 3' : undefined}
            />
          );
        }),
      )}
      {points.map((p, i) =>
        p.value === null ? (
          <text key={`g${i}`} x={x(i)} y={bottom - 6} font-size="12" text-anchor="middle" fill={INK}>
            {p.gap}
          </text>
        ) : (
          <circle
            key={`p${i}`}
            cx={x(i)}
            cy={y(p.value)}
            r="3.5"
            fill={p.concept ? '#ffffff' : LINE}
            stroke={p.concept ? CONCEPT : LINE}
            stroke-width="2"
          />
        ),
      )}
      {points.map((p, i) => (
        <text
          key={`l${i}`}
          x={x(i)}
          y={bottom + 14}
          font-size="10"
          text-anchor="end"
          fill={p.concept ? CONCEPT : INK}
          transform={`rotate(-45 ${x(i)} ${bottom + 14})`}
        >
          {p.concept ? `${p.label}*` : p.label}
        </text>
      ))}
      {concept ? (
        <text x={left - 30} y={height - 6} font-size="12" fill={CONCEPT}>
          {tr(lang, '* en gestreept: concept, nog niet openbaar', '* and dashed: draft, not yet public')}
        </text>
      ) : null}
    </Frame>
  );
}

/** Per wijk a bar with its value; a hidden one has no bar, only the words. */
export function BarChart({
  id,
  title,
  desc,
  bars,
  lang,
  percent,
}: {
  id: string;
  title: string;
  desc: string;
  bars: readonly ChartPoint[];
  lang: Lang;
  percent?: boolean;
}) {
  const row = 46;
  const top = 6;
  const left = 6;
  const labelRoom = 96;
  const height = top + bars.length * row + 6;
  const max = percent ? 100 : niceMax(Math.max(0, ...bars.map((b) => b.value ?? 0)));
  const room = WIDTH - left - labelRoom;
  return (
    <Frame id={id} title={title} desc={desc} height={height}>
      {bars.map((b, i) => {
        const y = top + i * row;
        const width = b.value === null ? 0 : Math.max(2, (b.value / max) * room);
        return (
          <g key={b.label}>
            <text x={left} y={y + 14} font-size="14" fill={INK}>
              {b.concept ? `${b.label} (${tr(lang, 'concept', 'draft')})` : b.label}
            </text>
            {b.value === null ? null : (
              <rect
                x={left}
                y={y + 21}
                width={width}
                height="16"
                fill={b.concept ? '#ffffff' : LINE}
                stroke={b.concept ? CONCEPT : LINE}
                stroke-width="1.5"
                stroke-dasharray={b.concept ? '4 2' : undefined}
              />
            )}
            <text x={left + width + 6} y={y + 35} font-size="14" font-weight="bold" fill={INK}>
              {b.shown}
            </text>
          </g>
        );
      })}
    </Frame>
  );
}

/**
 * The numbers of a chart as a table, folded away under "Bekijk de cijfers als tabel"; on a phone each row becomes a
 * block with its column names (StackedTable), so nothing scrolls sideways.
 */
export function ChartTable({
  lang,
  caption,
  headers,
  rows,
}: {
  lang: Lang;
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}) {
  return (
    <details class="nabij-chart-table">
      <summary>{tr(lang, 'Bekijk de cijfers als tabel', 'See the figures as a table')}</summary>
      <StackedTable caption={caption} headers={headers}>
        {rows.map((r, i) => (
          <tr class="utrecht-table__row" key={i}>
            {r.map((cell, j) =>
              j === 0 ? (
                <th class="utrecht-table__header-cell" scope="row" key={j}>
                  {cell}
                </th>
              ) : (
                <td class="utrecht-table__cell" data-label={headers[j]} key={j}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </StackedTable>
    </details>
  );
}

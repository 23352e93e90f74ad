// How one figure reads, the same on every page, chart, CSV row and API item: the value in words ("64,5%",
// "minder dan 10"), the number to draw (never a hidden one), the trend against the period before, and the draft mark.
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { Figure } from '../figures.js';
import type { MonitorCell } from '../queries/pages.js';
import type { PeriodKind } from '../schema.js';
import { hiddenWords } from '../suppression.js';
import { formatNumber } from './chart.js';

export const CONCEPT_WORDS: [string, string] = ['concept, nog niet openbaar', 'draft, not yet public'];

export const conceptWords = (lang: Lang) => tr(lang, ...CONCEPT_WORDS);

/** "minder dan 10" or "verborgen" (English on English pages). */
export function hiddenText(cell: Pick<MonitorCell, 'hidden'>, lang: Lang): string {
  if (cell.hidden === 'te_klein') return tr(lang, hiddenWords('te_klein'), 'fewer than 10');
  if (cell.hidden === 'beschermt') return tr(lang, hiddenWords('beschermt'), 'hidden');
  return '';
}

/** The number a chart draws: the count of an 'aantal', else the value; null when hidden or missing. */
export function chartValue(figure: Figure, cell: MonitorCell | undefined): number | null {
  if (!cell || cell.hidden) return null;
  return figure.kind === 'aantal' ? cell.n : cell.value;
}

/** The value in words: "12", "64,5%", "3,5 dagen", "minder dan 10", "geen cijfer". */
export function valueText(figure: Figure, cell: MonitorCell | undefined, lang: Lang): string {
  if (!cell) return tr(lang, 'geen cijfer', 'no figure');
  if (cell.hidden) return hiddenText(cell, lang);
  const value = chartValue(figure, cell);
  if (value === null) return tr(lang, 'geen cijfer', 'no figure');
  if (figure.kind === 'aandeel') return `${formatNumber(value, lang)}%`;
  const unit = figure.unit ? ` ${tr(lang, ...figure.unit)}` : '';
  return `${formatNumber(value, lang)}${figure.kind === 'aantal' ? '' : unit}`;
}

/** The short label in a chart's gap. */
export function gapText(cell: MonitorCell | undefined): string {
  if (!cell) return '–';
  if (cell.hidden === 'te_klein') return '<10';
  if (cell.hidden === 'beschermt') return 'verb.';
  return '–';
}

/** The count a share, mean or sum rests on, in words; null for an 'aantal' (the value is the count). */
export function countText(figure: Figure, cell: MonitorCell | undefined, lang: Lang): string | null {
  if (figure.kind === 'aantal') return null;
  if (!cell) return tr(lang, 'geen cijfer', 'no figure');
  return cell.n === null ? hiddenText(cell, lang) : formatNumber(cell.n, lang);
}

const before = (kind: PeriodKind, lang: Lang) =>
  kind === 'maand' ? tr(lang, 'vorige maand', 'the month before') : tr(lang, 'vorig kwartaal', 'the quarter before');

/**
 * The trend of the newest period against the one before, judged with `better`: "Hoger dan vorig kwartaal: dat is
 * beter." Null when one of the two is hidden or missing.
 */
export function trendText(
  figure: Figure,
  kind: PeriodKind,
  latest: MonitorCell | undefined,
  previous: MonitorCell | undefined,
  lang: Lang,
): string | null {
  const now = chartValue(figure, latest);
  const then = chartValue(figure, previous);
  if (now === null || then === null) return null;
  if (now === then) return tr(lang, `Gelijk aan ${before(kind, lang)}.`, `The same as ${before(kind, lang)}.`);
  const up = now > then;
  const direction = up ? tr(lang, 'Hoger', 'Higher') : tr(lang, 'Lager', 'Lower');
  const sentence = `${direction} ${tr(lang, 'dan', 'than')} ${before(kind, lang)}`;
  if (figure.better === 'geen') return `${sentence}.`;
  const good = (figure.better === 'hoger') === up;
  const judged = good ? tr(lang, 'dat is beter', 'that is better') : tr(lang, 'dat is slechter', 'that is worse');
  return `${sentence}: ${judged}.`;
}

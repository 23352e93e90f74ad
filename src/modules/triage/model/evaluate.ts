// Figures of a triage model on labelled texts: route accuracy, spoed recall and precision, need F1, the route
// confusion and the cases where a professional or spoed request would go to collective or informal help alone.
import type { NeedKey } from '../../../kernel/taxonomy/needs.js';
import type { Route } from '../types.js';
import { routeClasses } from './linear.js';
import { type LabelledText, type ModelDecision, type TriageModel, decide, readText } from './model.js';

export type Figures = {
  n: number;
  route: number;
  spoedRecall: number;
  spoedPrecision: number;
  spoedFound: number;
  spoedTotal: number;
  spoedRaised: number;
  needF1: number;
  /** Professional or spoed requests sent to collectief or informeel (alone). */
  underRouted: number;
  confusion: Record<Route, Record<Route, number>>;
};

export function figuresOf(labels: readonly LabelledText[], answers: readonly Pick<ModelDecision, 'route' | 'needs'>[]) {
  const confusion = Object.fromEntries(
    routeClasses.map((r) => [r, Object.fromEntries(routeClasses.map((c) => [c, 0]))]),
  ) as Figures['confusion'];
  let right = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let underRouted = 0;
  labels.forEach((l, i) => {
    const a = answers[i]!;
    confusion[l.route][a.route]++;
    if (a.route === l.route) right++;
    if ((l.route === 'spoed' || l.route === 'professioneel') && (a.route === 'collectief' || a.route === 'informeel'))
      underRouted++;
    const want: readonly NeedKey[] = l.behoeften;
    tp += a.needs.filter((k) => want.includes(k)).length;
    fp += a.needs.filter((k) => !want.includes(k)).length;
    fn += want.filter((k) => !a.needs.includes(k)).length;
  });
  const spoedTotal = labels.filter((l) => l.route === 'spoed').length;
  const spoedRaised = answers.filter((a) => a.route === 'spoed').length;
  const spoedFound = confusion.spoed.spoed;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    n: labels.length,
    route: ratio(right, labels.length),
    spoedRecall: ratio(spoedFound, spoedTotal),
    spoedPrecision: ratio(spoedFound, spoedRaised),
    spoedFound,
    spoedTotal,
    spoedRaised,
    needF1: ratio(2 * tp, 2 * tp + fp + fn),
    underRouted,
    confusion,
  } satisfies Figures;
}

export function evaluateModel(model: TriageModel, labels: readonly LabelledText[]): Figures {
  return figuresOf(
    labels,
    labels.map((l) => decide(model, readText(l.tekst))),
  );
}

/** The rules alone (the lexicon without the model), for comparison. */
export function evaluateRules(labels: readonly LabelledText[]): Figures {
  return figuresOf(
    labels,
    labels.map((l) => readText(l.tekst).rules),
  );
}

const pct = (x: number) => x.toFixed(3);
export function formatFigures(name: string, f: Figures): string {
  return (
    `${name.padEnd(24)} n=${String(f.n).padStart(4)}  route ${pct(f.route)}  spoed ${f.spoedFound}/${f.spoedTotal} ` +
    `(recall ${pct(f.spoedRecall)}, precision ${pct(f.spoedPrecision)})  need F1 ${pct(f.needF1)}  ` +
    `prof/spoed → coll/inf ${f.underRouted}`
  );
}

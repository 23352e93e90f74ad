// The triage model as it is stored and used: linear weights, the thresholds chosen on the validation writers,
// and where it came from. One JSON file per version; every triage answer records the version that made it.
import { createHash } from 'node:crypto';
import type { NeedKey } from '../../../kernel/taxonomy/needs.js';
import { analyse } from '../analyse.js';
import { decideRoute } from '../route.js';
import type { Route } from '../types.js';
import { featuresOf } from './features.js';
import {
  type Example,
  type LinearWeights,
  type TrainOptions,
  type LinearPrediction,
  defaultTrainOptions,
  predictLinear,
  trainLinear,
} from './linear.js';

export type Thresholds = {
  /** Spoed when the model's spoed probability reaches this (or the danger rules fire). */
  spoed: number;
  /** A need key is given when its probability reaches this (the strongest one always). */
  need: number;
  maxNeeds: number;
};

export type TriageModel = LinearWeights & {
  /** "basis-<hash>" for the model trained on the corpus, "<gemeente>-<hash>" with a municipality's corrections. */
  version: string;
  trainedOn: { examples: number; writers: number; corrections: number; corpusHash: string };
  options: TrainOptions;
  thresholds: Thresholds;
};

/** One labelled request: from the corpus, the development set or a team's correction. */
export type LabelledText = {
  tekst: string;
  route: Route;
  behoeften: readonly NeedKey[];
  /** Who wrote it (corpus writer id), for splitting by writer. */
  schrijver?: string;
  /** Counts more than once in training (a team's correction, the development set). */
  gewicht?: number;
};

/** The model's reading of a text: the lexicon's analysis and the rules' decision come along as features. */
export function readText(tekst: string) {
  const analysis = analyse(tekst);
  const rules = decideRoute(analysis);
  return { analysis, rules, features: featuresOf(analysis, rules) };
}

export type Reading = ReturnType<typeof readText>;

export type ModelDecision = {
  route: Route;
  needs: NeedKey[];
  spoedProbability: number;
  dangerRules: boolean;
  probabilities: Record<Route, number>;
};

/** Route and needs from the model's probabilities, with danger as a safety net: either rules or model raise spoed. */
export function decide(model: TriageModel, reading: Reading): ModelDecision {
  const p = predictLinear(model, reading.features);
  const dangerRules = reading.analysis.danger.acute;
  const spoed = dangerRules || p.route.spoed >= model.thresholds.spoed;
  const route: Route = spoed
    ? 'spoed'
    : (['professioneel', 'informeel', 'collectief'] as const).reduce((best, r) =>
        p.route[r] > p.route[best] ? r : best,
      );
  const ranked = (Object.entries(p.needs) as [NeedKey, number][]).sort((a, b) => b[1] - a[1]);
  const needs = ranked
    .filter(([, prob], i) => i === 0 || prob >= model.thresholds.need)
    .slice(0, model.thresholds.maxNeeds)
    .map(([k]) => k);
  return { route, needs, spoedProbability: p.route.spoed, dangerRules, probabilities: p.route };
}

export function corpusHash(texts: readonly LabelledText[], options: TrainOptions): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(options));
  for (const t of texts)
    hash.update(`${t.tekst}\u0000${t.route}\u0000${t.behoeften.join(';')}\u0000${t.gewicht ?? 1}\n`);
  return hash.digest('hex').slice(0, 12);
}

/**
 * The spoed threshold: the highest that finds 98 % of the spoed requests while 60 % of the alarms are right; when
 * no threshold does both, the lowest that keeps precision at 60 % (a flood of false alarms would be ignored).
 */
export function spoedThreshold(cases: readonly { p: number; rules: boolean }[], isSpoed: readonly boolean[]): number {
  const total = isSpoed.filter(Boolean).length;
  const candidates = [...new Set(cases.map((c) => c.p).filter((p) => p >= 0.02 && p <= 0.5)), 0.5].sort(
    (a, b) => b - a,
  );
  let fallback = 0.5;
  for (const t of candidates) {
    let found = 0;
    let raised = 0;
    cases.forEach((c, i) => {
      if (!(c.rules || c.p >= t)) return;
      raised++;
      if (isSpoed[i]) found++;
    });
    const recall = total ? found / total : 1;
    const precision = raised ? found / raised : 1;
    if (precision < 0.6) break;
    fallback = t;
    if (recall >= 0.98) return Math.round(t * 10000) / 10000;
  }
  return Math.round(fallback * 10000) / 10000;
}

/** A held-out prediction: what a model that never saw this writer said, and the truth. */
export type HeldOut = { p: LinearPrediction; rules: boolean; label: LabelledText };

/** The thresholds that meet the goals on held-out writers: spoed recall ≥ 0.98 first, then the best need F1. */
export function chooseThresholds(heldOut: readonly HeldOut[]): Thresholds {
  const spoed = spoedThreshold(
    heldOut.map(({ p, rules }) => ({ p: p.route.spoed, rules })),
    heldOut.map((h) => h.label.route === 'spoed'),
  );
  let best = { need: 0.5, f1: -1 };
  for (let step = 3; step <= 14; step++) {
    const need = step * 0.05;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { p, label } of heldOut) {
      const ranked = (Object.entries(p.needs) as [NeedKey, number][]).sort((a, b) => b[1] - a[1]);
      const given = ranked
        .filter(([, x], j) => j === 0 || x >= need)
        .slice(0, 3)
        .map(([k]) => k);
      tp += given.filter((k) => label.behoeften.includes(k)).length;
      fp += given.filter((k) => !label.behoeften.includes(k)).length;
      fn += label.behoeften.filter((k) => !given.includes(k)).length;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1 + 1e-9) best = { need: Math.round(need * 100) / 100, f1 };
  }
  return { spoed, need: best.need, maxNeeds: 3 };
}

export type TrainInput = {
  /** Every labelled text to learn from; corpus writers are also held out in turn to choose the thresholds. */
  texts: readonly LabelledText[];
  /** "basis" or a municipality's slug. */
  name: string;
  options?: TrainOptions;
  /** How many groups of writers are held out in turn (cross-validation by writer). */
  folds?: number;
};

/** Texts that are never held out: the development set and the team's corrections are not a writer's style. */
const alwaysLearned = (t: LabelledText) =>
  !t.schrijver || t.schrijver === 'ontwikkeling' || t.schrijver === 'correctie';

/**
 * Trains a model. The thresholds are chosen on held-out predictions: the writers are split into folds, each fold
 * is predicted by a model trained without it, so every writer's requests are judged by a model that never saw
 * that writer. Then the model is trained on everything. Deterministic: training again gives the same model.
 */
export function trainModel(input: TrainInput): TriageModel {
  const options = input.options ?? defaultTrainOptions;
  const folds = input.folds ?? 4;
  const readings = input.texts.map((t) => readText(t.tekst));
  const examples: Example[] = input.texts.map((t, i) => ({
    features: readings[i]!.features,
    route: t.route,
    needs: t.behoeften,
    weight: t.gewicht ?? 1,
  }));
  const writers = [...new Set(input.texts.filter((t) => !alwaysLearned(t)).map((t) => t.schrijver!))].sort();
  const foldOf = new Map(writers.map((w, i) => [w, i % folds]));
  const heldOut: HeldOut[] = [];
  for (let fold = 0; fold < folds && writers.length >= folds; fold++) {
    const held = (t: LabelledText) => !alwaysLearned(t) && foldOf.get(t.schrijver!) === fold;
    const weights = trainLinear(
      examples.filter((_, i) => !held(input.texts[i]!)),
      options,
    );
    input.texts.forEach((t, i) => {
      if (held(t))
        heldOut.push({
          p: predictLinear(weights, examples[i]!.features),
          rules: readings[i]!.analysis.danger.acute,
          label: t,
        });
    });
  }
  const thresholds = heldOut.length ? chooseThresholds(heldOut) : { spoed: 0.5, need: 0.5, maxNeeds: 3 };
  const weights = trainLinear(examples, options);
  const hash = corpusHash(input.texts, options);
  return {
    version: `${input.name}-${hash}`,
    trainedOn: {
      examples: input.texts.length,
      writers: writers.length,
      corrections: input.texts.filter((t) => t.schrijver === 'correctie').length,
      corpusHash: hash,
    },
    options,
    thresholds,
    ...weights,
  };
}

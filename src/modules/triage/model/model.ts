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

/** The thresholds that meet the goals on the validation writers: spoed recall ≥ 0.98 first, then need F1. */
export function chooseThresholds(weights: LinearWeights, validation: readonly Reading[], labels: LabelledText[]) {
  const probe: TriageModel = {
    ...weights,
    version: 'probe',
    trainedOn: { examples: 0, writers: 0, corrections: 0, corpusHash: '' },
    options: defaultTrainOptions,
    thresholds: { spoed: 0.5, need: 0.5, maxNeeds: 3 },
  };
  const probs = validation.map((r) => ({ p: predictLinear(probe, r.features), rules: r.analysis.danger.acute }));
  const spoed = spoedThreshold(
    probs.map(({ p, rules }) => ({ p: p.route.spoed, rules })),
    labels.map((l) => l.route === 'spoed'),
  );
  let best = { need: 0.5, f1: -1 };
  for (let need = 0.15; need <= 0.7001; need += 0.05) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    probs.forEach(({ p }, i) => {
      const ranked = (Object.entries(p.needs) as [NeedKey, number][]).sort((a, b) => b[1] - a[1]);
      const given = ranked
        .filter(([, x], j) => j === 0 || x >= need)
        .slice(0, 3)
        .map(([k]) => k);
      const want = labels[i]!.behoeften;
      tp += given.filter((k) => want.includes(k)).length;
      fp += given.filter((k) => !want.includes(k)).length;
      fn += want.filter((k) => !given.includes(k)).length;
    });
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1 + 1e-9) best = { need: Math.round(need * 100) / 100, f1 };
  }
  return { spoed: Math.round(spoed * 10000) / 10000, need: best.need, maxNeeds: 3 };
}

export type TrainInput = {
  train: readonly LabelledText[];
  validation: readonly LabelledText[];
  /** "basis" or a municipality's slug. */
  name: string;
  options?: TrainOptions;
};

/** Trains a model: deterministic, so the committed model can be checked by training it again. */
export function trainModel(input: TrainInput): TriageModel {
  const options = input.options ?? defaultTrainOptions;
  const examples: Example[] = input.train.map((t) => ({
    features: readText(t.tekst).features,
    route: t.route,
    needs: t.behoeften,
    weight: t.gewicht ?? 1,
  }));
  const weights = trainLinear(examples, options);
  const validation = input.validation.map((t) => readText(t.tekst));
  const thresholds = chooseThresholds(weights, validation, [...input.validation]);
  const all = [...input.train, ...input.validation];
  const hash = corpusHash(all, options);
  return {
    version: `${input.name}-${hash}`,
    trainedOn: {
      examples: input.train.length,
      writers: new Set(input.train.map((t) => t.schrijver ?? '')).size,
      corrections: input.train.filter((t) => t.schrijver?.startsWith('correctie')).length,
      corpusHash: hash,
    },
    options,
    thresholds,
    ...weights,
  };
}

// A linear model for triage: one softmax over the four routes and one logistic regression per need key, over the
// same readable features. Linear, so every decision is a sum of contributions a team member can read back.
// Trained by FTRL-Proximal (per-coordinate learning rates, an L1 term that sets weights of rare, useless features
// to exactly zero, so the stored model stays small) in a fixed order: the same examples give the same model.
import { type NeedKey, needKeys } from '../../../kernel/taxonomy/needs.js';
import type { Route } from '../types.js';
import type { Features } from './features.js';

export const routeClasses: readonly Route[] = ['collectief', 'informeel', 'professioneel', 'spoed'];
/** The model's outputs: the four routes, then one per need key ("n:schulden"). */
export const targets: readonly string[] = [...routeClasses, ...needKeys.map((k) => `n:${k}`)];
const routeCount = routeClasses.length;
const targetCount = targets.length;

export type LinearWeights = {
  /** Bias per target. */
  bias: Record<string, number>;
  /** Per feature, its weight per target; weights too small to matter are left out. */
  weights: Record<string, Record<string, number>>;
};

export type Example = { features: Features; route: Route; needs: readonly NeedKey[]; weight: number };

export type TrainOptions = {
  epochs: number;
  /** FTRL's alpha: the size of the steps. */
  learningRate: number;
  /** L1: how much evidence a feature needs before it gets a weight at all. */
  l1: number;
  l2: number;
  /** A feature must occur in this many examples to be learned. */
  minCount: number;
  /** Extra weight of a spoed example in the route loss: missing danger costs more than a false alarm. */
  spoedWeight: number;
  /** Weights smaller than this are dropped from the stored model. */
  prune: number;
  seed: number;
};

export const defaultTrainOptions: TrainOptions = {
  epochs: 6,
  learningRate: 0.15,
  l1: 2.0,
  l2: 1e-3,
  minCount: 3,
  spoedWeight: 2,
  prune: 0.02,
  seed: 20261207,
};

/** A small, seeded random generator (mulberry32): the shuffle must be the same on every machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

function softmaxInPlace(scores: Float64Array, from: number, to: number): void {
  let max = -Infinity;
  for (let i = from; i < to; i++) max = Math.max(max, scores[i]!);
  let sum = 0;
  for (let i = from; i < to; i++) sum += scores[i] = Math.exp(scores[i]! - max);
  for (let i = from; i < to; i++) scores[i] = scores[i]! / sum;
}

/** Turns raw target scores into probabilities: a softmax over the routes, a sigmoid per need. */
function toProbabilities(scores: Float64Array): void {
  softmaxInPlace(scores, 0, routeCount);
  for (let t = routeCount; t < targetCount; t++) scores[t] = sigmoid(scores[t]!);
}

const round = (x: number) => Math.round(x * 10000) / 10000;

export function trainLinear(examples: readonly Example[], options: TrainOptions = defaultTrainOptions): LinearWeights {
  // Vocabulary in a fixed (sorted) order, so feature numbers do not depend on the order of the corpus.
  const counts = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const vocabulary = [...counts.entries()]
    .filter(([, n]) => n >= options.minCount)
    .map(([name]) => name)
    .sort();
  const featureIndex = new Map(vocabulary.map((name, i) => [name, i]));
  const rows = examples.map((e) => {
    const present = [...e.features.entries()].filter(([name]) => featureIndex.has(name));
    return {
      index: Int32Array.from(present.map(([name]) => featureIndex.get(name)!)),
      value: Float64Array.from(present.map(([, v]) => v)),
      target: new Float64Array(targetCount).map((_, t) =>
        t < routeCount ? (routeClasses[t] === e.route ? 1 : 0) : e.needs.includes(needKeys[t - routeCount]!) ? 1 : 0,
      ),
      routeWeight: e.weight * (e.route === 'spoed' ? options.spoedWeight : 1),
      needWeight: e.weight,
    };
  });

  // FTRL state per weight: z (the sum of gradients, adjusted), n (the sum of squared gradients) and the weight
  // itself, recomputed only when its z or n changes.
  const size = vocabulary.length * targetCount;
  const z = new Float64Array(size);
  const n = new Float64Array(size);
  const weights = new Float64Array(size);
  const weightFrom = (zi: number, rootN: number) =>
    Math.abs(zi) <= options.l1
      ? 0
      : -(zi - Math.sign(zi) * options.l1) / ((1 + rootN) / options.learningRate + options.l2);
  const bias = new Float64Array(targetCount);
  const biasSquares = new Float64Array(targetCount);
  const scores = new Float64Array(targetCount);
  const gradient = new Float64Array(targetCount);
  const random = seeded(options.seed);
  const order = rows.map((_, i) => i);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher-Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const row = rows[r]!;
      scores.set(bias);
      for (let k = 0; k < row.index.length; k++) {
        const base = row.index[k]! * targetCount;
        const v = row.value[k]!;
        for (let t = 0; t < targetCount; t++) scores[t] = scores[t]! + v * weights[base + t]!;
      }
      toProbabilities(scores);
      for (let t = 0; t < targetCount; t++)
        gradient[t] = (scores[t]! - row.target[t]!) * (t < routeCount ? row.routeWeight : row.needWeight);
      for (let t = 0; t < targetCount; t++) {
        const g = gradient[t]!;
        biasSquares[t] = biasSquares[t]! + g * g;
        bias[t] = bias[t]! - (options.learningRate / (1 + Math.sqrt(biasSquares[t]!))) * g;
      }
      for (let k = 0; k < row.index.length; k++) {
        const base = row.index[k]! * targetCount;
        const v = row.value[k]!;
        for (let t = 0; t < targetCount; t++) {
          // A gradient this small moves nothing worth storing; skipping it keeps training within seconds.
          if (Math.abs(gradient[t]!) < 1e-4) continue;
          const i = base + t;
          const g = gradient[t]! * v;
          const rootBefore = Math.sqrt(n[i]!);
          const rootAfter = Math.sqrt(n[i]! + g * g);
          z[i] = z[i]! + g - ((rootAfter - rootBefore) / options.learningRate) * weights[i]!;
          n[i] = n[i]! + g * g;
          weights[i] = weightFrom(z[i]!, rootAfter);
        }
      }
    }
  }

  const stored: LinearWeights = { bias: {}, weights: {} };
  targets.forEach((t, i) => (stored.bias[t] = round(bias[i]!)));
  vocabulary.forEach((name, f) => {
    const kept: Record<string, number> = {};
    for (let t = 0; t < targetCount; t++) {
      const w = round(weights[f * targetCount + t]!);
      if (Math.abs(w) >= options.prune) kept[targets[t]!] = w;
    }
    if (Object.keys(kept).length) stored.weights[name] = kept;
  });
  return stored;
}

export type LinearPrediction = {
  route: Record<Route, number>;
  needs: Record<NeedKey, number>;
};

/** Raw scores per target: the bias plus each feature's value times its weight. */
export function scoresOf(model: LinearWeights, features: Features): Map<string, number> {
  const scores = new Map(targets.map((t) => [t, model.bias[t] ?? 0]));
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (w) for (const t in w) scores.set(t, scores.get(t)! + value * w[t]!);
  }
  return scores;
}

export function predictLinear(model: LinearWeights, features: Features): LinearPrediction {
  const raw = scoresOf(model, features);
  const scores = Float64Array.from(targets.map((t) => raw.get(t)!));
  toProbabilities(scores);
  const route = Object.fromEntries(routeClasses.map((r, i) => [r, scores[i]!])) as Record<Route, number>;
  const needs = Object.fromEntries(needKeys.map((k, i) => [k, scores[routeCount + i]!])) as Record<NeedKey, number>;
  return { route, needs };
}

/** Each feature's push towards one target: the terms of the sum, largest first. */
export function contributions(model: LinearWeights, features: Features, target: string): [string, number][] {
  const terms: [string, number][] = [];
  for (const [name, value] of features) {
    const w = model.weights[name]?.[target];
    if (w) terms.push([name, value * w]);
  }
  return terms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

// The hand-written trainer: it learns, it is deterministic, its L1 term leaves useless features out, and its
// answers are probabilities.
import { describe, expect, it } from 'vitest';
import type { NeedKey } from '../../../kernel/taxonomy/needs.js';
import type { Route } from '../types.js';
import { type Example, contributions, defaultTrainOptions, predictLinear, trainLinear } from './linear.js';

/** A toy corpus: one word says the route, another the need; "ruis" occurs everywhere and says nothing. */
function toyExamples(): Example[] {
  const kinds: [string, Route, NeedKey][] = [
    ['koffie', 'collectief', 'ontmoeting'],
    ['klusje', 'informeel', 'klussen'],
    ['schuld', 'professioneel', 'schulden'],
    ['pillen', 'spoed', 'veiligheid'],
  ];
  const examples: Example[] = [];
  for (let i = 0; i < 40; i++)
    for (const [word, route, need] of kinds)
      examples.push({
        features: new Map([
          [`w:${word}`, 1],
          ['w:ruis', 1],
          [`w:extra${i % 5}`, 1],
        ]),
        route,
        needs: [need],
        weight: 1,
      });
  return examples;
}

describe('trainLinear', () => {
  const options = { ...defaultTrainOptions, minCount: 2 };
  const model = trainLinear(toyExamples(), options);

  it('learns which word points to which route and need', () => {
    const p = predictLinear(model, new Map([['w:pillen', 1]]));
    expect(p.route.spoed).toBeGreaterThan(0.8);
    expect(p.needs.veiligheid).toBeGreaterThan(0.5);
    expect(p.needs.klussen).toBeLessThan(0.2);
    const q = predictLinear(model, new Map([['w:koffie', 1]]));
    expect(q.route.collectief).toBeGreaterThan(q.route.spoed);
  });

  it('gives probabilities: the routes sum to one', () => {
    const p = predictLinear(model, new Map([['w:schuld', 1]]));
    expect(Object.values(p.route).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('trains the same model twice from the same examples, whatever their order', () => {
    const again = trainLinear(toyExamples(), options);
    expect(again).toEqual(model);
    const reversed = trainLinear(toyExamples().reverse(), options);
    expect(Object.keys(reversed.weights).sort()).toEqual(Object.keys(model.weights).sort());
  });

  it('leaves out features that say nothing, and names the ones that do', () => {
    // "ruis" is in every example, so it cannot tell routes apart: its route weights stay (near) zero.
    const noise = model.weights['w:ruis'] ?? {};
    for (const route of ['collectief', 'informeel', 'professioneel', 'spoed'])
      expect(Math.abs(noise[route] ?? 0)).toBeLessThan(0.5);
    const terms = contributions(
      model,
      new Map([
        ['w:pillen', 1],
        ['w:ruis', 1],
      ]),
      'spoed',
    );
    expect(terms[0]?.[0]).toBe('w:pillen');
  });
});

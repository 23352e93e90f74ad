// The base model trained on the corpus, committed as basis.json and read once.
import { existsSync, readFileSync } from 'node:fs';
import type { TriageModel } from './model.js';

export const baseModelFile = new URL('./basis.json', import.meta.url);
let base: TriageModel | null | undefined;

/** The committed base model; undefined only before the first training (then triage uses the rules alone). */
export function baseModel(): TriageModel | undefined {
  if (base === undefined)
    base = existsSync(baseModelFile) ? (JSON.parse(readFileSync(baseModelFile, 'utf8')) as TriageModel) : null;
  return base ?? undefined;
}

/** The stored form: stable key order, one feature a line, so a retrained model can be compared and diffed. */
export function serialiseModel(model: TriageModel): string {
  const { weights, ...head } = model;
  const features = Object.keys(weights).sort();
  const lines = features.map((f) => `    ${JSON.stringify(f)}: ${JSON.stringify(weights[f])}`);
  const headJson = JSON.stringify(head, null, 2).slice(0, -2);
  return `${headJson},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}

// The committed base model is what the corpus trains: retraining reproduces basis.json byte for byte, so the
// file in the repository can always be traced back to the corpus and the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseModelFile, serialiseModel } from './store.js';
import { trainFromCorpus } from './training.js';

describe('the base model', () => {
  it('is reproduced exactly by training again on the corpus', { timeout: 300_000 }, () => {
    const committed = readFileSync(baseModelFile, 'utf8');
    const { model } = trainFromCorpus();
    expect(JSON.parse(committed).version).toBe(model.version);
    expect(serialiseModel(model) === committed).toBe(true);
  });
});

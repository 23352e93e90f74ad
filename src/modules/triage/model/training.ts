// Training the base model from the corpus, and the figures that go with it: split by writer, thresholds chosen
// on the validation writers, figures reported on the test writers (never used for any choice).
import { readCorpus, readDevelopmentTexts, splitCorpus } from './corpus.js';
import { type Figures, evaluateModel, evaluateRules } from './evaluate.js';
import { type LabelledText, type TriageModel, trainModel } from './model.js';

export type TrainingReport = {
  model: TriageModel;
  milliseconds: number;
  figures: { name: string; model: Figures; rules: Figures }[];
};

/**
 * Trains on every writer except the test writers, with the development texts; the extra texts are a
 * municipality's corrections. The figures are those of the test writers, which no training or choice saw.
 */
export function trainFromCorpus(name = 'basis', extra: readonly LabelledText[] = []): TrainingReport {
  const { lines, splits } = readCorpus();
  const { train, validation, test } = splitCorpus(lines, splits);
  const started = performance.now();
  const model = trainModel({ name, texts: [...train, ...validation, ...readDevelopmentTexts(), ...extra] });
  const milliseconds = Math.round(performance.now() - started);
  const figures = [{ name: 'test', set: test }].map(({ name: setName, set }) => ({
    name: setName,
    model: evaluateModel(model, set),
    rules: evaluateRules(set),
  }));
  return { model, milliseconds, figures };
}

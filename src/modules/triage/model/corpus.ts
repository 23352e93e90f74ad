// The labelled corpus in src/modules/triage/corpus/: requests written blind by many writers, one file per writer,
// split by writer into train, validation and test (splits.json), so no writer's style is both learned and judged.
import { readFileSync, readdirSync } from 'node:fs';
import type { NeedKey } from '../../../kernel/taxonomy/needs.js';
import type { Route } from '../types.js';
import type { LabelledText } from './model.js';

export const corpusDir = new URL('../corpus/', import.meta.url);

/** A corpus line with its provenance (corpus/README.md). */
export type CorpusLine = {
  id: string;
  tekst: string;
  route: Route;
  behoeften: NeedKey[];
  /** The kind of danger of a spoed request. */
  gevaar: string | null;
  /** A near-miss: danger words used harmlessly, in the past or figuratively. */
  bijna: boolean;
  persona: string;
  taal: string;
  schrijver: string;
  datum: string;
  gemaakt: string;
};

export type Splits = { train: string[]; validatie: string[]; test: string[] };

export function readJsonLines<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function readCorpus(dir: URL = corpusDir): { lines: CorpusLine[]; splits: Splits } {
  const writersDir = new URL('schrijvers/', dir);
  const files = readdirSync(writersDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const lines = files.flatMap((f) => readJsonLines<CorpusLine>(readFileSync(new URL(f, writersDir), 'utf8')));
  const splits = JSON.parse(readFileSync(new URL('splits.json', dir), 'utf8')) as Splits;
  return { lines, splits };
}

/** The development set and our own sentences: looked at while the lexicon grew, so training data only. */
export function readDevelopmentTexts(dir: URL = corpusDir): LabelledText[] {
  return readJsonLines<{ tekst: string; verwacht?: { route: Route; behoeften: NeedKey[] } } & Partial<LabelledText>>(
    readFileSync(new URL('ontwikkeling.jsonl', dir), 'utf8'),
  ).map((l) => ({
    tekst: l.tekst,
    route: l.verwacht?.route ?? l.route!,
    behoeften: l.verwacht?.behoeften ?? l.behoeften!,
    schrijver: 'ontwikkeling',
    gewicht: 2,
  }));
}

export function splitCorpus(lines: readonly CorpusLine[], splits: Splits) {
  const part = (writers: string[]) => lines.filter((l) => writers.includes(l.schrijver));
  return { train: part(splits.train), validation: part(splits.validatie), test: part(splits.test) };
}

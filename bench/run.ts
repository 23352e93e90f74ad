// `npm run bench`: every benchmark of Nabij, reported as medians, written to bench/results/.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureStartup } from './startup.js';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};

const runs = await measureStartup(Number(process.env.BENCH_RUNS ?? 3));
const summary = {
  date: new Date().toISOString(),
  machine,
  startup: {
    runs,
    medianColdStartMs: median(runs.map((r) => r.coldStartMs)),
    medianWarmStartMs: median(runs.map((r) => r.warmStartMs)),
    medianRssMiB: median(runs.map((r) => r.rssMiB)),
  },
};
writeFileSync(join(import.meta.dirname, 'results', 'startup.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));

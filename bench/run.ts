// `npm run bench`: every benchmark of Nabij, reported as medians, written to bench/results/.
// BENCH_ONLY=startup, search, triage, load or monitor runs one of them; BENCH_RUNS sets the number of repeats
// (default 3).
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureLoad } from './load.js';
import { measureMonitor } from './monitor.js';
import { measureSearch } from './search.js';
import { measureStartup } from './startup.js';
import { measureTriage } from './triage.js';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const packageVersion = (name: string) =>
  (
    JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};

const only = process.env.BENCH_ONLY;
if (only && !['startup', 'search', 'triage', 'load', 'monitor'].includes(only))
  throw new Error('BENCH_ONLY is startup, search, triage, load or monitor');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const write = (file: string, summary: unknown) => {
  writeFileSync(join(import.meta.dirname, 'results', file), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(JSON.stringify(summary, null, 2));
};

if (!only || only === 'startup') {
  const { firstStartMs, runs: startupRuns } = await measureStartup(runs);
  write('startup.json', {
    date: new Date().toISOString(),
    machine,
    startup: {
      firstStartMs,
      runs: startupRuns,
      medianColdStartMs: median(startupRuns.map((r) => r.coldStartMs)),
      medianWarmStartMs: median(startupRuns.map((r) => r.warmStartMs)),
      medianRssMiB: median(startupRuns.map((r) => r.rssMiB)),
    },
  });
}

if (!only || only === 'search') {
  const options = {
    runs,
    rounds: Number(process.env.BENCH_ROUNDS ?? 20),
    warmup: 3,
    seconds: Number(process.env.BENCH_SECONDS ?? 10),
    connections: 10,
    databaseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://nabij:nabij@127.0.0.1:5432/nabij_bench',
    reseed: process.env.BENCH_RESEED === '1',
    only: process.env.BENCH_SETUP ? (process.env.BENCH_SETUP.split(',') as ('buurt' | 'stad')[]) : undefined,
  };
  const started = performance.now();
  const setups = await measureSearch(options);
  write('search.json', {
    date: new Date().toISOString(),
    machine: {
      ...machine,
      pglite: packageVersion('@electric-sql/pglite'),
      autocannon: packageVersion('autocannon'),
      postgres: Object.fromEntries(setups.map((s) => [s.name, `${s.database} ${s.postgresVersion}`])),
    },
    settings: {
      runs: options.runs,
      rounds: options.rounds,
      warmup: options.warmup,
      seconds: options.seconds,
      connections: options.connections,
      server: 'nabij serve, NODE_ENV=production, LOG_LEVEL=warn',
    },
    minutes: Math.round((performance.now() - started) / 600) / 100,
    setups,
  });
}

if (!only || only === 'triage') {
  write('triage.json', { date: new Date().toISOString(), machine, triage: await measureTriage(runs) });
}

if (!only || only === 'load') {
  const options = {
    seconds: Number(process.env.BENCH_LOAD_SECONDS ?? 20),
    connections: Number(process.env.BENCH_LOAD_CONNECTIONS ?? 10),
    databaseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://nabij:nabij@127.0.0.1:5432/nabij_bench',
    reseed: process.env.BENCH_RESEED === '1',
  };
  const started = performance.now();
  const load = await measureLoad(options);
  write('load.json', {
    date: new Date().toISOString(),
    machine: { ...machine, autocannon: packageVersion('autocannon') },
    settings: {
      seconds: options.seconds,
      connections: options.connections,
      server: 'nabij serve, NODE_ENV=production, LOG_LEVEL=warn, NABIJ_FORM_RATE_LIMIT raised for the form posts',
    },
    minutes: Math.round((performance.now() - started) / 600) / 100,
    ...load,
  });
}

if (!only || only === 'monitor') {
  // The monitor at city scale (issue 14): the refresh of every figure, and what the monitor page reads and shows.
  const options = {
    runs,
    requests: Number(process.env.BENCH_MONITOR_SIZE ?? 100_000),
    pageRequests: Number(process.env.BENCH_MONITOR_REQUESTS ?? 200),
    databaseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://nabij:nabij@127.0.0.1:5432/nabij_bench',
    only: process.env.BENCH_SETUP ? (process.env.BENCH_SETUP.split(',') as ('pglite' | 'postgres')[]) : undefined,
  };
  const started = performance.now();
  const setups = await measureMonitor(options);
  write('monitor.json', {
    date: new Date().toISOString(),
    machine: { ...machine, pglite: packageVersion('@electric-sql/pglite') },
    settings: {
      runs: options.runs,
      helpRequests: options.requests,
      pageRequests: options.pageRequests,
      months: 24,
      goal: 'monitor page p95 <= 200 ms at city scale',
    },
    minutes: Math.round((performance.now() - started) / 600) / 100,
    setups,
  });
}

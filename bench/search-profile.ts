// Where a search page spends its CPU in the Nabij process: `node bin/run-ts.js bench/search-profile.ts`.
// Runs `nabij serve` with --cpu-prof on the benchmark's setups, puts /sociale-kaart?q=koffie+dinsdag under autocannon,
// and groups the profile samples of the load window by part (self time). A diagnosis, not part of `npm run bench`:
// the profiler slows everything down, so read the shares, not the absolute figures.
// BENCH_SETUP=buurt or stad limits it to one setup; the city setup reuses the database of `npm run bench`.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  autocannonBin,
  buurtSetup,
  ensureServerDatabase,
  run,
  seedSetup,
  type Setup,
  stadSetup,
  startServer,
  stopServer,
} from './search.js';

const fastifyPackages = [
  'fastify',
  '@fastify',
  'find-my-way',
  'avvio',
  'light-my-request',
  'fast-json-stringify',
  'secure-json-parse',
  '@csrf',
  'helmet',
  'cookie',
  'on-exit-leak-free',
];

type Profile = {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

const parts: [name: string, test: (fn: string, url: string) => boolean][] = [
  ['idle', (fn) => fn === '(idle)'],
  ['garbage collection', (fn) => fn === '(garbage collector)'],
  [
    'Nabij: kernel/time/schedule.ts (amsterdamNow: a new Intl.DateTimeFormat per result row)',
    (_fn, url) => url.includes('/src/kernel/time/schedule.ts'),
  ],
  ['PGlite: Postgres in WebAssembly', (_fn, url) => url.startsWith('wasm://')],
  ['PGlite: JavaScript glue and protocol', (_fn, url) => url.includes('@electric-sql')],
  [
    'pg client, pg-protocol, Kysely',
    (_fn, url) => /\/node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-array|postgres-date|kysely)\//.test(url),
  ],
  [
    'rendering: preact-render-to-string and page components',
    (_fn, url) => url.includes('preact') || /\/src\/.*\.tsx$/.test(url),
  ],
  [
    'Fastify and plugins (helmet, cookies, CSRF, rate limit)',
    (_fn, url) => fastifyPackages.some((name) => url.includes(`/node_modules/${name}/`)),
  ],
  ['zod (query validation)', (_fn, url) => url.includes('/node_modules/zod/')],
  ['Nabij: other code', (_fn, url) => url.includes('/src/')],
  [
    'node: HTTP, sockets, streams',
    (fn, url) =>
      url.startsWith('node:') || ['writev', 'writeUtf8String', 'writeBuffer', 'writeLatin1String'].includes(fn),
  ],
];

function summarise(profile: Profile, fromUs: number, toUs: number, requests: number) {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map<string, number>();
  let time = profile.startTime;
  let window = 0;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0;
    if (time < fromUs || time > toUs) return;
    const frame = frames.get(id);
    const part =
      parts.find(([, test]) => test(frame?.functionName ?? '', frame?.url ?? ''))?.[0] ??
      'other (V8 builtins, program)';
    const delta = profile.timeDeltas[i] ?? 0;
    totals.set(part, (totals.get(part) ?? 0) + delta);
    window += delta;
  });
  const busy = window - (totals.get('idle') ?? 0);
  return {
    windowMs: Math.round(window / 1000),
    requests,
    busyMsPerRequest: Math.round((busy / 1000 / requests) * 100) / 100,
    parts: [...totals.entries()]
      .filter(([name]) => name !== 'idle')
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({
        part: name,
        msPerRequest: Math.round((us / 1000 / requests) * 100) / 100,
        percentOfBusy: Math.round((1000 * us) / busy) / 10,
      })),
    idlePercent: Math.round((1000 * (totals.get('idle') ?? 0)) / window) / 10,
  };
}

async function profileSetup(setup: Setup, seconds: number) {
  await seedSetup(setup);
  const profileDir = mkdtempSync(join(tmpdir(), 'nabij-profile-'));
  try {
    const server = await startServer(setup, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
    let window: [number, number] = [0, 0];
    let requests = 0;
    try {
      const url = `http://127.0.0.1:${setup.port}/sociale-kaart?q=koffie+dinsdag`;
      for (let i = 0; i < 50; i++) await (await fetch(url)).text();
      const from = Number(process.hrtime.bigint() / 1000n);
      const result = await run(
        'node',
        [autocannonBin, '--json', '--connections', '10', '--duration', String(seconds), url],
        {},
      );
      const to = Number(process.hrtime.bigint() / 1000n);
      requests = (JSON.parse(result.stdout) as { requests: { total: number } }).requests.total;
      window = [from, to];
    } finally {
      await stopServer(server);
    }
    // The main thread's profile is the largest; the others are tsx's loader worker.
    const files = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
    const main = files
      .map((f) => join(profileDir, f))
      .sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
    if (!main) throw new Error('no CPU profile was written');
    return {
      setup: setup.name,
      database: setup.database,
      url: '/sociale-kaart?q=koffie+dinsdag',
      ...summarise(JSON.parse(readFileSync(main, 'utf8')) as Profile, window[0], window[1], requests),
    };
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}

const only = process.env.BENCH_SETUP?.split(',') ?? ['buurt', 'stad'];
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const results = [];
if (only.includes('buurt')) {
  const tmp = mkdtempSync(join(tmpdir(), 'nabij-profile-data-'));
  try {
    results.push(await profileSetup(buurtSetup(join(tmp, 'data')), seconds));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
if (only.includes('stad')) {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://nabij:nabij@127.0.0.1:5432/nabij_bench';
  await ensureServerDatabase(databaseUrl, false);
  const tmp = mkdtempSync(join(tmpdir(), 'nabij-profile-data-'));
  try {
    results.push(await profileSetup(stadSetup(databaseUrl, join(tmp, 'data'), 10), seconds));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
const summary = {
  date: new Date().toISOString(),
  note:
    'CPU of the Nabij server process only (self time), during autocannon with 10 connections; the profiler adds ' +
    'overhead.',
  results,
};
writeFileSync(join(import.meta.dirname, 'results', 'search-profile.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));

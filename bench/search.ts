// Search of the social base at two scales: how fast searchActivities is, how fast the same SQL is on its own, and how
// many search pages per second the real server serves compared with the bare SQL. Loopback only, bounded loops.
//
//   buurt: embedded PGlite in a fresh temporary NABIJ_DATA_DIR, 1,000 activities
//   stad:  the PostgreSQL server of BENCH_DATABASE_URL, 20,000 activities
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, type LogEvent, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/kernel/db/schema.js';
import { lockDataDir } from '../src/kernel/db/lock.js';
import { findTenantBySlug } from '../src/kernel/tenancy/queries.js';
import { cityScales } from './seed/city-activities.js';
import { resolveSearch, searchQuerySchema } from '../src/modules/socialbase/filters.js';
import { type SearchFilters, searchActivities } from '../src/modules/socialbase/queries/search.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'nabij.js');
const runTs = join(root, 'bin', 'run-ts.js');
const seedScript = join(root, 'bench', 'seed.ts');
export const autocannonBin = createRequire(import.meta.url).resolve('autocannon');

export type SearchBenchOptions = {
  /** Repeats of every measurement; the report gives the median. */
  runs: number;
  /** Timed rounds over all queries, after the warm-up rounds. */
  rounds: number;
  warmup: number;
  /** Length of each throughput run (autocannon and the bare SQL loop). */
  seconds: number;
  /** HTTP connections for autocannon, and concurrent clients of the bare SQL loop on the server. */
  connections: number;
  databaseUrl: string;
  /** Drop and recreate the benchmark database on the server before seeding. */
  reseed: boolean;
  only?: ('buurt' | 'stad')[];
};

type Statement = { sql: string; parameters: readonly unknown[] };
type Percentiles = { p50: number; p95: number };
type QueryResult = {
  label: string;
  url: string;
  /** How searchActivities matched: full text, the typo fallback, or filters only. */
  match: string;
  rows: number;
  /** SQL statements searchActivities sends (a fallback sends more); the page adds its own lookups. */
  searchStatements: number;
  pageStatements: number;
  /** Medians over the runs of each run's p50/p95, in ms. */
  searchActivities: Percentiles;
  bareSql: Percentiles;
  /** Bare SQL of everything the page asks the database: tenant, postcode and the search. */
  barePageSql: Percentiles;
  /** One request at a time against the running server. */
  page: Percentiles;
};
type LoadRun = {
  perSecond: number;
  p50: number;
  p97_5: number;
  count: number;
  /** CPU of the whole machine per request or query (all cores, all processes), in ms; null without /proc. */
  machineCpuMs: number | null;
  /** CPU of the Nabij server (page) or of the benchmark's own pg client (bare SQL) per request or query, in ms. */
  nodeCpuMs: number | null;
  /** CPU of the PostgreSQL server for this database per request or query, in ms (server setup only). */
  postgresCpuMs: number | null;
  /** CPU of autocannon per request, in ms (page runs only). */
  loadGeneratorCpuMs: number | null;
  /** Share of all cores busy during the run. */
  machineBusyPercent: number | null;
};
/** Medians over the runs, ms of CPU per request (page) or per query (bare SQL). */
type CpuSummary = {
  machineMs: number | null;
  nodeMs: number | null;
  postgresMs: number | null;
  loadGeneratorMs: number | null;
  machineBusyPercent: number | null;
};
type ThroughputResult = {
  label: string;
  url: string;
  page: { runs: LoadRun[]; requestsPerSecond: number; p50: number; p97_5: number; cpu: CpuSummary };
  bareSql: {
    concurrency: number;
    runs: LoadRun[];
    queriesPerSecond: number;
    p50: number;
    p97_5: number;
    cpu: CpuSummary;
  };
  /** page requests/s ÷ bare SQL queries/s; the goal is ≥ 0.80. */
  ratio: number;
  /** page p50 ÷ bare SQL p50 under the load above (like for like only when the concurrency is the same). */
  latencyRatio: number;
  /** page ÷ bare of each run (the two are measured about a minute apart, so they share the machine's mood). */
  runRatios: number[];
  /**
   * CPU per bare query ÷ CPU per page (node process + PostgreSQL for this database; autocannon left out): the
   * throughput ratio if CPU were the only limit, and not disturbed by other work on the machine.
   */
  cpuRatio: number | null;
};
export type SetupResult = {
  name: 'buurt' | 'stad';
  database: 'pglite' | 'postgres';
  postgresVersion: string;
  activities: number;
  /** Wall time of `nabij seed --scale …` (node start, migrations, bulk insert, VACUUM ANALYZE); null when reused. */
  seedSeconds: number | null;
  /** Before each run: the 1-minute load average and the share of all cores busy over one second while the benchmark
   * itself is idle. Other work on the machine shows here and makes every figure of that run slower. */
  background: { loadAverage: number; busyPercent: number | null }[];
  queries: QueryResult[];
  /** Sum over the queries of the p50s: one visitor trying every query once. */
  totals: {
    searchActivitiesMs: number;
    bareSqlMs: number;
    barePageSqlMs: number;
    pageMs: number;
    unloadedLatencyRatio: number;
  };
  throughput: ThroughputResult[];
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0;
};
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const medianOrNull = (values: (number | null)[]) =>
  values.some((v) => v === null) || values.length === 0 ? null : round(median(values as number[]));
const cpuSummary = (runs: LoadRun[]): CpuSummary => ({
  machineMs: medianOrNull(runs.map((r) => r.machineCpuMs)),
  nodeMs: medianOrNull(runs.map((r) => r.nodeCpuMs)),
  postgresMs: medianOrNull(runs.map((r) => r.postgresCpuMs)),
  loadGeneratorMs: medianOrNull(runs.map((r) => r.loadGeneratorCpuMs)),
  machineBusyPercent: medianOrNull(runs.map((r) => r.machineBusyPercent)),
});
const medianPercentiles = (runs: Percentiles[]): Percentiles => ({
  p50: round(median(runs.map((r) => r.p50))),
  p95: round(median(runs.map((r) => r.p95))),
});
const timed = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

// CPU accounting from /proc (Linux): the machine's busy time over all cores, and the time of one process.
export const hasProc = existsSync('/proc/stat');
const TICK_MS = 10; // USER_HZ is 100 on Linux
export function machineTicks(): { busy: number; total: number } {
  // user … steal; guest time is already in user
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1, 9).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}
function statFields(pid: number | string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}
/** utime + stime of one process (fields 14 and 15 of /proc/PID/stat). */
function processTicks(pid: number | undefined): number {
  const f = pid ? statFields(pid) : undefined;
  return f ? Number(f[11]) + Number(f[12]) : 0;
}
/**
 * CPU of a local PostgreSQL server spent for one database: its backends (their process title names the database),
 * parallel workers while they run, and the children the postmaster has reaped (parallel workers that ended).
 * Backends of other databases are left out; ended processes of others would count, so other work shows here too.
 */
function postgresTicks(database: string | undefined): number {
  if (!database) return 0;
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let title: string;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      continue;
    }
    const f = statFields(pid);
    if (!f) continue;
    if (title.startsWith(`postgres: `)) {
      if (title.includes(` ${database} `) || title.includes('parallel worker')) ticks += Number(f[11]) + Number(f[12]);
    } else {
      ticks += Number(f[13]) + Number(f[14]); // the postmaster: cutime + cstime of reaped children
    }
  }
  return ticks;
}
type CpuMark = { machine: { busy: number; total: number }; process: number; postgres: number };
const cpuMark = (pid: number | undefined, database: string | undefined): CpuMark | undefined =>
  hasProc ? { machine: machineTicks(), process: processTicks(pid), postgres: postgresTicks(database) } : undefined;
function cpuSince(mark: CpuMark | undefined, pid: number | undefined, database: string | undefined, count: number) {
  if (!mark || count === 0)
    return { machineCpuMs: null, nodeCpuMs: null, postgresCpuMs: null, machineBusyPercent: null };
  const now = machineTicks();
  const busy = now.busy - mark.machine.busy;
  return {
    machineCpuMs: round((busy * TICK_MS) / count),
    nodeCpuMs: round(((processTicks(pid) - mark.process) * TICK_MS) / count),
    postgresCpuMs: database ? round(((postgresTicks(database) - mark.postgres) * TICK_MS) / count) : null,
    machineBusyPercent: round((100 * busy) / Math.max(1, now.total - mark.machine.total), 0),
  };
}

/** Share of all cores busy over one second while this process waits: work of others on the machine. */
async function backgroundBusy(): Promise<number | null> {
  if (!hasProc) return null;
  const before = machineTicks();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = machineTicks();
  return round((100 * (after.busy - before.busy)) / Math.max(1, after.total - before.total), 0);
}

/** What a resident types; `postcode` is replaced by a postcode in the middle of the generated city. */
const queries: { label: string; query: Record<string, string> }[] = [
  { label: 'koffie dinsdag', query: { q: 'koffie dinsdag' } },
  { label: 'koffie dinsdag, postcode, 2 km', query: { q: 'koffie dinsdag', postcode: 'POSTCODE', afstand: '2' } },
  { label: 'hulp met formulieren', query: { q: 'hulp met formulieren' } },
  { label: 'bootschappen (typo)', query: { q: 'bootschappen' } },
  { label: 'taalcafé', query: { q: 'taalcafé' } },
  { label: 'wandelen, postcode, 1 km', query: { q: 'wandelen', postcode: 'POSTCODE', afstand: '1' } },
  { label: 'repair cafe zaterdag', query: { q: 'repair cafe zaterdag' } },
  { label: 'samen eten gratis', query: { q: 'samen eten gratis' } },
  { label: 'onderwerp maaltijd, postcode, 2 km', query: { behoefte: 'maaltijd', postcode: 'POSTCODE', afstand: '2' } },
  { label: 'hulp met mijn telefoon, Arabisch', query: { q: 'hulp met mijn telefoon', gesproken_taal: 'ar' } },
  { label: 'klusjes in huis (any word)', query: { q: 'klusjes in huis' } },
  { label: 'zwemles baby (nothing found)', query: { q: 'zwemles baby' } },
];
/** The two pages put under load. */
const loadLabels = ['koffie dinsdag', 'koffie dinsdag, postcode, 2 km'];

export type Setup = {
  name: 'buurt' | 'stad';
  database: 'pglite' | 'postgres';
  slug: string;
  activities: number;
  scale: 'buurt' | 'city';
  concurrency: number;
  env: Record<string, string>;
  port: number;
};

type Measured = {
  db: Kysely<Database>;
  capture: Kysely<Database>;
  pool: pg.Pool;
  captured: Statement[] | undefined;
  close(): Promise<void>;
  version: string;
};

/**
 * Kysely over a pg.Pool exactly as openDatabase builds it, plus a second Kysely on the same pool that records the SQL.
 */
async function openMeasured(setup: Setup): Promise<Measured> {
  let pool: pg.Pool;
  let closeExtra = async () => {};
  if (setup.database === 'pglite') {
    const dataDir = setup.env.NABIJ_DATA_DIR!;
    const release = lockDataDir(dataDir);
    const pglite = await PGlite.create(join(dataDir, 'pglite'), { extensions: { pg_trgm, unaccent } });
    pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
    closeExtra = async () => {
      await pglite.close();
      release();
    };
  } else {
    pool = new pg.Pool({ connectionString: setup.env.DATABASE_URL, max: setup.concurrency });
  }
  const measured: Measured = {
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
    capture: undefined as unknown as Kysely<Database>,
    pool,
    captured: undefined,
    version: '',
    close: async () => {
      await measured.db.destroy();
      await closeExtra();
    },
  };
  measured.capture = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event: LogEvent) => {
      if (event.level === 'query')
        measured.captured?.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  measured.version = String((await pool.query('SHOW server_version')).rows[0]?.server_version ?? '');
  return measured;
}

async function captureSql(m: Measured, fn: (db: Kysely<Database>) => Promise<unknown>): Promise<Statement[]> {
  m.captured = [];
  try {
    await fn(m.capture);
    return m.captured;
  } finally {
    m.captured = undefined;
  }
}

/** Runs the statements on one pooled client, as bare as it gets; returns the row count of the last SELECT. */
async function replay(pool: pg.Pool, statements: Statement[]): Promise<number> {
  const client = await pool.connect();
  try {
    let rows = 0;
    for (const s of statements) {
      const result = await client.query(s.sql, s.parameters as unknown[]);
      if (/^\s*select/i.test(s.sql)) rows = result.rowCount ?? 0;
    }
    return rows;
  } finally {
    client.release();
  }
}

/** `concurrency` clients replaying the statements until the time is up. */
async function bareLoad(
  pool: pg.Pool,
  statements: Statement[],
  concurrency: number,
  seconds: number,
  database: string | undefined,
): Promise<LoadRun> {
  const latencies: number[] = [];
  const mark = cpuMark(process.pid, database);
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) latencies.push(await timed(() => replay(pool, statements)));
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  return {
    perSecond: round(latencies.length / elapsed, 1),
    p50: round(percentile(latencies, 0.5)),
    p97_5: round(percentile(latencies, 0.975)),
    count: latencies.length,
    ...cpuSince(mark, process.pid, database, latencies.length),
    loadGeneratorCpuMs: null,
  };
}

export function run(
  command: string,
  args: string[],
  env: Record<string, string>,
  onSpawn?: (child: ChildProcess) => void,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function autocannon(
  url: string,
  connections: number,
  seconds: number,
  serverPid: number | undefined,
  database: string | undefined,
): Promise<LoadRun> {
  // autocannon's own CPU: read from /proc while it runs (the last reading is a fraction of a second before its end).
  let generatorTicks = 0;
  let poll: NodeJS.Timeout | undefined;
  const mark = cpuMark(serverPid, database);
  const result = await run(
    'node',
    [autocannonBin, '--json', '--connections', String(connections), '--duration', String(seconds), url],
    {},
    (child) => {
      if (hasProc) poll = setInterval(() => (generatorTicks = Math.max(generatorTicks, processTicks(child.pid))), 200);
    },
  );
  clearInterval(poll);
  if (result.code !== 0) throw new Error(`autocannon failed: ${result.stderr.slice(-500)}`);
  const report = JSON.parse(result.stdout) as {
    duration: number;
    requests: { total: number };
    latency: { p50: number; p97_5: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  if (report.errors > 0 || report.timeouts > 0 || report.non2xx > 0) {
    throw new Error(
      `autocannon saw errors (${report.errors}), timeouts (${report.timeouts}) ` +
        `or non-2xx answers (${report.non2xx}) for ${new URL(url).pathname}`,
    );
  }
  const count = report.requests.total;
  const cpu = cpuSince(mark, serverPid, database, count);
  return {
    perSecond: round(count / report.duration, 1),
    p50: report.latency.p50,
    p97_5: report.latency.p97_5,
    count,
    ...cpu,
    loadGeneratorCpuMs: cpu.machineCpuMs === null ? null : round((generatorTicks * TICK_MS) / count),
  };
}

export async function startServer(setup: Setup, nodeOptions: string[] = []): Promise<ChildProcess> {
  const child = spawn('node', [...nodeOptions, bin, 'serve'], {
    env: {
      ...process.env,
      ...setup.env,
      PORT: String(setup.port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      NABIJ_GEMEENTE: setup.slug,
      // A production start needs both (serve refuses without them); the search benchmark sends no mail.
      NABIJ_BASE_URL: 'https://nabij.bench.example',
      SMTP_URL: 'smtp://127.0.0.1:2525',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nabij serve stopped: ${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${setup.port}/readyz`);
      if (response.status === 200) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stopServer(child);
  throw new Error('nabij serve was not ready within 60 s');
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Creates the benchmark database on the server when it is missing (the role needs CREATEDB). */
export async function ensureServerDatabase(url: string, reseed: boolean): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`BENCH_DATABASE_URL needs a plain database name, not ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (reseed) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

export async function seedSetup(setup: Setup): Promise<number | null> {
  const start = performance.now();
  const result = await run('node', [runTs, seedScript, '--scale', setup.scale, '--gemeente', setup.slug], setup.env);
  if (result.code !== 0) throw new Error(`nabij seed failed: ${result.stderr.slice(-1000)}`);
  const seconds = (performance.now() - start) / 1000;
  const existing = /already has (\d+) activities/.exec(result.stdout);
  if (existing) {
    if (Number(existing[1]) !== setup.activities) {
      throw new Error(
        `${setup.slug} has ${existing[1]} activities instead of ${setup.activities}; ` +
          'run with BENCH_RESEED=1 to start again',
      );
    }
    return null;
  }
  return round(seconds, 1);
}

type Prepared = {
  label: string;
  url: string;
  filters: SearchFilters;
  search: Statement[];
  page: Statement[];
  rows: number;
  match: string;
};

/** Resolves every query once, records its SQL, and checks that the bare SQL finds what searchActivities finds. */
async function prepareQueries(m: Measured, setup: Setup): Promise<{ tenantId: string; prepared: Prepared[] }> {
  const tenant = await findTenantBySlug(m.db, setup.slug);
  if (!tenant) throw new Error(`municipality ${setup.slug} is missing`);
  const centre = await m.pool.query<{ postcode: string }>(
    "SELECT postcode FROM postcodes WHERE postcode >= '3511' AND postcode < '3575' " +
      'ORDER BY power(lat - 52.09, 2) + power((lon - 5.12) * 0.615, 2) LIMIT 1',
  );
  const postcode = centre.rows[0]?.postcode;
  if (!postcode) throw new Error('the generated postcodes are missing');
  const prepared: Prepared[] = [];
  for (const { label, query } of queries) {
    const values = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v === 'POSTCODE' ? postcode : v]));
    const url = `/sociale-kaart?${new URLSearchParams(values).toString()}`;
    const parsed = searchQuerySchema.parse(values);
    const { filters, postcodeProblem } = await resolveSearch(m.db, parsed);
    if (postcodeProblem) throw new Error(`postcode ${postcode}: ${postcodeProblem}`);
    let found: Awaited<ReturnType<typeof searchActivities>> = [];
    const search = await captureSql(m, async (db) => {
      found = await searchActivities(db, tenant.id, filters);
    });
    // What one page request asks the database: the tenant (every request), the postcode, then the search.
    const lookups = await captureSql(m, async (db) => {
      await findTenantBySlug(db, setup.slug);
      await resolveSearch(db, parsed);
    });
    const rows = await replay(m.pool, search);
    if (rows !== found.length)
      throw new Error(`bare SQL of "${label}" found ${rows} rows, searchActivities ${found.length}`);
    prepared.push({
      label,
      url,
      filters,
      search,
      page: [...lookups, ...search],
      rows,
      match: found[0]?.match ?? 'niets',
    });
  }
  return { tenantId: tenant.id, prepared };
}

const loadItems = (prepared: Prepared[]) => loadLabels.map((label) => prepared.find((p) => p.label === label)!);

/**
 * Each run is a pair measured close together: first in-process (searchActivities and its bare SQL, latency and
 * load), then the real server on the same data (page latency and autocannon). PGlite allows one process per data
 * folder, so the benchmark closes its connection before the server starts.
 */
async function measureSetup(
  setup: Setup,
  options: SearchBenchOptions,
  log: (line: string) => void,
): Promise<SetupResult> {
  log(`${setup.name}: seeding ${setup.activities} activities (${setup.database})`);
  const seedSeconds = await seedSetup(setup);

  let version = '';
  let tenantId = '';
  let prepared: Prepared[] = [];
  {
    const m = await openMeasured(setup);
    try {
      ({ tenantId, prepared } = await prepareQueries(m, setup));
      version = m.version;
    } finally {
      await m.close();
    }
  }
  const latency = prepared.map(() => ({
    searchActivities: [] as Percentiles[],
    bareSql: [] as Percentiles[],
    barePageSql: [] as Percentiles[],
    page: [] as Percentiles[],
  }));
  const bareRuns = new Map<string, LoadRun[]>();
  const pageRuns = new Map<string, LoadRun[]>();
  const background: SetupResult['background'] = [];
  const base = `http://127.0.0.1:${setup.port}`;
  // CPU of the local PostgreSQL server is counted for the benchmark's database only.
  const serverDatabase =
    setup.database === 'postgres' ? decodeURIComponent(new URL(setup.env.DATABASE_URL!).pathname.slice(1)) : undefined;

  for (let r = 0; r < options.runs; r++) {
    background.push({ loadAverage: round(loadavg()[0] ?? 0, 1), busyPercent: await backgroundBusy() });
    const m = await openMeasured(setup);
    try {
      log(`${setup.name} run ${r + 1}/${options.runs}: searchActivities and bare SQL latency`);
      const samples = prepared.map(() => ({
        searchActivities: [] as number[],
        bareSql: [] as number[],
        barePageSql: [] as number[],
      }));
      for (let i = 0; i < options.warmup + options.rounds; i++) {
        for (const [q, item] of prepared.entries()) {
          const a = await timed(() => searchActivities(m.db, tenantId, item.filters));
          const b = await timed(() => replay(m.pool, item.search));
          const c = await timed(() => replay(m.pool, item.page));
          if (i < options.warmup) continue;
          samples[q]!.searchActivities.push(a);
          samples[q]!.bareSql.push(b);
          samples[q]!.barePageSql.push(c);
        }
      }
      samples.forEach((s, q) => {
        for (const key of ['searchActivities', 'bareSql', 'barePageSql'] as const)
          latency[q]![key].push({ p50: percentile(s[key], 0.5), p95: percentile(s[key], 0.95) });
      });
      for (const item of loadItems(prepared)) {
        log(`${setup.name} run ${r + 1}/${options.runs}: bare SQL load, ${setup.concurrency} client(s), ${item.label}`);
        bareRuns.set(item.label, [
          ...(bareRuns.get(item.label) ?? []),
          await bareLoad(m.pool, item.search, setup.concurrency, options.seconds, serverDatabase),
        ]);
      }
    } finally {
      await m.close();
    }

    const server = await startServer(setup);
    try {
      if (r === 0) {
        for (const item of prepared) {
          const response = await fetch(base + item.url);
          const html = await response.text();
          const cards = html.split('class="nabij-card"').length - 1;
          if (response.status !== 200 || cards !== Math.min(20, item.rows)) {
            throw new Error(
              `the page for "${item.label}" answered ${response.status} with ${cards} results; ` +
                `the bare SQL found ${item.rows}`,
            );
          }
        }
      }
      log(`${setup.name} run ${r + 1}/${options.runs}: page latency, one request at a time`);
      const samples: number[][] = prepared.map(() => []);
      for (let i = 0; i < options.warmup + options.rounds; i++) {
        for (const [q, item] of prepared.entries()) {
          const ms = await timed(async () => {
            const response = await fetch(base + item.url);
            await response.text();
          });
          if (i >= options.warmup) samples[q]!.push(ms);
        }
      }
      samples.forEach((s, q) => latency[q]!.page.push({ p50: percentile(s, 0.5), p95: percentile(s, 0.95) }));
      for (const item of loadItems(prepared)) {
        log(
          `${setup.name} run ${r + 1}/${options.runs}: autocannon, ${options.connections} connections, ${item.label}`,
        );
        pageRuns.set(item.label, [
          ...(pageRuns.get(item.label) ?? []),
          await autocannon(base + item.url, options.connections, options.seconds, server.pid, serverDatabase),
        ]);
      }
    } finally {
      await stopServer(server);
    }
  }

  const queryResults: QueryResult[] = prepared.map((item, q) => ({
    label: item.label,
    url: item.url,
    match: item.match,
    rows: item.rows,
    searchStatements: item.search.length,
    pageStatements: item.page.length,
    searchActivities: medianPercentiles(latency[q]!.searchActivities),
    bareSql: medianPercentiles(latency[q]!.bareSql),
    barePageSql: medianPercentiles(latency[q]!.barePageSql),
    page: medianPercentiles(latency[q]!.page),
  }));
  const sum = (key: 'searchActivities' | 'bareSql' | 'barePageSql' | 'page') =>
    round(queryResults.reduce((total, r) => total + r[key].p50, 0));
  const throughput: ThroughputResult[] = loadItems(prepared).map((item) => {
    const page = pageRuns.get(item.label) ?? [];
    const bare = bareRuns.get(item.label) ?? [];
    const pageRps = round(median(page.map((r) => r.perSecond)), 1);
    const bareQps = round(median(bare.map((r) => r.perSecond)), 1);
    const pageP50 = round(median(page.map((r) => r.p50)));
    const bareP50 = round(median(bare.map((r) => r.p50)));
    return {
      label: item.label,
      url: item.url,
      page: {
        runs: page,
        requestsPerSecond: pageRps,
        p50: pageP50,
        p97_5: round(median(page.map((r) => r.p97_5))),
        cpu: cpuSummary(page),
      },
      bareSql: {
        concurrency: setup.concurrency,
        runs: bare,
        queriesPerSecond: bareQps,
        p50: bareP50,
        p97_5: round(median(bare.map((r) => r.p97_5))),
        cpu: cpuSummary(bare),
      },
      ratio: round(pageRps / bareQps, 3),
      latencyRatio: round(pageP50 / bareP50, 2),
      runRatios: page.map((run, i) => round(run.perSecond / (bare[i]?.perSecond ?? Number.NaN), 3)),
      cpuRatio: (() => {
        const pageCpu = cpuSummary(page);
        const bareCpu = cpuSummary(bare);
        if (pageCpu.nodeMs === null || bareCpu.nodeMs === null) return null;
        return round((bareCpu.nodeMs + (bareCpu.postgresMs ?? 0)) / (pageCpu.nodeMs + (pageCpu.postgresMs ?? 0)), 3);
      })(),
    };
  });
  return {
    name: setup.name,
    database: setup.database,
    postgresVersion: version,
    activities: setup.activities,
    seedSeconds,
    background,
    queries: queryResults,
    totals: {
      searchActivitiesMs: sum('searchActivities'),
      bareSqlMs: sum('bareSql'),
      barePageSqlMs: sum('barePageSql'),
      pageMs: sum('page'),
      unloadedLatencyRatio: round(sum('page') / sum('bareSql'), 2),
    },
    throughput,
  };
}

/** The two setups: the neighbourhood on embedded PGlite in a fresh folder, the city on the PostgreSQL server. */
export const buurtSetup = (dataDir: string): Setup => ({
  name: 'buurt',
  database: 'pglite',
  slug: 'buurtstad',
  activities: cityScales.buurt,
  scale: 'buurt',
  concurrency: 1,
  env: { DATABASE_URL: '', NABIJ_DATA_DIR: dataDir },
  port: 39180,
});
export const stadSetup = (databaseUrl: string, dataDir: string, connections: number): Setup => ({
  name: 'stad',
  database: 'postgres',
  slug: 'grootstad',
  activities: cityScales.city,
  scale: 'city',
  concurrency: connections,
  env: { DATABASE_URL: databaseUrl, NABIJ_DATA_DIR: dataDir },
  port: 39181,
});

export async function measureSearch(
  options: SearchBenchOptions,
  log: (line: string) => void = console.error,
): Promise<SetupResult[]> {
  const results: SetupResult[] = [];
  const only = options.only ?? ['buurt', 'stad'];
  if (only.includes('buurt')) {
    const tmp = mkdtempSync(join(tmpdir(), 'nabij-bench-search-'));
    try {
      results.push(await measureSetup(buurtSetup(join(tmp, 'data')), options, log));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  if (only.includes('stad')) {
    await ensureServerDatabase(options.databaseUrl, options.reseed);
    const tmp = mkdtempSync(join(tmpdir(), 'nabij-bench-search-'));
    try {
      results.push(
        await measureSetup(stadSetup(options.databaseUrl, join(tmp, 'data'), options.connections), options, log),
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return results;
}

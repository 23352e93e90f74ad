// The monitor at city scale (issue 14): a year of 100,000 help requests with everything around them
// (bench/monitor-city.ts), on embedded PGlite and on the PostgreSQL server of BENCH_DATABASE_URL. Measures
//   - the refresh of every figure for the whole city (refreshMonitor, 24 months), median of the runs;
//   - what the monitor page reads and shows: the stored values of a year of months (or two years of quarters) and
//     every figure through showFigure, the one door of small-cell suppression; p50/p95 over BENCH_MONITOR_REQUESTS;
//   - EXPLAIN (ANALYZE) of every statement of the refresh, rolled back: its time and the indexes it used.
// `GET /monitor` itself is helper C2's page; once it is on main, its measurement belongs here too.
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { type DatabaseHandle, openDatabase } from '../src/kernel/db/database.js';
import { migrateToLatest } from '../src/kernel/db/migrator.js';
import { installModules } from '../src/kernel/modules.js';
import { modules } from '../src/modules/index.js';
import { createApp } from '../src/server.js';
import {
  figures,
  refreshMonitor,
  refreshStatements,
  refreshWindow,
  showFigure,
  storedValues,
} from '../src/modules/monitor/index.js';
import { seedMonitorCity } from './monitor-city.js';

export type MonitorBenchOptions = {
  runs: number;
  requests: number;
  pageRequests: number;
  databaseUrl: string;
  only?: ('pglite' | 'postgres')[];
};

type Percentiles = { p50: number; p95: number };
type StatementPlan = { name: string; ms: number; indexes: string[]; scans: string[] };
export type MonitorSetup = {
  name: 'pglite' | 'postgres';
  seedSeconds: number;
  counts: Record<string, number>;
  refreshMs: number[];
  medianRefreshMs: number;
  rowsWritten: number;
  /** A year of months, all wijken, every figure through showFigure. */
  pageMonths: Percentiles;
  /** Two years of quarters, one wijk picked out (the others still read: suppression needs them together). */
  pageWijkQuarters: Percentiles;
  /** `GET /monitor` through the app (app.inject: no network), the whole city by quarter: p50/p95. */
  monitorPage: Percentiles;
  /** `GET /monitor?wijk=…&periode=maand`: one wijk, by month. */
  monitorPageWijkMonths: Percentiles;
  /** The page's p95 against the goal of 200 ms. */
  pageP95OverGoal: number;
  plans: StatementPlan[];
};

const round = (ms: number) => Math.round(ms * 10) / 10;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** The monitor page's work without HTTP: read the stored values, pass every figure and period through showFigure. */
async function pageWork(db: DatabaseHandle['db'], tenantId: string, kind: 'maand' | 'kwartaal', wijk?: string) {
  const [from, through] = kind === 'maand' ? ['2025-12-01', '2026-11-01'] : ['2024-10-01', '2026-10-01'];
  const values = await storedValues(db, tenantId, kind, from, through);
  const byFigure = new Map<string, Map<string, { wijk: string; n: number; value: number | null }[]>>();
  for (const v of values) {
    const periods = byFigure.get(v.figureKey) ?? new Map();
    byFigure.set(v.figureKey, periods);
    const rows = periods.get(v.periodStart) ?? [];
    periods.set(v.periodStart, rows);
    rows.push({ wijk: v.wijk, n: v.n, value: v.value });
  }
  let shown = 0;
  for (const figure of figures)
    for (const rows of byFigure.get(figure.key)?.values() ?? []) {
      const cells = showFigure(figure, rows);
      shown += wijk ? cells.filter((c) => c.wijk === wijk || c.wijk === 'gemeente').length : cells.length;
    }
  return shown;
}

async function timed(times: number, work: () => Promise<unknown>): Promise<Percentiles> {
  for (let i = 0; i < 5; i++) await work();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await work();
    ms.push(performance.now() - started);
  }
  return { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)) };
}

/** EXPLAIN ANALYZE of each refresh statement in a transaction that is rolled back: time, index and scan nodes. */
async function explainRefresh(db: DatabaseHandle['db'], tenantId: string, now: Date): Promise<StatementPlan[]> {
  const plans: StatementPlan[] = [];
  for (const { name, statement } of refreshStatements(refreshWindow(tenantId, { now }))) {
    const rollback = new Error('rollback');
    try {
      await db.transaction().execute(async (trx) => {
        // as the refresh does, each statement writes into an emptied table (all rolled back after)
        await sql`DELETE FROM monitor_values WHERE tenant_id = ${tenantId}::uuid`.execute(trx);
        const result = await sql<{ 'QUERY PLAN': unknown }>`EXPLAIN (ANALYZE, FORMAT JSON) ${statement}`.execute(trx);
        const raw = result.rows[0]!['QUERY PLAN'];
        const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: Node; 'Execution Time': number }];
        const indexes = new Set<string>();
        const scans = new Set<string>();
        const walk = (node: Node) => {
          if (node['Index Name']) indexes.add(node['Index Name']);
          if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) scans.add(node['Relation Name']);
          for (const child of node.Plans ?? []) walk(child);
        };
        walk(plan[0].Plan);
        plans.push({ name, ms: round(plan[0]['Execution Time']), indexes: [...indexes], scans: [...scans] });
        throw rollback;
      });
    } catch (error) {
      if (error !== rollback) throw error;
    }
  }
  return plans;
}
type Node = { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; Plans?: Node[] };

async function measureOn(
  name: 'pglite' | 'postgres',
  handle: DatabaseHandle,
  options: MonitorBenchOptions,
): Promise<MonitorSetup> {
  const db = handle.db;
  await migrateToLatest(db);
  const now = new Date('2026-11-20T12:00:00Z');
  const seeded = performance.now();
  const city = await seedMonitorCity(db, 'monitorstad', options.requests, now);
  const seedSeconds = Math.round((performance.now() - seeded) / 100) / 10;
  const refreshMs: number[] = [];
  let rowsWritten = 0;
  for (let i = 0; i < options.runs; i++) {
    const started = performance.now();
    rowsWritten = (await refreshMonitor(db, city.tenantId, { now })).rows;
    refreshMs.push(round(performance.now() - started));
  }
  const pageMonths = await timed(options.pageRequests, () => pageWork(db, city.tenantId, 'maand'));
  const pageWijkQuarters = await timed(options.pageRequests, () =>
    pageWork(db, city.tenantId, 'kwartaal', city.wijken[3]),
  );
  // The page itself: every period published, the app on this database, requests by app.inject.
  await sql`
    UPDATE monitor_settings SET published_through = '2026-12-31' WHERE tenant_id = ${city.tenantId}::uuid`.execute(db);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', NABIJ_GEMEENTE: 'monitorstad' });
  const app = await createApp(config, handle, { mailer: { send: async () => undefined } });
  await app.ready();
  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    if (response.statusCode !== 200) throw new Error(`GET ${url}: ${response.statusCode}`);
  };
  const monitorPage = await timed(options.pageRequests, () => get('/monitor'));
  const monitorPageWijkMonths = await timed(options.pageRequests, () => get('/monitor?wijk=wijk-4&periode=maand'));
  await app.close();
  return {
    name,
    seedSeconds,
    counts: city.counts,
    refreshMs,
    medianRefreshMs: round(median(refreshMs)),
    rowsWritten,
    pageMonths,
    pageWijkQuarters,
    monitorPage,
    monitorPageWijkMonths,
    pageP95OverGoal: Math.round((Math.max(monitorPage.p95, monitorPageWijkMonths.p95) / 200) * 1000) / 1000,
    plans: await explainRefresh(db, city.tenantId, now),
  };
}

export async function measureMonitor(options: MonitorBenchOptions): Promise<MonitorSetup[]> {
  installModules(modules);
  const setups: MonitorSetup[] = [];
  if (!options.only || options.only.includes('pglite')) {
    const handle = await openDatabase({ kind: 'pglite-memory' });
    try {
      setups.push(await measureOn('pglite', handle, options));
    } finally {
      await handle.close();
    }
  }
  if (!options.only || options.only.includes('postgres')) {
    const url = new URL(options.databaseUrl);
    const name = 'nabij_bench_monitor';
    const admin = new pg.Client({ connectionString: options.databaseUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    url.pathname = `/${name}`;
    const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
    try {
      setups.push(await measureOn('postgres', handle, options));
    } finally {
      await handle.close();
    }
  }
  return setups;
}

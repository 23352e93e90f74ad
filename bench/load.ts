// Load on the real journeys at city scale: the home page, a search of the social map, asking for help (the form's
// last post, with its CSRF token) and the team's queue (signed in as a team member), each under autocannon against
// `nabij serve` on the generated city (20,000 activities, 100,000 volunteers, 15,000 help requests) on PostgreSQL.
// Reports throughput, p50/p99 latency, errors, the server's memory and the machine's load per journey.
// Loopback only; every run stops after a fixed number of seconds.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { withAccess } from '../src/kernel/access/gate.js';
import { insertAccount } from '../src/kernel/auth/accounts.js';
import { createSession, SESSION_COOKIE } from '../src/kernel/auth/sessions.js';
import { openDatabase } from '../src/kernel/db/database.js';
import { findTenantBySlug } from '../src/kernel/tenancy/queries.js';
import {
  autocannonBin,
  ensureServerDatabase,
  hasProc,
  machineTicks,
  run,
  seedSetup,
  stadSetup,
  startServer,
  stopServer,
} from './search.js';

export type LoadOptions = {
  /** Length of each journey's run. */
  seconds: number;
  connections: number;
  databaseUrl: string;
  reseed: boolean;
};

type Journey = {
  name: 'home' | 'zoeken' | 'hulp vragen' | 'wachtrij team';
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** What a good answer is: its status, and a piece of its page (GET) or of its Location (POST). */
  expect: { status: number; contains: string };
};

export type JourneyResult = {
  name: Journey['name'];
  method: string;
  path: string;
  /** The first request after start, alone (it may build caches). */
  firstRequestMs: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Connection errors, timeouts (no answer within 30 s) and answers outside 2xx/3xx. */
  errors: number;
  statusCodes: Record<string, number>;
  rssMiB: { before: number; peak: number; after: number };
  machine: {
    cores: number;
    /** os.loadavg() (1, 5, 15 minutes) right before and right after the run. */
    loadBefore: number[];
    loadAfter: number[];
    /** Share of all cores busy during the run (all processes: the server, PostgreSQL, autocannon and others). */
    busyPercent: number | null;
  };
};

export type LoadResult = {
  database: string;
  postgresVersion: string;
  data: { activities: number; volunteers: number; helpRequests: number; openHelpRequests: number };
  seedSeconds: number | null;
  journeys: JourneyResult[];
};

const bin = join(import.meta.dirname, '..', 'bin', 'nabij.js');
const TIMEOUT_SECONDS = 30;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const BENCH_EMAIL = 'belasting-wijkteam@grootstad.example';
/** Marks the help requests the benchmark posts, so it can remove them afterwards. */
const MARK = '(belastingtest)';

function rssMiB(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return round(kb / 1024);
  } catch {
    return 0;
  }
}

/** A team member's session for the queue, and a postcode in the middle of the city for the search. */
async function prepare(databaseUrl: string, slug: string) {
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 2 });
  try {
    const tenant = await findTenantBySlug(database.db, slug);
    if (!tenant) throw new Error(`municipality ${slug} is missing`);
    const existing = await database.db
      .selectFrom('users')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where('email', '=', BENCH_EMAIL)
      .executeTakeFirst();
    const userId =
      existing?.id ??
      (await withAccess(
        database.db,
        { kind: 'system', tenantId: tenant.id, process: 'opdrachtregel' },
        { category: 'account', action: 'create', purpose: 'accountbeheer', subjectUserId: null },
        (gated) =>
          insertAccount(gated, {
            tenantId: tenant.id,
            email: BENCH_EMAIL,
            displayName: 'Belasting Wijkteam',
            role: 'wijkteamlid',
          }),
      ));
    const session = await createSession(database.db, { userId, tenantId: tenant.id }, 'actief');
    const centre = await database.db
      .selectFrom('postcodes')
      .select('postcode')
      .where('postcode', '>=', '3511')
      .where('postcode', '<', '3575')
      .orderBy(sql`power(lat - 52.09, 2) + power((lon - 5.12) * 0.615, 2)`)
      .limit(1)
      .executeTakeFirstOrThrow();
    const counts = async (table: 'activities' | 'volunteers' | 'help_requests', open = false) => {
      let query = database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('tenant_id', '=', tenant.id);
      if (open) query = query.where('state', '!=', 'afgesloten');
      return Number((await query.executeTakeFirstOrThrow()).n);
    };
    const version = await database.db
      .selectNoFrom((eb) => eb.fn<string>('current_setting', [eb.val('server_version')]).as('v'))
      .executeTakeFirstOrThrow();
    return {
      session,
      postcode: centre.postcode,
      postgresVersion: version.v,
      data: {
        activities: await counts('activities'),
        volunteers: await counts('volunteers'),
        helpRequests: await counts('help_requests'),
        openHelpRequests: await counts('help_requests', true),
      },
    };
  } finally {
    await database.close();
  }
}

/** Removes what the benchmark added: its posted help requests (their events go with them) and its sessions. */
async function cleanUp(databaseUrl: string) {
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 2 });
  try {
    const posted = await database.db.deleteFrom('help_requests').where('text', 'like', `%${MARK}%`).executeTakeFirst();
    await database.db
      .deleteFrom('sessions')
      .where('user_id', 'in', (eb) => eb.selectFrom('users').select('id').where('email', '=', BENCH_EMAIL))
      .execute();
    return Number(posted.numDeletedRows);
  } finally {
    await database.close();
  }
}

/** The CSRF token of the help form and its cookie, as a browser gets them. */
async function formToken(base: string): Promise<{ csrf: string; cookie: string }> {
  const response = await fetch(`${base}/hulp/vraag`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await response.text())?.[1];
  if (!csrf) throw new Error(`no CSRF token on /hulp/vraag (status ${response.status})`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { csrf, cookie };
}

/** One request alone, checked: the journey must work before it is put under load. */
async function firstRequest(base: string, journey: Journey): Promise<number> {
  const start = performance.now();
  const response = await fetch(base + journey.path, {
    method: journey.method,
    headers: journey.headers,
    body: journey.body,
    redirect: 'manual',
  });
  const text = await response.text();
  const ms = performance.now() - start;
  const seen = journey.method === 'GET' ? text : (response.headers.get('location') ?? '');
  if (response.status !== journey.expect.status || !seen.includes(journey.expect.contains)) {
    throw new Error(
      `${journey.name}: ${journey.method} ${journey.path} answered ${response.status}, ` +
        `without "${journey.expect.contains}"`,
    );
  }
  return round(ms);
}

type AutocannonReport = {
  duration: number;
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
};

async function underLoad(
  base: string,
  journey: Journey,
  options: LoadOptions,
  serverPid: number,
): Promise<JourneyResult> {
  const firstRequestMs = await firstRequest(base, journey);
  const before = rssMiB(serverPid);
  let peak = before;
  const poll = setInterval(() => (peak = Math.max(peak, rssMiB(serverPid))), 100);
  const loadBefore = loadavg().map((n) => round(n, 2));
  const ticks = hasProc ? machineTicks() : undefined;
  const args = [
    autocannonBin,
    '--json',
    '--connections',
    String(options.connections),
    '--duration',
    String(options.seconds),
    '--method',
    journey.method,
    // A resident waits longer than autocannon's default of 10 s; slower answers count as errors.
    '--timeout',
    String(TIMEOUT_SECONDS),
    ...Object.entries(journey.headers).flatMap(([name, value]) => ['--headers', `${name}:${value}`]),
    ...(journey.body ? ['--body', journey.body] : []),
    base + journey.path,
  ];
  let result: Awaited<ReturnType<typeof run>>;
  try {
    result = await run('node', args, {});
  } finally {
    clearInterval(poll);
  }
  if (result.code !== 0) throw new Error(`autocannon failed: ${result.stderr.slice(-500)}`);
  const now = hasProc ? machineTicks() : undefined;
  const after = rssMiB(serverPid);
  const report = JSON.parse(result.stdout) as AutocannonReport;
  const statusCodes = Object.fromEntries(Object.entries(report.statusCodeStats).map(([code, s]) => [code, s.count]));
  const badAnswers = Object.entries(statusCodes)
    .filter(([code]) => Number(code) < 200 || Number(code) >= 400)
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    name: journey.name,
    method: journey.method,
    path: journey.path,
    firstRequestMs,
    requests: report.requests.total,
    requestsPerSecond: round(report.requests.total / report.duration),
    latencyMs: { p50: report.latency.p50, p99: report.latency.p99, max: report.latency.max },
    errors: report.errors + report.timeouts + badAnswers,
    statusCodes,
    rssMiB: { before, peak: Math.max(peak, after), after },
    machine: {
      cores: cpus().length,
      loadBefore,
      loadAfter: loadavg().map((n) => round(n, 2)),
      busyPercent:
        ticks && now ? round((100 * (now.busy - ticks.busy)) / Math.max(1, now.total - ticks.total), 0) : null,
    },
  };
}

/** Seeds the city when needed, starts the server on it, and runs the journeys one after the other. */
export async function measureLoad(options: LoadOptions, log: (line: string) => void = console.error) {
  await ensureServerDatabase(options.databaseUrl, options.reseed);
  const tmp = mkdtempSync(join(tmpdir(), 'nabij-bench-load-'));
  const setup = stadSetup(options.databaseUrl, join(tmp, 'data'), options.connections);
  // The public forms' limit per address would stop a load test from one address after 30 posts.
  setup.env.NABIJ_FORM_RATE_LIMIT = '1000000000';
  try {
    log(`load: seeding the city when needed (${setup.slug})`);
    const seedSeconds = await seedSetup(setup);
    // The jobs' reminders that are due go out now, so the server's own job (a minute after its start) has nothing
    // left to send and does not run in the middle of a journey.
    const reminders = await run('node', [bin, 'herinneringen'], setup.env);
    if (reminders.code !== 0) throw new Error(`nabij herinneringen failed: ${reminders.stderr.slice(-1000)}`);
    log(`load: ${reminders.stdout.trim()}`);
    const prepared = await prepare(options.databaseUrl, setup.slug);
    log(`load: starting nabij serve on ${setup.slug}`);
    const server = await startServer(setup);
    const base = `http://127.0.0.1:${setup.port}`;
    const journeys: JourneyResult[] = [];
    try {
      const { csrf, cookie } = await formToken(base);
      const ask = new URLSearchParams({
        _csrf: csrf,
        tekst: `Ik zoek iemand die af en toe boodschappen voor me doet, ik loop slecht ${MARK}.`,
        voor_wie: 'mij',
        gevaar: 'nee',
        postcode: prepared.postcode,
        dag: 'di',
        dagdeel: 'ochtend',
        taal: '',
        naam: 'Belasting Test',
        email: 'belasting@bewoners.example',
        telefoon: '',
      }).toString();
      const plan: Journey[] = [
        { name: 'home', method: 'GET', path: '/', headers: {}, expect: { status: 200, contains: '<html lang="nl"' } },
        {
          name: 'zoeken',
          method: 'GET',
          path: `/sociale-kaart?${new URLSearchParams({ q: 'koffie', postcode: prepared.postcode, afstand: '2' })}`,
          headers: {},
          expect: { status: 200, contains: 'class="nabij-card"' },
        },
        {
          name: 'wachtrij team',
          method: 'GET',
          path: '/team/hulpvragen',
          headers: { cookie: `${SESSION_COOKIE}=${prepared.session}` },
          expect: { status: 200, contains: 'HV-' },
        },
        {
          name: 'hulp vragen',
          method: 'POST',
          path: '/hulp/versturen',
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: ask,
          expect: { status: 303, contains: '/hulp/status/' },
        },
      ];
      for (const journey of plan) {
        log(`load: ${journey.name}, ${options.connections} connections, ${options.seconds} s`);
        journeys.push(await underLoad(base, journey, options, server.pid!));
      }
    } finally {
      await stopServer(server);
      const removed = await cleanUp(options.databaseUrl);
      log(`load: removed the ${removed} help requests the benchmark posted`);
    }
    return {
      database: 'postgres',
      postgresVersion: prepared.postgresVersion,
      data: prepared.data,
      seedSeconds,
      journeys,
    } satisfies LoadResult;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

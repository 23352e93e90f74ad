// kill -9 in the middle of a burst of help requests: every request the server acknowledged (a 303 to its status
// page) is there after a restart on the same data. On embedded PGlite, whose durability is the point, and on
// PostgreSQL when DATABASE_URL is set. The restart must not be stopped by the lock the killed process left behind.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { hashToken } from '../../src/kernel/auth/tokens.js';
import { type Db, openDatabase } from '../../src/kernel/db/database.js';
import { testDatabase } from '../support/database.js';
import {
  databaseUrlOf,
  formAt,
  type ServerProcess,
  startServerProcess,
  stopAllServerProcesses,
} from '../support/server-process.js';

const WORKERS = 6;
/** The server is killed when this many requests were acknowledged; the others are in flight then. */
const KILL_AFTER = 25;
/** A bound on the burst, whatever happens: it stops by itself. */
const MAX_POSTS = 300;

const folders: string[] = [];
afterAll(async () => {
  await stopAllServerProcesses();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

type Burst = { acknowledged: string[]; sent: number; failed: number; inFlightAtKill: number };

/** Posts help requests from several workers at once and kills the server with SIGKILL after KILL_AFTER answers. */
async function burstAndKill(server: ServerProcess): Promise<Burst> {
  const { csrf, cookie } = await formAt(server.baseUrl, '/hulp/vraag');
  const acknowledged: string[] = [];
  let sent = 0;
  let failed = 0;
  let inFlight = 0;
  let inFlightAtKill = -1;
  const post = async (n: number) => {
    const body = new URLSearchParams({
      _csrf: csrf,
      tekst: `Ik zoek iemand die af en toe boodschappen voor me doet, ik loop slecht (vraag ${n}).`,
      voor_wie: 'mij',
      gevaar: 'nee',
      postcode: '3581 KP',
      dag: 'di',
      dagdeel: 'ochtend',
      taal: '',
      naam: `Bewoner ${n}`,
      email: `bewoner${n}@voorbeeld.nl`,
      telefoon: '',
    });
    return fetch(`${server.baseUrl}/hulp/versturen`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body,
      redirect: 'manual',
    });
  };
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (sent < MAX_POSTS) {
        const n = ++sent;
        inFlight++;
        let response: Response;
        try {
          response = await post(n);
        } catch {
          // The connection broke: the server is gone, so this one was never acknowledged.
          inFlight--;
          failed++;
          return;
        }
        inFlight--;
        await response.body?.cancel();
        const location = response.headers.get('location') ?? '';
        const token = /^\/hulp\/status\/([A-Za-z0-9_-]+)$/.exec(location)?.[1];
        if (response.status !== 303 || !token) {
          throw new Error(`request ${n} was answered ${response.status} ${location}:\n${server.output()}`);
        }
        acknowledged.push(token);
        if (acknowledged.length === KILL_AFTER) {
          inFlightAtKill = inFlight;
          server.child.kill('SIGKILL');
        }
      }
    }),
  );
  // Should every post have broken off before the kill, the server still runs: stop it, and the checks below fail.
  if (inFlightAtKill < 0) server.child.kill('SIGKILL');
  return { acknowledged, sent, failed, inFlightAtKill };
}

/** How many of the acknowledged requests the database holds, and how many web requests it holds at all. */
async function countStored(db: Db, acknowledged: string[]): Promise<{ stored: number; total: number }> {
  const hashes = acknowledged.map(hashToken);
  const stored = await db
    .selectFrom('help_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status_token_hash', 'in', hashes)
    .executeTakeFirstOrThrow();
  const total = await db
    .selectFrom('help_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('text', 'like', '%(vraag %')
    .executeTakeFirstOrThrow();
  return { stored: Number(stored.n), total: Number(total.n) };
}

/** The whole scenario on one set of settings; `count` reads the database once the restarted server is stopped. */
async function killDuringWrites(
  env: Record<string, string | undefined>,
  label: string,
  count: (acknowledged: string[]) => Promise<{ stored: number; total: number }>,
) {
  const settings = { NODE_ENV: 'development', NABIJ_FORM_RATE_LIMIT: '100000', ...env };
  const first = await startServerProcess(settings, ['--demo']);
  const burst = await burstAndKill(first);
  expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
  // The burst really was cut off in the middle: requests were on their way when the process died.
  expect(burst.acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(burst.inFlightAtKill).toBeGreaterThan(0);
  expect(burst.sent).toBeLessThan(MAX_POSTS);

  const lockFile = env.NABIJ_DATA_DIR && !env.DATABASE_URL ? join(env.NABIJ_DATA_DIR, 'nabij.pid') : undefined;
  if (lockFile) {
    // kill -9 leaves the lock of the dead process behind; the restart has to take it over.
    expect(Number.parseInt(readFileSync(lockFile, 'utf8'), 10)).toBe(first.pid);
  }
  const second = await startServerProcess(settings);
  let readable = 0;
  for (const token of burst.acknowledged) {
    const page = await fetch(`${second.baseUrl}/hulp/status/${token}`);
    await page.body?.cancel();
    if (page.status === 200) readable++;
  }
  expect(await second.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  if (lockFile) expect(existsSync(lockFile)).toBe(false);

  const { stored, total } = await count(burst.acknowledged);
  console.info(
    `kill -9 during writes (${label}): ${burst.sent} sent, ${burst.acknowledged.length} acknowledged, ` +
      `${burst.inFlightAtKill} in flight at the kill, ${burst.failed} broken off; ` +
      `after the restart ${stored} of the acknowledged stored (${readable} status pages), ${total} stored in all`,
  );
  expect({ stored, readable }).toEqual({ stored: burst.acknowledged.length, readable: burst.acknowledged.length });
  // Nothing is stored twice, and nothing beyond what was sent.
  expect(total).toBeGreaterThanOrEqual(stored);
  expect(total).toBeLessThanOrEqual(burst.sent);
}

// PGlite always; PostgreSQL too on the suite's PostgreSQL run (DATABASE_URL set).
const serverUrl = loadConfig().databaseUrl;
const cases: { label: string; run(): Promise<void> }[] = [
  {
    label: 'embedded PGlite, restarted over the lock the killed process left',
    async run() {
      const folder = mkdtempSync(join(tmpdir(), 'nabij-kill-'));
      folders.push(folder);
      const dataDir = join(folder, 'data');
      await killDuringWrites({ DATABASE_URL: undefined, NABIJ_DATA_DIR: dataDir }, 'PGlite', async (acknowledged) => {
        const database = await openDatabase({ kind: 'pglite', dataDir });
        try {
          return await countStored(database.db, acknowledged);
        } finally {
          await database.close();
        }
      });
    },
  },
  ...(serverUrl
    ? [
        {
          label: 'PostgreSQL',
          async run() {
            const database = await testDatabase();
            const folder = mkdtempSync(join(tmpdir(), 'nabij-kill-'));
            folders.push(folder);
            try {
              const url = await databaseUrlOf(serverUrl, database);
              await killDuringWrites(
                { DATABASE_URL: url, NABIJ_DATA_DIR: join(folder, 'data') },
                'PostgreSQL',
                (acks) => countStored(database.db, acks),
              );
            } finally {
              await database.drop();
            }
          },
        },
      ]
    : []),
];

describe('kill -9 during a burst of writes', { timeout: 180_000 }, () => {
  for (const { label, run } of cases) {
    it(`keeps every acknowledged help request: ${label}`, run);
  }
});

// Several instances of Nabij on one PostgreSQL database: jobs run once however many instances run them at the same
// moment, a session works on every instance, and the sign-in limit counts over all of them.
//
// Embedded PGlite is one process by design (the data folder lock refuses a second one), so on PGlite only the job
// part runs: two overlapping runs in the one process. The parts with two server processes run on the suite's
// PostgreSQL run (DATABASE_URL set, as CI does in .ci/run).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type DatabaseHandle, openDatabase } from '../../src/kernel/db/database.js';
import type { AppContext } from '../../src/kernel/http/context.js';
import { runJob } from '../../src/kernel/jobs.js';
import type { Mail, Mailer } from '../../src/kernel/mail/mailer.js';
import { readOutbox } from '../../src/kernel/mail/mailer.js';
import { activeModules, type Job } from '../../src/kernel/modules.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { type TestDatabase, testDatabase } from '../support/database.js';
import { makeActivity, makeHelpRequest, makeMatch, makeTenant, makeUser } from '../support/factories.js';
import {
  browse,
  databaseUrlOf,
  formAt,
  type ServerProcess,
  startServerProcess,
  stopAllServerProcesses,
} from '../support/server-process.js';

const serverUrl = loadConfig().databaseUrl;
const folders: string[] = [];
const freshFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'nabij-two-'));
  folders.push(folder);
  return folder;
};
afterAll(async () => {
  await stopAllServerProcesses();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const jobNamed = (name: string): Job => {
  const job = activeModules(false)
    .flatMap((m) => m.jobs ?? [])
    .find((j) => j.name === name);
  if (!job) throw new Error(`no job ${name}`);
  return job;
};

/**
 * Two runs of one job that overlap for certain: instance A's run stops at its first mail until instance B's run,
 * started then, has finished. Returns every mail both sent.
 */
async function overlappingRuns(job: Job, contexts: [AppContext, AppContext]): Promise<Mail[]> {
  const mails: Mail[] = [];
  let aIsMailing!: () => void;
  const aMails = new Promise<void>((resolve) => (aIsMailing = resolve));
  let bIsDone!: () => void;
  const bDone = new Promise<void>((resolve) => (bIsDone = resolve));
  const mailerA: Mailer = {
    send: async (mail) => {
      mails.push(mail);
      aIsMailing();
      await bDone;
    },
  };
  const mailerB: Mailer = { send: async (mail) => void mails.push(mail) };
  const runA = runJob(job, { ...contexts[0], mailer: mailerA });
  await aMails;
  await runJob(job, { ...contexts[1], mailer: mailerB });
  bIsDone();
  await runA;
  return mails;
}

describe('jobs run once, however many instances run them at the same moment', () => {
  let database: TestDatabase;
  /** Instance B's own connection pool to the same database (on PGlite: the same handle, the only one there is). */
  let second: DatabaseHandle;
  let tenant: Tenant;
  let contexts: [AppContext, AppContext];

  beforeAll(async () => {
    database = await testDatabase();
    second = serverUrl
      ? await openDatabase({ kind: 'postgres', url: await databaseUrlOf(serverUrl, database), poolSize: 4 })
      : database;
    tenant = await makeTenant(database.db, 'jobdorp', 'Jobdorp');
    const config = loadConfig({ NODE_ENV: 'test', NABIJ_DATA_DIR: '/nonexistent-nabij-test' });
    const mailer: Mailer = { send: async () => {} };
    contexts = [
      { config, database, mailer },
      { config, database: second, mailer },
    ];
  });
  afterAll(async () => {
    if (second !== database) await second.close();
    await database.drop();
  });

  it('sends "Klopt dit nog?" once per entry when two runs overlap', async () => {
    const entries = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        makeActivity(database.db, {
          tenant,
          contactEmail: `aanbieder${n}@voorbeeld.nl`,
          lastConfirmedAt: new Date('2025-01-01T12:00:00Z'),
        }),
      ),
    );
    const job = jobNamed('klopt-dit-nog');
    const mails = await overlappingRuns(job, contexts);
    expect(mails.map((m) => m.to).sort()).toEqual(entries.map((_, i) => `aanbieder${i + 1}@voorbeeld.nl`).sort());
    // And a later run, on either instance, has nothing left to send.
    const again = await runAlone(job, contexts[1]);
    expect(again).toEqual([]);
  });

  it('sends "Hoe gaat het?" once per match when two runs overlap', async () => {
    const ctx = contexts[0];
    const matches = [];
    for (const n of [1, 2]) {
      const request = await makeHelpRequest(database.db, { tenant, contactEmail: `vrager${n}@voorbeeld.nl` });
      matches.push(await makeMatch(ctx, { tenant, request, state: 'actief' }));
    }
    await database.db
      .updateTable('matches')
      .set({ follow_up_at: new Date(Date.now() - 86_400_000) })
      .where(
        'id',
        'in',
        matches.map((m) => m.id),
      )
      .execute();
    const mails = await overlappingRuns(jobNamed('hoe-gaat-het'), contexts);
    expect(mails.map((m) => m.to).sort()).toEqual(['vrager1@voorbeeld.nl', 'vrager2@voorbeeld.nl']);
    expect(mails.every((m) => m.subject === 'Hoe gaat het?')).toBe(true);
  });
});

/** One more run alone; the mails it sent. */
async function runAlone(job: Job, ctx: AppContext): Promise<Mail[]> {
  const mails: Mail[] = [];
  await runJob(job, { ...ctx, mailer: { send: async (mail) => void mails.push(mail) } });
  return mails;
}

/** Two `nabij serve` processes on one database, with one outbox folder for the mail of both. */
async function twoServers(database: TestDatabase, slug: string, env: Record<string, string> = {}) {
  const folder = freshFolder();
  const settings = {
    NODE_ENV: 'test',
    DATABASE_URL: await databaseUrlOf(serverUrl!, database),
    NABIJ_GEMEENTE: slug,
    NABIJ_OUTBOX_DIR: join(folder, 'outbox'),
    ...env,
  };
  const [a, b] = await Promise.all([
    startServerProcess({ ...settings, NABIJ_DATA_DIR: join(folder, 'a') }),
    startServerProcess({ ...settings, NABIJ_DATA_DIR: join(folder, 'b') }),
  ]);
  return { a, b, outbox: settings.NABIJ_OUTBOX_DIR, stop: () => Promise.all([a.stop(), b.stop()]) };
}

// Only on the suite's PostgreSQL run: a second process on an embedded data folder is refused by design.
if (serverUrl) {
  describe('two server processes on one PostgreSQL database', { timeout: 180_000 }, () => {
    it('keeps a session signed in on A valid on B, and signing out on B ends it on A', async () => {
      const database = await testDatabase();
      const tenant = await makeTenant(database.db, 'tweedorp', 'Tweedorp');
      const resident = await makeUser(database.db, tenant, 'bewoner');
      const servers = await twoServers(database, 'tweedorp');
      const { a, b } = servers;
      try {
        const start = await formAt(a.baseUrl, '/inloggen');
        const asked = await browse(a.baseUrl, '/inloggen', {
          cookie: start.cookie,
          form: { _csrf: start.csrf, email: resident.email },
        });
        expect(asked.status).toBe(303);
        const attemptId = new URL(asked.location!, a.baseUrl).searchParams.get('poging')!;
        const mail = readOutbox(servers.outbox).find((m) => m.to === resident.email);
        const code = /^\s+(\d{6})\s*$/m.exec(mail?.text ?? '')?.[1];
        expect(code).toMatch(/^\d{6}$/);
        const codePage = await formAt(a.baseUrl, `/inloggen/code?poging=${attemptId}`, asked.cookie);
        const signedIn = await browse(a.baseUrl, '/inloggen/code', {
          cookie: codePage.cookie,
          form: { _csrf: codePage.csrf, poging: attemptId, code: code! },
        });
        expect(signedIn.status).toBe(303);
        expect(signedIn.cookie).toContain('nabij_sessie=');

        for (const server of [a, b]) {
          const account = await browse(server.baseUrl, '/account', { cookie: signedIn.cookie });
          expect(account.status).toBe(200);
          expect(account.body).toContain(resident.displayName);
        }
        expect((await browse(b.baseUrl, '/account')).status).not.toBe(200);

        const onB = await formAt(b.baseUrl, '/account', signedIn.cookie);
        const signedOut = await browse(b.baseUrl, '/uitloggen', { cookie: onB.cookie, form: { _csrf: onB.csrf } });
        expect(signedOut.status).toBe(303);
        expect((await browse(a.baseUrl, '/account', { cookie: signedIn.cookie })).status).not.toBe(200);
      } finally {
        await servers.stop();
        await database.drop();
      }
    });

    // The counters live in the database (kernel/http/rate-limit-store.ts). With counters in each process's memory, as
    // before, A and B each allowed NABIJ_LOGIN_RATE_LIMIT attempts: twice the limit in total, and this test failed.
    it('limits sign-in attempts over both instances together (shared rate limit)', async () => {
      const database = await testDatabase();
      await makeTenant(database.db, 'limietdorp', 'Limietdorp');
      const limit = 4;
      const servers = await twoServers(database, 'limietdorp', { NABIJ_LOGIN_RATE_LIMIT: String(limit) });
      try {
        const forms = await Promise.all([servers.a, servers.b].map((s) => formAt(s.baseUrl, '/inloggen')));
        const statuses: number[] = [];
        for (let i = 0; i <= limit; i++) {
          const server: ServerProcess = i % 2 === 0 ? servers.a : servers.b;
          const form = forms[i % 2]!;
          const answer = await browse(server.baseUrl, '/inloggen', {
            cookie: form.cookie,
            form: { _csrf: form.csrf, email: 'onbekend@voorbeeld.nl' },
          });
          statuses.push(answer.status);
        }
        expect(statuses).toEqual([...Array.from({ length: limit }, () => 303), 429]);
      } finally {
        await servers.stop();
        await database.drop();
      }
    });
  });
}

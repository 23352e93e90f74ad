// A Nabij app on a test database, with a mailer that keeps mail in memory and a log that tests can read.
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config.js';
import { createSession } from '../../src/kernel/auth/sessions.js';
import type { Mail, Mailer } from '../../src/kernel/mail/mailer.js';
import { createApp } from '../../src/server.js';
import { type TestDatabase, testDatabase } from './database.js';
import type { TestUser } from './factories.js';

export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  mails: Mail[];
  logLines: string[];
  close(): Promise<void>;
};

export async function testApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await testDatabase();
  const mails: Mail[] = [];
  const mailer: Mailer = { send: async (mail) => void mails.push(mail) };
  const logLines: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', NABIJ_DATA_DIR: '/nonexistent-nabij-test', ...env });
  const app = await createApp(config, database, { mailer, logStream });
  await app.ready();
  return {
    app,
    database,
    mails,
    logLines,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** A cookie header for a signed-in session of this user, as if they had signed in. */
export async function sessionCookie(t: TestApp, user: TestUser): Promise<string> {
  const token = await createSession(t.database.db, { userId: user.id, tenantId: user.tenantId }, 'actief');
  return `nabij_sessie=${token}`;
}

/** Cookies a response sets, as one Cookie header to send back. */
export function cookiesFrom(response: LightMyRequestResponse, previous = ''): string {
  const jar = new Map(
    previous
      .split('; ')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
  for (const cookie of response.cookies) jar.set(cookie.name, cookie.value);
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** Opens a page with a form and returns its CSRF token with the cookies that go with it. */
export async function formToken(t: TestApp, url: string, cookie = ''): Promise<{ csrf: string; cookie: string }> {
  const response = await t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
  if (!csrf) throw new Error(`no CSRF token on ${url} (status ${response.statusCode})`);
  return { csrf, cookie: cookiesFrom(response, cookie) };
}

export async function postForm(
  t: TestApp,
  url: string,
  fields: Record<string, string>,
  cookie: string,
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
}

/** Posts a multipart form with one file, as a browser does for an upload. */
export async function postFile(
  t: TestApp,
  url: string,
  fields: Record<string, string>,
  file: { name: string; field: string; content: Buffer; type: string },
  cookie: string,
): Promise<LightMyRequestResponse> {
  const boundary = `----nabij${Date.now()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\n` +
        `Content-Type: ${file.type}\r\n\r\n`,
    ),
  );
  parts.push(file.content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

/** Pages as a signed-in person: `get` a page, and `post` a form found on `page` to `action` with its CSRF token. */
export function asPerson(t: TestApp) {
  return {
    get: async (who: TestUser, url: string) => t.app.inject({ url, headers: { cookie: await sessionCookie(t, who) } }),
    post: async (who: TestUser, page: string, action: string, fields: Record<string, string>) => {
      const { csrf, cookie } = await formToken(t, page, await sessionCookie(t, who));
      return postForm(t, action, { _csrf: csrf, ...fields }, cookie);
    },
  };
}

type LogColumn = keyof import('../../src/kernel/db/schema.js').Database['access_log'];

/** The access log's newest row id, and its rows after one such id: what a step added to the log. */
export function accessLogWatch(t: TestApp) {
  const db = t.database.db;
  return {
    lastLogId: async () =>
      Number(
        (
          await db
            .selectFrom('access_log')
            .select((eb) => eb.fn.max('id').as('id'))
            .executeTakeFirst()
        )?.id ?? 0,
      ),
    logSince: <C extends LogColumn>(id: number, columns: readonly C[]) =>
      db.selectFrom('access_log').select(columns).where('id', '>', id).orderBy('id').execute(),
  };
}

// The real Nabij app on a free port of 127.0.0.1 for the browser tests: a fresh test database with the demo
// municipality Wijkstad, mail kept in memory (so a test can read the sign-in code) and a log that goes nowhere.
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config.js';
import type { Mail, Mailer } from '../../src/kernel/mail/mailer.js';
import { type DemoSeedReport, seedDemo } from '../../src/modules/demo/seed.js';
import { createApp } from '../../src/server.js';
import { type TestDatabase, testDatabase } from '../support/database.js';

export type BrowserApp = {
  app: FastifyInstance;
  database: TestDatabase;
  /** Every mail the app sent, oldest first. */
  mails: Mail[];
  /** The demo municipality Wijkstad, the tenant visitors see. */
  demo: DemoSeedReport;
  /** http://127.0.0.1:<port>, without a trailing slash. */
  baseUrl: string;
  /** An absolute URL on the running app for a path like `/inloggen`. */
  url(path: string): string;
  /** The newest mail to this address; throws when there is none. */
  lastMailTo(email: string): Mail;
  close(): Promise<void>;
};

export async function startApp(env: Record<string, string> = {}): Promise<BrowserApp> {
  const database = await testDatabase({ demo: true });
  const mails: Mail[] = [];
  const mailer: Mailer = { send: async (mail) => void mails.push(mail) };
  const logStream = new Writable({ write: (_chunk, _encoding, done) => done() });
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    NABIJ_DATA_DIR: '/nonexistent-nabij-browser-test',
    ...env,
  });
  let app: FastifyInstance | undefined;
  try {
    const demo = await seedDemo(database.db);
    app = await createApp(config, database, { mailer, logStream });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    const running = app;
    return {
      app: running,
      database,
      mails,
      demo,
      baseUrl,
      url: (path) => new URL(path, baseUrl).toString(),
      lastMailTo(email) {
        const mail = mails.filter((m) => m.to.toLowerCase() === email.toLowerCase()).at(-1);
        if (!mail)
          throw new Error(`no mail was sent to ${email} (sent: ${mails.map((m) => m.to).join(', ') || 'none'})`);
        return mail;
      },
      close: async () => {
        await running.close();
        await database.drop();
      },
    };
  } catch (error) {
    await app?.close();
    await database.drop();
    throw error;
  }
}

/** The six-digit code in a sign-in mail. */
export function codeFromMail(mail: Mail): string {
  const code = /^\s+(\d{6})\s*$/m.exec(mail.text)?.[1];
  if (!code) throw new Error(`no six-digit code in the mail "${mail.subject}":\n${mail.text}`);
  return code;
}

/** The path of the sign-in link in a sign-in mail: `/inloggen/link/<token>`. */
export function linkPathFromMail(mail: Mail): string {
  const path = /\/inloggen\/link\/[^\s]+/.exec(mail.text)?.[0];
  if (!path) throw new Error(`no sign-in link in the mail "${mail.subject}":\n${mail.text}`);
  return path;
}

/** The path of the link in a volunteer sign-up mail: `/helpen/aanmelden/bevestigen/<token>`. */
export function signUpLinkPathFromMail(mail: Mail): string {
  const path = /\/helpen\/aanmelden\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  if (!path) throw new Error(`no sign-up link in the mail "${mail.subject}":\n${mail.text}`);
  return path;
}

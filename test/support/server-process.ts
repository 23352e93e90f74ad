// A real `nabij serve` process for tests that need one (kill -9, two instances): started on a free port of
// 127.0.0.1, ready when it says so in its log, stopped by a signal. Waits on the process's own output and exit,
// never on a clock.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Db } from '../../src/kernel/db/database.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'nabij.js');

export type ServerProcess = {
  child: ChildProcess;
  pid: number;
  /** http://127.0.0.1:<port>, without a trailing slash. */
  baseUrl: string;
  /** Resolves with how the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it wrote so far (its log and errors), for a failure message. */
  output(): string;
  /** Sends a signal and waits until the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** Processes started and not yet gone, so a test that fails half-way leaves none running. */
const running = new Set<ChildProcess>();

/** Kills (SIGKILL) every server process a test started that still runs, and waits until each is gone. */
export async function stopAllServerProcesses(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

/**
 * Starts `nabij serve` with this environment on top of the test's (PORT=0 and HOST=127.0.0.1 unless given). Resolves
 * once it logged "Nabij is ready"; rejects with its output when it exits before.
 */
export function startServerProcess(
  env: Record<string, string | undefined>,
  args: string[] = [],
): Promise<ServerProcess> {
  const child = spawn('node', [bin, 'serve', ...args], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return new Promise<ServerProcess>((resolve, reject) => {
    let baseUrl: string | undefined;
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      output += `${line}\n`;
      let entry: { msg?: string };
      try {
        entry = JSON.parse(line) as { msg?: string };
      } catch {
        return;
      }
      const listening = /^Server listening at (http:\/\/127\.0\.0\.1:\d+)$/.exec(entry.msg ?? '');
      if (listening) baseUrl = listening[1];
      if (entry.msg === 'Nabij is ready') {
        if (!baseUrl) reject(new Error(`nabij serve is ready but did not say where:\n${output}`));
        else resolve({ child, pid: child.pid!, baseUrl, exited, output: () => output, stop });
      }
    });
    void exited.then(({ code, signal }) =>
      reject(new Error(`nabij serve stopped before it was ready (code ${code}, signal ${signal}):\n${output}`)),
    );
  });
}

/** The URL of a test database on the server of `serverUrl`: same server and role, that database's name. */
export async function databaseUrlOf(serverUrl: string, database: { db: Db }): Promise<string> {
  const { name } = await database.db
    .selectNoFrom((eb) => eb.fn<string>('current_database').as('name'))
    .executeTakeFirstOrThrow();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export type HttpAnswer = { status: number; body: string; location: string | null; cookie: string };

/** Cookies an answer sets, added to those the client already had, as one Cookie header. */
function mergeCookies(previous: string, response: Response): string {
  const jar = new Map(
    previous
      .split('; ')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const [name = '', value = ''] = pair.split('=');
    jar.set(name, value);
  }
  return [...jar]
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}

/** One request as a browser without JavaScript sends it: a GET, or a form POST; redirects are not followed. */
export async function browse(
  baseUrl: string,
  path: string,
  options: { cookie?: string; form?: Record<string, string> } = {},
): Promise<HttpAnswer> {
  const cookie = options.cookie ?? '';
  const response = await fetch(`${baseUrl}${path}`, {
    method: options.form ? 'POST' : 'GET',
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(options.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: options.form ? new URLSearchParams(options.form) : undefined,
    redirect: 'manual',
  });
  return {
    status: response.status,
    body: await response.text(),
    location: response.headers.get('location'),
    cookie: mergeCookies(cookie, response),
  };
}

/** Opens a page with a form: its CSRF token and the cookies that go with it. */
export async function formAt(baseUrl: string, path: string, cookie = ''): Promise<{ csrf: string; cookie: string }> {
  const page = await browse(baseUrl, path, { cookie });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  if (!csrf) throw new Error(`no CSRF token on ${path} (status ${page.status})`);
  return { csrf, cookie: page.cookie };
}

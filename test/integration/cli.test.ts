// The `nabij` command as a person runs it: help, migrate, demo seed (twice), user create, the data folder lock, and
// serve: the steps it tells while it starts, and its refusal of an unsafe production start.
import { execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { buurtFile } from '../support/buurt.js';
import { type TestDatabase, testDatabase } from '../support/database.js';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'nabij.js');

let database: TestDatabase | undefined;
let env: Record<string, string | undefined>;

beforeAll(async () => {
  // On a server the CLI gets its own fresh database; on PGlite its own data folder.
  const serverUrl = loadConfig().databaseUrl;
  const dataDir = join(mkdtempSync(join(tmpdir(), 'nabij-cli-')), 'data');
  env = {
    ...process.env,
    NABIJ_DATA_DIR: dataDir,
    DATABASE_URL: undefined,
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
  };
  if (serverUrl) {
    database = await testDatabase();
    const url = new URL(serverUrl);
    const name = (
      await database.db.selectNoFrom((eb) => eb.fn<string>('current_database').as('name')).executeTakeFirstOrThrow()
    ).name;
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  }
});
afterAll(async () => database?.drop());

const nabij = (args: string[], input?: string) => {
  const child = run('node', [bin, ...args], { env: env as NodeJS.ProcessEnv, timeout: 60_000 });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
};

// Six `nabij` processes in one test, each loading the app and PGlite: on a busy machine, with the other test worker
// beside it, that took more than 180 s (36 s on a quiet one).
describe('nabij command', { timeout: 360_000 }, () => {
  it('lists its commands and explains each one', async () => {
    const help = await nabij(['--help']);
    for (const name of ['serve', 'migrate', 'seed', 'user']) expect(help.stdout).toContain(name);
    const userHelp = await nabij(['user', '--help']);
    expect(userHelp.stdout).toContain('--password-stdin');
  });

  it('migrates, seeds the demo once however often it runs, and creates users', async () => {
    const migrate = await nabij(['migrate']);
    expect(migrate.stdout).toMatch(/0001_tenancy|al bijgewerkt/);
    expect((await nabij(['migrate'])).stdout).toContain('al bijgewerkt');
    expect((await nabij(['seed', '--demo'])).stdout).toContain(
      'Demo Wijkstad: 10 accounts, 55 activities, 17 volunteers and 6 help requests created.',
    );
    expect((await nabij(['seed', '--demo'])).stdout).toContain(
      'Demo Wijkstad: 0 accounts, 0 activities, 0 volunteers and 0 help requests created.',
    );
    const created = await nabij([
      'user',
      'create',
      '--role',
      'bewoner',
      '--email',
      'buur@voorbeeld.nl',
      '--name',
      'Buur',
    ]);
    expect(created.stdout).toContain('Account created');
    await expect(
      nabij(['user', 'create', '--role', 'bewoner', '--email', 'buur@voorbeeld.nl', '--name', 'Buur']),
    ).rejects.toMatchObject({ code: 1 });
    const professional = await nabij(
      ['user', 'create', '--role', 'regisseur', '--email', 'regie@voorbeeld.nl', '--name', 'Regie', '--password-stdin'],
      'een-lang-wachtwoord\n',
    );
    expect(professional.stdout).toContain('Account created');

    // Everything above wrote to the access log; its chain holds, and the command says so per municipality.
    const check = await nabij(['toegangslog', 'controleer']);
    expect(check.stdout).toMatch(/wijkstad: \d+ regels, de ketting klopt\. Laatste hash: [0-9a-f]{64}/);
    await expect(nabij(['toegangslog', 'controleer', '--gemeente', 'bestaat-niet'])).rejects.toMatchObject({ code: 2 });
  });

  it('imports the social base of CONTRACT.md: 45 activities, and 45 again on a second import', async () => {
    expect((await nabij(['import', 'postcodes', buurtFile('postcodes.csv')])).stdout).toContain(
      '1200 postcodes opgeslagen',
    );
    expect(
      (await nabij(['import', 'activiteiten', buurtFile('activiteiten.csv'), '--gemeente', 'evalstad'])).stdout,
    ).toContain('45 nieuw, 0 bijgewerkt');
    expect(
      (await nabij(['import', 'activiteiten', buurtFile('activiteiten.csv'), '--gemeente', 'evalstad'])).stdout,
    ).toContain('0 nieuw, 45 bijgewerkt');
  });

  it('refuses a file with errors, says why per row, and saves nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nabij-csv-')), 'fout.csv');
    writeFileSync(file, 'id,naam,soort\nq1,,activiteit\n');
    await expect(nabij(['import', 'activiteiten', file])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('rij 2, naam: De naam ontbreekt.'),
    });
  });

  it('refuses a file of more than 20,000 rows in Dutch, before opening the database', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nabij-csv-')), 'lang.csv');
    writeFileSync(file, `id,voornaam\n${'v1,An\n'.repeat(20_001)}`);
    await expect(nabij(['import', 'vrijwilligers', file])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Het bestand heeft meer dan 20.000 regels; splits het in delen.'),
    });
  });

  it('refuses a bad role with a usage message', async () => {
    await expect(
      nabij(['user', 'create', '--role', 'koning', '--email', 'a@b.nl', '--name', 'A']),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--role must be one of') });
  });

  it('makes, lists and revokes an API key, and prints the key only when making it', async () => {
    const created = await nabij([
      'token',
      'create',
      '--gemeente',
      'wijkstad',
      '--naam',
      'Zorgportaal',
      '--scope',
      'triage',
      '--scope',
      'personen:lezen',
    ]);
    const key = created.stdout.trim().split('\n').at(-1);
    expect(key).toMatch(/^nabij_[A-Za-z0-9_-]{43}$/);
    const id = /API key ([0-9a-f-]{36}) created for Zorgportaal in Wijkstad/.exec(created.stdout)?.[1];
    expect(id).toBeDefined();
    const list = await nabij(['token', 'lijst', '--gemeente', 'wijkstad']);
    expect(list.stdout).toContain(`${id}\tactief\tZorgportaal\ttriage,personen:lezen\t`);
    expect(list.stdout).not.toContain(key);
    expect((await nabij(['token', 'intrekken', id!, '--gemeente', 'wijkstad'])).stdout).toContain('is revoked');
    await expect(nabij(['token', 'create', '--naam', 'Alles', '--scope', 'alles'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--scope must be one or more of: triage, sociale-kaart:lezen, personen:lezen'),
    });
  });

  // The lock belongs to the embedded database, so this one runs on PGlite in both suites.
  it('refuses to open an embedded data folder another process holds', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nabij-locked-'));
    writeFileSync(join(dataDir, 'nabij.pid'), String(process.pid));
    const embedded = { ...env, DATABASE_URL: undefined, NABIJ_DATA_DIR: dataDir } as NodeJS.ProcessEnv;
    await expect(run('node', [bin, 'migrate'], { env: embedded, timeout: 60_000 })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('al in gebruik'),
    });
  });

  it('refuses an unsafe production start: demo accounts, no SMTP, local links; it names each problem', async () => {
    await nabij(['seed', '--demo']);
    const production = { ...env, NODE_ENV: 'production', PORT: '0' } as NodeJS.ProcessEnv;
    const refused = run('node', [bin, 'serve', '--demo'], { env: production, timeout: 120_000 });
    await expect(refused).rejects.toMatchObject({ code: 1 });
    const { stderr } = (await refused.catch((error: { stderr: string }) => error)) as { stderr: string };
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toBe('Nabij start niet in productie (NODE_ENV=production): er zijn 5 problemen.');
    const problems = [
      /^- --demo kan niet/,
      /^- SMTP_URL/,
      /^- NABIJ_BASE_URL/,
      /^- NABIJ_GEMEENTE/,
      /^- De database heeft 16 demo/,
    ];
    expect(lines).toHaveLength(1 + problems.length);
    problems.forEach((problem, i) => expect(lines[i + 1]).toMatch(problem));
  });
});

/** Starts `nabij serve --demo` and collects its stdout lines up to the "draait op" line; then stops it. */
async function serveUntilRunning(dataDir: string): Promise<{ lines: string[]; demoPage: number }> {
  const child = spawn('node', [bin, 'serve', '--demo'], {
    env: { ...env, DATABASE_URL: undefined, NABIJ_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // A serve that never says it runs is stopped, so it ends the loop below and is not left behind.
  const guard = setTimeout(() => child.kill('SIGKILL'), 240_000);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: string[] = [];
  try {
    for await (const line of createInterface({ input: child.stdout })) {
      lines.push(line);
      if (line.startsWith('Nabij draait op')) break;
    }
    const url = /^Nabij draait op (http:\/\/localhost:\d+)/.exec(lines.at(-1) ?? '')?.[1];
    if (!url) throw new Error(`serve stopped before it ran:\n${lines.join('\n')}\n${stderr}`);
    return { lines, demoPage: (await fetch(`${url}/demo`)).status };
  } finally {
    clearTimeout(guard);
    child.kill('SIGTERM');
    await exited;
  }
}

describe('nabij serve', { timeout: 300_000 }, () => {
  it('tells each step of its start on stdout, in order: a new database, then one that is there', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'nabij-serve-')), 'data');
    const first = await serveUntilRunning(dataDir);
    const patterns = [
      /^Nabij start in ontwikkelmodus \(programma geladen in [\d,]+ s\)$/,
      /^Database aanmaken in .*data \(ingebed PostgreSQL\); de eerste keer duurt dit even…$/,
      /^Database aangemaakt in .*data \([\d,]+ s\)$/,
      // A new folder migrates, or starts from the migrated copy an earlier start of this program kept (open.test.ts).
      /^Migraties: (\d+ nieuw toegepast|niets nieuw), \d+ in totaal \([\d,]+ s\)$/,
      /^Demogemeente Wijkstad aangemaakt: 10 accounts, \d+ activiteiten, \d+ vrijwilligers en \d+ hulpvragen \(/,
      /^Webpagina’s en API geladen \([\d,]+ s\)$/,
      /^E-mail komt in de map .*outbox terecht \(SMTP_URL is niet gezet\)$/,
      /^Nabij draait op (http:\/\/localhost:\d+) \(start in [\d,]+ s\) — open \1\/demo om in te loggen als een van/,
    ];
    expect(first.lines).toHaveLength(patterns.length);
    first.lines.forEach((line, i) => expect(line).toMatch(patterns[i]!));
    expect(first.demoPage).toBe(200);

    const again = await serveUntilRunning(dataDir);
    expect(again.lines[1]).toMatch(/^Database geopend in .*data \(ingebed PostgreSQL\) \(/);
    expect(again.lines[2]).toMatch(/^Migraties: niets nieuw, \d+ in totaal/);
    expect(again.lines[3]).toMatch(/^Demogemeente Wijkstad is er al/);
    expect(again.lines.at(-1)).toMatch(/^Nabij draait op/);
  });
});

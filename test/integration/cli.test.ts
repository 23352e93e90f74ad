// The `nabij` command as a person runs it: help, migrate, demo seed (twice), user create, and the data folder lock.
import { execFile } from 'node:child_process';
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

describe('nabij command', { timeout: 180_000 }, () => {
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
      'Demo Wijkstad: 9 accounts, 55 activities, 17 volunteers and 5 help requests created.',
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
});

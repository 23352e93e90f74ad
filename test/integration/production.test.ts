// A safe production start: the production check finds the demo in the database, and in production the demo's
// sign-in shortcuts and outbox do not exist, even on a database that has the demo accounts.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { databaseProblems, productionProblems } from '../../src/kernel/production.js';
import { seedDemo } from '../../src/modules/demo/index.js';
import { createApp } from '../../src/server.js';
import { formToken, postForm, type TestApp } from '../support/app.js';
import { type TestDatabase, testDatabase } from '../support/database.js';
import { makeTenant, makeUser } from '../support/factories.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.drop());

const productionEnv = {
  NODE_ENV: 'production',
  SMTP_URL: 'smtp://nabij:geheim@mail.gemeente.example:587',
  NABIJ_BASE_URL: 'https://nabij.gemeente.example',
  NABIJ_GEMEENTE: 'wijkstad',
  NABIJ_DATA_DIR: '/nonexistent-nabij-test',
  LOG_LEVEL: 'silent',
};

async function appOn(env: Record<string, string>): Promise<TestApp> {
  const app: FastifyInstance = await createApp(loadConfig(env), database, { mailer: { send: async () => {} } });
  await app.ready();
  return { app, database, mails: [], logLines: [], close: () => app.close() };
}

describe('the production check of the database', () => {
  it('finds nothing in a database of real accounts, and the demo accounts once seeded', async () => {
    const tenant = await makeTenant(database.db, 'echtdorp', 'Echtdorp');
    await makeUser(database.db, tenant, 'beheerder');
    await makeUser(database.db, tenant, 'bewoner');
    expect(await databaseProblems(database.db)).toEqual([]);

    await seedDemo(database.db);
    const problems = await databaseProblems(database.db);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^De database heeft 16 demo-accounts\. .* ook als beheerder\./);
    // Settings and database together: NABIJ_GEMEENTE=wijkstad is named as well.
    expect(await productionProblems(loadConfig(productionEnv), database.db)).toHaveLength(2);
  });
});

describe('the demo shortcuts', () => {
  it('sign a demo account in outside production, and do not exist in production', async () => {
    await seedDemo(database.db);
    const development = await appOn({ ...productionEnv, NODE_ENV: 'development' });
    const production = await appOn(productionEnv);
    try {
      const list = await development.app.inject({ url: '/demo' });
      expect(list.statusCode).toBe(200);
      const userId = /action="\/demo\/([0-9a-f-]{36})"/.exec(list.body)?.[1] ?? '';
      expect(userId).not.toBe('');
      const dev = await formToken(development, '/inloggen');
      const signedIn = await postForm(development, `/demo/${userId}`, { _csrf: dev.csrf }, dev.cookie);
      expect(signedIn.statusCode).toBe(303);
      expect(signedIn.cookies.map((c) => c.name)).toContain('nabij_sessie');

      expect((await production.app.inject({ url: '/demo' })).statusCode).toBe(404);
      expect((await production.app.inject({ url: '/dev/outbox' })).statusCode).toBe(404);
      const prod = await formToken(production, '/inloggen');
      const refused = await postForm(production, `/demo/${userId}`, { _csrf: prod.csrf }, prod.cookie);
      expect(refused.statusCode).toBe(404);
      expect(refused.cookies.map((c) => c.name)).not.toContain('nabij_sessie');
    } finally {
      await development.close();
      await production.close();
    }
  });
});

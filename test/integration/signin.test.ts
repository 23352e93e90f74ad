// Signing in over HTTP: code by email, link by email, password plus TOTP, CSRF, rate limits and session cookies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/kernel/auth/totp.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/server.js';
import { cookiesFrom, formToken, postForm, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, TEST_PASSWORD, type TestUser } from '../support/factories.js';

let t: TestApp;
let resident: TestUser;
let professional: TestUser;
let tenant: Tenant;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'inlogdorp', NABIJ_LOGIN_RATE_LIMIT: '30' });
  tenant = await makeTenant(t.database.db, 'inlogdorp', 'Inlogdorp');
  resident = await makeUser(t.database.db, tenant, 'bewoner');
  professional = await makeUser(t.database.db, tenant, 'wijkteamlid');
});
afterAll(() => t.close());

async function askCode(email: string) {
  const { csrf, cookie } = await formToken(t, '/inloggen');
  const before = t.mails.length;
  const response = await postForm(t, '/inloggen', { _csrf: csrf, email }, cookie);
  return { response, cookie, mail: t.mails.length > before ? t.mails.at(-1) : undefined };
}

const codeFrom = (text: string) => /\b(\d{6})\b/.exec(text)?.[1] ?? '';
const attemptFrom = (location: string) => new URL(location, 'http://x').searchParams.get('poging') ?? '';

describe('sign-in by code', () => {
  it('sends a six-digit code and signs the resident in with it, once', async () => {
    const { response, cookie, mail } = await askCode(resident.email.toUpperCase());
    expect(response.statusCode).toBe(303);
    expect(mail?.to).toBe(resident.email.toUpperCase());
    const code = codeFrom(mail?.text ?? '');
    expect(code).toMatch(/^\d{6}$/);
    const attemptId = attemptFrom(String(response.headers.location));
    const page = await formToken(t, `/inloggen/code?poging=${attemptId}`, cookie);
    const signedIn = await postForm(t, '/inloggen/code', { _csrf: page.csrf, poging: attemptId, code }, page.cookie);
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe('/mijn');
    const session = signedIn.cookies.find((c) => c.name === 'nabij_sessie');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    const start = await t.app.inject({ url: '/mijn', headers: { cookie: cookiesFrom(signedIn, page.cookie) } });
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain(resident.displayName);

    const again = await postForm(t, '/inloggen/code', { _csrf: page.csrf, poging: attemptId, code }, page.cookie);
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('verlopen of al gebruikt');
  });

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    const { response, mail } = await askCode('niemand@voorbeeld.nl');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toMatch(/^\/inloggen\/code\?poging=[0-9a-f-]{36}$/);
    expect(mail).toBeUndefined();
  });

  it('shows a wrong code next to the field and keeps what was typed', async () => {
    const { response, cookie, mail } = await askCode(resident.email);
    const attemptId = attemptFrom(String(response.headers.location));
    const wrong = codeFrom(mail?.text ?? '') === '000000' ? '111111' : '000000';
    const page = await formToken(t, `/inloggen/code?poging=${attemptId}`, cookie);
    const result = await postForm(
      t,
      '/inloggen/code',
      { _csrf: page.csrf, poging: attemptId, code: wrong },
      page.cookie,
    );
    expect(result.statusCode).toBe(400);
    expect(result.body).toContain('Deze code klopt niet');
    expect(result.body).toContain(`value="${wrong}"`);
    expect(result.body).toContain('aria-invalid="true"');
  });

  it('blocks an attempt after five wrong codes, even with the right one', async () => {
    const { response, cookie, mail } = await askCode(resident.email);
    const attemptId = attemptFrom(String(response.headers.location));
    const code = codeFrom(mail?.text ?? '');
    const wrong = code === '000000' ? '111111' : '000000';
    const page = await formToken(t, `/inloggen/code?poging=${attemptId}`, cookie);
    for (let i = 0; i < 5; i++)
      await postForm(t, '/inloggen/code', { _csrf: page.csrf, poging: attemptId, code: wrong }, page.cookie);
    const right = await postForm(t, '/inloggen/code', { _csrf: page.csrf, poging: attemptId, code }, page.cookie);
    expect(right.statusCode).toBe(400);
  });

  it('rejects an empty or malformed address with a Dutch message', async () => {
    const { csrf, cookie } = await formToken(t, '/inloggen');
    const response = await postForm(t, '/inloggen', { _csrf: csrf, email: 'geen-adres' }, cookie);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Vul een geldig e-mailadres in');
    expect(response.body).toContain('value="geen-adres"');
  });

  it('signs in by the emailed link, through a button, and only once', async () => {
    const { mail } = await askCode(resident.email);
    const path = /\/inloggen\/link\/[A-Za-z0-9_-]+/.exec(mail?.text ?? '')?.[0] ?? '';
    const page = await formToken(t, path);
    const first = await postForm(t, path, { _csrf: page.csrf }, page.cookie);
    expect(first.statusCode).toBe(303);
    const second = await postForm(t, path, { _csrf: page.csrf }, page.cookie);
    expect(second.statusCode).toBe(400);
  });

  it('does not send a code to a professional, who must use a password', async () => {
    const { mail } = await askCode(professional.email);
    expect(mail?.text).toContain('/inloggen/medewerker');
    expect(codeFrom(mail?.subject ?? '')).toBe('');
  });
});

describe('sign-in with password and second factor', () => {
  async function passwordStep(password: string, email = professional.email) {
    const { csrf, cookie } = await formToken(t, '/inloggen/medewerker');
    const response = await postForm(t, '/inloggen/medewerker', { _csrf: csrf, email, wachtwoord: password }, cookie);
    return { response, cookie: cookiesFrom(response, cookie) };
  }

  it('asks for the app code after the password and then lands on the team page', async () => {
    const { response, cookie } = await passwordStep(TEST_PASSWORD);
    expect(response.headers.location).toBe('/inloggen/tweede-stap');
    const notYet = await t.app.inject({ url: '/team', headers: { cookie } });
    expect(notYet.statusCode).toBe(401);
    const page = await formToken(t, '/inloggen/tweede-stap', cookie);
    const done = await postForm(
      t,
      '/inloggen/tweede-stap',
      { _csrf: page.csrf, code: currentTotp(professional.totpSecret ?? '') },
      page.cookie,
    );
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/team');
    const team = await t.app.inject({ url: '/team', headers: { cookie: cookiesFrom(done, page.cookie) } });
    expect(team.statusCode).toBe(200);
  });

  it('refuses a wrong app code', async () => {
    const { cookie } = await passwordStep(TEST_PASSWORD);
    const page = await formToken(t, '/inloggen/tweede-stap', cookie);
    const code = currentTotp(professional.totpSecret ?? '');
    const wrong = String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');
    const result = await postForm(t, '/inloggen/tweede-stap', { _csrf: page.csrf, code: wrong }, page.cookie);
    expect(result.statusCode).toBe(400);
    expect(result.body).toContain('Deze code klopt niet');
  });

  // Security probe finding 2: the same app code opened two sessions within its 30 seconds.
  it('accepts an app code once: a second sign-in with the same code is refused', async () => {
    const other = await makeUser(t.database.db, tenant, 'regisseur');
    const code = currentTotp(other.totpSecret ?? '');
    const signIn = async () => {
      const first = await passwordStep(TEST_PASSWORD, other.email);
      const page = await formToken(t, '/inloggen/tweede-stap', first.cookie);
      return postForm(t, '/inloggen/tweede-stap', { _csrf: page.csrf, code }, page.cookie);
    };
    expect((await signIn()).statusCode).toBe(303);
    const replay = await signIn();
    expect(replay.statusCode).toBe(400);
    expect(replay.body).toContain('Deze code is al gebruikt');
  });

  it('locks a staff account after five wrong tries, mails its owner, and refuses even the right password', async () => {
    const other = await makeUser(t.database.db, tenant, 'wijkteamlid');
    const before = t.mails.length;
    for (let i = 0; i < 5; i++)
      expect((await passwordStep('verkeerd-wachtwoord', other.email)).response.statusCode).toBe(400);
    const warning = t.mails.slice(before).find((m) => m.to === other.email);
    expect(warning?.subject).toBe('Je account bij Nabij is even geblokkeerd');
    const locked = await passwordStep(TEST_PASSWORD, other.email);
    expect(locked.response.statusCode).toBe(400);
    expect(locked.response.body).toContain('Dit e-mailadres of wachtwoord klopt niet');
    // A quarter of an hour later (the lock's end moved into the past) the right password works again.
    await t.database.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('id', '=', other.id)
      .execute();
    expect((await passwordStep(TEST_PASSWORD, other.email)).response.headers.location).toBe('/inloggen/tweede-stap');
  });

  it('refuses a wrong password without saying whether the address exists', async () => {
    const { response } = await passwordStep('verkeerd-wachtwoord');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Dit e-mailadres of wachtwoord klopt niet');
    expect(response.body).toContain(`value="${professional.email}"`);
    expect(response.body).not.toContain('verkeerd-wachtwoord');
  });
});

describe('protection of forms', () => {
  it('refuses a form without a CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/inloggen',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `email=${encodeURIComponent(resident.email)}`,
    });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Dit verzoek klopt niet');
  });

  it('limits sign-in attempts per address', async () => {
    const limited = await testApp({ NABIJ_LOGIN_RATE_LIMIT: '3' });
    try {
      const { csrf, cookie } = await formToken(limited, '/inloggen');
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await postForm(limited, '/inloggen', { _csrf: csrf, email: 'x' }, cookie)).statusCode);
      expect(statuses).toEqual([400, 400, 400, 429]);
    } finally {
      await limited.close();
    }
  });

  // Security probe finding 2: the counters lived in memory, so a restart (or a second instance) started again at 0.
  it('keeps counting across a restart and a second instance, because the counters are in the database', async () => {
    const first = await testApp({ NABIJ_LOGIN_RATE_LIMIT: '3' });
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', NABIJ_LOGIN_RATE_LIMIT: '3' });
    const second = await createApp(config, first.database, { mailer: { send: async () => undefined } });
    try {
      const post = async (app: typeof first) => {
        const { csrf, cookie } = await formToken(app, '/inloggen');
        return (await postForm(app, '/inloggen', { _csrf: csrf, email: 'x' }, cookie)).statusCode;
      };
      const onSecond = { ...first, app: second };
      expect([await post(first), await post(onSecond), await post(first)]).toEqual([400, 400, 400]);
      await first.app.close();
      expect(await post(onSecond)).toBe(429);
    } finally {
      await second.close();
      await first.close();
    }
  });
});

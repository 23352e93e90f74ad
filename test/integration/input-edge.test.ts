// Bad input at the edge, one case each: a post too large, an address that cannot be read, invisible characters in
// a name, a handler's own check refusing input, and a refused value shown again. Each answer is Dutch, never 5xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/kernel/auth/sessions.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { messagesFor } from '../../src/kernel/ui/messages.js';
import { formToken, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeActivity, makeTenant, makeUser, type TestUser } from '../support/factories.js';
import { shownValue } from '../support/html-forms.js';

const nl = messagesFor('nl');
let t: TestApp;
let teamMember: TestUser;
let resident: TestUser;
let worker: TestUser;
let tenant: Tenant;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'randdorp' });
  tenant = await makeTenant(t.database.db, 'randdorp', 'Randdorp');
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
  resident = await makeUser(t.database.db, tenant, 'bewoner');
  worker = await makeUser(t.database.db, tenant, 'opbouwwerker');
});
afterAll(() => t.close());

describe('a post that is too large', () => {
  it.each([
    ['1 MB', 1_000_000],
    ['2 MB', 2_000_000],
  ])('gets "te groot" (413) as a Dutch page at %s, not "formulier verlopen"', async (_, size) => {
    const form = await formToken(t, '/hulp/vraag');
    const response = await t.app.inject({
      method: 'POST',
      url: '/hulp/vraag',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${form.csrf}&voor_wie=mij&tekst=${'a'.repeat(size)}`,
    });
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain(nl.tooLargeTitle);
    expect(response.body).not.toContain(nl.badRequestText);
  });

  it('gets 413 as problem+json from the API', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/triage',
      headers: { cookie: await sessionCookie(t, teamMember), 'content-type': 'application/json' },
      payload: JSON.stringify({ id: 'groot', tekst: 'a'.repeat(2_000_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ type: '/problemen/te_groot', status: 413 });
  });
});

describe('an address that cannot be read', () => {
  it.each([
    ['bad percent-encoding', '/hulp/status/%FF', 400],
    ['a lone percent sign', '/sociale-kaart/%', 400],
    ['a part longer than 100 characters', `/hulp/status/${'a'.repeat(150)}`, 414],
  ])('gets a Dutch page for %s', async (_, url, status) => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('<html lang="nl"');
    expect(response.body).toContain(nl.notFoundTitle);
  });

  it('gets problem+json from the API', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/activiteiten/%C3%28' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ type: '/problemen/ongeldig_adres', status: 400 });
  });
});

describe('invisible characters', () => {
  it('are left out of a name before it is stored', async () => {
    const cookie = await sessionCookie(t, resident);
    const form = await formToken(t, '/account', cookie);
    const typed = '\ufeffĲsbrand\u0001\u0007 D\u202eĳk\u007fstra\u0085';
    const response = await postForm(t, '/account', { _csrf: form.csrf, naam: typed, telefoon: '' }, form.cookie);
    expect(response.statusCode).toBe(303);
    const stored = await t.database.db
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', resident.id)
      .executeTakeFirstOrThrow();
    expect(stored.display_name).toBe('Ĳsbrand Dĳkstra');
  });
});

describe("a handler's own check", () => {
  it('refuses a query it cannot read with a Dutch page', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/opbouw/import/opgeslagen?nieuw=veel',
      headers: { cookie: await sessionCookie(t, worker) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(nl.badRequestTitle);
  });
});

describe('a refused value', () => {
  it('is shown again in the code box of the second sign-in step', async () => {
    const token = await createSession(
      t.database.db,
      { userId: teamMember.id, tenantId: teamMember.tenantId },
      'wacht_op_tweede_stap',
    );
    const form = await formToken(t, '/inloggen/tweede-stap', `nabij_sessie=${token}`);
    const response = await postForm(t, '/inloggen/tweede-stap', { _csrf: form.csrf, code: '12 34' }, form.cookie);
    expect(response.statusCode).toBe(400);
    expect(shownValue(response.body, 'code')).toBe('12 34');
  });

  it('of a search checkbox gets the general message, not the one about a long search text', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/sociale-kaart?q=koffie&gratis=misschien' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Dit antwoord kunnen we niet gebruiken.');
    expect(response.body).not.toContain('Gebruik minder dan 200 tekens.');
  });
});

describe('a number field', () => {
  const edit = async (freePlaces: string) => {
    const activity = await makeActivity(t.database.db, { tenant, owner: true, freePlaces: 5 });
    const cookie = await sessionCookie(t, activity.owner!);
    const url = `/mijn/activiteiten/${activity.id}`;
    const form = await formToken(t, url, cookie);
    const fields = { _csrf: form.csrf, omschrijving: 'Samen koken.', kosten: 'gratis', gaat_niet_door: '' };
    const response = await postForm(t, url, { ...fields, vrije_plaatsen: freePlaces }, form.cookie);
    const stored = await t.database.db
      .selectFrom('activities')
      .select('free_places')
      .where('id', '=', activity.id)
      .executeTakeFirstOrThrow();
    return { response, stored: stored.free_places };
  };

  it('takes only spaces as empty, not as 0', async () => {
    const { response, stored } = await edit('   ');
    expect(response.statusCode).toBe(303);
    expect(stored).toBeNull();
  });

  it.each(['0x10', '1e3', '-0'])('refuses %s instead of reading it as a number', async (typed) => {
    const { response, stored } = await edit(typed);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Vul een heel getal in, of laat het leeg.');
    expect(shownValue(response.body, 'vrije_plaatsen')).toBe(typed);
    expect(stored).toBe(5);
  });
});

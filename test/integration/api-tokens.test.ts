// API keys of connected systems over HTTP: an administrator makes one on /beheer/api-sleutels (shown once, kept as a
// hash), the API takes it as a Bearer token without a cookie, within its scopes and its municipality, every call in
// the access log as that key, revoked and expired keys refused, and each key with its own rate limit.
import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, type TokenScope, tokenScopes } from '../../src/kernel/auth/api-tokens.js';
import { formToken, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, makeVolunteer, type TestUser } from '../support/factories.js';

const RATE_LIMIT = 5;
const KEYS = '/beheer/api-sleutels';

let t: TestApp;
let admin: TestUser;
let teamMember: TestUser;
let resident: TestUser;
let residentOfB: TestUser;
let tenantId: string;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'sleuteldorp', NABIJ_TOKEN_RATE_LIMIT: String(RATE_LIMIT) });
  const tenant = await makeTenant(t.database.db, 'sleuteldorp', 'Sleuteldorp');
  const other = await makeTenant(t.database.db, 'anderdorp', 'Anderdorp');
  tenantId = tenant.id;
  admin = await makeUser(t.database.db, tenant, 'beheerder');
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
  resident = await makeUser(t.database.db, tenant, 'bewoner', { displayName: 'Geertruida Sleutel' });
  residentOfB = await makeUser(t.database.db, other, 'bewoner');
  await makeVolunteer(t.database.db, { tenant, account: true, firstName: 'Vera' });
});
afterAll(() => t.close());

/** Posts the key form as a browser does: several `rechten` boxes are several fields of one name. */
async function postKeyForm(cookie: string, fields: [string, string][]): Promise<LightMyRequestResponse> {
  const form = await formToken(t, KEYS, cookie);
  return t.app.inject({
    method: 'POST',
    url: KEYS,
    headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams([['_csrf', form.csrf], ...fields]).toString(),
  });
}

const keyIn = (html: string) => /value="(nabij_[A-Za-z0-9_-]{43})"/.exec(html)?.[1];

/** A key made directly, for the tests that are not about the page. */
const makeKey = async (name: string, scopes: TokenScope[], expiresAt: Date | null = null, tenant = tenantId) =>
  createApiToken(t.database.db, { tenantId: tenant, name, scopes, expiresAt, createdBy: null });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const logRows = (where: { tokenId?: string; subject?: string }) => {
  let query = t.database.db.selectFrom('access_log').selectAll().orderBy('id');
  if (where.tokenId) query = query.where('actor_token_id', '=', where.tokenId);
  if (where.subject) query = query.where('subject_user_id', '=', where.subject);
  return query.execute();
};

describe('making a key on /beheer/api-sleutels', () => {
  let cookie: string;
  beforeAll(async () => {
    cookie = await sessionCookie(t, admin);
  });

  it('is linked from /beheer', async () => {
    const page = await t.app.inject({ url: '/beheer', headers: { cookie } });
    expect(page.body).toContain(`href="${KEYS}"`);
  });

  it('shows the new key once, keeps only its hash, and lists it without the key', async () => {
    const created = await postKeyForm(cookie, [
      ['naam', 'Zorgportaal'],
      ['rechten', 'personen:lezen'],
      ['rechten', 'triage'],
      ['geldig_tot', ''],
    ]);
    expect(created.statusCode).toBe(200);
    expect(created.headers['cache-control']).toBe('no-store');
    const token = keyIn(created.body);
    expect(token).toBeDefined();
    expect(created.body).toContain('Je ziet hem hierna nooit meer');

    const list = await t.app.inject({ url: KEYS, headers: { cookie } });
    expect(list.body).toContain('Zorgportaal');
    expect(list.body).toContain('personen:lezen, triage');
    expect(list.body).not.toContain(token);
    expect(keyIn(list.body)).toBeUndefined();

    const rows = await t.database.db.selectFrom('api_tokens').selectAll().where('name', '=', 'Zorgportaal').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      tenant_id: tenantId,
      created_by: admin.id,
      scopes: ['personen:lezen', 'triage'],
      token_hash: createHash('sha256').update(token!).digest('hex'),
      expires_at: null,
      revoked_at: null,
    });
    expect(JSON.stringify(rows)).not.toContain(token!.slice(6));
  });

  it('refuses a form without its CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: KEYS,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([
        ['naam', 'Zonder formulier'],
        ['rechten', 'triage'],
      ]).toString(),
    });
    expect(response.statusCode).toBe(403);
    const made = await t.database.db.selectFrom('api_tokens').select('id').where('name', '=', 'Zonder formulier');
    expect(await made.execute()).toEqual([]);
  });

  it('says next to the field what is wrong, keeps what was typed, and makes nothing', async () => {
    const response = await postKeyForm(cookie, [
      ['naam', 'Wijkregistratie'],
      ['rechten', 'alles'],
      ['geldig_tot', '2001-01-01'],
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Kies minstens één recht.');
    expect(response.body).toContain('Kies vandaag of een latere datum');
    expect(response.body).toContain('value="Wijkregistratie"');
    expect(keyIn(response.body)).toBeUndefined();
    const made = t.database.db.selectFrom('api_tokens').select('id').where('name', '=', 'Wijkregistratie');
    expect(await made.execute()).toEqual([]);
  });

  it('keeps an end date as the midnight after that day, Dutch time', async () => {
    const response = await postKeyForm(cookie, [
      ['naam', 'Tijdelijk'],
      ['rechten', 'sociale-kaart:lezen'],
      ['geldig_tot', '2099-07-01'],
    ]);
    expect(response.statusCode).toBe(200);
    const row = await t.database.db
      .selectFrom('api_tokens')
      .select('expires_at')
      .where('name', '=', 'Tijdelijk')
      .executeTakeFirstOrThrow();
    // Summer time: midnight in Amsterdam is 22:00 UTC the day before.
    expect(row.expires_at?.toISOString()).toBe('2099-07-01T22:00:00.000Z');
    const list = await t.app.inject({ url: KEYS, headers: { cookie } });
    expect(list.body).toContain('1 jul 2099');
  });

  it('is not for anyone but an administrator', async () => {
    const team = await sessionCookie(t, teamMember);
    expect((await t.app.inject({ url: KEYS, headers: { cookie: team } })).statusCode).toBe(403);
    const form = await formToken(t, '/account', team);
    const post = await t.app.inject({
      method: 'POST',
      url: KEYS,
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([
        ['_csrf', form.csrf],
        ['naam', 'Stiekem'],
        ['rechten', 'personen:lezen'],
      ]).toString(),
    });
    expect(post.statusCode).toBe(403);
    const key = await makeKey('Niet van het team', ['triage']);
    const revoke = await t.app.inject({
      method: 'POST',
      url: `${KEYS}/${key.id}/intrekken`,
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([['_csrf', form.csrf]]).toString(),
    });
    expect(revoke.statusCode).toBe(403);
    expect((await t.app.inject({ url: KEYS })).statusCode).toBe(401);
    const made = t.database.db.selectFrom('api_tokens').select('revoked_at').where('id', '=', key.id);
    expect((await made.executeTakeFirstOrThrow()).revoked_at).toBeNull();
    expect(await t.database.db.selectFrom('api_tokens').select('id').where('name', '=', 'Stiekem').execute()).toEqual(
      [],
    );
  });
});

describe('calling the API with a key', () => {
  it('reads a person without a cookie, and the person sees the system by name in their access log', async () => {
    const key = await makeKey('Zorgportaal Oost', ['personen:lezen']);
    const response = await t.app.inject({ url: `/api/v1/personen/${resident.id}`, headers: bearer(key.token) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: resident.id, email: resident.email });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['set-cookie']).toBeUndefined();

    expect(await logRows({ tokenId: key.id })).toEqual([
      expect.objectContaining({
        tenant_id: tenantId,
        actor_user_id: null,
        actor_role: 'token:Zorgportaal Oost',
        subject_user_id: resident.id,
        category: 'account',
        action: 'read',
        outcome: 'toegestaan',
        purpose: 'contact_opnemen',
      }),
    ]);
    const own = await t.app.inject({
      url: '/account/toegangslog',
      headers: { cookie: await sessionCookie(t, resident) },
    });
    expect(own.body).toContain('een gekoppeld systeem: Zorgportaal Oost');

    const used = await t.database.db
      .selectFrom('api_tokens')
      .select('last_used_at')
      .where('id', '=', key.id)
      .executeTakeFirstOrThrow();
    expect(used.last_used_at).not.toBeNull();
  });

  it('triages with the triage scope, reading the volunteers as the key', async () => {
    const key = await makeKey('Wijkloket', ['triage']);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/triage',
      headers: { ...bearer(key.token), 'content-type': 'application/json' },
      payload: { id: 'v1', tekst: 'Ik zoek iemand die boodschappen voor mij kan doen.' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: 'v1', behoeften: expect.arrayContaining(['boodschappen']) });
    expect(await logRows({ tokenId: key.id })).toEqual([
      expect.objectContaining({
        actor_role: 'token:Wijkloket',
        category: 'vrijwilliger',
        action: 'search',
        outcome: 'toegestaan',
        purpose: 'triage',
      }),
    ]);
  });

  it('refuses a route outside the key’s scopes with 403 problem+json, and logs the attempt', async () => {
    const key = await makeKey('Alleen de kaart', ['sociale-kaart:lezen']);
    const map = await t.app.inject({ url: '/api/v1/activiteiten', headers: bearer(key.token) });
    expect(map.statusCode).toBe(200);

    const person = await t.app.inject({ url: `/api/v1/personen/${resident.id}`, headers: bearer(key.token) });
    expect(person.statusCode).toBe(403);
    expect(person.headers['content-type']).toContain('application/problem+json');
    expect(person.json()).toMatchObject({ status: 403, type: '/problemen/geen_toegang' });
    expect(person.body).not.toContain(resident.email);
    const triage = await t.app.inject({
      method: 'POST',
      url: '/api/v1/triage',
      headers: { ...bearer(key.token), 'content-type': 'application/json' },
      payload: { id: 'x', tekst: 'Hulp bij de tuin graag.' },
    });
    expect(triage.statusCode).toBe(403);
    // A key is not a person: "who am I" is for signed-in people only.
    expect((await t.app.inject({ url: '/api/v1/ik', headers: bearer(key.token) })).statusCode).toBe(403);

    const refused = (await logRows({ tokenId: key.id })).filter((r) => r.outcome === 'geweigerd');
    expect(refused).toEqual([
      expect.objectContaining({ category: 'account', subject_user_id: resident.id, purpose: 'api_buiten_rechten' }),
      expect.objectContaining({ category: 'vrijwilliger', subject_user_id: null }),
      expect.objectContaining({ category: 'pagina', subject_user_id: null }),
    ]);
    for (const row of refused)
      expect(row).toMatchObject({ actor_role: 'token:Alleen de kaart', refusal_reason: 'sleutel_heeft_geen_recht' });
  });

  it('acts as the key only: a session cookie next to it does not count', async () => {
    const key = await makeKey('Met een koekje', ['sociale-kaart:lezen']);
    const response = await t.app.inject({
      url: `/api/v1/personen/${resident.id}`,
      headers: { ...bearer(key.token), cookie: await sessionCookie(t, teamMember) },
    });
    expect(response.statusCode).toBe(403);
  });

  it('is for the API only: a page does not sign anyone in with it', async () => {
    const key = await makeKey('Paginaproef', ['personen:lezen']);
    const page = await t.app.inject({ url: `/team/personen/${resident.id}`, headers: bearer(key.token) });
    expect(page.statusCode).toBe(401);
    expect(page.body).not.toContain(resident.email);
  });

  it('answers 404 for a person of another municipality, as for an unknown id, and logs the attempt', async () => {
    const key = await makeKey('Nieuwsgierig portaal', ['personen:lezen']);
    const other = await t.app.inject({ url: `/api/v1/personen/${residentOfB.id}`, headers: bearer(key.token) });
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.body).not.toContain(residentOfB.email);
    const unknown = await t.app.inject({
      url: '/api/v1/personen/00000000-0000-4000-8000-000000000000',
      headers: bearer(key.token),
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ ...other.json(), instance: unknown.json().instance });

    expect(await logRows({ tokenId: key.id })).toEqual([
      expect.objectContaining({
        tenant_id: tenantId,
        actor_role: 'token:Nieuwsgierig portaal',
        outcome: 'geweigerd',
        refusal_reason: 'onbekend_of_andere_gemeente',
      }),
      expect.objectContaining({ outcome: 'geweigerd', refusal_reason: 'onbekend_of_andere_gemeente' }),
    ]);
    // Municipality B's own log knows nothing of it.
    const b = await t.database.db
      .selectFrom('access_log')
      .select('id')
      .where('tenant_id', '=', residentOfB.tenantId)
      .where('actor_token_id', '=', key.id)
      .execute();
    expect(b).toEqual([]);
  });

  it('reads the social map of its own municipality, not that of the visitors’ default', async () => {
    const key = await makeKey('Kaart van B', ['sociale-kaart:lezen'], null, residentOfB.tenantId);
    const response = await t.app.inject({ url: '/api/v1/gemeente', headers: bearer(key.token) });
    expect(response.json()).toMatchObject({ slug: 'anderdorp' });
    expect((await t.app.inject({ url: '/api/v1/gemeente' })).json()).toMatchObject({ slug: 'sleuteldorp' });
  });
});

describe('every route', () => {
  // From the route table, so a new route is checked the moment it exists.
  it('opens to a key exactly the API routes that name its scope, and answers pages as without a key', async () => {
    const keys = new Map<TokenScope, string>();
    for (const scope of tokenScopes) keys.set(scope, (await makeKey(`Alleen ${scope}`, [scope])).token);
    const routes = t.app.routeTable.filter(
      (r) => r.method !== 'HEAD' && r.method !== 'OPTIONS' && r.url !== '/uitloggen',
    );
    const mismatches: string[] = [];
    for (const route of routes) {
      const url = route.url.replace(/:(\w+)/g, (_m, name: string) => (name === 'table' ? 'service' : resident.id));
      const isApi = url.startsWith('/api/');
      const call = (authorization?: string) =>
        t.app.inject({
          method: route.method as 'GET',
          url,
          headers: {
            ...(authorization ? { authorization } : {}),
            ...(route.method === 'GET' ? {} : { 'content-type': isApi ? 'application/json' : 'text/plain' }),
          },
          payload: route.method === 'GET' ? undefined : isApi ? '{}' : '',
        });
      const without = isApi ? undefined : (await call()).statusCode;
      for (const [scope, token] of keys) {
        const status = (await call(`Bearer ${token}`)).statusCode;
        const admitted = route.scopes.includes(scope);
        const fits = !isApi ? status === without : admitted ? status !== 401 && status !== 403 : status === 403;
        if (!fits || status >= 500) mismatches.push(`${route.method} ${url} with ${scope}: ${status}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(routes.filter((r) => r.scopes.length > 0).length).toBeGreaterThanOrEqual(8);
  });
});

describe('refused keys', () => {
  const expect401 = (response: LightMyRequestResponse) => {
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(String(response.headers['www-authenticate'])).toMatch(/^Bearer realm="nabij"/);
    expect(response.json()).toMatchObject({ status: 401, type: '/problemen/niet_ingelogd' });
  };

  it('answers 401 with the Bearer challenge for an unknown key or another kind of header', async () => {
    const url = `/api/v1/personen/${resident.id}`;
    expect401(await t.app.inject({ url, headers: bearer(`nabij_${'A'.repeat(43)}`) }));
    expect401(await t.app.inject({ url, headers: bearer('geen-sleutel') }));
    expect401(await t.app.inject({ url, headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } }));
    // Public routes too: a key that is sent must be valid.
    expect401(await t.app.inject({ url: '/api/v1/activiteiten', headers: bearer(`nabij_${'B'.repeat(43)}`) }));
    // Without any key or cookie the challenge says how to get in.
    const none = await t.app.inject({ url });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="nabij"');
  });

  it('refuses a key at once after the administrator revoked it on the page', async () => {
    const key = await makeKey('Wordt ingetrokken', ['personen:lezen']);
    const url = `/api/v1/personen/${resident.id}`;
    expect((await t.app.inject({ url, headers: bearer(key.token) })).statusCode).toBe(200);

    const cookie = await sessionCookie(t, admin);
    const form = await formToken(t, KEYS, cookie);
    const revoke = await t.app.inject({
      method: 'POST',
      url: `${KEYS}/${key.id}/intrekken`,
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([['_csrf', form.csrf]]).toString(),
    });
    expect(revoke.statusCode).toBe(303);
    expect(revoke.headers.location).toBe(`${KEYS}?ingetrokken=1`);
    expect401(await t.app.inject({ url, headers: bearer(key.token) }));

    const row = await t.database.db
      .selectFrom('api_tokens')
      .select(['revoked_at', 'revoked_by'])
      .where('id', '=', key.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_by).toBe(admin.id);
    const list = await t.app.inject({ url: `${KEYS}?ingetrokken=1`, headers: { cookie } });
    expect(list.body).toContain('De sleutel is ingetrokken');
    expect(list.body).not.toContain(`Intrekken: Wordt ingetrokken`);
  });

  it('does not revoke a key of another municipality', async () => {
    const key = await makeKey('Van B', ['triage'], null, residentOfB.tenantId);
    const cookie = await sessionCookie(t, admin);
    const form = await formToken(t, KEYS, cookie);
    const revoke = await t.app.inject({
      method: 'POST',
      url: `${KEYS}/${key.id}/intrekken`,
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([['_csrf', form.csrf]]).toString(),
    });
    expect(revoke.statusCode).toBe(404);
    const row = t.database.db.selectFrom('api_tokens').select('revoked_at').where('id', '=', key.id);
    expect((await row.executeTakeFirstOrThrow()).revoked_at).toBeNull();
  });

  it('refuses an expired key', async () => {
    const key = await makeKey('Verlopen', ['personen:lezen'], new Date(Date.now() - 1000));
    expect401(await t.app.inject({ url: `/api/v1/personen/${resident.id}`, headers: bearer(key.token) }));
  });
});

describe('rate limit', () => {
  it('counts each key on its own, and leaves callers without a key alone', async () => {
    const busy = await makeKey('Druk systeem', ['sociale-kaart:lezen']);
    const calm = await makeKey('Rustig systeem', ['sociale-kaart:lezen']);
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_LIMIT; i++)
      statuses.push((await t.app.inject({ url: '/api/v1/gemeente', headers: bearer(busy.token) })).statusCode);
    expect(statuses).toEqual([...Array<number>(RATE_LIMIT).fill(200), 429]);
    const limited = await t.app.inject({ url: '/api/v1/gemeente', headers: bearer(busy.token) });
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json()).toMatchObject({ status: 429 });

    expect((await t.app.inject({ url: '/api/v1/gemeente', headers: bearer(calm.token) })).statusCode).toBe(200);
    for (let i = 0; i <= RATE_LIMIT; i++)
      expect((await t.app.inject({ url: '/api/v1/gemeente' })).statusCode).toBe(200);
  });
});

describe('logging', () => {
  it('writes no key to the log', async () => {
    expect(t.logLines.length).toBeGreaterThan(20);
    expect(t.logLines.join('\n')).not.toMatch(/nabij_[A-Za-z0-9_-]{43}/);
  });
});

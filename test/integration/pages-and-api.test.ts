// Pages, API and headers over HTTP: Dutch pages, problem+json, OpenAPI, security headers, tenant isolation, no personal
// data in logs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formToken, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let resident: TestUser;
let teamMember: TestUser;
let council: TestUser;
let admin: TestUser;
let teamMemberOfB: TestUser;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'paginadorp' });
  const tenant = await makeTenant(t.database.db, 'paginadorp', 'Paginadorp');
  const other = await makeTenant(t.database.db, 'anderdorp', 'Anderdorp');
  resident = await makeUser(t.database.db, tenant, 'bewoner', {
    displayName: 'Wilhelmina Oranjeboom',
    email: 'wilhelmina@voorbeeld.nl',
  });
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
  council = await makeUser(t.database.db, tenant, 'klankbordgroep');
  admin = await makeUser(t.database.db, tenant, 'beheerder');
  teamMemberOfB = await makeUser(t.database.db, other, 'wijkteamlid');
});
afterAll(() => t.close());

describe('pages', () => {
  it('serves the Dutch home page with the municipality and the three doors', async () => {
    const response = await t.app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/^<!DOCTYPE html><html lang="nl"/);
    expect(response.body).toContain('Paginadorp');
    for (const door of ['Ik zoek hulp', 'Ik wil helpen', 'Ik werk in het wijkteam'])
      expect(response.body).toContain(door);
    expect(response.body).toContain('href="/toegankelijkheid"');
  });

  it('switches to English and remembers it', async () => {
    const english = await t.app.inject({ url: '/?taal=en' });
    expect(english.body).toContain('<html lang="en"');
    expect(english.body).toContain('I am looking for help');
    const cookie = english.cookies.find((c) => c.name === 'taal');
    const next = await t.app.inject({ url: '/inloggen', headers: { cookie: `taal=${cookie?.value}` } });
    expect(next.body).toContain('Send me a code');
  });

  it('answers an unknown page with a Dutch 404 page', async () => {
    const response = await t.app.inject({ url: '/bestaat-niet' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Deze pagina bestaat niet');
  });

  it('sends strict security headers', async () => {
    const response = await t.app.inject({ url: '/' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('serves the stylesheet with a content hash and a long cache life', async () => {
    const home = await t.app.inject({ url: '/' });
    const href = /href="(\/assets\/nabij\.[0-9a-f]{12}\.css)"/.exec(home.body)?.[1] ?? '';
    const css = await t.app.inject({ url: href, headers: { 'accept-encoding': 'gzip' } });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers['cache-control']).toContain('immutable');
  });

  it('asks to sign in for a personal page', async () => {
    const response = await t.app.inject({ url: '/account' });
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('Log eerst in');
  });

  it('lets a resident change their details, and keeps what was typed when it is wrong', async () => {
    const cookie = await sessionCookie(t, resident);
    const form = await formToken(t, '/account', cookie);
    const bad = await postForm(
      t,
      '/account',
      { _csrf: form.csrf, naam: '', telefoon: '06-12345678', taal: 'nl' },
      form.cookie,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Vul je naam in.');
    expect(bad.body).toContain('value="06-12345678"');
    const good = await postForm(
      t,
      '/account',
      { _csrf: form.csrf, naam: 'Wilhelmina Oranjeboom', telefoon: '06-12345678', taal: 'nl' },
      form.cookie,
    );
    expect(good.statusCode).toBe(303);
    const page = await t.app.inject({ url: '/account?opgeslagen=1', headers: { cookie } });
    expect(page.body).toContain('Je gegevens zijn opgeslagen');
    expect(page.body).toContain('06-12345678');
  });

  it('shows a resident who looked at their data, in plain words', async () => {
    const teamCookie = await sessionCookie(t, teamMember);
    expect(
      (await t.app.inject({ url: `/team/personen/${resident.id}`, headers: { cookie: teamCookie } })).statusCode,
    ).toBe(200);
    const councilCookie = await sessionCookie(t, council);
    expect(
      (await t.app.inject({ url: `/team/personen/${resident.id}`, headers: { cookie: councilCookie } })).statusCode,
    ).toBe(403);

    const log = await t.app.inject({
      url: '/account/toegangslog',
      headers: { cookie: await sessionCookie(t, resident) },
    });
    expect(log.statusCode).toBe(200);
    expect(log.body).toContain('Wie heeft mijn gegevens bekeken?');
    expect(log.body).toContain(`${teamMember.displayName}, medewerker van het wijkteam`);
    expect(log.body).toContain('om contact met je op te nemen');
    expect(log.body).toContain('maar kreeg geen toegang');
  });

  it('lets a resident download their own data', async () => {
    const response = await t.app.inject({
      url: '/account/mijn-gegevens.json',
      headers: { cookie: await sessionCookie(t, resident) },
    });
    expect(response.headers['content-disposition']).toContain('attachment');
    const data = JSON.parse(response.body) as { account: { email: string }; toegangslog: unknown[] };
    expect(data.account.email).toBe(resident.email);
    expect(data.toegangslog.length).toBeGreaterThan(0);
  });

  it('lets an administrator create a resident account, and refuses a duplicate address', async () => {
    const cookie = await sessionCookie(t, admin);
    const form = await formToken(t, '/beheer', cookie);
    const created = await postForm(
      t,
      '/beheer/accounts',
      { _csrf: form.csrf, naam: 'Nieuwe Buur', email: 'nieuwe.buur@voorbeeld.nl', rol: 'vrijwilliger' },
      form.cookie,
    );
    expect(created.statusCode).toBe(303);
    const duplicate = await postForm(
      t,
      '/beheer/accounts',
      { _csrf: form.csrf, naam: 'Nog een', email: 'NIEUWE.BUUR@voorbeeld.nl', rol: 'bewoner' },
      form.cookie,
    );
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toContain('Er is al een account met dit e-mailadres');
    expect(duplicate.body).toContain('value="Nog een"');
  });

  it('does not show the administration page to a resident', async () => {
    const response = await t.app.inject({ url: '/beheer', headers: { cookie: await sessionCookie(t, resident) } });
    expect(response.statusCode).toBe(403);
  });
});

describe('tenant isolation over HTTP', () => {
  it('refuses a team member of another municipality who guesses an id, on the page and in the API', async () => {
    const cookie = await sessionCookie(t, teamMemberOfB);
    const page = await t.app.inject({ url: `/team/personen/${resident.id}`, headers: { cookie } });
    expect(page.statusCode).toBe(403);
    expect(page.body).not.toContain(resident.displayName);
    // The API answers as for an id that does not exist: a guess tells nothing.
    const api = await t.app.inject({ url: `/api/v1/personen/${resident.id}`, headers: { cookie } });
    expect(api.statusCode).toBe(404);
    expect(api.body).not.toContain(resident.email);
  });

  it('never finds another municipality’s residents in a search', async () => {
    const cookie = await sessionCookie(t, teamMemberOfB);
    const response = await t.app.inject({ url: '/team?zoek=Wilhelmina', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('0 gevonden');
  });

  it('cannot change another municipality’s account: the form only ever changes the signed-in person', async () => {
    const cookie = await sessionCookie(t, teamMemberOfB);
    const form = await formToken(t, '/account', cookie);
    await postForm(
      t,
      '/account',
      { _csrf: form.csrf, naam: 'Overgenomen', telefoon: '', taal: 'nl', id: resident.id },
      form.cookie,
    );
    const row = await t.database.db
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', resident.id)
      .executeTakeFirstOrThrow();
    expect(row.display_name).toBe('Wilhelmina Oranjeboom');
  });
});

describe('API', () => {
  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const response = await t.app.inject({ url: '/api/v1/openapi.json' });
    const doc = response.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/gemeente', '/api/v1/ik', '/api/v1/personen/{id}']),
    );
    expect(Object.keys(doc.paths).every((p) => p.startsWith('/api/'))).toBe(true);
  });

  it('documents API keys: the bearer scheme, each operation’s scopes, and its refusals as problem+json', async () => {
    type Response = { content?: Record<string, { schema: { required?: string[] } }>; headers?: object };
    type Operation = { security?: Record<string, string[]>[]; responses: Record<string, Response> };
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json() as {
      components: { securitySchemes: Record<string, { type: string; scheme?: string }> };
      paths: Record<string, Record<string, Operation>>;
    };
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const operations = new Map(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op] as const),
      ),
    );
    // Every route that takes keys says so with exactly its scopes; the others do not take keys.
    const apiRoutes = t.app.routeTable.filter(
      (r) => r.url.startsWith('/api/') && r.url !== '/api/v1/openapi.json' && r.method !== 'HEAD',
    );
    expect(apiRoutes.length).toBe(operations.size);
    for (const route of apiRoutes) {
      const op = operations.get(`${route.method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
      expect(op, `${route.method} ${route.url} is documented`).toBeDefined();
      const bearer = op!.security?.find((s) => 'bearerAuth' in s)?.bearerAuth;
      expect(bearer, `${route.method} ${route.url}`).toEqual(route.scopes.length ? route.scopes : undefined);
      for (const requirement of op!.security ?? [])
        for (const scheme of Object.keys(requirement)) expect(doc.components.securitySchemes).toHaveProperty(scheme);
      if (!bearer) continue;
      for (const status of ['401', '403', '429']) {
        const problem = op!.responses[status]?.content?.['application/problem+json'];
        expect(problem?.schema.required, `${status} of ${route.method} ${route.url}`).toEqual([
          'type',
          'title',
          'status',
        ]);
      }
      expect(op!.responses['401']?.headers).toHaveProperty('WWW-Authenticate');
    }
    expect(operations.get('GET /api/v1/personen/{id}')?.security).toEqual([
      { sessie: [] },
      { bearerAuth: ['personen:lezen'] },
    ]);
    expect(operations.get('POST /api/v1/triage')?.security).toEqual([{ sessie: [] }, { bearerAuth: ['triage'] }]);
    // Public: anyone without a key, or a key with the scope.
    expect(operations.get('GET /api/v1/activiteiten')?.security).toEqual([{}, { bearerAuth: ['sociale-kaart:lezen'] }]);
    expect(operations.get('GET /api/v1/ik')?.security).toEqual([{ sessie: [] }]);
  });

  it('answers errors as problem+json', async () => {
    const unauthenticated = await t.app.inject({ url: '/api/v1/ik' });
    expect(unauthenticated.statusCode).toBe(401);
    expect(unauthenticated.headers['content-type']).toContain('application/problem+json');
    const invalid = await t.app.inject({
      url: '/api/v1/personen/geen-uuid',
      headers: { cookie: await sessionCookie(t, teamMember) },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ status: 400, type: '/problemen/ongeldige_invoer' });
    const missing = await t.app.inject({ url: '/api/v1/bestaat-niet' });
    expect(missing.json()).toMatchObject({ status: 404 });
  });

  it('returns the signed-in person’s own account', async () => {
    const response = await t.app.inject({ url: '/api/v1/ik', headers: { cookie: await sessionCookie(t, resident) } });
    expect(response.json()).toMatchObject({ id: resident.id, email: resident.email, rol: 'bewoner' });
    // Personal data: no cache may keep it.
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('lists the municipality with its neighbourhoods', async () => {
    const response = await t.app.inject({ url: '/api/v1/gemeente' });
    expect(response.json()).toMatchObject({ slug: 'paginadorp', naam: 'Paginadorp', wijken: [{ slug: 'centrum' }] });
  });

  it('reports health and readiness', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/readyz' })).json()).toMatchObject({ status: 'ok' });
  });
});

describe('logging', () => {
  it('writes no names or email addresses to the log', async () => {
    const joined = t.logLines.join('\n');
    expect(t.logLines.length).toBeGreaterThan(20);
    for (const person of [resident, teamMember, council, admin, teamMemberOfB]) {
      expect(joined).not.toContain(person.email);
      expect(joined).not.toContain(person.displayName);
    }
    expect(joined).not.toContain('Wilhelmina');
    expect(joined).not.toContain('zoek=');
  });
});

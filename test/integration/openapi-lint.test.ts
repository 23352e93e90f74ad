// The OpenAPI document against a ruleset nobody here wrote, and against the server itself. Redocly's `recommended`
// rules (the library behind `redocly lint`) must find nothing, errors nor warnings; and every status the API answers
// when the route table is walked with no credentials, a wrong key, a key without the right, a key with it, bad input
// and unknown ids must be documented for that operation, refusals as application/problem+json.
import { randomUUID } from 'node:crypto';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { createApiToken, type TokenScope, tokenScopes } from '../../src/kernel/auth/api-tokens.js';
import { sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser } from '../support/factories.js';

const baseUrl = 'https://nabij.wijkstad.example';
let t: TestApp;
let tenant: Tenant;
beforeAll(async () => {
  t = await testApp({ NABIJ_BASE_URL: baseUrl, NABIJ_GEMEENTE: 'wijkstad' });
  tenant = await makeTenant(t.database.db, 'wijkstad', 'Wijkstad');
});
afterAll(async () => t.close());

type Operation = {
  operationId?: string;
  responses: Record<string, { content?: Record<string, unknown> }>;
};
type Document = {
  info: { license?: { name: string; identifier?: string } };
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
};

const openApi = async () => (await t.app.inject({ url: '/api/v1/openapi.json' })).json() as Document;

describe('the OpenAPI document', () => {
  it('lints clean with the Redocly recommended ruleset', async () => {
    const source = (await t.app.inject({ url: '/api/v1/openapi.json' })).body;
    const problems = await lintFromString({
      source,
      absoluteRef: 'openapi.json',
      config: await createConfig({ extends: ['recommended'] }),
    });
    const found = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ''})`);
    expect(found).toEqual([]);
  });

  it('names its licence (EUPL-1.2), its server (NABIJ_BASE_URL) and an operationId per operation', async () => {
    const doc = await openApi();
    expect(doc.info.license).toEqual({ name: 'EUPL-1.2', identifier: 'EUPL-1.2' });
    expect(doc.servers).toEqual([{ url: baseUrl }]);
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents every status the server answers, refusals as application/problem+json', async () => {
    const doc = await openApi();
    const key = async (scopes: TokenScope[]) =>
      (
        await createApiToken(t.database.db, {
          tenantId: tenant.id,
          name: 'walk',
          scopes,
          expiresAt: null,
          createdBy: null,
        })
      ).token;
    const resident = await sessionCookie(t, await makeUser(t.database.db, tenant, 'bewoner'));
    const teamMember = await sessionCookie(t, await makeUser(t.database.db, tenant, 'wijkteamlid'));
    const allRights = await key([...tokenScopes]);

    const routes = t.app.routeTable.filter(
      (r) => r.url.startsWith('/api/') && r.url !== '/api/v1/openapi.json' && r.method !== 'HEAD',
    );
    const seen = new Map<string, Set<number>>();
    for (const route of routes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${path} is documented`).toBeDefined();
      const url = (value: string) => route.url.replace(/:(\w+)/g, value);
      const good = route.url.includes(':table') ? url('service') : url(randomUUID());
      const otherKey = await key(tokenScopes.filter((s) => !route.scopes.includes(s)).slice(0, 1));
      const post = route.method === 'POST';
      const body = post ? { id: 'r1', tekst: 'Ik zoek iemand die boodschappen doet.' } : undefined;
      const calls: { url: string; headers?: Record<string, string>; payload?: unknown; raw?: string }[] = [
        { url: good, payload: body },
        { url: good, headers: { authorization: 'Bearer nabij_onbekend' }, payload: body },
        { url: good, headers: { authorization: `Bearer ${otherKey}` }, payload: body },
        { url: good, headers: { authorization: `Bearer ${allRights}` }, payload: body },
        { url: good, headers: { cookie: resident }, payload: body },
        { url: good, headers: { cookie: teamMember }, payload: body },
        { url: url('x'), headers: { authorization: `Bearer ${allRights}` }, payload: body },
        { url: `${good}?afstand=-1&dag=nooit`, headers: { authorization: `Bearer ${allRights}` }, payload: body },
      ];
      if (post)
        calls.push(
          { url: good, headers: { authorization: `Bearer ${allRights}` }, payload: { tekst: '' } },
          { url: good, headers: { authorization: `Bearer ${allRights}`, 'content-type': 'text/plain' }, raw: 'x' },
          {
            url: good,
            headers: { authorization: `Bearer ${allRights}`, 'content-type': 'application/xml' },
            raw: '<a/>',
          },
        );
      for (const call of calls) {
        const response: LightMyRequestResponse = await t.app.inject({
          method: route.method as 'GET' | 'POST',
          url: call.url,
          headers: call.headers,
          ...(call.raw !== undefined ? { payload: call.raw } : call.payload ? { payload: call.payload as object } : {}),
        });
        const where = `${route.method} ${call.url} ${JSON.stringify(call.headers ?? {})} → ${response.statusCode}`;
        const documented = operation!.responses[String(response.statusCode)];
        expect(documented, `${where} is documented`).toBeDefined();
        if (response.statusCode >= 400) {
          expect(response.headers['content-type'], where).toMatch(/^application\/problem\+json/);
          expect(Object.keys(documented!.content ?? {}), where).toEqual(['application/problem+json']);
        }
        const statuses = seen.get(`${route.method} ${path}`) ?? new Set();
        seen.set(`${route.method} ${path}`, statuses.add(response.statusCode));
      }
    }
    // The walk reaches what the issue found undocumented.
    expect([...seen.get('POST /api/v1/triage')!]).toEqual(expect.arrayContaining([200, 400, 401, 403, 415]));
    expect([...seen.get('GET /api/v1/activiteiten/{id}')!]).toEqual(expect.arrayContaining([400, 401, 403, 404]));
    expect([...seen.get('GET /api/v1/personen/{id}')!]).toEqual(expect.arrayContaining([400, 401, 403, 404]));
  });

  it('declares what the HSDS endpoints answer', async () => {
    const doc = await openApi();
    expect(Object.keys(doc.paths['/api/v1/hsds/{table}.csv']!.get!.responses['200']!.content!)).toEqual(['text/csv']);
    expect(Object.keys(doc.paths['/api/v1/hsds/datapackage.json']!.get!.responses['200']!.content!)).toEqual([
      'application/json',
    ]);
  });
});

// The permission matrix: every route the app has × every role and the visitor who is not signed in × (where a route
// is about a record of a person) the actor's own record, another person's, and one of another municipality. The
// expected answer comes from the route's own rule (config.access) and the access policy, never from a list kept
// here, so a new route is in the matrix the moment it exists; one without a rule cannot even be registered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopesFor } from '../../src/kernel/access/policy.js';
import { type Role, roles } from '../../src/kernel/auth/roles.js';
import type { RegisteredRoute } from '../../src/kernel/http/route-access.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { submitSignal } from '../../src/modules/signals/index.js';
import { submitProposal } from '../../src/modules/agenda/index.js';
import { formToken, sessionCookie, type TestApp, testApp } from '../support/app.js';
import {
  makeActivity,
  makeCase,
  makeHelpRequest,
  makeMatch,
  makeTenant,
  makeUser,
  makeVolunteer,
  type TestUser,
} from '../support/factories.js';

type Who = Role | 'anoniem';
type Variant = 'eigen' | 'ander' | 'andere_gemeente';
type Outcome = 'toegang' | 'geweigerd' | 'inloggen';

let t: TestApp;
let tenant: Tenant;
const users = new Map<Role, TestUser>();
const ownRequest = new Map<Role, string>();
let otherPerson: TestUser;
let otherRequest: string;
let elsewherePerson: TestUser;
let elsewhereRequest: string;
let fixed: Record<string, string>;
/** A signal about a person given by each role, by another resident, and in another municipality. */
const ownSignal = new Map<Role, string>();
let otherSignal: string;
let elsewhereSignal: string;
/** Cases of each request above, by request id: a case is about the person who asked. */
const caseOf = new Map<string, string>();

beforeAll(async () => {
  t = await testApp({
    NABIJ_GEMEENTE: 'matrixdorp',
    NABIJ_LOGIN_RATE_LIMIT: '100000',
    NABIJ_FORM_RATE_LIMIT: '100000',
  });
  const db = t.database.db;
  tenant = await makeTenant(db, 'matrixdorp', 'Matrixdorp');
  for (const role of roles) {
    const user = await makeUser(db, tenant, role);
    users.set(role, user);
    ownRequest.set(role, (await makeHelpRequest(db, { tenant, asker: user })).id);
  }
  otherPerson = await makeUser(db, tenant, 'bewoner');
  otherRequest = (await makeHelpRequest(db, { tenant, asker: otherPerson })).id;
  const elsewhere = await makeTenant(db, 'elders', 'Elders');
  elsewherePerson = await makeUser(db, elsewhere, 'bewoner');
  elsewhereRequest = (await makeHelpRequest(db, { tenant: elsewhere, asker: elsewherePerson })).id;
  // Owned by the initiative organiser, so /mijn/activiteiten/:id is theirs (and the community workers').
  const activity = await makeActivity(db, { tenant, owner: users.get('initiatiefnemer') });
  // A case on every request the matrix names, owned by the matrix's team member and with the matrix's regisseur as
  // its regisseur: the steps only a case's owner or its own regisseur may take (docs/regie.md) are theirs.
  const caseWorker = users.get('wijkteamlid')!;
  for (const id of [...ownRequest.values(), otherRequest])
    caseOf.set(id, (await makeCase(db, { tenant, request: { id, tenantId: tenant.id }, owner: caseWorker })).id);
  await db
    .updateTable('cases')
    .set({ regisseur_user_id: users.get('regisseur')!.id })
    .where('tenant_id', '=', tenant.id)
    .execute();
  caseOf.set(
    elsewhereRequest,
    (
      await makeCase(db, {
        tenant: elsewhere,
        request: { id: elsewhereRequest, tenantId: elsewhere.id },
        owner: await makeUser(db, elsewhere, 'wijkteamlid'),
      })
    ).id,
  );
  const signalOf = async (reporter: TestUser, where: Tenant) =>
    (
      await submitSignal(
        t.app.ctx,
        where,
        { kind: 'system', tenantId: where.id, process: 'signaal' },
        {
          kind: 'persoon',
          topic: 'oudere_alleen',
          whatSeen: 'De oudere buurman krijgt weinig bezoek.',
          reporterUserId: reporter.id,
          reporterRole: 'bewoner',
        },
      )
    ).id;
  for (const role of roles) ownSignal.set(role, await signalOf(users.get(role)!, tenant));
  otherSignal = await signalOf(otherPerson, tenant);
  elsewhereSignal = await signalOf(elsewherePerson, elsewhere);
  const volunteer = await makeVolunteer(db, { tenant });
  const match = await makeMatch(t.app.ctx, { tenant, volunteer });
  fixed = {
    matchId: match.id,
    token: 'geen-geldige-link',
    draft: '00000000-0000-4000-8000-000000000002',
    userId: otherPerson.id,
    table: 'services',
    activity: activity.id,
    volunteerId: volunteer.id,
    // A referral of no case: every case's page of it answers not found, as a match of another request does.
    referral: '00000000-0000-4000-8000-000000000003',
    // A step of the reporter's standard texts (/team/signalen/teksten/:step/standaard).
    step: 'gemeld',
    // A figure of the monitor (/monitor/:figuur, /raad/monitor/:figuur, /api/v1/monitor/cijfers/:figuur).
    figuur: 'initiatieven',
    // A neighbourhood signal: the signals API's :id, readable by every role that may open those routes.
    signal: (
      await submitSignal(
        t.app.ctx,
        tenant,
        { kind: 'system', tenantId: tenant.id, process: 'signaal' },
        {
          kind: 'buurt',
          topic: 'jongeren',
          whatSeen: 'Jongeren op het plein.',
          reporterUserId: null,
          reporterRole: 'bewoner',
        },
      )
    ).id,
    // A proposal on the neighbourhood agenda by a resident: the :id of /wijkagenda/:id and /team/wijkagenda/:id.
    proposal: await proposalOf(users.get('bewoner')!),
  };
});
afterAll(() => t.close());

async function proposalOf(resident: TestUser): Promise<string> {
  const wijk = await t.database.db
    .selectFrom('neighbourhoods')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .executeTakeFirstOrThrow();
  const actor = { kind: 'user' as const, userId: resident.id, tenantId: resident.tenantId, role: resident.role };
  const input = { neighbourhoodId: wijk.id, title: 'Bankje', what: 'Een bankje.', whereText: '', why: '' };
  return (await submitProposal(t.app.ctx, actor, { ...input, ownContribution: '' })).id;
}

/** Routes about a record of a person: which kind of record the `:id` is, and whether only one's own is meant. */
function personRecord(route: RegisteredRoute): { kind: 'request' | 'case' | 'user' | 'signal'; own: boolean } | null {
  if (route.url.startsWith('/mijn/signalen/:id')) return { kind: 'signal', own: true };
  if (route.url.startsWith('/team/hulpvragen/:id')) return { kind: 'request', own: false };
  // A worry about a person: read by the case workers only, not by the community worker (src/modules/signals).
  if (route.url.startsWith('/team/signalen/:id')) return { kind: 'signal', own: false };
  if (route.url.startsWith('/team/casussen/:id')) return { kind: 'case', own: false };
  if (route.url.startsWith('/mijn/hulpvragen/:id')) return { kind: 'request', own: true };
  if (route.person) return { kind: 'user', own: false };
  return null;
}

function expected(route: RegisteredRoute, who: Who, variant: Variant | null): Outcome {
  // Open to anyone: whatever the page decides about the record (a link that is not valid, a demo account only).
  if (route.access === 'iedereen') return 'toegang';
  if (who === 'anoniem') return 'inloggen';
  if (route.access !== 'ingelogd' && !route.access.includes(who)) return 'geweigerd';
  if (variant === null) return 'toegang';
  if (variant === 'andere_gemeente') return 'geweigerd';
  const record = personRecord(route)!;
  const category = route.data ?? (record.kind === 'user' ? 'account' : 'hulpvraag');
  const scopes = scopesFor(who, category, 'read');
  if (variant === 'eigen') return scopes.length > 0 ? 'toegang' : 'geweigerd';
  return !record.own && scopes.includes('tenant') ? 'toegang' : 'geweigerd';
}

function pathFor(route: RegisteredRoute, who: Who, variant: Variant | null): string {
  const record = personRecord(route);
  return route.url.replace(/:(\w+)/g, (_match, name: string) => {
    if (name === 'id' && record && variant) {
      const self = who === 'anoniem' ? otherPerson : users.get(who)!;
      if (record.kind === 'user')
        return variant === 'eigen' ? self.id : variant === 'ander' ? otherPerson.id : elsewherePerson.id;
      if (record.kind === 'signal')
        return variant === 'eigen'
          ? (ownSignal.get(who as Role) ?? otherSignal)
          : variant === 'ander'
            ? otherSignal
            : elsewhereSignal;
      const request =
        variant === 'eigen'
          ? (ownRequest.get(who as Role) ?? otherRequest)
          : variant === 'ander'
            ? otherRequest
            : elsewhereRequest;
      return record.kind === 'case' ? caseOf.get(request)! : request;
    }
    if (name === 'id' && route.url.startsWith('/api/v1/signalen/')) return fixed.signal!;
    if (name === 'id' && route.url.includes('/wijkagenda/')) return fixed.proposal!;
    if (name === 'id') return fixed.activity!;
    const value = fixed[name];
    if (!value) throw new Error(`The matrix has no value for :${name} in ${route.url}: add one to the fixtures`);
    return value;
  });
}

/**
 * The outcomes a status can mean. A 404 is a refusal where the person's record is the one record in the path; with a
 * second record in it (a match, a referral), a 404 may also be that second record not belonging to the first, so it
 * fits both.
 */
function outcomesOf(status: number, strict: boolean, open: boolean): (Outcome | 'fout')[] {
  if (status >= 500) return ['fout'];
  if (status === 401) return ['inloggen'];
  if (open) return ['toegang'];
  if (status === 403) return ['geweigerd'];
  if (status === 404) return strict ? ['geweigerd'] : ['geweigerd', 'toegang'];
  return ['toegang'];
}

// About a thousand requests: well under a minute on a quiet machine, so a wide margin.
describe('the permission matrix', { timeout: 300_000 }, () => {
  it('answers every route, role and record as the route rule and the policy say', async () => {
    const app = t.app;
    // Signing out ends the session the other cells use: it goes last.
    const routes = app.routeTable
      .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS')
      .sort((a, b) => Number(a.url === '/uitloggen') - Number(b.url === '/uitloggen'));
    const cookies = new Map<Who, string>([['anoniem', '']]);
    for (const role of roles) cookies.set(role, await sessionCookie(t, users.get(role)!));
    const csrf = new Map<Who, { csrf: string; cookie: string }>();
    for (const [who, cookie] of cookies) csrf.set(who, await formToken(t, '/inloggen', cookie));

    const mismatches: string[] = [];
    let cells = 0;
    for (const route of routes) {
      const record = personRecord(route);
      const variants: (Variant | null)[] = record ? ['eigen', 'ander', 'andere_gemeente'] : [null];
      for (const who of cookies.keys())
        for (const variant of variants) {
          const url = pathFor(route, who, variant);
          const form = csrf.get(who)!;
          const isApi = url.startsWith('/api/');
          const response = await app.inject({
            method: route.method as 'GET',
            url,
            headers: {
              cookie: form.cookie,
              ...(route.method === 'GET'
                ? {}
                : { 'content-type': isApi ? 'application/json' : 'application/x-www-form-urlencoded' }),
            },
            payload: route.method === 'GET' ? undefined : isApi ? '{}' : `_csrf=${encodeURIComponent(form.csrf)}`,
          });
          cells++;
          const want = expected(route, who, variant);
          const got = outcomesOf(
            response.statusCode,
            variant !== null && !route.url.includes(':matchId') && !route.url.includes(':referral'),
            route.access === 'iedereen',
          );
          if (!got.includes(want))
            mismatches.push(
              `${route.method} ${url} as ${who}${variant ? ` (${variant})` : ''}: ` +
                `${response.statusCode}, expected ${want}`,
            );
        }
    }
    expect(mismatches).toEqual([]);
    expect(cells).toBeGreaterThan(routes.length * 10);
    console.info(`permission matrix: ${routes.length} routes, ${cookies.size} actors, ${cells} cells`);
  });
});

describe('a route without a rule', () => {
  it('cannot be registered: the app refuses to start', async () => {
    const { default: Fastify } = await import('fastify');
    const { routeAccessOf } = await import('../../src/kernel/http/route-access.js');
    const app = Fastify();
    app.addHook('onRoute', (route) => void routeAccessOf(route));
    app.get('/met-regel', { config: { access: 'iedereen' } }, async () => 'ja');
    expect(() => app.get('/zonder-regel', async () => 'nee')).toThrow('Route GET /zonder-regel has no access rule');
    await app.close();
  });
});

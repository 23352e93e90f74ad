// The API of cases and consents (issue 12, deliver 10): the same gate as the pages. A team member lists cases with
// their deadlines, reads one with its timeline and adds a note; a resident reads and withdraws their consents and the
// next read by the recipient is refused; the team records a consent. Refusals are problem+json and logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError, withAccess } from '../../src/kernel/access/gate.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { saveGoal } from '../../src/modules/plans/index.js';
import { accessLogWatch, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeCase, makeHelpRequest, makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
let supporter: TestUser;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'apidorp' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'apidorp', 'Apidorp');
  teamMember = await makeUser(db, tenant, 'wijkteamlid', { displayName: 'Sanne Wijk' });
  supporter = await makeUser(db, tenant, 'clientondersteuner', { displayName: 'Olga Steun' });
});
afterAll(() => t.close());

/** A call as a signed-in person; a body goes as JSON, which is all the API takes (so no CSRF token is needed). */
async function call(who: TestUser, method: 'GET' | 'POST', url: string, body?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: {
      cookie: await sessionCookie(t, who),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function residentWithCase() {
  const db = t.database.db;
  const resident = await makeUser(db, tenant, 'bewoner');
  const request = await makeHelpRequest(db, { tenant, asker: resident });
  const opened = await makeCase(db, { tenant, request: { id: request.id, tenantId: tenant.id }, owner: teamMember });
  return { resident, request, caseId: opened.id };
}

describe('cases in the API', () => {
  it('lists the open cases with owner and deadlines, and logs each resident listed', async () => {
    const { resident, request, caseId } = await residentWithCase();
    const watch = accessLogWatch(t);
    const before = await watch.lastLogId();
    const response = await call(teamMember, 'GET', '/api/v1/casussen');
    expect(response.statusCode).toBe(200);
    const item = (response.json() as { casus: string }[]).find((i) => i.casus === caseId);
    expect(item).toMatchObject({
      hulpvraag: { id: request.id, code: request.reference },
      eigenaar: { id: teamMember.id, naam: 'Sanne Wijk' },
      termijnen: { eersteContact: { stand: expect.any(String) }, plan: { stand: expect.any(String) } },
    });
    expect(await watch.logSince(before, ['subject_user_id', 'category', 'action'])).toContainEqual({
      subject_user_id: resident.id,
      category: 'dossier',
      action: 'search',
    });
  });

  it('reads one case with its timeline, and adds a note to it', async () => {
    const { caseId } = await residentWithCase();
    expect(
      (await call(teamMember, 'POST', `/api/v1/casussen/${caseId}/notities`, { tekst: 'Gebeld.' })).statusCode,
    ).toBe(204);
    const one = await call(teamMember, 'GET', `/api/v1/casussen/${caseId}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: caseId, status: 'open' });
    expect((one.json() as { tijdlijn: unknown[] }).tijdlijn).toContainEqual(
      expect.objectContaining({ soort: 'notitie', tekst: 'Gebeld.', door: 'Sanne Wijk' }),
    );
  });

  it('refuses a resident (403), answers another municipality’s case as 404, and an empty note as 400', async () => {
    const { resident, caseId } = await residentWithCase();
    const refused = await call(resident, 'GET', `/api/v1/casussen/${caseId}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const elsewhere = await makeTenant(t.database.db, 'elders-api', 'Elders');
    const foreign = await makeCase(t.database.db, { tenant: elsewhere });
    expect((await call(teamMember, 'GET', `/api/v1/casussen/${foreign.id}`)).statusCode).toBe(404);
    const empty = await call(teamMember, 'POST', `/api/v1/casussen/${caseId}/notities`, { tekst: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.headers['content-type']).toContain('application/problem+json');
  });
});

describe('consents in the API', () => {
  const consentBody = {
    ontvanger: 'persoon',
    naam: 'Olga Steun',
    gegevens: 'dossier',
    doel: 'ondersteuning',
    hoe: 'mondeling',
    begin: '2026-01-01',
  };

  const readDossier = (resident: TestUser) =>
    withAccess(
      t.database.db,
      { kind: 'user', userId: supporter.id, tenantId: tenant.id, role: 'clientondersteuner' },
      { category: 'dossier', action: 'read', purpose: 'clientondersteuning', subjectUserId: resident.id },
      async () => 'gelezen',
    );

  it('the team records one; the resident reads it and withdraws it; the next read is refused', async () => {
    const { resident, caseId } = await residentWithCase();
    const recorded = await call(teamMember, 'POST', `/api/v1/casussen/${caseId}/toestemmingen`, {
      ...consentBody,
      email: supporter.email,
    });
    expect(recorded.statusCode).toBe(201);
    const { id } = recorded.json() as { id: string };
    expect(await readDossier(resident)).toBe('gelezen');

    const mine = await call(resident, 'GET', '/api/v1/mijn/toestemmingen');
    expect(mine.json()).toEqual([
      expect.objectContaining({ id, gegevens: 'dossier', stand: 'actief', vastgelegdDoor: 'Sanne Wijk' }),
    ]);
    const ofCase = await call(teamMember, 'GET', `/api/v1/casussen/${caseId}/toestemmingen`);
    expect((ofCase.json() as { id: string }[]).map((c) => c.id)).toEqual([id]);

    expect((await call(resident, 'POST', `/api/v1/mijn/toestemmingen/${id}/intrekken`)).statusCode).toBe(204);
    await expect(readDossier(resident)).rejects.toThrow(AccessDeniedError);
    expect((await call(resident, 'GET', '/api/v1/mijn/toestemmingen')).json()).toEqual([
      expect.objectContaining({ id, stand: 'ingetrokken' }),
    ]);
  });

  it('refuses another’s withdrawal (404), a category without consent (400), and a resident recording', async () => {
    const { caseId } = await residentWithCase();
    const other = await makeUser(t.database.db, tenant, 'bewoner');
    const recorded = await call(teamMember, 'POST', `/api/v1/casussen/${caseId}/toestemmingen`, consentBody);
    const { id } = recorded.json() as { id: string };
    expect((await call(other, 'POST', `/api/v1/mijn/toestemmingen/${id}/intrekken`)).statusCode).toBe(404);
    const wrong = await call(teamMember, 'POST', `/api/v1/casussen/${caseId}/toestemmingen`, {
      ...consentBody,
      gegevens: 'account',
    });
    expect(wrong.statusCode).toBe(400);
    expect(JSON.stringify(wrong.json())).toContain('gegevens');
    expect((await call(other, 'POST', `/api/v1/casussen/${caseId}/toestemmingen`, consentBody)).statusCode).toBe(403);
  });
});

describe('the plan in the API', () => {
  it('gives the resident their own plan and the team the case’s plan, each read in the resident’s log', async () => {
    const { resident, caseId } = await residentWithCase();
    const actor = { kind: 'user' as const, userId: resident.id, tenantId: tenant.id, role: resident.role };
    expect((await call(resident, 'GET', '/api/v1/mijn/plan')).statusCode).toBe(404);
    await saveGoal(t.database.db, actor, 'eigen', null, {
      domainKey: 'financien',
      goal: 'Mijn post zelf bijhouden.',
      wentWell: '',
    });
    const watch = accessLogWatch(t);
    const before = await watch.lastLogId();
    const mine = await call(resident, 'GET', '/api/v1/mijn/plan');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      casus: caseId,
      doelen: [{ onderwerp: 'financien', doel: 'Mijn post zelf bijhouden.' }],
    });
    const team = await call(teamMember, 'GET', `/api/v1/casussen/${caseId}/plan`);
    expect(team.json()).toMatchObject({
      wijzigingen: [expect.objectContaining({ rol: 'bewoner', nieuw: 'Mijn post zelf bijhouden.' })],
    });
    const rows = await watch.logSince(before, ['actor_user_id', 'subject_user_id', 'category']);
    expect(rows).toEqual([
      { actor_user_id: resident.id, subject_user_id: resident.id, category: 'plan' },
      { actor_user_id: teamMember.id, subject_user_id: resident.id, category: 'plan' },
    ]);
    // A client supporter without consent: refused, and the refusal is the resident's to see.
    expect((await call(supporter, 'GET', `/api/v1/casussen/${caseId}/plan`)).statusCode).toBe(403);
  });
});

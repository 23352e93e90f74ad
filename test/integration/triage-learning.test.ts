// The team's corrections teach triage: a changed route is kept as a training example of the municipality, read
// only by the functional administrator through the gate; a model trained with it becomes active and is recorded
// in every answer; a rollback brings back the one before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../../src/kernel/access/gate.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { candidateIndex, triageMany } from '../../src/modules/requests/index.js';
import {
  baseModel,
  listModels,
  modelFor,
  readCorrections,
  trainMunicipalityModel,
} from '../../src/modules/triage/index.js';
import { formToken, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { saveBuurt } from '../support/buurt.js';
import { makeHelpRequest, makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
let admin: TestUser;
let resident: TestUser;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'leerdorp' });
  tenant = await makeTenant(t.database.db, 'leerdorp', 'Leerdorp');
  await saveBuurt(t.database.db, tenant.id, { postcodes: true, activities: true });
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
  admin = await makeUser(t.database.db, tenant, 'beheerder');
  resident = await makeUser(t.database.db, tenant, 'bewoner');
});
afterAll(() => t.close());

const actorOf = (u: TestUser) => ({ kind: 'user' as const, userId: u.id, tenantId: u.tenantId, role: u.role });

async function changeRoute(requestId: string, route: string, need: string, reason: string) {
  const cookie = await sessionCookie(t, teamMember);
  const page = await formToken(t, `/team/hulpvragen/${requestId}`, cookie);
  return t.app.inject({
    method: 'POST',
    url: `/team/hulpvragen/${requestId}/triage`,
    headers: { cookie: page.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload:
      `_csrf=${encodeURIComponent(page.csrf)}&besluit=wijzigen&route=${route}` +
      `&behoeften=${need}&reden=${encodeURIComponent(reason)}`,
  });
}

describe('corrections', () => {
  it('keeps a changed route as a training example, logged for the asker', async () => {
    const row = await makeHelpRequest(t.database.db, {
      tenant,
      asker: resident,
      text: 'Mijn zoon van 16 komt om drie uur s nachts thuis en heeft ineens veel geld. Is er een sportclub?',
      route: 'collectief',
      needKeys: ['bewegen'],
    });
    expect((await changeRoute(row.id, 'professioneel', 'jongeren', 'Signalen van criminaliteit')).statusCode).toBe(303);
    const stored = await t.database.db
      .selectFrom('triage_corrections')
      .selectAll()
      .where('help_request_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      tenant_id: tenant.id,
      proposed_route: 'collectief',
      route: 'professioneel',
      needs: ['jongeren'],
      reason: 'Signalen van criminaliteit',
      subject_user_id: resident.id,
      corrected_by_user_id: teamMember.id,
    });
    const logged = await t.database.db
      .selectFrom('access_log')
      .select(['actor_user_id', 'purpose', 'outcome'])
      .where('category', '=', 'triagecorrectie')
      .where('subject_user_id', '=', resident.id)
      .execute();
    expect(logged).toContainEqual({ actor_user_id: teamMember.id, purpose: 'kwaliteit_triage', outcome: 'toegestaan' });
  });

  it('lets the functional administrator read them, and refuses the team member and the resident', async () => {
    const read = await readCorrections(t.database.db, actorOf(admin), tenant.id);
    expect(read.map((c) => c.reason)).toContain('Signalen van criminaliteit');
    for (const who of [teamMember, resident])
      await expect(readCorrections(t.database.db, actorOf(who), tenant.id)).rejects.toBeInstanceOf(AccessDeniedError);
    const refused = await t.database.db
      .selectFrom('access_log')
      .select('actor_user_id')
      .where('category', '=', 'triagecorrectie')
      .where('outcome', '=', 'geweigerd')
      .execute();
    expect(refused.map((r) => r.actor_user_id).sort()).toEqual([teamMember.id, resident.id].sort());
  });

  it('shows the review page to the administrator only', async () => {
    const page = await t.app.inject({ url: '/beheer/triage', headers: { cookie: await sessionCookie(t, admin) } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Signalen van criminaliteit');
    expect(page.body).toContain('Voorstel van Nabij (rij)');
    const refused = await t.app.inject({
      url: '/beheer/triage',
      headers: { cookie: await sessionCookie(t, teamMember) },
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe("a municipality's own model", () => {
  it(
    'is trained with the corrections, used for triage and recorded in the answer; a rollback goes back',
    { timeout: 300_000 },
    async () => {
      const base = baseModel();
      expect(base).toBeDefined();
      const system = { kind: 'system' as const, tenantId: tenant.id, process: 'opdrachtregel' as const };
      const report = await trainMunicipalityModel(t.database.db, system, tenant.id, 'leerdorp');
      expect(report.corrections).toBe(1);
      expect(report.model.version).toMatch(/^leerdorp-/);
      expect(report.model.version).not.toBe(base!.version);
      expect((await modelFor(t.database.db, tenant.id))?.version).toBe(report.model.version);

      const index = await candidateIndex(t.database.db, system, tenant.id, 9);
      const [answer] = await triageMany(t.database.db, tenant.id, index, [{ id: 'x', tekst: 'Is er koffie?' }]);
      expect(answer?.model).toBe(report.model.version);

      const cookie = await sessionCookie(t, admin);
      const page = await formToken(t, '/beheer/triage', cookie);
      const back = await t.app.inject({
        method: 'POST',
        url: '/beheer/triage/terugzetten',
        headers: { cookie: page.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: `_csrf=${encodeURIComponent(page.csrf)}`,
      });
      expect(back.statusCode).toBe(303);
      expect((await modelFor(t.database.db, tenant.id))?.version).toBe(base!.version);
      expect((await listModels(t.database.db, tenant.id)).map((m) => m.active)).toEqual([false]);
    },
  );
});

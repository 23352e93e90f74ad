// "Cijfers nu opnieuw berekenen" on /beheer/monitor: the administrator computes the figures at once instead of
// waiting for the night; nobody else may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formToken, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeHelpRequest, makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let admin: TestUser;
let teamMember: TestUser;
let tenantId: string;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'rekendorp' });
  const tenant = await makeTenant(t.database.db, 'rekendorp', 'Rekendorp');
  tenantId = tenant.id;
  admin = await makeUser(t.database.db, tenant, 'beheerder');
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
  await makeHelpRequest(t.database.db, { tenant, route: 'professioneel' });
});
afterAll(() => t.close());

const refreshedAt = async () =>
  (
    await t.database.db
      .selectFrom('monitor_settings')
      .select('refreshed_at')
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst()
  )?.refreshed_at ?? null;

describe('computing the monitor’s figures now', () => {
  it('computes them for the administrator and says when', async () => {
    expect(await refreshedAt()).toBeNull();
    const { csrf, cookie } = await formToken(t, '/beheer/monitor', await sessionCookie(t, admin));
    const response = await postForm(t, '/beheer/monitor/bijwerken', { _csrf: csrf }, cookie);
    expect(response.statusCode).toBe(303);
    expect(await refreshedAt()).not.toBeNull();
    const values = await t.database.db
      .selectFrom('monitor_values')
      .select('n')
      .where('tenant_id', '=', tenantId)
      .where('figure_key', '=', 'aandeel_professioneel')
      .where('wijk', '=', 'gemeente')
      .where('period_kind', '=', 'maand')
      .execute();
    expect(values.map((v) => Number(v.n))).toEqual([1]);
    const page = await t.app.inject({ url: response.headers.location as string, headers: { cookie } });
    expect(page.body).toContain('De cijfers zijn voor het laatst berekend op');
  });

  it('is refused to a team member', async () => {
    const { csrf, cookie } = await formToken(t, '/team/monitor', await sessionCookie(t, teamMember));
    const response = await postForm(t, '/beheer/monitor/bijwerken', { _csrf: csrf }, cookie);
    expect(response.statusCode).toBe(403);
  });
});

// The administrator sets the municipality's own details at /beheer/gemeente: the team's public contact and the
// province the open data (HSDS) needs in every address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTenantById, type Tenant } from '../../src/kernel/tenancy/queries.js';
import { formToken, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeActivity, makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let admin: TestUser;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'gegevensstad' });
  tenant = await makeTenant(t.database.db, 'gegevensstad', 'Gegevensstad');
  admin = await makeUser(t.database.db, tenant, 'beheerder');
  await makeActivity(t.database.db, { tenant });
});
afterAll(() => t.close());

describe('the municipality’s details', () => {
  it('warns on /beheer while the province is missing, with a link to set it', async () => {
    const cookie = await sessionCookie(t, admin);
    const page = await t.app.inject({ url: '/beheer', headers: { cookie } });
    expect(page.body).toContain('De provincie van de gemeente ontbreekt');
    expect(page.body).toContain('href="/beheer/gemeente"');
  });

  it('refuses a province that is not one of the twelve, says so beside the field, keeps what was typed', async () => {
    const { csrf, cookie } = await formToken(t, '/beheer/gemeente', await sessionCookie(t, admin));
    const answer = await postForm(
      t,
      '/beheer/gemeente',
      { _csrf: csrf, telefoon: '030 765 43 21', email: 'team@gegevensstad.example', provincie: 'Bourgondië' },
      cookie,
    );
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('id="veld-provincie-fout"');
    expect(answer.body).toContain('Kies een provincie uit de lijst.');
    expect(answer.body).toContain('value="030 765 43 21"');
    expect((await findTenantById(t.database.db, tenant.id))?.teamPhone).toBeNull();
  });

  it('saves contact and province, after which the addresses of the open data carry the province', async () => {
    const { csrf, cookie } = await formToken(t, '/beheer/gemeente', await sessionCookie(t, admin));
    const answer = await postForm(
      t,
      '/beheer/gemeente',
      { _csrf: csrf, telefoon: '030 765 43 21', email: 'team@gegevensstad.example', provincie: 'Zeeland' },
      cookie,
    );
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/beheer/gemeente?opgeslagen=1');
    expect(await findTenantById(t.database.db, tenant.id)).toMatchObject({
      teamPhone: '030 765 43 21',
      teamEmail: 'team@gegevensstad.example',
      province: 'Zeeland',
    });
    const addresses = await t.app.inject({ url: '/api/v1/hsds/addresses.csv' });
    expect(addresses.statusCode).toBe(200);
    const [header, ...rows] = addresses.body.trim().split(/\r?\n/);
    const column = header!.split(',').indexOf('state_province');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(',')[column]).toBe('Zeeland');
    const page = await t.app.inject({ url: '/beheer', headers: { cookie } });
    expect(page.body).not.toContain('De provincie van de gemeente ontbreekt');
  });

  it('is for the administrator only', async () => {
    const teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
    const page = await t.app.inject({
      url: '/beheer/gemeente',
      headers: { cookie: await sessionCookie(t, teamMember) },
    });
    expect(page.statusCode).toBe(403);
  });
});

// The administrator's postcodes per buurt (/beheer/postcodes), which place help requests in their wijk for the
// monitor: saved and shown again, a list that cannot be read or gives a postcode to two buurten refused next to the
// field with what was typed kept, the count of requests no postcode places, and only for the administrator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureArea } from '../../src/kernel/tenancy/queries.js';
import { formToken, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeHelpRequest, makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let admin: TestUser;
let teamMember: TestUser;
let north: string;
let south: string;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'postcodedorp' });
  const tenant = await makeTenant(t.database.db, 'postcodedorp', 'Postcodedorp');
  const wijk = await t.database.db
    .selectFrom('neighbourhoods')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .executeTakeFirstOrThrow();
  await ensureArea(t.database.db, tenant.id, wijk.id, 'Noord', null);
  await ensureArea(t.database.db, tenant.id, wijk.id, 'Zuid', null);
  const areas = await t.database.db
    .selectFrom('areas')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenant.id)
    .execute();
  north = areas.find((a) => a.name === 'Noord')!.id;
  south = areas.find((a) => a.name === 'Zuid')!.id;
  admin = await makeUser(t.database.db, tenant, 'beheerder');
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
  await makeHelpRequest(t.database.db, { tenant, postcode: '3581 AB' });
  await makeHelpRequest(t.database.db, { tenant, postcode: '3582 CD' });
});
afterAll(() => t.close());

const save = async (fields: Record<string, string>) => {
  const { csrf, cookie } = await formToken(t, '/beheer/postcodes', await sessionCookie(t, admin));
  return postForm(t, '/beheer/postcodes', { _csrf: csrf, ...fields }, cookie);
};

describe('postcodes per buurt', () => {
  it('saves the postcodes of each buurt and shows them again, with how many requests are not placed', async () => {
    const cookie = await sessionCookie(t, admin);
    const before = await t.app.inject({ url: '/beheer/postcodes', headers: { cookie } });
    expect(before.body).toContain('2 hulpvragen vallen nog in geen enkele buurt');
    const saved = await save({ [`buurt-${north}`]: '3581', [`buurt-${south}`]: '3582 cd, 3583' });
    expect(saved.statusCode).toBe(303);
    const after = await t.app.inject({ url: '/beheer/postcodes?opgeslagen=1', headers: { cookie } });
    expect(after.body).toContain('value="3582 CD, 3583"');
    expect(after.body).toContain('Elke hulpvraag valt nu in een buurt.');
  });

  it('refuses an unreadable list and a postcode in two buurten, next to the field, keeping the typing', async () => {
    const unreadable = await save({ [`buurt-${north}`]: '3581 Utrecht', [`buurt-${south}`]: '3582' });
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.body).toContain('Schrijf postcodes als 4 cijfers');
    expect(unreadable.body).toContain('value="3581 Utrecht"');
    const twice = await save({ [`buurt-${north}`]: '3581', [`buurt-${south}`]: '3581' });
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain('Een postcode hoort bij één buurt.');
    const kept = await t.database.db.selectFrom('area_postcodes').select('postcode_prefix').execute();
    expect(kept.map((r) => r.postcode_prefix).sort()).toEqual(['3581', '3582CD', '3583']);
  });

  it('is the administrator’s page only', async () => {
    const response = await t.app.inject({
      url: '/beheer/postcodes',
      headers: { cookie: await sessionCookie(t, teamMember) },
    });
    expect(response.statusCode).toBe(403);
  });
});

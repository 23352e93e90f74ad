// The test factories themselves: each makes a consistent object with its parents, and two calls never collide.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMatchableVolunteers } from '../../src/modules/requests/index.js';
import { requestByStatusToken } from '../../src/modules/requests/queries/requests.js';
import { sessionCookie, type TestApp, testApp } from './app.js';
import {
  makeActivity,
  makeHelpRequest,
  makeMatch,
  makeTenant,
  makeUser,
  makeVolunteer,
  TEST_POINT,
} from './factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const db = () => t.database.db;
const system = (tenantId: string) => ({ kind: 'system' as const, tenantId, process: 'opdrachtregel' as const });

describe('makeActivity', () => {
  it('saves an activity with its own municipality, organisation and place', async () => {
    const activity = await makeActivity(db());
    const row = await db()
      .selectFrom('activities')
      .innerJoin('organisations', 'organisations.id', 'activities.organisation_id')
      .innerJoin('places', 'places.id', 'activities.place_id')
      .select([
        'activities.tenant_id',
        'activities.external_id',
        'activities.name',
        'activities.provider_name',
        'organisations.tenant_id as organisation_tenant',
        'organisations.name as organisation_name',
        'organisations.owner_user_id',
        'places.tenant_id as place_tenant',
        'places.id as place_id',
      ])
      .where('activities.id', '=', activity.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      tenant_id: activity.tenantId,
      external_id: activity.externalId,
      name: activity.name,
      organisation_tenant: activity.tenantId,
      organisation_name: row.provider_name,
      owner_user_id: null,
      place_tenant: activity.tenantId,
      place_id: activity.placeId,
    });
    expect(activity.owner).toBeNull();
  });

  it('hands the organisation to an owner, who finds the entry on their own page', async () => {
    const activity = await makeActivity(db(), { owner: true, name: 'Breiclub De Steek' });
    expect(activity.owner).toMatchObject({ tenantId: activity.tenantId, role: 'initiatiefnemer' });
    const organisation = await db()
      .selectFrom('organisations')
      .select('owner_user_id')
      .where('id', '=', activity.organisationId!)
      .executeTakeFirstOrThrow();
    expect(organisation.owner_user_id).toBe(activity.owner?.id);
    const page = await t.app.inject({
      url: '/mijn/activiteiten',
      headers: { cookie: await sessionCookie(t, activity.owner!) },
    });
    expect(page.body).toContain(`href="/mijn/activiteiten/${activity.id}"`);
    expect(page.body).toContain('Breiclub De Steek');
  });

  it('makes a second activity that shares nothing with the first but the municipality it is given', async () => {
    const tenant = await makeTenant(db());
    const first = await makeActivity(db(), { tenant });
    const second = await makeActivity(db(), { tenant });
    expect(second.tenantId).toBe(first.tenantId);
    expect(second.id).not.toBe(first.id);
    expect(second.externalId).not.toBe(first.externalId);
    expect(second.organisationId).not.toBe(first.organisationId);
    expect(second.placeId).not.toBe(first.placeId);
  });

  it('refuses an owner of another municipality', async () => {
    const owner = await makeUser(db(), await makeTenant(db()), 'initiatiefnemer');
    await expect(makeActivity(db(), { tenant: await makeTenant(db()), owner })).rejects.toThrow(/municipalities/);
  });
});

describe('makeVolunteer', () => {
  it('imports a volunteer without an account, whom triage can propose', async () => {
    const volunteer = await makeVolunteer(db(), { firstName: 'Ria', offers: ['klussen'] });
    expect(volunteer.account).toBeNull();
    const candidates = await loadMatchableVolunteers(db(), system(volunteer.tenantId), volunteer.tenantId);
    expect(candidates).toEqual([
      expect.objectContaining({
        id: volunteer.externalId,
        firstName: 'Ria',
        offers: ['klussen'],
        point: TEST_POINT,
        vogValid: true,
      }),
    ]);
  });

  it('signs up a volunteer with their own account in the same municipality', async () => {
    const volunteer = await makeVolunteer(db(), { account: true, gender: 'v' });
    const row = await db()
      .selectFrom('volunteers')
      .innerJoin('users', 'users.id', 'volunteers.user_id')
      .select(['volunteers.tenant_id', 'volunteers.external_id', 'volunteers.gender', 'users.tenant_id as user_tenant'])
      .where('volunteers.id', '=', volunteer.id)
      .executeTakeFirstOrThrow();
    expect(volunteer.account).toMatchObject({ role: 'vrijwilliger', tenantId: volunteer.tenantId });
    expect(row).toEqual({
      tenant_id: volunteer.tenantId,
      external_id: `nb-${volunteer.account?.id}`,
      gender: 'v',
      user_tenant: volunteer.tenantId,
    });
    expect(volunteer.externalId).toBe(row.external_id);
    expect(volunteer.firstName).toBe(volunteer.account?.displayName.split(' ')[0]);
  });

  it('leaves out a volunteer who is away, and keeps two volunteers of one municipality apart', async () => {
    const tenant = await makeTenant(db());
    const today = new Date().toISOString().slice(0, 10);
    const here = await makeVolunteer(db(), { tenant });
    const away = await makeVolunteer(db(), { tenant, unavailable: [{ van: today, tot: today }] });
    expect(away.id).not.toBe(here.id);
    expect(away.externalId).not.toBe(here.externalId);
    const candidates = await loadMatchableVolunteers(db(), system(tenant.id), tenant.id);
    expect(candidates.map((c) => c.id)).toEqual([here.externalId]);
  });

  it('refuses what only a file has for a volunteer who signed up', async () => {
    await expect(makeVolunteer(db(), { account: true, externalId: 'v99' })).rejects.toThrow(/externalId/);
  });
});

describe('makeHelpRequest', () => {
  it('stores a request whose status link opens the asker’s own page', async () => {
    const request = await makeHelpRequest(db(), { route: 'collectief', needKeys: ['ontmoeting'] });
    const row = await db()
      .selectFrom('help_requests')
      .select(['tenant_id', 'reference', 'state', 'route', 'need_keys', 'asker_user_id'])
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      tenant_id: request.tenantId,
      reference: request.reference,
      state: 'nieuw',
      route: 'collectief',
      need_keys: ['ontmoeting'],
      asker_user_id: null,
    });
    const token = request.statusPath.split('/').at(-1)!;
    expect(await requestByStatusToken(db(), token)).toMatchObject({ id: request.id, tenant_id: request.tenantId });
    const page = await t.app.inject({ url: request.statusPath });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(request.reference);
  });

  it('belongs to a signed-in asker, in a given state, and two never share a reference or a link', async () => {
    const tenant = await makeTenant(db());
    const asker = await makeUser(db(), tenant, 'bewoner');
    const first = await makeHelpRequest(db(), { asker, state: 'in_behandeling' });
    const second = await makeHelpRequest(db(), { asker });
    const rows = await db()
      .selectFrom('help_requests')
      .select(['id', 'tenant_id', 'state', 'asker_user_id', 'contact_email'])
      .where('asker_user_id', '=', asker.id)
      .orderBy('created_at')
      .execute();
    expect(rows.map((r) => r.state).sort()).toEqual(['in_behandeling', 'nieuw']);
    expect(rows.every((r) => r.tenant_id === tenant.id && r.contact_email === asker.email)).toBe(true);
    expect(second.id).not.toBe(first.id);
    expect(second.reference).not.toBe(first.reference);
    expect(second.statusPath).not.toBe(first.statusPath);
  });
});

describe('makeMatch', () => {
  const matchRow = (id: string) =>
    db()
      .selectFrom('matches')
      .select(['tenant_id', 'request_id', 'volunteer_id', 'activity_id', 'state', 'proposed_by_user_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('proposes the volunteer for a new request of their municipality, and mails them the link', async () => {
    const match = await makeMatch(t.app.ctx, { volunteer: await makeVolunteer(db(), { account: true }) });
    expect(await matchRow(match.id)).toEqual({
      tenant_id: match.tenantId,
      request_id: match.request.id,
      volunteer_id: match.volunteer?.id,
      activity_id: null,
      state: 'voorgesteld',
      proposed_by_user_id: match.proposer.id,
    });
    expect([match.request.tenantId, match.volunteer?.tenantId, match.proposer.tenantId]).toEqual([
      match.tenantId,
      match.tenantId,
      match.tenantId,
    ]);
    expect(match.proposer.role).toBe('wijkteamlid');
    expect(t.mails.at(-1)?.to).toBe(match.volunteer?.account?.email);
    expect(t.mails.at(-1)?.text).toContain(match.volunteerPath);
    expect((await t.app.inject({ url: match.volunteerPath! })).statusCode).toBe(200);
  });

  it('takes a match as far as both sides’ yes, and proposes an activity as well', async () => {
    const agreed = await makeMatch(t.app.ctx, { state: 'vrijwilliger_akkoord' });
    expect((await matchRow(agreed.id)).state).toBe('vrijwilliger_akkoord');
    expect(agreed.askerPath).toMatch(/^\/koppeling\//);
    const active = await makeMatch(t.app.ctx, { state: 'actief' });
    expect((await matchRow(active.id)).state).toBe('actief');
    const activity = await makeActivity(db());
    const going = await makeMatch(t.app.ctx, { activity, state: 'actief' });
    expect(await matchRow(going.id)).toMatchObject({
      tenant_id: activity.tenantId,
      volunteer_id: null,
      activity_id: activity.id,
      state: 'actief',
    });
    expect(going.volunteer).toBeNull();
    expect(going.volunteerPath).toBeNull();
  });

  it('makes two matches for one request that share only what they were given', async () => {
    const request = await makeHelpRequest(db());
    const first = await makeMatch(t.app.ctx, { request });
    const second = await makeMatch(t.app.ctx, { request });
    expect(second.request.id).toBe(first.request.id);
    expect(second.id).not.toBe(first.id);
    expect(second.volunteer?.id).not.toBe(first.volunteer?.id);
    expect(second.volunteerPath).not.toBe(first.volunteerPath);
  });

  it('refuses parents of two municipalities', async () => {
    const request = await makeHelpRequest(db());
    const volunteer = await makeVolunteer(db());
    await expect(makeMatch(t.app.ctx, { request, volunteer })).rejects.toThrow(/municipalities/);
  });
});

// Everyday use by volunteers and the team (issue 11): languages chosen by name and Papiaments imported, dates in
// Dutch notation, a VOG that counts only once the team has seen it, the whole offer changed after sign-up, and the
// allowance amounts per year as a setting.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTableFile } from '../../src/kernel/tables/index.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { parseActivityRows, saveActivities } from '../../src/modules/socialbase/index.js';
import { loadVolunteerCandidates } from '../../src/modules/volunteers/index.js';
import { formToken, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, makeVolunteer, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
let admin: TestUser;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'dagelijks', NABIJ_FORM_RATE_LIMIT: '500' });
  tenant = await makeTenant(t.database.db, 'dagelijks', 'Dagelijks');
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
  admin = await makeUser(t.database.db, tenant, 'beheerder');
});
afterAll(() => t.close());

const volunteerRow = (userId: string) =>
  t.database.db.selectFrom('volunteers').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();

const vogDateOf = async (userId: string) => {
  const row = await volunteerRow(userId);
  return row.vog_date === null ? null : new Date(row.vog_date).toISOString().slice(0, 10);
};

/** Posts a form as a signed-in person, with the token of the page that has the form. */
async function post(user: TestUser, page: string, url: string, fields: Record<string, string | string[]>) {
  const form = await formToken(t, page, await sessionCookie(t, user));
  const body = new URLSearchParams({ _csrf: form.csrf });
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  });
}

const signUpFields = (extra: Record<string, string | string[]>) => ({
  voornaam: 'Shanice',
  email: 'ongebruikt@voorbeeld.nl',
  postcode: '',
  biedt: 'boodschappen',
  afspraken: 'ja',
  ...extra,
});

describe('signing up with languages by name and a Dutch date', () => {
  it('offers the common languages as boxes by name, and a field for another one', async () => {
    const page = await t.app.inject({ url: '/helpen/aanmelden' });
    expect(page.body).toContain('Papiaments');
    expect(page.body).toMatch(/name="talen" value="pap"/);
    expect(page.body).toContain('name="andere_taal"');
    expect(page.body).not.toContain('Codes zoals nl;ar;tr');
    expect(page.body).toMatch(/<input[^>]*type="date"[^>]*name="vog_datum"/);
  });

  it('keeps the codes of what was ticked and written by name, and reads 18-03-2025', async () => {
    const resident = await makeUser(t.database.db, tenant, 'bewoner');
    const response = await post(resident, '/helpen/aanmelden', '/helpen/aanmelden', {
      ...signUpFields({ talen: ['nl', 'pap'], andere_taal: 'Tamazight, hongaars', vog_datum: '18-3-2025' }),
    });
    expect(response.statusCode).toBe(303);
    const row = await volunteerRow(resident.id);
    expect(row.languages).toEqual(['nl', 'pap', 'zgh', 'hu']);
    expect(await vogDateOf(resident.id)).toBe('2025-03-18');
    expect(row.vog_status).toBe('opgegeven');
  });

  it('says so when a language is unknown or a date cannot be read, and keeps what was typed', async () => {
    const resident = await makeUser(t.database.db, tenant, 'bewoner');
    const response = await post(resident, '/helpen/aanmelden', '/helpen/aanmelden', {
      ...signUpFields({ talen: 'nl', andere_taal: 'Klingon', vog_datum: '31-02-2025' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Deze taal kennen we niet.');
    expect(response.body).toContain('Schrijf de datum als 18-03-2025');
    expect(response.body).toContain('value="31-02-2025"');
    expect(response.body).toContain('value="Klingon"');
    expect(response.body).toContain('href="#veld-andere_taal"');
    expect(response.body).toContain('id="veld-andere_taal"');
  });
});

describe('the VOG a volunteer typed', () => {
  it('does not count for matching until someone of the team marks it seen, which is logged', async () => {
    const account = await makeUser(t.database.db, tenant, 'vrijwilliger');
    const today = new Date().toISOString().slice(0, 10);
    const volunteer = await makeVolunteer(t.database.db, { tenant, account, vogDate: today, vogSeen: false });
    const counted = async () =>
      (
        await loadVolunteerCandidates(
          t.database.db,
          { kind: 'system', tenantId: tenant.id, process: 'opdrachtregel' },
          tenant.id,
        )
      ).find((c) => c.id === volunteer.externalId)?.vogValid;
    expect(await counted()).toBe(false);

    const list = await t.app.inject({
      url: '/team/vrijwilligers',
      headers: { cookie: await sessionCookie(t, teamMember) },
    });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/team/vrijwilligers/${volunteer.id}`);
    const page = `/team/vrijwilligers/${volunteer.id}`;
    const before = await t.app.inject({ url: page, headers: { cookie: await sessionCookie(t, teamMember) } });
    expect(before.body).toContain('Nog niet gezien door het wijkteam');

    // A date other than the one on the page (the volunteer changed it meanwhile) is not marked.
    const stale = await post(teamMember, page, `${page}/vog-gezien`, { vog_datum: '2020-01-01' });
    expect(stale.statusCode).toBe(409);
    expect(await counted()).toBe(false);

    const marked = await post(teamMember, page, `${page}/vog-gezien`, { vog_datum: today });
    expect(marked.statusCode).toBe(303);
    expect(await counted()).toBe(true);
    const row = await volunteerRow(account.id);
    expect(row.vog_status).toBe('gezien');
    expect(row.vog_seen_by).toBe(teamMember.id);
    const logged = await t.database.db
      .selectFrom('access_log')
      .select(['action', 'purpose'])
      .where('actor_user_id', '=', teamMember.id)
      .where('subject_user_id', '=', account.id)
      .where('action', '=', 'update')
      .execute();
    // The refused attempt and the mark: both logged, both for checking the VOG.
    expect(logged).toEqual([
      { action: 'update', purpose: 'vog_controle' },
      { action: 'update', purpose: 'vog_controle' },
    ]);
  });

  it('can be marked by the team only', async () => {
    const account = await makeUser(t.database.db, tenant, 'vrijwilliger');
    const volunteer = await makeVolunteer(t.database.db, { tenant, account, vogSeen: false });
    const response = await post(account, '/mijn/vrijwilliger', `/team/vrijwilligers/${volunteer.id}/vog-gezien`, {
      vog_datum: new Date().toISOString().slice(0, 10),
    });
    expect(response.statusCode).toBe(403);
    expect((await volunteerRow(account.id)).vog_status).toBe('opgegeven');
  });
});

describe('changing the whole offer', () => {
  it('shows the offer filled in, saves the change, and asks the team to see a new VOG date', async () => {
    const account = await makeUser(t.database.db, tenant, 'vrijwilliger');
    await makeVolunteer(t.database.db, {
      tenant,
      account,
      offers: ['boodschappen'],
      languages: ['nl', 'pap', 'hu'],
      availability: ['za'],
      radiusKm: 2,
      vogDate: '2025-03-18',
    });
    expect((await volunteerRow(account.id)).vog_status).toBe('gezien');
    const cookie = await sessionCookie(t, account);
    const own = await t.app.inject({ url: '/mijn/vrijwilliger', headers: { cookie } });
    expect(own.body.replace(/\u00a0/g, ' ')).toContain('href="/mijn/vrijwilliger/aanbod"');
    const form = await t.app.inject({ url: '/mijn/vrijwilliger/aanbod', headers: { cookie } });
    expect(form.statusCode).toBe(200);
    expect(form.body).toMatch(/value="boodschappen"[^>]*checked/);
    expect(form.body).toMatch(/value="pap"[^>]*checked/);
    expect(form.body).toMatch(/value="za-middag"[^>]*checked/);
    expect(form.body).toContain('value="Hongaars"');
    expect(form.body).toContain('value="2025-03-18"');

    const same = {
      biedt: ['boodschappen', 'klussen'],
      rollen: 'klussen',
      moment: ['di-avond'],
      straal: '5',
      tegelijk: '2',
      talen: ['nl', 'pap'],
      andere_taal: '',
      grenzen: 'Geen honden',
      vog_datum: '18-03-2025',
    };
    const saved = await post(account, '/mijn/vrijwilliger/aanbod', '/mijn/vrijwilliger/aanbod', same);
    expect(saved.statusCode).toBe(303);
    const after = await t.app.inject({ url: String(saved.headers.location), headers: { cookie } });
    expect(after.body).toContain('Je aanbod is veranderd.');
    const row = await volunteerRow(account.id);
    expect(row).toMatchObject({
      offers: ['boodschappen', 'klussen'],
      roles: ['klussen'],
      availability: ['di-avond'],
      radius_km: 5,
      max_matches: 2,
      languages: ['nl', 'pap'],
      boundaries: 'Geen honden',
      vog_status: 'gezien',
    });

    await post(account, '/mijn/vrijwilliger/aanbod', '/mijn/vrijwilliger/aanbod', { ...same, vog_datum: '1-6-2026' });
    expect(await vogDateOf(account.id)).toBe('2026-06-01');
    expect((await volunteerRow(account.id)).vog_status).toBe('opgegeven');
  });

  it('refuses a form without anything to help with, keeping the rest', async () => {
    const account = await makeUser(t.database.db, tenant, 'vrijwilliger');
    await makeVolunteer(t.database.db, { tenant, account });
    const response = await post(account, '/mijn/vrijwilliger/aanbod', '/mijn/vrijwilliger/aanbod', {
      grenzen: 'Niet op zondag',
      talen: 'tr',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Kies minstens één ding waar je bij wilt helpen.');
    expect(response.body).toContain('Niet op zondag');
    expect(response.body).toMatch(/value="tr"[^>]*checked/);
  });
});

describe('the allowance limits per year', () => {
  it('shows this year’s amounts, and warns the administrator when the year has none', async () => {
    const year = new Date().getFullYear();
    const account = await makeUser(t.database.db, tenant, 'vrijwilliger');
    await makeVolunteer(t.database.db, { tenant, account });
    const own = await t.app.inject({ url: '/mijn/vrijwilliger', headers: { cookie: await sessionCookie(t, account) } });
    expect(own.body.replace(/\u00a0/g, ' ')).toContain(
      `${year}: € 0,00 van de € 2.100,00 die dit jaar belastingvrij mag (€ 210,00 per maand)`,
    );
    expect(own.body).not.toMatch(/bedragen van 20\d\d/);

    const adminCookie = await sessionCookie(t, admin);
    const warning = `De bedragen van de vrijwilligersvergoeding voor ${year} staan nog niet in Nabij.`;
    expect((await t.app.inject({ url: '/beheer', headers: { cookie: adminCookie } })).body).not.toContain(warning);
    const saved = await t.database.db.deleteFrom('allowance_limits').where('year', '=', year).execute();
    expect(saved).toHaveLength(1);
    expect((await t.app.inject({ url: '/beheer', headers: { cookie: adminCookie } })).body).toContain(warning);

    const refused = await post(admin, '/beheer/vrijwilligersvergoeding', '/beheer/vrijwilligersvergoeding', {
      jaar: String(year),
      per_maand: 'veel',
      per_jaar: '2100',
    });
    expect(refused.statusCode).toBe(400);
    const set = await post(admin, '/beheer/vrijwilligersvergoeding', '/beheer/vrijwilligersvergoeding', {
      jaar: String(year),
      per_maand: '210',
      per_jaar: '2.100',
    });
    expect(set.statusCode).toBe(303);
    expect((await t.app.inject({ url: '/beheer', headers: { cookie: adminCookie } })).body).not.toContain(warning);
  });
});

describe('the allowance warning for hours of another year', () => {
  it('speaks of the amounts of the year the hours are in, not of this year', async () => {
    const lastYear = new Date().getFullYear() - 1;
    const set = await post(admin, '/beheer/vrijwilligersvergoeding', '/beheer/vrijwilligersvergoeding', {
      jaar: String(lastYear),
      per_maand: '190',
      per_jaar: '1.900',
    });
    expect(set.statusCode).toBe(303);
    const account = await makeUser(t.database.db, tenant, 'vrijwilliger');
    await makeVolunteer(t.database.db, { tenant, account });
    const saved = await post(account, '/mijn/vrijwilliger', '/mijn/vrijwilliger/uren', {
      datum: `15-12-${lastYear}`,
      uren: '3',
      vergoeding: '200',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/mijn/vrijwilliger?opgeslagen=1&boven=maand&jaar=${lastYear}`);
    const page = await t.app.inject({
      url: String(saved.headers.location),
      headers: { cookie: await sessionCookie(t, account) },
    });
    expect(page.body.replace(/\u00a0/g, ' ')).toContain(
      `boven de belastingvrije vergoeding van ${lastYear} (€ 190,00 per maand)`,
    );
  });
});

describe('Papiaments in the social base', () => {
  it('imports a neighbourhood with Papiaments activities and finds them by the language filter', async () => {
    const file = new URL('../../src/modules/triage/corpus/gezien/buurt-zuidwaard/activiteiten.csv', import.meta.url);
    const { rows, errors } = parseActivityRows(await readTableFile(await readFile(file)));
    expect(errors).toEqual([]);
    const papiaments = rows.filter((r) => r.languages.includes('pap'));
    expect(papiaments.length).toBeGreaterThan(0);
    await saveActivities(t.database.db, tenant.id, rows);

    const map = await t.app.inject({ url: '/sociale-kaart' });
    expect(map.body).toMatch(/<option value="pap"[^>]*>Papiaments<\/option>/);
    const found = await t.app.inject({
      url: `/sociale-kaart?q=${encodeURIComponent(papiaments[0]!.name)}&gesproken_taal=pap`,
    });
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain(papiaments[0]!.name.replace(/&/g, '&amp;'));
  });
});

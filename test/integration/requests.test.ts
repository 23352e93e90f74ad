// Help requests end to end over HTTP: asking for yourself and for someone else, spoed, the team queue and
// its triage decisions, matching with both sides' yes, follow-up, outcome and rating, and the triage API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTeamContact, type Tenant } from '../../src/kernel/tenancy/queries.js';
import { loadMatchableVolunteers, proposeMatch, sendFollowUps } from '../../src/modules/requests/index.js';
import { formToken, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { saveBuurt } from '../support/buurt.js';
import { makeActivity, makeHelpRequest, makeMatch, makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let teamMember: TestUser;
let resident: TestUser;
let council: TestUser;
let tenant: Tenant;
let tenantId: string;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'hulpdorp' });
  tenant = await makeTenant(t.database.db, 'hulpdorp', 'Hulpdorp');
  tenantId = tenant.id;
  await setTeamContact(t.database.db, tenant.id, { phone: '030 000 00 00', email: 'team@hulpdorp.example' });
  await saveBuurt(t.database.db, tenant.id, {
    postcodes: true,
    activities: true,
    volunteers: true,
    vogCheckedOn: '2026-11-23',
  });
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
  resident = await makeUser(t.database.db, tenant, 'bewoner');
  council = await makeUser(t.database.db, tenant, 'klankbordgroep');
});
afterAll(() => t.close());

/** Walks the resident's form: story, (someone else), details. Returns the final response and the cookie. */
async function ask(
  story: Record<string, string>,
  details: Record<string, string>,
  other?: Record<string, string>,
  cookie = '',
) {
  const start = await formToken(t, '/hulp/vraag', cookie);
  const step1 = await postForm(t, '/hulp/vraag', { _csrf: start.csrf, ...story }, start.cookie);
  expect(step1.statusCode).toBe(200);
  let last = step1;
  if (other) {
    last = await postForm(t, '/hulp/ander', { _csrf: start.csrf, ...story, ...other }, start.cookie);
    expect(last.statusCode).toBe(200);
  }
  const final = await postForm(
    t,
    '/hulp/versturen',
    { _csrf: start.csrf, ...story, ...(other ?? {}), ...details },
    start.cookie,
  );
  return { step1, last, final, cookie: start.cookie };
}

const requestByReference = (reference: string) =>
  t.database.db.selectFrom('help_requests').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();

describe('asking for help', () => {
  it('takes a request for yourself, triages it, and gives a status page to follow', async () => {
    const { final } = await ask(
      {
        tekst: 'Sinds mijn man overleden is zie ik bijna niemand meer. Is er ergens koffie in de buurt?',
        voor_wie: 'mij',
      },
      {
        postcode: '3532 lc',
        dag: 'di',
        dagdeel: 'ochtend',
        taal: '',
        naam: 'Truus Jansen',
        email: 'truus@voorbeeld.nl',
        telefoon: '',
      },
    );
    expect(final.statusCode).toBe(303);
    const status = await t.app.inject({ url: String(final.headers.location) });
    expect(status.statusCode).toBe(200);
    const reference = /HV-[A-Z0-9]{5}/.exec(status.body)?.[0] ?? '';
    const stored = await requestByReference(reference);
    expect(stored.need_keys).toContain('ontmoeting');
    expect(stored.postcode).toBe('3532 LC');
    expect(stored.moments).toEqual(['di-ochtend']);
    expect(t.mails.at(-1)).toMatchObject({ to: 'truus@voorbeeld.nl', subject: `Je hulpvraag ${reference} is binnen` });
    expect(status.body).not.toContain('112');
  });

  it('takes a request on someone’s behalf, with their relation and consent', async () => {
    const story = {
      tekst: 'Mijn buurvrouw van 84 krijgt haar boodschappen niet meer gedaan sinds ze gevallen is.',
      voor_wie: 'ander',
    };
    const { final } = await ask(
      story,
      { postcode: '', dag: '', dagdeel: '', taal: '', naam: 'Karin', email: '', telefoon: '06-11112222' },
      { naam_ander: 'Mien', relatie: 'buurvrouw', toestemming: 'ja' },
    );
    expect(final.statusCode).toBe(303);
    const reference =
      /HV-[A-Z0-9]{5}/.exec((await t.app.inject({ url: String(final.headers.location) })).body)?.[0] ?? '';
    const stored = await requestByReference(reference);
    expect(stored).toMatchObject({
      for_someone_else: true,
      subject_name: 'Mien',
      relation: 'buurvrouw',
      subject_consent: 'ja',
      contact_phone: '06-11112222',
    });
  });

  it('leaves a NUL character out instead of failing on it', async () => {
    const { final } = await ask(
      { tekst: 'Ik zoek hulp met mijn boodschappen\u0000 op dinsdag.', voor_wie: 'mij' },
      {
        postcode: '',
        dag: '',
        dagdeel: '',
        taal: '',
        naam: 'Bep\u0000 de Groot',
        email: 'bep@voorbeeld.nl',
        telefoon: '',
      },
    );
    expect(final.statusCode).toBe(303);
    const reference =
      /HV-[A-Z0-9]{5}/.exec((await t.app.inject({ url: String(final.headers.location) })).body)?.[0] ?? '';
    const stored = await requestByReference(reference);
    expect(stored.text).toBe('Ik zoek hulp met mijn boodschappen op dinsdag.');
    expect(stored.asker_name).toBe('Bep de Groot');
  });

  it('keeps everything typed when something is missing, and asks for a way to reach you', async () => {
    const story = { tekst: 'Ik heb hulp nodig met mijn post, het zijn stapels brieven.', voor_wie: 'mij' };
    const { final } = await ask(story, {
      postcode: '12',
      dag: '',
      dagdeel: '',
      taal: '',
      naam: 'Ahmed',
      email: '',
      telefoon: '',
    });
    expect(final.statusCode).toBe(400);
    expect(final.body).toContain('Dit is geen geldige postcode');
    expect(final.body).toContain('value="Ahmed"');
    expect(final.body).toContain('stapels brieven');
    const noContact = await ask(story, {
      postcode: '',
      dag: '',
      dagdeel: '',
      taal: '',
      naam: 'Ahmed',
      email: '',
      telefoon: '',
    });
    expect(noContact.final.statusCode).toBe(400);
    expect(noContact.final.body).toContain('Vul een e-mailadres of een telefoonnummer in');
  });

  it('asks for consent when asking for someone else', async () => {
    const start = await formToken(t, '/hulp/vraag');
    const response = await postForm(
      t,
      '/hulp/ander',
      {
        _csrf: start.csrf,
        tekst: 'Mijn vader vereenzaamt, hij komt de deur niet uit.',
        voor_wie: 'ander',
        naam_ander: 'Piet',
        relatie: 'vader',
      },
      start.cookie,
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Kies of deze persoon het weet en goed vindt');
  });

  it('lists a signed-in asker’s own requests, and shows them to nobody else', async () => {
    const cookie = await sessionCookie(t, resident);
    await ask(
      { tekst: 'Mijn computer doet raar en ik kan niet meer bij de bank online.', voor_wie: 'mij' },
      { postcode: '', dag: '', dagdeel: '', taal: '', naam: resident.displayName, email: resident.email, telefoon: '' },
      undefined,
      cookie,
    );
    const start = await t.app.inject({ url: '/mijn', headers: { cookie } });
    const link = /href="(\/mijn\/hulpvragen\/[0-9a-f-]{36})"/.exec(start.body)?.[1] ?? '';
    expect(link).not.toBe('');
    expect((await t.app.inject({ url: link, headers: { cookie } })).statusCode).toBe(200);
    const other = await makeUser(t.database.db, tenant, 'bewoner');
    const refused = await t.app.inject({ url: link, headers: { cookie: await sessionCookie(t, other) } });
    expect([403, 404]).toContain(refused.statusCode);
  });

  it('shows the emergency numbers at once on spoed, and alerts the team straight away', async () => {
    const before = t.mails.length;
    const { final } = await ask(
      { tekst: 'Ik kan niet meer, ik wil er niet meer zijn. Ik denk aan zelfmoord.', voor_wie: 'mij' },
      { postcode: '', dag: '', dagdeel: '', taal: '', naam: 'Anoniem', email: '', telefoon: '0600000000' },
    );
    const status = await t.app.inject({ url: String(final.headers.location) });
    expect(status.body).toContain('112');
    expect(status.body).toContain('0800-2000');
    expect(status.body).toContain('0800-0113');
    const alert = t.mails.slice(before).find((m) => m.to === 'team@hulpdorp.example');
    expect(alert?.subject).toMatch(/^SPOED: hulpvraag HV-/);
    expect(alert?.text).not.toContain('zelfmoord');

    const queue = await t.app.inject({
      url: '/team/hulpvragen',
      headers: { cookie: await sessionCookie(t, teamMember) },
    });
    const firstRow = /<tbody[^>]*>([\s\S]*?)<\/tr>/.exec(queue.body)?.[1] ?? '';
    expect(firstRow).toContain('Spoed');
  });
});

describe('the team queue', () => {
  it('is for case roles only', async () => {
    expect(
      (await t.app.inject({ url: '/team/hulpvragen', headers: { cookie: await sessionCookie(t, resident) } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ url: '/team/hulpvragen', headers: { cookie: await sessionCookie(t, council) } }))
        .statusCode,
    ).toBe(403);
  });

  // Security probe finding 1: the team's view of a request showed its own asker the internal triage and volunteers.
  it('keeps the team view of a request from its own asker, and logs the attempt', async () => {
    const own = await makeHelpRequest(t.database.db, { tenant, asker: resident });
    const cookie = await sessionCookie(t, resident);
    for (const url of [`/team/hulpvragen/${own.id}`, `/team/hulpvragen/${own.id}/koppelingen/${own.id}`]) {
      const page = await t.app.inject({ url, headers: { cookie } });
      expect(page.statusCode).toBe(403);
      expect(page.body).not.toContain('Triage');
    }
    const refused = await t.database.db
      .selectFrom('access_log')
      .select(['category', 'outcome', 'refusal_reason'])
      .where('actor_user_id', '=', resident.id)
      .where('purpose', '=', 'pagina_openen')
      .execute();
    expect(refused).toContainEqual({
      category: 'hulpvraag',
      outcome: 'geweigerd',
      refusal_reason: 'rol_heeft_geen_recht',
    });
    // Their own status page still shows it, in the words meant for the asker.
    expect((await t.app.inject({ url: `/mijn/hulpvragen/${own.id}`, headers: { cookie } })).statusCode).toBe(200);
  });

  it('records a changed triage with its reason, and refuses a change without one', async () => {
    const row = await makeHelpRequest(t.database.db, {
      tenant,
      text: 'Sinds mijn man overleden is zie ik bijna niemand meer. Is er ergens koffie in de buurt?',
      route: 'collectief',
      needKeys: ['ontmoeting'],
    });
    const cookie = await sessionCookie(t, teamMember);
    const page = await formToken(t, `/team/hulpvragen/${row.id}`, cookie);
    expect(page.cookie).toBeTruthy();
    const noReason = await t.app.inject({
      method: 'POST',
      url: `/team/hulpvragen/${row.id}/triage`,
      headers: { cookie: page.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(page.csrf)}&besluit=wijzigen&route=professioneel&behoeften=psychisch`,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Schrijf op waarom je de triage verandert');
    const changed = await t.app.inject({
      method: 'POST',
      url: `/team/hulpvragen/${row.id}/triage`,
      headers: { cookie: page.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload:
        `_csrf=${encodeURIComponent(page.csrf)}&besluit=wijzigen&route=professioneel` +
        `&behoeften=psychisch&behoeften=ontmoeting&reden=${encodeURIComponent('Rouw speelt mee')}`,
    });
    expect(changed.statusCode).toBe(303);
    const event = await t.database.db
      .selectFrom('request_events')
      .select('detail')
      .where('request_id', '=', row.id)
      .where('kind', '=', 'triage_gewijzigd')
      .executeTakeFirstOrThrow();
    expect(event.detail).toMatchObject({
      besluit: { route: 'professioneel', behoeften: ['psychisch', 'ontmoeting'] },
      reden: 'Rouw speelt mee',
    });
    const updated = await t.database.db
      .selectFrom('help_requests')
      .select(['route', 'state'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(updated).toEqual({ route: 'professioneel', state: 'in_behandeling' });
  });
});

describe('matching with both sides’ yes', () => {
  it('asks the volunteer, then the asker, follows up after two weeks, closes with outcome and rating', async () => {
    const { final } = await ask(
      { tekst: 'Ik zoek iemand die af en toe boodschappen voor me doet, ik loop slecht.', voor_wie: 'mij' },
      {
        postcode: '3532 LC',
        dag: '',
        dagdeel: '',
        taal: '',
        naam: 'Bep de Groot',
        email: 'bep@voorbeeld.nl',
        telefoon: '',
        // Sharing is opt-in: Bep lets the volunteer know her first name.
        deelkeuze: '1',
        deel_voornaam: 'ja',
      },
    );
    const reference =
      /HV-[A-Z0-9]{5}/.exec((await t.app.inject({ url: String(final.headers.location) })).body)?.[0] ?? '';
    const stored = await requestByReference(reference);
    const actor = { kind: 'user' as const, userId: teamMember.id, tenantId, role: teamMember.role };
    const proposal = await proposeMatch(t.app.ctx, actor, tenant, stored.id, { id: 'v02', soort: 'vrijwilliger' });
    const volunteerPath = new URL(proposal.volunteerLink ?? '').pathname;

    const volunteerPage = await t.app.inject({ url: volunteerPath });
    expect(volunteerPage.body).toContain('Bep');
    expect(volunteerPage.body).not.toContain('loop slecht');
    expect(volunteerPage.body).not.toContain('bep@voorbeeld.nl');
    const form = await formToken(t, volunteerPath);
    expect((await postForm(t, volunteerPath, { _csrf: form.csrf, antwoord: 'ja' }, form.cookie)).statusCode).toBe(200);

    const askerMail = t.mails.filter((m) => m.to === 'bep@voorbeeld.nl').at(-1);
    expect(askerMail?.subject).toBe('Ria wil je helpen');
    const askerPath = /\/koppeling\/[A-Za-z0-9_-]+/.exec(askerMail?.text ?? '')?.[0] ?? '';
    const askerForm = await formToken(t, askerPath);
    expect((await postForm(t, askerPath, { _csrf: askerForm.csrf, antwoord: 'ja' }, askerForm.cookie)).statusCode).toBe(
      200,
    );
    expect((await requestByReference(reference)).state).toBe('gekoppeld');

    expect(await sendFollowUps(t.app.ctx, new Date(Date.now() + 13 * 86_400_000))).toBe(0);
    expect(await sendFollowUps(t.app.ctx, new Date(Date.now() + 15 * 86_400_000))).toBe(1);
    const followUp = t.mails.filter((m) => m.to === 'bep@voorbeeld.nl').at(-1);
    expect(followUp?.subject).toBe('Hoe gaat het?');
    const closePath = /\/koppeling\/[A-Za-z0-9_-]+/.exec(followUp?.text ?? '')?.[0] ?? '';
    const closing = await formToken(t, closePath);
    const missing = await postForm(
      t,
      `${closePath}/afronden`,
      { _csrf: closing.csrf, uitkomst: 'niet_opgelost', reden: '', cijfer: '2', opmerking: '' },
      closing.cookie,
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Vertel kort wat er misging');
    const closed = await postForm(
      t,
      `${closePath}/afronden`,
      { _csrf: closing.csrf, uitkomst: 'informeel_opgelost', reden: '', cijfer: '5', opmerking: 'Ria is een schat' },
      closing.cookie,
    );
    expect(closed.statusCode).toBe(200);
    const match = await t.database.db
      .selectFrom('matches')
      .selectAll()
      .where('request_id', '=', stored.id)
      .executeTakeFirstOrThrow();
    expect(match).toMatchObject({
      state: 'afgesloten',
      outcome: 'informeel_opgelost',
      rating: 5,
      rating_comment: 'Ria is een schat',
    });
    expect((await requestByReference(reference)).state).toBe('afgesloten');
  });

  it('lets the asker say "Ik ga erheen" to an activity, with a buddy the first time', async () => {
    const proposal = await makeMatch(t.app.ctx, {
      tenant,
      activity: await makeActivity(t.database.db, { tenant }),
      proposer: teamMember,
    });
    const path = proposal.askerPath ?? '';
    const page = await t.app.inject({ url: path });
    expect(page.body).toContain('Ik ga erheen');
    const form = await formToken(t, path);
    await postForm(t, path, { _csrf: form.csrf, antwoord: 'ja', maatje: 'ja' }, form.cookie);
    const match = await t.database.db
      .selectFrom('matches')
      .select(['state', 'buddy_first_visit'])
      .where('id', '=', proposal.id)
      .executeTakeFirstOrThrow();
    expect(match).toEqual({ state: 'actief', buddy_first_visit: true });
  });

  it('never proposes a volunteer for a spoed request', async () => {
    const spoed = await makeHelpRequest(t.database.db, { tenant, route: 'spoed', needKeys: ['psychisch'] });
    await expect(
      proposeMatch(
        t.app.ctx,
        { kind: 'user', userId: teamMember.id, tenantId, role: teamMember.role },
        tenant,
        spoed.id,
        { id: 'v02', soort: 'vrijwilliger' },
      ),
    ).rejects.toThrow();
  });
});

describe('volunteer candidates from the database', () => {
  it('leaves out a volunteer who is away today, and counts running matches towards their load', async () => {
    const system = { kind: 'system' as const, tenantId, process: 'opdrachtregel' as const };
    const before = await loadMatchableVolunteers(t.database.db, system, tenantId);
    const ria = before.find((v) => v.id === 'v02');
    expect(ria?.activeMatches).toBeGreaterThanOrEqual(2);
    const today = new Date().toISOString().slice(0, 10);
    await t.database.db
      .updateTable('volunteers')
      .set({ unavailable: JSON.stringify([{ van: today, tot: today }]) })
      .where('external_id', '=', 'v01')
      .execute();
    const after = await loadMatchableVolunteers(t.database.db, system, tenantId);
    expect(after.map((v) => v.id)).not.toContain('v01');
    expect(after.length).toBe(before.length - 1);
  });
});

describe('POST /api/v1/triage', () => {
  it('answers the team in the CONTRACT.md shape, with reasons on every suggestion', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/triage',
      headers: { cookie: await sessionCookie(t, teamMember), 'content-type': 'application/json' },
      payload: { id: 'x1', tekst: 'Ik ben eenzaam en zou graag koffie drinken met anderen', postcode: '3532 LC' },
    });
    expect(response.statusCode).toBe(200);
    const answer = response.json() as { route: string; behoeften: string[]; suggesties: { redenen: string[] }[] };
    expect(answer.behoeften).toContain('ontmoeting');
    expect(answer.suggesties.length).toBeGreaterThan(0);
    expect(answer.suggesties.every((s) => s.redenen.length > 0)).toBe(true);
  });

  it('refuses a resident (no right to read volunteers) and answers bad input with problem+json', async () => {
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/triage',
      headers: { cookie: await sessionCookie(t, resident), 'content-type': 'application/json' },
      payload: { id: 'x', tekst: 'hallo' },
    });
    expect(refused.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/triage',
      headers: { cookie: await sessionCookie(t, teamMember), 'content-type': 'application/json' },
      payload: { tekst: '' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });
});

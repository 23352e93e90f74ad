// Casework basics: a request becomes a case with one owner; notes are dossier data behind the gate (refused and
// logged for every other role and for another municipality); hand-over needs a reason; closing needs an outcome;
// the deadlines put overdue work on top; the administrator's terms are checked beside the field.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError, withAccess } from '../../src/kernel/access/gate.js';
import type { Role } from '../../src/kernel/auth/roles.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { accessLogWatch, asPerson, type TestApp, testApp } from '../support/app.js';
import { makeCase, makeHelpRequest, makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
let director: TestUser;
let asker: TestUser;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'casusdorp', NABIJ_FORM_RATE_LIMIT: '100000' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'casusdorp', 'Casusdorp');
  teamMember = await makeUser(db, tenant, 'wijkteamlid', { displayName: 'Sanne Wijk' });
  director = await makeUser(db, tenant, 'regisseur', { displayName: 'Mehmet Regie' });
  asker = await makeUser(db, tenant, 'bewoner');
});
afterAll(() => t.close());

const post: ReturnType<typeof asPerson>['post'] = (...args) => asPerson(t).post(...args);
const get: ReturnType<typeof asPerson>['get'] = (...args) => asPerson(t).get(...args);

const caseRow = (id: string) =>
  t.database.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const logColumns = [
  'actor_user_id',
  'subject_user_id',
  'category',
  'action',
  'outcome',
  'refusal_reason',
  'tenant_id',
] as const;
const logSince = (id: number) => accessLogWatch(t).logSince(id, logColumns);
const lastLogId = () => accessLogWatch(t).lastLogId();

describe('opening a case', () => {
  it('opens from the request page with the opener as owner, status open, in the municipality', async () => {
    const request = await makeHelpRequest(t.database.db, { tenant, asker });
    const page = await get(teamMember, `/team/hulpvragen/${request.id}`);
    expect(page.body).toContain(`action="/team/hulpvragen/${request.id}/casus"`);
    const opened = await post(teamMember, `/team/hulpvragen/${request.id}`, `/team/hulpvragen/${request.id}/casus`, {});
    expect(opened.statusCode).toBe(303);
    const caseId = /\/team\/casussen\/([0-9a-f-]{36})$/.exec(String(opened.headers.location))?.[1];
    expect(caseId).toBeDefined();
    expect(await caseRow(caseId!)).toMatchObject({
      tenant_id: tenant.id,
      request_id: request.id,
      owner_user_id: teamMember.id,
      opened_by_user_id: teamMember.id,
      status: 'open',
      first_contact_at: null,
    });
    const after = await get(teamMember, `/team/hulpvragen/${request.id}`);
    expect(after.body).toContain('Open, eigenaar Sanne Wijk.');
    expect(after.body).toContain(`href="/team/casussen/${caseId}"`);
  });

  it('keeps one open case per request: opening again leads to the case that is there', async () => {
    const request = await makeHelpRequest(t.database.db, { tenant });
    const first = await makeCase(t.database.db, { tenant, request, owner: teamMember });
    const again = await post(director, `/team/hulpvragen/${request.id}`, `/team/hulpvragen/${request.id}/casus`, {});
    expect(again.headers.location).toBe(`/team/casussen/${first.id}`);
    const rows = await t.database.db.selectFrom('cases').select('id').where('request_id', '=', request.id).execute();
    expect(rows).toHaveLength(1);
    expect((await caseRow(first.id)).owner_user_id).toBe(teamMember.id);
    // Also the database refuses a second open case, should two people click at the same moment.
    await expect(
      t.database.db
        .insertInto('cases')
        .values({ tenant_id: tenant.id, request_id: request.id, owner_user_id: director.id, status: 'open' })
        .execute(),
    ).rejects.toThrow();
  });
});

describe('notes in the dossier', () => {
  it('a team member and a regisseur write and read notes; each look and write is logged as dossier', async () => {
    const c = await makeCase(t.database.db, {
      tenant,
      request: await makeHelpRequest(t.database.db, { tenant, asker }),
    });
    const before = await lastLogId();
    const page = `/team/casussen/${c.id}`;
    const written = await post(director, page, `${page}/notities`, { notitie: 'Gebeld, belt morgen terug.' });
    expect(written.statusCode).toBe(303);
    const read = await get(teamMember, page);
    expect(read.statusCode).toBe(200);
    expect(read.body).toContain('Gebeld, belt morgen terug.');
    const rows = await logSince(before);
    expect(rows).toContainEqual(
      expect.objectContaining({
        actor_user_id: director.id,
        subject_user_id: asker.id,
        category: 'dossier',
        action: 'update',
        outcome: 'toegestaan',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ actor_user_id: teamMember.id, category: 'dossier', action: 'read' }),
    );
  });

  it('an empty note is refused beside the field and nothing is written', async () => {
    const c = await makeCase(t.database.db, { tenant });
    const page = `/team/casussen/${c.id}`;
    const answer = await post(teamMember, page, `${page}/notities`, { notitie: '   ' });
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('id="veld-notitie-fout"');
    const notes = await t.database.db
      .selectFrom('case_events')
      .select('id')
      .where('case_id', '=', c.id)
      .where('kind', '=', 'notitie')
      .execute();
    expect(notes).toEqual([]);
  });

  const refused: Role[] = ['bewoner', 'vrijwilliger', 'opbouwwerker', 'klankbordgroep', 'clientondersteuner'];

  it.each(refused)('refuses a %s the case page and its notes, and logs the refusal as dossier', async (role) => {
    const c = await makeCase(t.database.db, {
      tenant,
      request: await makeHelpRequest(t.database.db, { tenant, asker }),
    });
    await post(teamMember, `/team/casussen/${c.id}`, `/team/casussen/${c.id}/notities`, { notitie: 'Geheim' });
    const someone = await makeUser(t.database.db, tenant, role);
    const before = await lastLogId();
    const page = await get(someone, `/team/casussen/${c.id}`);
    expect(page.statusCode).toBe(403);
    expect(page.body).not.toContain('Geheim');
    expect(await logSince(before)).toEqual([
      expect.objectContaining({ actor_user_id: someone.id, category: 'dossier', outcome: 'geweigerd' }),
    ]);
    // The gate itself refuses the role too, whatever page would ask: the rule, not only the route.
    const gateBefore = await lastLogId();
    await expect(
      withAccess(
        t.database.db,
        { kind: 'user', userId: someone.id, tenantId: tenant.id, role },
        { category: 'dossier', action: 'read', purpose: 'hulpvraag_behandelen', subjectUserId: asker.id },
        async () => 'gelezen',
      ),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await logSince(gateBefore)).toEqual([
      expect.objectContaining({
        actor_user_id: someone.id,
        subject_user_id: asker.id,
        category: 'dossier',
        outcome: 'geweigerd',
        // Outside the team a client supporter, or a volunteer beyond their match, may read only with the resident's
        // consent (docs/consent.md); without one the gate says so.
        refusal_reason: ['clientondersteuner', 'vrijwilliger'].includes(role)
          ? 'geen_toestemming'
          : 'rol_heeft_geen_recht',
      }),
    ]);
  });

  it('refuses a team member of another municipality as if the case did not exist, and logs it', async () => {
    const c = await makeCase(t.database.db, { tenant });
    await post(teamMember, `/team/casussen/${c.id}`, `/team/casussen/${c.id}/notities`, { notitie: 'Alleen hier' });
    const elsewhere = await makeUser(t.database.db, await makeTenant(t.database.db), 'regisseur');
    for (const [method, url] of [
      ['GET', `/team/casussen/${c.id}`],
      ['POST', `/team/casussen/${c.id}/notities`],
    ] as const) {
      const before = await lastLogId();
      const answer =
        method === 'GET'
          ? await get(elsewhere, url)
          : await post(elsewhere, '/team/casussen', url, { notitie: 'Van elders' });
      expect(answer.statusCode).toBe(404);
      expect(answer.body).not.toContain('Alleen hier');
      expect(await logSince(before)).toContainEqual(
        expect.objectContaining({
          tenant_id: elsewhere.tenantId,
          actor_user_id: elsewhere.id,
          subject_user_id: null,
          category: 'dossier',
          outcome: 'geweigerd',
          refusal_reason: 'onbekend_of_andere_gemeente',
        }),
      );
    }
    const notes = await t.database.db.selectFrom('case_events').select('text').where('case_id', '=', c.id).execute();
    expect(notes.map((n) => n.text)).not.toContain('Van elders');
  });
});

describe('hand-over', () => {
  it('needs a reason and a colleague, then keeps who, to whom, why and when in the timeline', async () => {
    const c = await makeCase(t.database.db, { tenant, owner: teamMember });
    const page = `/team/casussen/${c.id}`;
    const noReason = await post(teamMember, page, `${page}/overdragen`, { aan: director.id, reden: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('id="veld-reden-fout"');
    expect(noReason.body).toContain('Schrijf op waarom je de casus overdraagt.');
    const notColleague = await post(teamMember, page, `${page}/overdragen`, { aan: asker.id, reden: 'Graag' });
    expect(notColleague.statusCode).toBe(400);
    expect(notColleague.body).toContain('id="veld-aan-fout"');
    expect(notColleague.body).toContain('>Graag</textarea>');
    expect((await caseRow(c.id)).owner_user_id).toBe(teamMember.id);

    const done = await post(teamMember, page, `${page}/overdragen`, {
      aan: director.id,
      reden: 'Schulden: de regisseur kent de schuldhulp.',
    });
    expect(done.statusCode).toBe(303);
    expect((await caseRow(c.id)).owner_user_id).toBe(director.id);
    const shown = await get(director, page);
    expect(shown.body).toContain('Van Sanne Wijk naar Mehmet Regie.');
    expect(shown.body).toContain('Schulden: de regisseur kent de schuldhulp.');
    const event = await t.database.db
      .selectFrom('case_events')
      .select(['actor_user_id', 'to_user_id', 'text', 'at'])
      .where('case_id', '=', c.id)
      .where('kind', '=', 'overgedragen')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_user_id: teamMember.id, to_user_id: director.id });
    expect(event.at).toBeInstanceOf(Date);
  });
});

describe('closing and reopening', () => {
  it('closes without a match with an outcome and a note, closes the request, and reopens with a reason', async () => {
    const request = await makeHelpRequest(t.database.db, { tenant, asker });
    const c = await makeCase(t.database.db, { tenant, request });
    const page = `/team/casussen/${c.id}`;
    const noOutcome = await post(teamMember, page, `${page}/sluiten`, { toelichting: '' });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.body).toContain('Kies hoe de casus afloopt.');
    const otherWithoutNote = await post(teamMember, page, `${page}/sluiten`, { uitkomst: 'anders', toelichting: '' });
    expect(otherWithoutNote.statusCode).toBe(400);
    expect(otherWithoutNote.body).toContain('id="veld-toelichting-fout"');
    expect((await caseRow(c.id)).status).toBe('open');

    const closed = await post(teamMember, page, `${page}/sluiten`, {
      uitkomst: 'geen_contact',
      toelichting: 'Drie keer gebeld en een brief gestuurd.',
    });
    expect(closed.statusCode).toBe(303);
    expect(await caseRow(c.id)).toMatchObject({
      status: 'gesloten',
      outcome: 'geen_contact',
      outcome_note: 'Drie keer gebeld en een brief gestuurd.',
    });
    const state = await t.database.db
      .selectFrom('help_requests')
      .select('state')
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(state.state).toBe('afgesloten');
    const shown = await get(teamMember, page);
    expect(shown.body).toContain('Deze casus is gesloten: Geen contact gekregen.');

    const noReason = await post(teamMember, page, `${page}/heropenen`, { reden: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Schrijf op waarom je de casus weer opent.');
    const reopened = await post(teamMember, page, `${page}/heropenen`, { reden: 'Bewoner belde zelf terug.' });
    expect(reopened.statusCode).toBe(303);
    expect(await caseRow(c.id)).toMatchObject({ status: 'open', outcome: null });
    expect((await get(teamMember, page)).body).toContain('Bewoner belde zelf terug.');
  });

  it('closes with a match as well', async () => {
    const c = await makeCase(t.database.db, { tenant });
    const page = `/team/casussen/${c.id}`;
    expect((await post(teamMember, page, `${page}/sluiten`, { uitkomst: 'met_koppeling' })).statusCode).toBe(303);
    expect((await caseRow(c.id)).outcome).toBe('met_koppeling');
  });
});

describe('deadlines and the list', () => {
  it('puts overdue work on top, says so in words, and filters by owner, area and route in the URL', async () => {
    const db = t.database.db;
    const place = await makeTenant(db, 'termijndorp', 'Termijndorp');
    const me = await makeUser(db, place, 'wijkteamlid', { displayName: 'Ik Zelf' });
    const colleague = await makeUser(db, place, 'regisseur', { displayName: 'Een Collega' });
    const fresh = await makeHelpRequest(db, { tenant: place, route: 'informeel', postcode: '3532 LC' });
    const old = await makeHelpRequest(db, { tenant: place, route: 'professioneel', postcode: '3581 EP' });
    const unowned = await makeHelpRequest(db, { tenant: place, route: 'collectief', postcode: '3532 LC' });
    await sql`UPDATE help_requests SET created_at = now() - interval '12 days' WHERE id = ${old.id}`.execute(db);
    await makeCase(db, { tenant: place, request: fresh, owner: me });
    const late = await makeCase(db, { tenant: place, request: old, owner: colleague });

    const list = await get(me, '/team/casussen');
    expect(list.statusCode).toBe(200);
    const order = [old, fresh, unowned].map((r) => list.body.indexOf(r.reference));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order[0]).toBeLessThan(order[1]!);
    expect(order[0]).toBeLessThan(order[2]!);
    expect(list.body).toMatch(/te laat sinds \d+ dagen/);
    expect(list.body).toContain(`href="/team/casussen/${late.id}"`);

    const mine = await get(me, '/team/casussen?eigenaar=mij&buurt=&route=');
    expect(mine.body).toContain(fresh.reference);
    expect(mine.body).not.toContain(old.reference);
    expect(mine.body).not.toContain(unowned.reference);
    const nobody = await get(me, '/team/casussen?eigenaar=niemand');
    expect(nobody.body).toContain(unowned.reference);
    expect(nobody.body).not.toContain(fresh.reference);
    const area = await get(me, '/team/casussen?buurt=3581');
    expect(area.body).toContain(old.reference);
    expect(area.body).not.toContain(fresh.reference);
    const route = await get(me, '/team/casussen?route=collectief');
    expect(route.body).toContain(unowned.reference);
    expect(route.body).not.toContain(old.reference);
    // The chosen filter stays chosen, so the page says what it shows.
    expect(route.body).toMatch(/<option value="collectief" selected/);
    const colleagues = await get(me, `/team/casussen?eigenaar=${colleague.id}`);
    expect(colleagues.body).toContain(old.reference);
    expect(colleagues.body).not.toContain(fresh.reference);

    const bad = await get(me, '/team/casussen?route=%3Cscript%3E');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="veld-route-fout"');

    // First contact recorded: that deadline is done, the plan's still runs.
    const page = `/team/casussen/${late.id}`;
    expect((await get(colleague, page)).body).toMatch(/te laat sinds \d+ dagen/);
    expect((await post(colleague, page, `${page}/eerste-contact`, {})).statusCode).toBe(303);
    const after = await get(colleague, page);
    expect(after.body).toContain('gehad op');
    expect(after.body).not.toMatch(/te laat sinds/);
  });
});

describe('the terms', () => {
  it('refuses a term out of range beside the field, keeps what was typed, and saves a good one', async () => {
    const admin = await makeUser(t.database.db, tenant, 'beheerder');
    const wrong = await post(admin, '/beheer/termijnen', '/beheer/termijnen', { eerste_contact: '0', plan: '6' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('id="veld-eerste_contact-fout"');
    expect(wrong.body).toContain('Vul een heel aantal werkdagen in, van 1 tot en met 30.');
    expect(wrong.body).toContain('value="0"');
    expect(wrong.body).toContain('value="6"');
    const words = await post(admin, '/beheer/termijnen', '/beheer/termijnen', { eerste_contact: '5', plan: 'vier' });
    expect(words.statusCode).toBe(400);
    expect(words.body).toContain('id="veld-plan-fout"');
    expect(words.body).toContain('value="vier"');

    const saved = await post(admin, '/beheer/termijnen', '/beheer/termijnen', { eerste_contact: '5', plan: '6' });
    expect(saved.statusCode).toBe(303);
    expect((await get(teamMember, '/team/casussen')).body).toContain(
      'Eerste contact binnen 5 werkdagen, een plan binnen 6',
    );
    expect((await get(teamMember, '/beheer/termijnen')).statusCode).toBe(403);
  });
});

describe('the demo', () => {
  it('has a case overdue for first contact, one handed over, one closed without a match, and Annie’s', async () => {
    const { seedDemo, demoEmail } = await import('../../src/modules/demo/seed.js');
    const { tenant: demo } = await seedDemo(t.database.db);
    const director = await t.database.db
      .selectFrom('users')
      .select(['id', 'tenant_id as tenantId', 'email', 'display_name as displayName', 'role'])
      .where('tenant_id', '=', demo.id)
      .where('email', '=', demoEmail('regisseur'))
      .executeTakeFirstOrThrow();
    const who = { ...director, totpSecret: null };
    const open = await get(who, '/team/casussen');
    expect(open.body).toMatch(/te laat sinds \d+ dagen/);
    expect(open.body).toContain('Mehmet Yılmaz');
    expect(open.body).toContain('Sanne Jansen');
    const closed = await get(who, '/team/casussen?status=gesloten');
    expect(closed.body).toContain('gesloten: Opgelost zonder hulp van buiten');
    const handedOver = await t.database.db
      .selectFrom('case_events')
      .select('text')
      .where('tenant_id', '=', demo.id)
      .where('kind', '=', 'overgedragen')
      .execute();
    expect(handedOver).toHaveLength(1);
    // Seeding again adds nothing.
    await seedDemo(t.database.db);
    // The demo's living cases; its year of history (demo-history.test.ts) has closed cases of its own.
    const cases = await t.database.db
      .selectFrom('cases')
      .innerJoin('help_requests as r', (j) =>
        j.onRef('r.id', '=', 'cases.request_id').onRef('r.tenant_id', '=', 'cases.tenant_id'),
      )
      .select('cases.id')
      .where('cases.tenant_id', '=', demo.id)
      .where('r.asker_name', '<>', 'Bewoner (demo-geschiedenis)')
      .execute();
    expect(cases).toHaveLength(4);
  }, 120_000);
});

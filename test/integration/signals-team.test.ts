// Signals, the team's side: the list in its order and what each role sees, the owner, the visit, a help request made
// with the person's consent, "wil geen hulp" respected, the person's own page with who looked, the municipality's
// terms, the daily summary (once a day, no personal data) and the retention of unfounded signals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, withAccess } from '../../src/kernel/access/gate.js';
import { setTeamContact, type Tenant } from '../../src/kernel/tenancy/queries.js';
import { runRetention } from '../../src/modules/retention/index.js';
import {
  findSignal,
  moveSignal,
  sendSignalDigests,
  type SignalInput,
  signalJobs,
  submitSignal,
} from '../../src/modules/signals/index.js';
import { formToken, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
let colleague: TestUser;
let communityWorker: TestUser;
let volunteer: TestUser;
let resident: TestUser;
let admin: TestUser;

const ctx = () => t.app.ctx;
const nabij = (tenantId = tenant.id): Actor => ({ kind: 'system', tenantId, process: 'signaal' });
const asActor = (u: TestUser): Actor => ({ kind: 'user', userId: u.id, tenantId: u.tenantId, role: u.role });

const STORY = 'Mijn buurman doet al een week de gordijnen niet meer open en de post stapelt zich op.';
const worry: SignalInput = {
  kind: 'persoon',
  topic: 'oudere_alleen',
  whatSeen: STORY,
  sinceWhen: 'Sinds vorige week',
  street: 'Lindelaan',
  postcode: '3532',
  personKnows: 'nee',
  reporterUserId: null,
  reporterRole: 'bewoner',
  reporterName: 'Els Melder',
  reporterEmail: 'els@example.org',
  reporterPhone: '06 1234 5678',
};
const neighbourhood: SignalInput = {
  ...worry,
  kind: 'buurt',
  topic: 'jongeren',
  whatSeen: 'Op het pleintje hangen jongeren rond zonder iets te doen.',
  whatWouldHelp: 'Een voetbalkooi.',
};

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'signaalstad', NABIJ_FORM_RATE_LIMIT: '100000' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'signaalstad', 'Signaalstad');
  await setTeamContact(db, tenant.id, { phone: '030 123 45 67', email: 'team@signaalstad.example' });
  tenant = { ...tenant, teamEmail: 'team@signaalstad.example', teamPhone: '030 123 45 67' };
  teamMember = await makeUser(db, tenant, 'wijkteamlid', { displayName: 'Sanne Wijk' });
  colleague = await makeUser(db, tenant, 'regisseur', { displayName: 'Rob Regie' });
  communityWorker = await makeUser(db, tenant, 'opbouwwerker', { displayName: 'Omar Opbouw' });
  volunteer = await makeUser(db, tenant, 'vrijwilliger');
  resident = await makeUser(db, tenant, 'bewoner');
  admin = await makeUser(db, tenant, 'beheerder');
});
afterAll(() => t.close());

const open = async (url: string, user: TestUser) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: await sessionCookie(t, user) } });

/** Posts a form of the signal's page as `user`, with the page's CSRF token. */
async function post(signalId: string, action: string, fields: Record<string, string>, user = teamMember) {
  const form = await formToken(t, `/team/signalen/${signalId}`, await sessionCookie(t, user));
  return postForm(t, `/team/signalen/${signalId}/${action}`, { _csrf: form.csrf, ...fields }, form.cookie);
}

const row = (id: string) =>
  t.database.db.selectFrom('signals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const setDeadlines = (id: string, dueAt: Date, secondDueAt: Date) =>
  t.database.db
    .updateTable('signals')
    .set({ due_at: dueAt, second_due_at: secondDueAt })
    .where('id', '=', id)
    .execute();

const hours = (n: number) => new Date(Date.now() + n * 3_600_000);

describe('the team’s list of signals', () => {
  let refs: Record<'future' | 'overdue' | 'secondOverdue' | 'spoed' | 'buurt', string>;
  let personId: string;

  beforeAll(async () => {
    const future = await submitSignal(ctx(), tenant, nabij(), worry);
    const overdue = await submitSignal(ctx(), tenant, nabij(), worry);
    const secondOverdue = await submitSignal(ctx(), tenant, nabij(), worry);
    const spoed = await submitSignal(ctx(), tenant, nabij(), { ...worry, reporterSaysDanger: true });
    const buurt = await submitSignal(ctx(), tenant, nabij(), neighbourhood);
    await setDeadlines(future.id, hours(5.5), hours(48));
    await setDeadlines(overdue.id, hours(-50), hours(20));
    await setDeadlines(secondOverdue.id, hours(-100), hours(-2));
    await setDeadlines(spoed.id, hours(3), hours(20));
    await setDeadlines(buurt.id, hours(30), hours(200));
    refs = {
      future: future.reference,
      overdue: overdue.reference,
      secondOverdue: secondOverdue.reference,
      spoed: spoed.reference,
      buurt: buurt.reference,
    };
    personId = future.id;
  });

  const order = (html: string) =>
    [...html.matchAll(/>(SG-[A-Z2-9]{5})</g)].map((m) => m[1]).filter((r) => Object.values(refs).includes(r!));

  it('puts spoed first, then past the second deadline, then overdue, then by deadline, each in words', async () => {
    const response = await open('/team/signalen', teamMember);
    expect(response.statusCode).toBe(200);
    expect(order(response.body)).toEqual([refs.spoed, refs.secondOverdue, refs.overdue, refs.future, refs.buurt]);
    expect(response.body).toContain('2 signalen zijn over de termijn.');
    expect(response.body).toContain('tweede termijn verlopen sinds 2 uur');
    expect(response.body).toContain('termijn verlopen sinds 2 dagen');
    expect(response.body).toContain('nog 5 uur');
  });

  it('filters by kind, by state, on "alleen van mij", and shows closed ones apart', async () => {
    expect(order((await open('/team/signalen?soort=buurt', teamMember)).body)).toEqual([refs.buurt]);
    expect(order((await open('/team/signalen?mijn=1', teamMember)).body)).toEqual([]);
    expect(order((await open('/team/signalen?status=doorgezet', teamMember)).body)).toEqual([]);
    expect(order((await open('/team/signalen?afgesloten=1', teamMember)).body)).toEqual([]);
    // A value that is not an option is ignored, never a 500.
    expect((await open('/team/signalen?status=%3Cscript%3E&soort=x', teamMember)).statusCode).toBe(200);
  });

  it('shows the community worker only neighbourhood signals', async () => {
    const response = await open('/team/signalen', communityWorker);
    expect(response.statusCode).toBe(200);
    expect(order(response.body)).toEqual([refs.buurt]);
  });

  it('logs the list under each worry about a person, for the person to read later', async () => {
    await open('/team/signalen', teamMember);
    const rows = await t.database.db
      .selectFrom('access_log')
      .select(['action', 'actor_user_id'])
      .where('subject_request_id', '=', personId)
      .where('action', '=', 'search')
      .execute();
    expect(rows.some((r) => r.actor_user_id === teamMember.id)).toBe(true);
  });

  it('refuses a volunteer and a resident the list and a signal’s page, and logs it', async () => {
    for (const outsider of [volunteer, resident]) {
      expect((await open('/team/signalen', outsider)).statusCode).toBe(403);
      expect((await open(`/team/signalen/${personId}`, outsider)).statusCode).toBe(403);
      const refused = await t.database.db
        .selectFrom('access_log')
        .select(['category', 'outcome'])
        .where('actor_user_id', '=', outsider.id)
        .where('outcome', '=', 'geweigerd')
        .execute();
      expect(refused.length).toBeGreaterThanOrEqual(2);
      expect(refused.every((r) => r.category === 'signaal')).toBe(true);
    }
  });

  it('refuses the community worker a worry about a person, logged under the signal', async () => {
    const response = await open(`/team/signalen/${personId}`, communityWorker);
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain('gordijnen');
    const refused = await t.database.db
      .selectFrom('access_log')
      .select(['outcome', 'category'])
      .where('actor_user_id', '=', communityWorker.id)
      .where('subject_request_id', '=', personId)
      .execute();
    expect(refused).toEqual([{ outcome: 'geweigerd', category: 'signaal' }]);
  });

  it('shows the team a signal with what was seen, the reporter, the deadlines and the steps', async () => {
    const response = await open(`/team/signalen/${personId}`, teamMember);
    expect(response.statusCode).toBe(200);
    for (const text of ['gordijnen', 'Sinds vorige week', 'Lindelaan', 'Els Melder', '06 1234 5678', 'Tweede termijn'])
      expect(response.body).toContain(text);
    expect(response.body).toContain('Signaal ontvangen');
  });

  it('answers an unknown id as not found, and logs the attempt', async () => {
    const response = await open('/team/signalen/00000000-0000-4000-8000-000000000009', teamMember);
    expect(response.statusCode).toBe(404);
  });
});

describe('outreach', () => {
  it('"Ik pak dit op" makes me the owner and takes it in behandeling; giving it to a colleague too', async () => {
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry);
    expect((await post(id, 'eigenaar', { eigenaar: 'mij' })).statusCode).toBe(303);
    expect(await row(id)).toMatchObject({ owner_user_id: teamMember.id, status: 'in_behandeling' });
    expect((await post(id, 'eigenaar', { eigenaar: colleague.id })).statusCode).toBe(303);
    expect((await row(id)).owner_user_id).toBe(colleague.id);
    const events = await t.database.db
      .selectFrom('signal_events')
      .select(['kind', 'actor_user_id'])
      .where('signal_id', '=', id)
      .where('kind', '=', 'eigenaar')
      .execute();
    expect(events).toHaveLength(2);
    // A volunteer is no colleague for this: refused with the message beside the field, nothing changed.
    const refused = await post(id, 'eigenaar', { eigenaar: volunteer.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Kies een collega uit de lijst.');
    expect((await row(id)).owner_user_id).toBe(colleague.id);
  });

  it('records the visit, with the Dutch message when the result is missing', async () => {
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry);
    await post(id, 'eigenaar', { eigenaar: 'mij' });
    const missing = await post(id, 'bezoek', { notitie: 'Aangebeld' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Kies wat het bezoek opleverde.');
    expect(missing.body).toContain('Aangebeld');
    expect((await post(id, 'bezoek', { resultaat: 'geen_contact', notitie: 'Niemand thuis' })).statusCode).toBe(303);
    expect(await row(id)).toMatchObject({
      status: 'erop_af_geweest',
      visit_result: 'geen_contact',
      visit_note: 'Niemand thuis',
    });
  });

  it('refuses a step the table does not have, and closing without an outcome', async () => {
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry);
    const wrong = await post(id, 'stap', { naar: 'doorgezet', reden: 'x' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Kies de volgende stap.');
    const noOutcome = await post(id, 'stap', { naar: 'afgesloten', reden: 'klaar' });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.body).toContain('Kies hoe het signaal afloopt.');
    expect((await row(id)).status).toBe('gemeld');
    expect((await post(id, 'stap', { naar: 'afgesloten', reden: 'Dubbel', uitkomst: 'dubbel' })).statusCode).toBe(303);
    expect(await row(id)).toMatchObject({ status: 'afgesloten', closing_outcome: 'dubbel' });
  });
});

describe('turning a signal into a help request', () => {
  async function contacted() {
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry);
    await post(id, 'eigenaar', { eigenaar: 'mij' });
    await post(id, 'bezoek', { resultaat: 'contact_gemaakt', notitie: 'Gesproken aan de deur' });
    return id;
  }
  const helpForm = {
    naam: 'Henk de Vries',
    telefoon: '06 9876 5432',
    email: '',
    postcode: '',
    hulp_bij: 'Ik wil graag iemand die af en toe boodschappen met me doet.',
    toestemming_hoe: 'mondeling',
  };

  it('needs the person’s consent: without it nothing is recorded', async () => {
    const id = await contacted();
    const before = await t.database.db.selectFrom('help_requests').select('id').execute();
    const response = await post(id, 'hulpvraag', helpForm);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Vink aan dat de persoon toestemming gaf.');
    expect(response.body).toContain('Henk de Vries');
    expect(await t.database.db.selectFrom('help_requests').select('id').execute()).toHaveLength(before.length);
    expect((await row(id)).status).toBe('erop_af_geweest');
  });

  it('makes a help request as the phone intake does, passes the signal on, keeps the consent', async () => {
    const id = await contacted();
    const response = await post(id, 'hulpvraag', { ...helpForm, toestemming: 'ja' });
    expect(response.statusCode).toBe(303);
    const signal = await row(id);
    expect(signal).toMatchObject({ status: 'doorgezet', forwarded_to: 'hulpvraag', case_id: null });
    const request = await t.database.db
      .selectFrom('help_requests')
      .select(['channel', 'entered_by_user_id', 'asker_name', 'tenant_id'])
      .where('id', '=', signal.help_request_id!)
      .executeTakeFirstOrThrow();
    expect(request).toEqual({
      channel: 'telefoon',
      entered_by_user_id: teamMember.id,
      asker_name: 'Henk de Vries',
      tenant_id: tenant.id,
    });
    const consent = await t.database.db
      .selectFrom('signal_events')
      .select(['detail', 'actor_user_id'])
      .where('signal_id', '=', id)
      .where('kind', '=', 'notitie')
      .executeTakeFirstOrThrow();
    expect(consent.actor_user_id).toBe(teamMember.id);
    expect(consent.detail).toMatchObject({ toestemming: { door: teamMember.id, hoe: 'mondeling' } });
    expect(typeof (consent.detail.toestemming as { wanneer: unknown }).wanneer).toBe('string');
  });

  it('opens a case as well when asked', async () => {
    const id = await contacted();
    await post(id, 'hulpvraag', { ...helpForm, toestemming: 'ja', toestemming_hoe: 'schriftelijk', casus: 'ja' });
    const signal = await row(id);
    expect(signal).toMatchObject({ status: 'doorgezet', forwarded_to: 'casus' });
    const opened = await t.database.db
      .selectFrom('cases')
      .select(['request_id', 'owner_user_id'])
      .where('id', '=', signal.case_id!)
      .executeTakeFirstOrThrow();
    expect(opened).toEqual({ request_id: signal.help_request_id, owner_user_id: teamMember.id });
  });

  it('respects "wil geen hulp": no help request, no other step, only closing with that outcome', async () => {
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry);
    await post(id, 'eigenaar', { eigenaar: 'mij' });
    await post(id, 'bezoek', { resultaat: 'wil_geen_hulp', notitie: 'Wil niets' });
    const page = await open(`/team/signalen/${id}`, teamMember);
    expect(page.body).toContain('De persoon wil geen hulp. Dat respecteren we');
    expect(page.body).not.toContain(`/team/signalen/${id}/hulpvraag`);
    expect((await post(id, 'hulpvraag', { ...helpForm, toestemming: 'ja' })).statusCode).toBe(400);
    expect((await post(id, 'stap', { naar: 'in_behandeling', reden: 'Toch nog eens' })).statusCode).toBe(400);
    expect((await row(id)).status).toBe('erop_af_geweest');
    await post(id, 'stap', { naar: 'afgesloten', reden: 'Respecteren', uitkomst: 'ongegrond' });
    expect(await row(id)).toMatchObject({ status: 'afgesloten', closing_outcome: 'wil_geen_hulp' });
  });
});

describe('the person signalled about', () => {
  it('sees after contact that a signal was made, what the team did and who looked — never who signalled', async () => {
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry);
    // Before contact there is nothing to tell.
    expect((await post(id, 'vertellen', {})).statusCode).toBe(400);
    await post(id, 'eigenaar', { eigenaar: 'mij' });
    await post(id, 'bezoek', { resultaat: 'contact_gemaakt', notitie: 'Gesproken' });
    await open(`/team/signalen/${id}`, teamMember);
    await open(`/team/signalen/${id}`, communityWorker);
    const note = await post(id, 'vertellen', {});
    expect(note.statusCode).toBe(200);
    expect(note.body).toContain('Er is een signaal over u gegeven. Wie het gaf, vertellen we niet.');
    const link = /\/signaal\/over-mij\/[A-Za-z0-9_-]+/.exec(note.body)?.[0];
    expect(link).toBeDefined();
    const signal = await row(id);
    expect(signal.subject_told_at).not.toBeNull();
    expect(signal.subject_token_hash).not.toContain(link!.split('/').pop());

    const page = await t.app.inject({ method: 'GET', url: link! });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('oudere die alleen woont');
    expect(page.body).toContain('Iemand van het wijkteam sprak je op');
    // The team's looks, by name, and the community worker's refused attempt.
    expect(page.body).toContain('Sanne Wijk');
    expect(page.body).toContain('Omar Opbouw');
    expect(page.body).toContain('kreeg geen toegang');
    for (const secret of ['Els Melder', 'els@example.org', 'gordijnen', 'Lindelaan', 'Gesproken'])
      expect(page.body).not.toContain(secret);

    const reads = await t.database.db
      .selectFrom('access_log')
      .select(['actor_role', 'category', 'action'])
      .where('subject_request_id', '=', id)
      .where('actor_role', '=', 'systeem:signaal')
      .where('action', '=', 'read')
      .execute();
    expect(reads.map((r) => r.category).sort()).toEqual(['signaal', 'toegangslog']);
  });

  it('never names a reporter with an account, not even by their rows in the log', async () => {
    const reporter = await makeUser(t.database.db, tenant, 'vrijwilliger', { displayName: 'Vera Verklikker' });
    const { id } = await submitSignal(ctx(), tenant, nabij(), {
      ...worry,
      reporterUserId: reporter.id,
      reporterRole: 'vrijwilliger',
      reporterName: 'Vera Verklikker',
    });
    // The reporter follows their signal signed in: a row of theirs under the signal.
    await withAccess(
      t.database.db,
      asActor(reporter),
      {
        category: 'melding',
        action: 'read',
        purpose: 'signaal_volgen',
        subjectUserId: reporter.id,
        subjectRequestId: id,
      },
      async () => null,
    );
    await post(id, 'eigenaar', { eigenaar: 'mij' });
    await post(id, 'bezoek', { resultaat: 'contact_gemaakt', notitie: 'Gesproken' });
    const link = /\/signaal\/over-mij\/[A-Za-z0-9_-]+/.exec((await post(id, 'vertellen', {})).body)?.[0];
    const page = await t.app.inject({ method: 'GET', url: link! });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Sanne Wijk');
    const main = /<main[\s\S]*<\/main>/.exec(page.body)?.[0] ?? '';
    expect(main).not.toContain('Vera Verklikker');
    expect(main).not.toMatch(/vrijwilliger/i);
  });

  it('answers a link that is not valid as not found', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/signaal/over-mij/geen-geldige-link-abcdefghij' })).statusCode,
    ).toBe(404);
  });
});

describe('the municipality’s terms', () => {
  it('shows the defaults, refuses a value out of range beside its field, saves and uses its own', async () => {
    const page = await open('/beheer/signaaltermijnen', admin);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Standaard: 24 uur, tweede termijn 3 werkdagen.');
    expect((await open('/beheer/signaaltermijnen', teamMember)).statusCode).toBe(403);
    const form = await formToken(t, '/beheer/signaaltermijnen', await sessionCookie(t, admin));
    const values = Object.fromEntries(
      [...page.body.matchAll(/<input[^>]*>/g)].flatMap((m) => {
        const name = /name="([a-z_]+)"/.exec(m[0])?.[1];
        const value = /value="([^"]*)"/.exec(m[0])?.[1];
        return name && value !== undefined && name !== '_csrf' ? [[name, value]] : [];
      }),
    );
    const units = Object.fromEntries(
      [...page.body.matchAll(/<select[^>]*name="([a-z_]+)"[\s\S]*?<option value="([a-z]+)" selected/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    const fields = { ...values, ...units, _csrf: form.csrf };
    const bad = await postForm(
      t,
      '/beheer/signaaltermijnen',
      { ...fields, persoon_hoog_eerste: '999', persoon_hoog_tweede: '1', persoon_hoog_tweede_eenheid: 'uren' },
      form.cookie,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Vul een heel aantal in: 1 tot en met 720 uur');
    const shorter = await postForm(
      t,
      '/beheer/signaaltermijnen',
      { ...fields, persoon_hoog_eerste: '10', persoon_hoog_tweede: '5', persoon_hoog_tweede_eenheid: 'uren' },
      form.cookie,
    );
    expect(shorter.body).toContain('De tweede termijn moet langer zijn dan de eerste.');
    const good = await postForm(
      t,
      '/beheer/signaaltermijnen',
      { ...fields, persoon_hoog_eerste: '8', persoon_hoog_eerste_eenheid: 'uren' },
      form.cookie,
    );
    expect(good.statusCode).toBe(303);
    const made = new Date('2026-12-07T09:00:00Z');
    const { id } = await submitSignal(ctx(), tenant, nabij(), worry, made);
    expect((await row(id)).due_at.toISOString()).toBe('2026-12-07T17:00:00.000Z');
  });
});

describe('the daily summary', () => {
  it('is a job of the module, run by `nabij herinneringen` with the others', () => {
    expect(signalJobs.map((j) => j.name)).toEqual(['signalen-overzicht']);
  });

  it('mails the team the overdue references once a day, no personal data; nothing when none overdue', async () => {
    const db = t.database.db;
    const quiet = await makeTenant(db, 'rustdorp', 'Rustdorp');
    await setTeamContact(db, quiet.id, { phone: null, email: 'team@rustdorp.example' });
    const calm = await submitSignal(ctx(), { ...quiet, teamEmail: 'team@rustdorp.example' }, nabij(quiet.id), worry);
    await setDeadlines(calm.id, hours(24), hours(48));
    const late = await submitSignal(ctx(), tenant, nabij(), worry);
    await setDeadlines(late.id, hours(-30), hours(10));
    const now = new Date();
    const before = t.mails.length;
    expect(await sendSignalDigests(ctx(), now)).toBe(1);
    const mails = t.mails.slice(before);
    expect(mails.map((m) => m.to)).toEqual(['team@signaalstad.example']);
    const text = `${mails[0]!.subject}\n${mails[0]!.text}`;
    const { reference } = await row(late.id);
    expect(text).toContain(reference);
    expect(text).toContain('/team/signalen');
    for (const secret of ['gordijnen', 'Lindelaan', '3532', 'Els', 'els@example.org', 'Sinds vorige week'])
      expect(text).not.toContain(secret);
    // The same day again: nothing.
    expect(await sendSignalDigests(ctx(), new Date(now.getTime() + 60_000))).toBe(0);
    expect(t.mails.length).toBe(before + 1);
    const digests = await db.selectFrom('signal_digests').selectAll().execute();
    expect(digests.map((d) => d.tenant_id)).toEqual([tenant.id]);
  });
});

describe('retention of unfounded signals', () => {
  it('deletes an unfounded signal after the term with its steps, and nothing else; the log rows stay', async () => {
    const db = t.database.db;
    const town = await makeTenant(db, 'bewaardorp', 'Bewaardorp');
    const other = await makeTenant(db, 'anderdorp', 'Anderdorp');
    const worker = await makeUser(db, town, 'wijkteamlid');
    const now = new Date('2027-09-01T10:00:00Z');
    const closed = async (where: Tenant, outcome: 'ongegrond' | 'opgepakt', closedAt: Date | null) => {
      const { id } = await submitSignal(ctx(), where, nabij(where.id), worry);
      if (closedAt) {
        const actor = where.id === town.id ? asActor(worker) : asActor(await makeUser(db, where, 'wijkteamlid'));
        await moveSignal(ctx(), actor, await findSignal(ctx(), actor, id), {
          to: 'afgesloten',
          reason: 'Klaar',
          closingOutcome: outcome,
        });
        await db.updateTable('signals').set({ closed_at: closedAt }).where('id', '=', id).execute();
      }
      return id;
    };
    const sevenMonths = new Date('2027-02-01T10:00:00Z');
    const fiveMonths = new Date('2027-04-01T10:00:00Z');
    const due = await closed(town, 'ongegrond', sevenMonths);
    const recent = await closed(town, 'ongegrond', fiveMonths);
    const takenUp = await closed(town, 'opgepakt', sevenMonths);
    const stillOpen = await closed(town, 'ongegrond', null);
    const elsewhere = await closed(other, 'ongegrond', sevenMonths);

    const [report] = await runRetention(db, now, [town.id]);
    expect(report?.deleted).toEqual({ signaal: 1 });
    const left = await db
      .selectFrom('signals')
      .select('id')
      .where('id', 'in', [due, recent, takenUp, stillOpen, elsewhere])
      .execute();
    expect(left.map((r) => r.id).sort()).toEqual([recent, takenUp, stillOpen, elsewhere].sort());
    expect(await db.selectFrom('signal_events').select('id').where('signal_id', '=', due).execute()).toEqual([]);
    const run = await db
      .selectFrom('retention_runs')
      .select(['deleted', 'total'])
      .where('tenant_id', '=', town.id)
      .executeTakeFirstOrThrow();
    expect(run).toMatchObject({ deleted: { signaal: 1 }, total: 1 });
    const log = await db
      .selectFrom('access_log')
      .select(['action', 'actor_role'])
      .where('subject_request_id', '=', due)
      .orderBy('chain_seq')
      .execute();
    expect(log[0]).toEqual({ action: 'create', actor_role: 'systeem:signaal' });
    expect(log.at(-1)).toEqual({ action: 'delete', actor_role: 'systeem:bewaartermijn' });
    // Running again deletes nothing more.
    expect((await runRetention(db, now, [town.id]))[0]?.deleted).toEqual({});
  });
});

// The reporter's side of signals: the two forms (what was typed kept, a Dutch message beside the field), danger
// answered with the emergency page and the team alerted, "Anderen meldden ook" as counts and dates only, the status
// page with the standard texts and never the team's reasons or notes, the feedback question (a "nee" reopens, once),
// Mijn signalen with only one's own, and the team's standard texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/kernel/access/gate.js';
import { ensureArea, ensureNeighbourhood, setTeamContact, type Tenant } from '../../src/kernel/tenancy/queries.js';
import { findSignal, moveSignal, submitSignal } from '../../src/modules/signals/index.js';
import { formToken, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
let volunteer: TestUser;
let resident: TestUser;
let otherResident: TestUser;
let lombok: string;
let oog: string;

const asActor = (u: TestUser): Actor => ({ kind: 'user', userId: u.id, tenantId: u.tenantId, role: u.role });
const nabij = (): Actor => ({ kind: 'system', tenantId: tenant.id, process: 'signaal' });

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'meldstad', NABIJ_FORM_RATE_LIMIT: '100000' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'meldstad', 'Meldstad');
  await setTeamContact(db, tenant.id, { phone: '030 765 43 21', email: 'team@meldstad.example' });
  tenant = { ...tenant, teamEmail: 'team@meldstad.example', teamPhone: '030 765 43 21' };
  const west = await ensureNeighbourhood(db, tenant.id, 'west', 'West');
  await ensureArea(db, tenant.id, west.id, 'Lombok', null);
  await ensureArea(db, tenant.id, west.id, 'Oog in Al', null);
  const areas = await db.selectFrom('areas').select(['id', 'name']).where('tenant_id', '=', tenant.id).execute();
  lombok = areas.find((a) => a.name === 'Lombok')!.id;
  oog = areas.find((a) => a.name === 'Oog in Al')!.id;
  teamMember = await makeUser(db, tenant, 'wijkteamlid');
  volunteer = await makeUser(db, tenant, 'vrijwilliger');
  resident = await makeUser(db, tenant, 'bewoner');
  otherResident = await makeUser(db, tenant, 'bewoner');
});
afterAll(() => t.close());

/**
 * Posts a form as a visitor (or signed in with `cookie`), with a CSRF token of the session; a signal sent is answered
 * by a redirect to its own received page, which this follows as a browser does.
 */
async function send(url: string, fields: Record<string, string>, cookie = '') {
  const form = await formToken(t, '/signaal/iemand', cookie);
  const response = await postForm(t, url, { _csrf: form.csrf, ...fields }, form.cookie);
  const next = response.headers.location;
  if (response.statusCode !== 303 || typeof next !== 'string' || !next.endsWith('/ontvangen')) return response;
  return get(next, form.cookie);
}
const get = (url: string, cookie = '') => t.app.inject({ url, headers: cookie ? { cookie } : {} });

const worry = {
  zorg: 'oudere_alleen',
  // Calm words: triage's danger detection reads "gordijnen dicht, post stapelt zich op" as no sign of life (spoed).
  wat_zie_je: 'De oudere buurman krijgt weinig bezoek en doet zelf geen boodschappen meer. Hij lijkt eenzaam.',
  sinds_wanneer: 'Een paar maanden',
  straat: 'Lindelaan',
  postcode: '',
  buurt: '',
  herkennen: 'Het huis met de groene deur',
  weet_persoon: 'nee',
  gevaar: 'nee',
  wie_ben_je: 'bewoner',
  naam: 'Els',
  email: 'els@voorbeeld.nl',
  mail_bij_wijziging: 'ja',
};

const statusPathIn = (html: string) => /\/signaal\/status\/[A-Za-z0-9_-]+/.exec(html)?.[0] ?? '';
const referenceIn = (html: string) => /SG-[A-Z2-9]{5}/.exec(html)?.[0] ?? '';
const signalOf = (reference: string) =>
  t.database.db.selectFrom('signals').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();

describe('signalling about a person', () => {
  it('shows the choice page with the emergency note, linked from the home page, /mijn and the help form', async () => {
    const choice = await get('/signaal');
    expect(choice.statusCode).toBe(200);
    expect(choice.body).toContain('href="/signaal/iemand"');
    expect(choice.body).toContain('href="/signaal/buurt"');
    expect(choice.body).toContain('tel:112');
    expect((await get('/')).body).toContain('href="/signaal"');
    const mine = await get('/mijn', await sessionCookie(t, volunteer));
    expect(mine.body).toContain('href="/signaal"');
    expect(mine.body).toContain('href="/mijn/signalen"');
    const other = await send('/hulp/vraag', {
      tekst: worry.wat_zie_je,
      voor_wie: 'ander',
      gevaar: 'nee',
    });
    expect(other.body).toContain('Wil je liever alleen een zorg doorgeven?');
    expect(other.body).toContain('href="/signaal"');
  });

  it('says no house number is needed and why it asks little, and offers the buurten with "weet ik niet"', async () => {
    const page = await get('/signaal/iemand');
    expect(page.body).toContain('Een huisnummer is niet nodig.');
    expect(page.body).toContain('We vragen zo weinig mogelijk over de persoon.');
    expect(page.body).toContain('Weet ik niet');
    expect(page.body).toContain(`value="${lombok}"`);
  });

  it('refuses missing answers, with a Dutch message beside each field and what was typed kept', async () => {
    const before = await t.database.db
      .selectFrom('signals')
      .select((e) => e.fn.countAll().as('n'))
      .executeTakeFirst();
    const response = await send('/signaal/iemand', {
      wat_zie_je: 'Ik zie hem nooit meer buiten <b>echt</b>.',
      wie_ben_je: 'partner',
      postcode: '3532 LC 12',
    });
    expect(response.statusCode).toBe(400);
    for (const message of [
      'Kies waar je je zorgen over maakt.',
      'Kies of de persoon weet dat je dit meldt.',
      'Schrijf op bij welke organisatie je werkt.',
      'Vul de 4 cijfers van de postcode in, zoals 3532, of de hele postcode, zoals 3532 LC.',
    ])
      expect(response.body).toContain(message);
    expect(response.body).toContain('Ik zie hem nooit meer buiten &lt;b>echt&lt;/b>.');
    expect(response.body).toContain('value="3532 LC 12"');
    const after = await t.database.db
      .selectFrom('signals')
      .select((e) => e.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(after?.n).toEqual(before?.n);
  });

  it('asks a partner for their organisation', async () => {
    const response = await send('/signaal/iemand', { ...worry, wie_ben_je: 'partner', organisatie: '' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Schrijf op bij welke organisatie je werkt.');
    expect(response.body).toContain('id="veld-organisatie-fout"');
  });

  it('asks for a street or a postcode', async () => {
    const response = await send('/signaal/iemand', { ...worry, straat: '', postcode: '' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Vul een straat of een postcode in. Een huisnummer is niet nodig.');
  });

  it('stores a signal without an account and thanks with the reference and the status link', async () => {
    const response = await send('/signaal/iemand', { ...worry, postcode: '3532', buurt: lombok });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Dank je wel voor je signaal');
    expect(response.body).toContain('Bewaar de link goed');
    const reference = referenceIn(response.body);
    const row = await signalOf(reference);
    expect(row).toMatchObject({
      kind: 'persoon',
      topic: 'oudere_alleen',
      status: 'gemeld',
      postcode: '3532',
      area_id: lombok,
      person_knows: 'nee',
      reporter_user_id: null,
      reporter_role: 'bewoner',
      reporter_wants_mail: true,
    });
    expect((await get(statusPathIn(response.body))).statusCode).toBe(200);
  });

  it('answers the post with a redirect, so reloading the thanks sends nothing again', async () => {
    const form = await formToken(t, '/signaal/iemand');
    const posted = await postForm(t, '/signaal/iemand', { _csrf: form.csrf, ...worry }, form.cookie);
    expect(posted.statusCode).toBe(303);
    const received = String(posted.headers.location);
    expect(received).toMatch(/^\/signaal\/status\/[A-Za-z0-9_-]+\/ontvangen$/);
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('signals')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('tenant_id', '=', tenant.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const first = await get(received);
    const again = await get(received);
    expect([first.statusCode, again.statusCode]).toEqual([200, 200]);
    expect(again.body).toContain(referenceIn(first.body));
    expect(await count()).toBe(before);
  });

  it('answers danger ("ja") with the emergency page instead of thanks, and alerts the team', async () => {
    const before = t.mails.length;
    const response = await send('/signaal/iemand', { ...worry, gevaar: 'ja', email: '' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Bel nu als er gevaar is');
    expect(response.body).toContain('Je zei dat er nu gevaar is.');
    for (const tel of ['tel:112', 'tel:08002000', 'tel:08000113', 'tel:0307654321'])
      expect(response.body).toContain(tel);
    expect(response.body).not.toContain('Dank je wel voor je signaal');
    const reference = referenceIn(response.body);
    expect((await signalOf(reference)).urgency).toBe('spoed');
    const alert = t.mails.slice(before).find((m) => m.to === 'team@meldstad.example');
    expect(alert?.subject).toBe(`SPOED: signaal ${reference}`);
  });

  it('answers danger read in the text with the emergency page too', async () => {
    const response = await send('/signaal/iemand', {
      ...worry,
      zorg: 'psychisch',
      wat_zie_je: 'Mijn buurman zei gisteren dat hij er een eind aan wil maken. Hij wil niet meer leven.',
    });
    expect(response.body).toContain('Bel nu als er gevaar is');
    expect(response.body).toContain('In wat je schreef lezen we');
  });
});

describe('signalling about the neighbourhood, with "Anderen meldden ook"', () => {
  const neighbourhood = {
    thema: 'jongeren',
    straat: '',
    wat_speelt: 'Op het pleintje hangen jongeren rond die zich vervelen.',
    wat_helpt: 'Een plek waar ze iets kunnen doen.',
    wie_ben_je: 'bewoner',
  };
  // The buurt's id is known once the municipality is made.
  const hood = () => ({ ...neighbourhood, buurt: lombok });
  const secret = 'Geheime tekst van een ander over de Kanaalstraat';

  beforeAll(async () => {
    const made = new Date('2026-11-12T10:00:00Z');
    const other = { kind: 'buurt' as const, topic: 'jongeren' as const, areaId: lombok, reporterUserId: null };
    const first = await submitSignal(t.app.ctx, tenant, nabij(), {
      ...other,
      whatSeen: secret,
      reporterRole: 'bewoner',
    });
    await t.database.db.updateTable('signals').set({ created_at: made }).where('id', '=', first.id).execute();
    await submitSignal(t.app.ctx, tenant, nabij(), { ...other, whatSeen: 'Iets', reporterRole: 'bewoner' });
    await submitSignal(t.app.ctx, tenant, nabij(), { ...other, whatSeen: 'Iets', reporterRole: 'vrijwilliger' });
    // Not counted: another buurt, another theme, and one that was closed.
    await submitSignal(t.app.ctx, tenant, nabij(), { ...other, areaId: oog, whatSeen: 'X', reporterRole: 'bewoner' });
    await submitSignal(t.app.ctx, tenant, nabij(), {
      ...other,
      topic: 'overlast',
      whatSeen: 'X',
      reporterRole: 'bewoner',
    });
    const closed = await submitSignal(t.app.ctx, tenant, nabij(), { ...other, whatSeen: 'X', reporterRole: 'bewoner' });
    const team = asActor(teamMember);
    await moveSignal(t.app.ctx, team, await findSignal(t.app.ctx, team, closed.id), {
      to: 'afgesloten',
      reason: 'Dubbel',
      closingOutcome: 'dubbel',
    });
  });

  it('shows counts and dates of open signals with the same theme in that buurt, never their text', async () => {
    const response = await send('/signaal/buurt', { ...hood(), actie: 'kijken' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Anderen meldden ook');
    expect(response.body).toContain(
      '2 buurtbewoners en 1 vrijwilliger meldden sinds 12 november ook iets over jongeren in Lombok.',
    );
    expect(response.body).toContain('Je melding telt mee');
    expect(response.body).not.toContain(secret);
    // What was typed is kept, and nothing was stored.
    expect(response.body).toContain('Op het pleintje hangen jongeren rond die zich vervelen.');
    const stored = await t.database.db
      .selectFrom('signals')
      .select('id')
      .where('what_seen', '=', neighbourhood.wat_speelt)
      .execute();
    expect(stored).toEqual([]);
  });

  it('asks to choose a theme and a buurt first', async () => {
    const response = await send('/signaal/buurt', { ...hood(), buurt: '', actie: 'kijken' });
    expect(response.body).toContain('Kies eerst waar het over gaat en in welke buurt.');
    expect(response.body).not.toContain('meldden sinds');
  });

  it('shows the same list after a post with errors, and stores the signal once complete', async () => {
    const refused = await send('/signaal/buurt', { ...hood(), wie_ben_je: '', actie: 'versturen' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Kies wie je bent.');
    expect(refused.body).toContain('2 buurtbewoners en 1 vrijwilliger meldden sinds 12 november');
    const sent = await send('/signaal/buurt', { ...hood(), actie: 'versturen' });
    expect(sent.statusCode).toBe(200);
    const row = await signalOf(referenceIn(sent.body));
    expect(row).toMatchObject({ kind: 'buurt', topic: 'jongeren', area_id: lombok, urgency: 'normaal' });
    expect(row.what_would_help).toBe('Een plek waar ze iets kunnen doen.');
  });

  it('refuses a buurt that is not one of the municipality', async () => {
    const response = await send('/signaal/buurt', { ...hood(), buurt: 'Lombok' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="veld-buurt-fout"');
  });
});

describe('the status page and the feedback question', () => {
  const reason = 'Volgens de huisarts speelt er dementie';
  const visitNote = 'Mevrouw was verward en de koelkast was leeg';

  async function signalled() {
    const response = await send('/signaal/iemand', worry);
    const path = statusPathIn(response.body);
    const row = await signalOf(referenceIn(response.body));
    return { path, id: row.id };
  }
  async function visitAndClose(id: string) {
    const team = asActor(teamMember);
    await moveSignal(t.app.ctx, team, await findSignal(t.app.ctx, team, id), { to: 'in_behandeling', reason });
    await moveSignal(t.app.ctx, team, await findSignal(t.app.ctx, team, id), {
      to: 'erop_af_geweest',
      reason,
      visitResult: 'contact_gemaakt',
    });
    await t.database.db.updateTable('signals').set({ visit_note: visitNote }).where('id', '=', id).execute();
  }

  it('shows the standard text of the state and the steps, never the reasons, the visit note or the story', async () => {
    const { path, id } = await signalled();
    await visitAndClose(id);
    const page = await get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Langs geweest');
    expect(page.body).toContain('We zijn langs geweest. Meer kunnen we niet vertellen');
    expect(page.body).toContain('Iemand van het wijkteam heeft je signaal opgepakt.');
    expect(page.body).toContain('Een oudere die alleen woont');
    for (const hidden of [reason, visitNote, worry.wat_zie_je, worry.herkennen, teamMember.displayName])
      expect(page.body).not.toContain(hidden);
    // No question yet: the signal is not closed.
    expect(page.body).not.toContain('Had je het gevoel');
    // The read is logged, as Nabij for the status link.
    const logged = await t.database.db
      .selectFrom('access_log')
      .select(['category', 'outcome', 'actor_role'])
      .where('tenant_id', '=', tenant.id)
      .where('category', '=', 'melding')
      .where('action', '=', 'read')
      .execute();
    expect(logged).toContainEqual({ category: 'melding', outcome: 'toegestaan', actor_role: 'systeem:signaal' });
  });

  it('answers 404 for a status link that does not exist', async () => {
    expect((await get('/signaal/status/geen-echte-link')).statusCode).toBe(404);
  });

  it('a "nee" reopens the signal with the reporter as taker, and a second answer is refused', async () => {
    const { path, id } = await signalled();
    await visitAndClose(id);
    const team = asActor(teamMember);
    await moveSignal(t.app.ctx, team, await findSignal(t.app.ctx, team, id), {
      to: 'afgesloten',
      reason,
      closingOutcome: 'opgepakt',
    });
    const open = await get(path);
    expect(open.body).toContain('Had je het gevoel dat er iets met je signaal gedaan is?');
    const empty = await send(`${path}/terugkoppeling`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Kies ja of nee.');
    const answered = await send(`${path}/terugkoppeling`, { antwoord: 'nee', toelichting: 'Ik zie nog niemand.' });
    expect(answered.statusCode).toBe(303);
    const row = await t.database.db.selectFrom('signals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('in_behandeling');
    expect(row.feedback_note).toBe('Ik zie nog niemand.');
    const events = await t.database.db
      .selectFrom('signal_events')
      .select(['kind', 'actor_kind', 'from_status', 'to_status', 'reason', 'detail'])
      .where('signal_id', '=', id)
      .orderBy('id')
      .execute();
    expect(events.at(-3)).toMatchObject({ kind: 'terugkoppeling', actor_kind: 'melder', detail: { antwoord: 'nee' } });
    expect(events.at(-2)).toMatchObject({
      kind: 'status',
      actor_kind: 'melder',
      from_status: 'afgesloten',
      to_status: 'in_behandeling',
      reason: 'De melder had niet het gevoel dat er iets met het signaal gedaan is.',
    });
    const after = await get(path);
    expect(after.body).toContain('Het wijkteam kijkt er opnieuw naar.');
    expect(after.body).not.toContain('Had je het gevoel dat er iets met je signaal gedaan is?');
    const again = await send(`${path}/terugkoppeling`, { antwoord: 'ja' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Je hebt deze vraag al beantwoord.');
    const still = await t.database.db.selectFrom('signals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(still.status).toBe('in_behandeling');
    expect(still.feedback).toBeNull();
  });

  it('a "ja" is kept and shown, and cannot be changed', async () => {
    const { path, id } = await signalled();
    const team = asActor(teamMember);
    await moveSignal(t.app.ctx, team, await findSignal(t.app.ctx, team, id), {
      to: 'afgesloten',
      reason,
      closingOutcome: 'opgepakt',
    });
    expect((await send(`${path}/terugkoppeling`, { antwoord: 'ja' })).statusCode).toBe(303);
    const page = await get(path);
    expect(page.body).toContain('Dank je wel voor je antwoord.');
    expect(page.body).not.toContain('name="antwoord"');
    const again = await send(`${path}/terugkoppeling`, { antwoord: 'nee' });
    expect(again.statusCode).toBe(409);
    const row = await t.database.db.selectFrom('signals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'afgesloten', feedback: 'ja' });
  });
});

describe('Mijn signalen', () => {
  it('lists only one’s own signals; someone else’s is not found and the attempt is logged', async () => {
    const mine = await sessionCookie(t, resident);
    const sent = await send('/signaal/iemand', worry, mine);
    const own = await signalOf(referenceIn(sent.body));
    expect(own.reporter_user_id).toBe(resident.id);
    expect(sent.body).toContain('href="/mijn/signalen"');
    const theirs = await signalOf(
      referenceIn((await send('/signaal/iemand', worry, await sessionCookie(t, otherResident))).body),
    );
    const list = await get('/mijn/signalen', mine);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(own.reference);
    expect(list.body).not.toContain(theirs.reference);
    const page = await get(`/mijn/signalen/${own.id}`, mine);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Dank je wel voor je signaal. Het wijkteam heeft het ontvangen');
    const refused = await get(`/mijn/signalen/${theirs.id}`, mine);
    expect(refused.statusCode).toBe(404);
    const log = await t.database.db
      .selectFrom('access_log')
      .select(['outcome', 'subject_user_id', 'category'])
      .where('actor_user_id', '=', resident.id)
      .where('outcome', '=', 'geweigerd')
      .execute();
    expect(log).toContainEqual({ outcome: 'geweigerd', subject_user_id: otherResident.id, category: 'melding' });
    // The feedback through Mijn signalen as the reporter themselves.
    const team = asActor(teamMember);
    await moveSignal(t.app.ctx, team, await findSignal(t.app.ctx, team, own.id), {
      to: 'afgesloten',
      reason: 'Klaar',
      closingOutcome: 'opgepakt',
    });
    const answer = await send(`/mijn/signalen/${own.id}/terugkoppeling`, { antwoord: 'nee' }, mine);
    expect(answer.statusCode).toBe(303);
    expect((await signalOf(own.reference)).status).toBe('in_behandeling');
    expect((await send(`/mijn/signalen/${theirs.id}/terugkoppeling`, { antwoord: 'nee' }, mine)).statusCode).toBe(404);
  });

  it('stores a signed-in volunteer’s signal as Nabij for the form, with the volunteer as reporter', async () => {
    const sent = await send(
      '/signaal/iemand',
      { ...worry, wie_ben_je: 'vrijwilliger' },
      await sessionCookie(t, volunteer),
    );
    const row = await signalOf(referenceIn(sent.body));
    expect(row.reporter_user_id).toBe(volunteer.id);
    const first = await t.database.db
      .selectFrom('signal_events')
      .select(['actor_kind', 'actor_user_id'])
      .where('signal_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(first).toEqual({ actor_kind: 'melder', actor_user_id: null });
  });
});

describe('the standard texts', () => {
  it('saves the team’s own text, shows it to the reporter, and goes back to the default', async () => {
    const team = await sessionCookie(t, teamMember);
    const page = await get('/team/signalen/teksten', team);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Iemand van het wijkteam heeft je signaal opgepakt.');
    const { csrf, cookie } = await formToken(t, '/team/signalen/teksten', team);
    const own = 'Een collega van het wijkteam gaat ermee aan de slag.';
    const saved = await postForm(t, '/team/signalen/teksten', { _csrf: csrf, tekst_in_behandeling: own }, cookie);
    expect(saved.statusCode).toBe(303);
    const row = await t.database.db
      .selectFrom('signal_status_texts')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .where('step', '=', 'in_behandeling')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ text: own, updated_by: teamMember.id });
    const response = await send('/signaal/iemand', worry);
    const signal = await signalOf(referenceIn(response.body));
    const actor = asActor(teamMember);
    await moveSignal(t.app.ctx, actor, await findSignal(t.app.ctx, actor, signal.id), {
      to: 'in_behandeling',
      reason: 'Ik pak het op',
    });
    expect((await get(statusPathIn(response.body))).body).toContain(own);
    expect((await get('/team/signalen/teksten', team)).body).toContain('Terug naar de standaardtekst');
    const reset = await postForm(t, '/team/signalen/teksten/in_behandeling/standaard', { _csrf: csrf }, cookie);
    expect(reset.statusCode).toBe(303);
    expect((await get(statusPathIn(response.body))).body).toContain(
      'Iemand van het wijkteam heeft je signaal opgepakt.',
    );
    const tooLong = await postForm(
      t,
      '/team/signalen/teksten',
      { _csrf: csrf, tekst_gemeld: 'x'.repeat(1001) },
      cookie,
    );
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('Deze tekst is te lang.');
  });

  it('is refused to a volunteer', async () => {
    const cookie = await sessionCookie(t, volunteer);
    expect((await get('/team/signalen/teksten', cookie)).statusCode).toBe(403);
    const form = await formToken(t, '/signaal/iemand', cookie);
    const post = await postForm(t, '/team/signalen/teksten', { _csrf: form.csrf, tekst_gemeld: 'Hallo' }, form.cookie);
    expect(post.statusCode).toBe(403);
    const rows = await t.database.db
      .selectFrom('signal_status_texts')
      .select('step')
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(rows).toEqual([]);
  });
});

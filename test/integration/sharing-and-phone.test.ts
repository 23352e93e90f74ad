// What the asker lets a volunteer see, per match; answers given by phone and recorded by the team; a volunteer's
// self-declared gender from the import file. Over HTTP, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAccess } from '../../src/kernel/access/gate.js';
import { setTeamContact, type Tenant } from '../../src/kernel/tenancy/queries.js';
import { loadMatchableVolunteers, proposeMatch } from '../../src/modules/requests/index.js';
import { readTableFile } from '../../src/kernel/tables/index.js';
import { parseVolunteerRows, saveVolunteers } from '../../src/modules/volunteers/index.js';
import { formToken, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { saveBuurt } from '../support/buurt.js';
import {
  makeHelpRequest,
  makeMatch,
  makeTenant,
  makeUser,
  makeVolunteer,
  type TestUser,
} from '../support/factories.js';

let t: TestApp;
let teamMember: TestUser;
let resident: TestUser;
let tenant: Tenant;
let tenantId: string;
const teamActor = () => ({ kind: 'user' as const, userId: teamMember.id, tenantId, role: teamMember.role });

// Two volunteers without email (imported), one with a declared gender and one without coordinates.
const volunteersCsv = [
  'id,voornaam,postcode,lat,lon,biedt,rollen,beschikbaar,straal_km,max_matches,actieve_matches,vog,talen,' +
    'omschrijving,geslacht',
  'd01,Ria,3532 LC,,,boodschappen;maatje,maatje,ma;di;wo;do;vr,3,3,0,ja,nl,Ik doe graag boodschappen voor een buur.,v',
  'd02,Kees,3532 LC,52.0925,5.1052,boodschappen,maatje,ma;di;wo;do;vr,3,3,0,ja,nl,Ik heb een bakfiets.,',
].join('\n');

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'deeldorp' });
  tenant = await makeTenant(t.database.db, 'deeldorp', 'Deeldorp');
  tenantId = tenant.id;
  await setTeamContact(t.database.db, tenantId, { phone: '030 000 00 00', email: 'team@deeldorp.example' });
  await saveBuurt(t.database.db, tenantId, { postcodes: true });
  const volunteers = parseVolunteerRows(await readTableFile(Buffer.from(volunteersCsv)));
  expect(volunteers.errors).toEqual([]);
  await withAccess(
    t.database.db,
    { kind: 'system', tenantId, process: 'opdrachtregel' },
    { category: 'vrijwilliger', action: 'create', purpose: 'vrijwilligersbeheer', subjectUserId: null },
    (gated) => saveVolunteers(gated, tenantId, volunteers.rows, '2026-11-23'),
  );
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
  resident = await makeUser(t.database.db, tenant, 'bewoner');
});
afterAll(() => t.close());

/** Submits a request through the three steps of the form; returns the status page path and the stored row. */
async function askFor(tekst: string, details: Record<string, string>) {
  const start = await formToken(t, '/hulp/vraag');
  const story = { tekst, voor_wie: 'mij' };
  await postForm(t, '/hulp/vraag', { _csrf: start.csrf, ...story }, start.cookie);
  const base = {
    postcode: '3532 LC',
    dag: '',
    dagdeel: '',
    taal: '',
    naam: 'Bep de Groot',
    email: '',
    telefoon: '030-1234567',
  };
  const final = await postForm(
    t,
    '/hulp/versturen',
    { _csrf: start.csrf, ...story, ...base, ...details },
    start.cookie,
  );
  expect(final.statusCode).toBe(303);
  const statusPath = String(final.headers.location);
  const page = await t.app.inject({ url: statusPath });
  const reference = /HV-[A-Z0-9]{5}/.exec(page.body)?.[0] ?? '';
  const stored = await t.database.db
    .selectFrom('help_requests')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
  return { statusPath, stored };
}

const matchOf = (requestId: string) =>
  t.database.db
    .selectFrom('matches')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
const eventsOf = (requestId: string) =>
  t.database.db
    .selectFrom('request_events')
    .select(['kind', 'detail', 'actor_user_id'])
    .where('request_id', '=', requestId)
    .orderBy('id')
    .execute();

describe('what a volunteer may see', () => {
  it('keeps the form as typed when the note is too long, with the choices as they were', async () => {
    const start = await formToken(t, '/hulp/vraag');
    const story = { tekst: 'Ik zoek iemand die boodschappen voor me doet, ik kan niet meer lopen.', voor_wie: 'mij' };
    await postForm(t, '/hulp/vraag', { _csrf: start.csrf, ...story }, start.cookie);
    const res = await postForm(
      t,
      '/hulp/versturen',
      {
        _csrf: start.csrf,
        ...story,
        postcode: '',
        dag: '',
        dagdeel: '',
        taal: '',
        naam: 'Bep',
        email: '',
        telefoon: '0612345678',
        deelkeuze: '1',
        deel_buurt: 'ja',
        bericht_helper: 'x'.repeat(301),
      },
      start.cookie,
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Deze tekst is te lang');
    expect(res.body).toMatch(/name="deel_buurt" value="ja" checked/);
    expect(res.body).not.toMatch(/name="deel_voornaam" value="ja" checked/);
  });

  it('shows the volunteer only what the asker ticked, never the story; the asker can change it per match', async () => {
    const { statusPath, stored } = await askFor(
      'Ik zoek iemand die boodschappen voor me doet, ik loop slecht na mijn heupoperatie.',
      {
        deelkeuze: '1',
        deel_behoeften: 'ja',
        bericht_helper: 'Bel twee keer aan, ik hoor slecht.',
      },
    );
    expect(stored.share_with_volunteer).toEqual({
      voornaam: false,
      buurt: false,
      behoeften: true,
      bericht: 'Bel twee keer aan, ik hoor slecht.',
    });
    const proposal = await proposeMatch(t.app.ctx, teamActor(), tenant, stored.id, {
      id: 'd02',
      soort: 'vrijwilliger',
    });
    const match = await matchOf(stored.id);
    expect(match.shared_with_volunteer).toEqual({
      behoeften: ['boodschappen'],
      bericht: 'Bel twee keer aan, ik hoor slecht.',
    });

    const volunteerPage = await t.app.inject({ url: new URL(proposal.volunteerLink ?? '').pathname });
    expect(volunteerPage.body).toContain('Bel twee keer aan');
    expect(volunteerPage.body).not.toContain('Bep');
    expect(volunteerPage.body).not.toContain('3532');
    expect(volunteerPage.body).not.toContain('heupoperatie');

    // The asker sees what this volunteer sees, and takes the note back for this match only.
    const status = await t.app.inject({ url: statusPath });
    expect(status.body).toContain('Dit ziet de gevraagde vrijwilliger');
    const editPath = `${statusPath}/delen?koppeling=${match.id}`;
    const form = await formToken(t, editPath);
    const saved = await postForm(
      t,
      `${statusPath}/delen`,
      {
        _csrf: form.csrf,
        koppeling: match.id,
        deelkeuze: '1',
        deel_voornaam: 'ja',
        deel_behoeften: 'ja',
        bericht_helper: '',
      },
      form.cookie,
    );
    expect(saved.statusCode).toBe(303);
    expect((await matchOf(stored.id)).shared_with_volunteer).toEqual({ voornaam: 'Bep', behoeften: ['boodschappen'] });
    expect(
      (
        await t.database.db
          .selectFrom('help_requests')
          .select('share_with_volunteer')
          .where('id', '=', stored.id)
          .executeTakeFirstOrThrow()
      ).share_with_volunteer.bericht,
    ).toBe('Bel twee keer aan, ik hoor slecht.');
    const again = await t.app.inject({ url: new URL(proposal.volunteerLink ?? '').pathname });
    expect(again.body).toContain('Bep');
    expect(again.body).not.toContain('Bel twee keer aan');
    expect((await eventsOf(stored.id)).map((e) => e.kind)).toContain('deelkeuze_gewijzigd');
  });

  it('shares nothing unless the asker ticks it, and the mail says no more', async () => {
    const { stored } = await askFor('Wie kan er 1x per week boodschappen voor mij doen?', {
      email: 'bep@voorbeeld.nl',
    });
    expect(stored.share_with_volunteer).toEqual({ voornaam: false, buurt: false, behoeften: false, bericht: '' });
    const volunteer = await makeVolunteer(t.database.db, { tenant, account: true });
    await proposeMatch(t.app.ctx, teamActor(), tenant, stored.id, { id: volunteer.externalId, soort: 'vrijwilliger' });
    expect((await matchOf(stored.id)).shared_with_volunteer).toEqual({});
    const mail = t.mails.filter((m) => m.to === volunteer.account?.email).at(-1);
    expect(mail?.text).toContain('Iemand in de buurt zoekt hulp.');
    expect(mail?.text).not.toContain('Bep');
    expect(mail?.text).not.toContain('1x per week');
  });

  it('shares first name, area and need when the asker ticks them', async () => {
    const { stored } = await askFor('Wie kan er 1x per week boodschappen voor mij doen?', {
      email: 'bep2@voorbeeld.nl',
      deelkeuze: '1',
      deel_voornaam: 'ja',
      deel_buurt: 'ja',
      deel_behoeften: 'ja',
    });
    const volunteer = await makeVolunteer(t.database.db, { tenant, account: true });
    await proposeMatch(t.app.ctx, teamActor(), tenant, stored.id, { id: volunteer.externalId, soort: 'vrijwilliger' });
    expect((await matchOf(stored.id)).shared_with_volunteer).toEqual({
      voornaam: 'Bep',
      buurt: '3532',
      behoeften: ['boodschappen'],
    });
    const mail = t.mails.filter((m) => m.to === volunteer.account?.email).at(-1);
    expect(mail?.text).toContain('Bep (buurt 3532) zoekt hulp bij: boodschappen.');
    expect(mail?.text).not.toContain('1x per week');
  });

  it('refuses a change by a wrong link, for another request’s match, or on another person’s request', async () => {
    const stored = await makeHelpRequest(t.database.db, {
      tenant,
      text: 'Ik zoek hulp met boodschappen, ik ben slecht ter been.',
    });
    const { statusPath } = stored;
    const other = await makeHelpRequest(t.database.db, {
      tenant,
      text: 'Wie helpt mij met boodschappen? Ik heb geen auto.',
    });
    await proposeMatch(t.app.ctx, teamActor(), tenant, other.id, { id: 'd02', soort: 'vrijwilliger' });
    const otherMatch = await matchOf(other.id);
    const form = await formToken(t, `${statusPath}/delen`);
    const foreign = await postForm(
      t,
      `${statusPath}/delen`,
      { _csrf: form.csrf, koppeling: otherMatch.id, deelkeuze: '1' },
      form.cookie,
    );
    expect(foreign.statusCode).toBe(404);
    expect((await matchOf(other.id)).shared_with_volunteer).toEqual(otherMatch.shared_with_volunteer);
    const wrongLink = await postForm(
      t,
      '/hulp/status/niet-echt/delen',
      { _csrf: form.csrf, deelkeuze: '1' },
      form.cookie,
    );
    expect(wrongLink.statusCode).toBe(404);
    // A signed-in resident cannot reach a request that is not theirs: nothing of it is shown or changed.
    const cookie = await sessionCookie(t, resident);
    const mine = await t.app.inject({ url: `/mijn/hulpvragen/${stored.id}/delen`, headers: { cookie } });
    expect(mine.statusCode).toBe(404);
    expect(mine.body).not.toContain('slecht ter been');
    const residentForm = await formToken(t, '/hulp/vraag', cookie);
    const change = await postForm(
      t,
      `/mijn/hulpvragen/${stored.id}/delen`,
      { _csrf: residentForm.csrf, deelkeuze: '1' },
      residentForm.cookie,
    );
    expect(change.statusCode).toBe(404);
    expect(
      (
        await t.database.db
          .selectFrom('help_requests')
          .select('share_with_volunteer')
          .where('id', '=', stored.id)
          .executeTakeFirstOrThrow()
      ).share_with_volunteer.voornaam,
    ).toBe(true);
  });
});

describe('answers given by phone', () => {
  it('lets the team record both yeses, and close with the asker’s outcome and rating', async () => {
    const stored = await makeHelpRequest(t.database.db, {
      tenant,
      text: 'Ik zoek iemand die boodschappen voor me doet, ik heb geen computer.',
    });
    await proposeMatch(t.app.ctx, teamActor(), tenant, stored.id, { id: 'd02', soort: 'vrijwilliger' });
    const match = await matchOf(stored.id);
    const cookie = await sessionCookie(t, teamMember);
    const base = `/team/hulpvragen/${stored.id}/koppelingen/${match.id}`;

    const detail = await t.app.inject({ url: `/team/hulpvragen/${stored.id}`, headers: { cookie } });
    expect(detail.body).toContain('Antwoord van de vrijwilliger doorgeven (telefoon)');
    const volunteerStep = await formToken(t, base, cookie);
    expect((await t.app.inject({ url: base, headers: { cookie } })).body).toContain('Wat zegt Kees aan de telefoon?');
    // The asker's step cannot be taken before the volunteer's.
    expect(
      (await postForm(t, `${base}/vrager`, { _csrf: volunteerStep.csrf, antwoord: 'ja' }, volunteerStep.cookie))
        .statusCode,
    ).toBe(400);
    expect(
      (await postForm(t, `${base}/vrijwilliger`, { _csrf: volunteerStep.csrf, antwoord: 'ja' }, volunteerStep.cookie))
        .statusCode,
    ).toBe(303);
    expect((await matchOf(stored.id)).state).toBe('vrijwilliger_akkoord');

    const askerStep = await formToken(t, base, cookie);
    expect(
      (await postForm(t, `${base}/vrager`, { _csrf: askerStep.csrf, antwoord: 'ja' }, askerStep.cookie)).statusCode,
    ).toBe(303);
    expect((await matchOf(stored.id)).state).toBe('actief');

    const closing = await formToken(t, base, cookie);
    const invalid = await postForm(
      t,
      `${base}/afronden`,
      { _csrf: closing.csrf, uitkomst: 'niet_opgelost', reden: '', cijfer: '3', opmerking: '' },
      closing.cookie,
    );
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('Vertel kort wat er misging');
    expect(
      (
        await postForm(
          t,
          `${base}/afronden`,
          {
            _csrf: closing.csrf,
            uitkomst: 'informeel_opgelost',
            reden: '',
            cijfer: '4',
            opmerking: 'Kees komt elke dinsdag',
          },
          closing.cookie,
        )
      ).statusCode,
    ).toBe(303);
    expect(await matchOf(stored.id)).toMatchObject({
      state: 'afgesloten',
      outcome: 'informeel_opgelost',
      rating: 4,
      rating_comment: 'Kees komt elke dinsdag',
    });

    const events = await eventsOf(stored.id);
    const byPhone = events.filter((e) => (e.detail as { via?: string }).via === 'telefoon');
    expect(byPhone.map((e) => e.kind)).toEqual(['vrijwilliger_zegt_ja', 'vrager_zegt_ja', 'afgesloten']);
    expect(byPhone.every((e) => e.actor_user_id === teamMember.id)).toBe(true);
    const history = await t.app.inject({ url: `/team/hulpvragen/${stored.id}`, headers: { cookie } });
    expect(history.body).toContain('vrijwilliger zegt ja (aan de telefoon)');
  });

  it('records a no by phone, and refuses a resident on the team’s phone pages', async () => {
    const stored = await makeHelpRequest(t.database.db, {
      tenant,
      text: 'Wie kan mij helpen met boodschappen, mijn knie is kapot.',
    });
    await proposeMatch(t.app.ctx, teamActor(), tenant, stored.id, { id: 'd02', soort: 'vrijwilliger' });
    const match = await matchOf(stored.id);
    const base = `/team/hulpvragen/${stored.id}/koppelingen/${match.id}`;
    const residentCookie = await sessionCookie(t, resident);
    expect([403, 404]).toContain((await t.app.inject({ url: base, headers: { cookie: residentCookie } })).statusCode);
    const cookie = await sessionCookie(t, teamMember);
    const step = await formToken(t, base, cookie);
    const residentForm = await formToken(t, '/hulp/vraag', residentCookie);
    expect([403, 404]).toContain(
      (await postForm(t, `${base}/vrijwilliger`, { _csrf: residentForm.csrf, antwoord: 'ja' }, residentForm.cookie))
        .statusCode,
    );
    expect((await matchOf(stored.id)).state).toBe('voorgesteld');
    expect(
      (await postForm(t, `${base}/vrijwilliger`, { _csrf: step.csrf, antwoord: 'nee' }, step.cookie)).statusCode,
    ).toBe(303);
    expect((await matchOf(stored.id)).state).toBe('vrijwilliger_weigert');
    expect((await t.app.inject({ url: base, headers: { cookie } })).body).toContain('Dit voorstel is klaar');
  });
});

describe('a volunteer’s own answer about gender', () => {
  it('comes from the import column, is kept when a later file leaves it empty, and reaches triage', async () => {
    const actor = { kind: 'system' as const, tenantId, process: 'opdrachtregel' as const };
    let candidates = await loadMatchableVolunteers(t.database.db, actor, tenantId);
    expect(candidates.find((c) => c.id === 'd01')?.gender).toBe('v');
    expect(candidates.find((c) => c.id === 'd02')?.gender).toBeUndefined();
    // Coordinates come from the postcode when the file has none.
    expect(candidates.find((c) => c.id === 'd01')?.point).toBeDefined();
    const without = parseVolunteerRows(await readTableFile(Buffer.from(volunteersCsv.replace(',v\n', ',\n'))));
    await withAccess(
      t.database.db,
      actor,
      { category: 'vrijwilliger', action: 'update', purpose: 'vrijwilligersbeheer', subjectUserId: null },
      (gated) => saveVolunteers(gated, tenantId, without.rows, '2026-11-23'),
    );
    candidates = await loadMatchableVolunteers(t.database.db, actor, tenantId);
    expect(candidates.find((c) => c.id === 'd01')?.gender).toBe('v');
  });

  it('rejects an unknown value in the column with a Dutch message for that row', () => {
    const bad = parseVolunteerRows([
      {
        id: 'x1',
        voornaam: 'Jo',
        biedt: 'klussen',
        straal_km: '2',
        max_matches: '1',
        actieve_matches: '0',
        geslacht: 'onbekend',
      },
    ]);
    expect(bad.errors).toEqual([
      {
        row: 2,
        column: 'geslacht',
        message: 'Geslacht is v (vrouw), m (man), x (anders of zegt het liever niet), of leeg.',
      },
    ]);
  });
});

describe('answers on the asker’s own status page (no email needed)', () => {
  it('lets the asker say yes to a volunteer who said yes, and later tell how it went', async () => {
    const stored = await makeHelpRequest(t.database.db, {
      tenant,
      text: 'Ik zoek iemand die boodschappen voor me doet, ik heb geen e-mail.',
      contactEmail: null,
    });
    const { statusPath } = stored;
    const proposal = await proposeMatch(t.app.ctx, teamActor(), tenant, stored.id, {
      id: 'd02',
      soort: 'vrijwilliger',
    });
    const match = await matchOf(stored.id);
    const form = await formToken(t, `${statusPath}/delen`);
    // Before the volunteer's yes there is nothing for the asker to answer.
    expect((await t.app.inject({ url: statusPath })).body).not.toContain('Kees wil je helpen');
    expect(
      (await postForm(t, `${statusPath}/koppelingen/${match.id}`, { _csrf: form.csrf, antwoord: 'ja' }, form.cookie))
        .statusCode,
    ).toBe(400);

    const volunteerPath = new URL(proposal.volunteerLink ?? '').pathname;
    const volunteerForm = await formToken(t, volunteerPath);
    await postForm(t, volunteerPath, { _csrf: volunteerForm.csrf, antwoord: 'ja' }, volunteerForm.cookie);
    const page = await t.app.inject({ url: statusPath });
    expect(page.body).toContain('Kees wil je helpen');
    const answered = await postForm(
      t,
      `${statusPath}/koppelingen/${match.id}`,
      { _csrf: form.csrf, antwoord: 'ja' },
      form.cookie,
    );
    expect(answered.statusCode).toBe(303);
    expect((await matchOf(stored.id)).state).toBe('actief');
    expect((await t.app.inject({ url: String(answered.headers.location) })).body).toContain('je antwoord is bewaard');

    const closingPath = `${statusPath}/koppelingen/${match.id}/afronden`;
    expect((await t.app.inject({ url: closingPath })).body).toContain('Is je vraag opgelost?');
    const closed = await postForm(
      t,
      closingPath,
      { _csrf: form.csrf, uitkomst: 'informeel_opgelost', reden: '', cijfer: '5', opmerking: '' },
      form.cookie,
    );
    expect(closed.statusCode).toBe(303);
    expect(await matchOf(stored.id)).toMatchObject({ state: 'afgesloten', rating: 5 });
    const kinds = (await eventsOf(stored.id))
      .filter((e) => (e.detail as { via?: string }).via === 'statuspagina')
      .map((e) => e.kind);
    expect(kinds).toEqual(['vrager_zegt_ja', 'afgesloten']);
  });

  it('refuses a match of another request through this link, and another person’s request when signed in', async () => {
    const mine = await makeHelpRequest(t.database.db, {
      tenant,
      text: 'Wie helpt mij met de boodschappen op dinsdag?',
    });
    const theirs = await makeHelpRequest(t.database.db, {
      tenant,
      text: 'Ik kan niet meer naar de winkel, wie doet boodschappen voor mij?',
    });
    await proposeMatch(t.app.ctx, teamActor(), tenant, theirs.id, { id: 'd02', soort: 'vrijwilliger' });
    const theirMatch = await matchOf(theirs.id);
    const form = await formToken(t, `${mine.statusPath}/delen`);
    expect(
      (
        await postForm(
          t,
          `${mine.statusPath}/koppelingen/${theirMatch.id}`,
          { _csrf: form.csrf, antwoord: 'nee' },
          form.cookie,
        )
      ).statusCode,
    ).toBe(404);
    const cookie = await sessionCookie(t, resident);
    const residentForm = await formToken(t, '/hulp/vraag', cookie);
    expect(
      (
        await postForm(
          t,
          `/mijn/hulpvragen/${theirs.id}/koppelingen/${theirMatch.id}`,
          { _csrf: residentForm.csrf, antwoord: 'nee' },
          residentForm.cookie,
        )
      ).statusCode,
    ).toBe(404);
    expect((await matchOf(theirs.id)).state).toBe('voorgesteld');
  });
});

describe('a signed-in volunteer’s own page', () => {
  it('lists their questions with only what was shared, takes their yes, and refuses anyone else’s', async () => {
    const helper = await makeUser(t.database.db, tenant, 'vrijwilliger');
    const volunteer = await makeVolunteer(t.database.db, { tenant, account: helper, gender: 'v' });
    const other = await makeUser(t.database.db, tenant, 'vrijwilliger');
    // An earlier question to her, sharing first name, area and need (the asker's default).
    await makeMatch(t.app.ctx, { volunteer, proposer: teamMember });
    const stored = await makeHelpRequest(t.database.db, {
      tenant,
      text: 'Ik zoek iemand die boodschappen voor me doet, ik loop slecht sinds mijn operatie.',
      needKeys: ['boodschappen'],
      shareWithVolunteer: { voornaam: true, buurt: false, behoeften: true, bericht: '' },
    });
    const match = await makeMatch(t.app.ctx, { request: stored, volunteer, proposer: teamMember });

    const cookie = await sessionCookie(t, helper);
    const page = await t.app.inject({ url: '/mijn/vrijwilliger', headers: { cookie } });
    expect(page.body).toContain('Vragen voor jou');
    expect(page.body).not.toContain('operatie');
    // This question's card: first name and need, not the area (an earlier question to her did share it).
    const at = page.body.indexOf(`koppelingen/${match.id}`);
    const card = page.body.slice(page.body.lastIndexOf('<div class="nabij-card">', at), at);
    expect(card).toContain('Wil je Bep helpen?');
    expect(card).toContain('Boodschappen');
    expect(card).not.toContain('postcodegebied');

    // Someone else cannot answer for her.
    const otherCookie = await sessionCookie(t, other);
    const otherForm = await formToken(t, '/hulp/vraag', otherCookie);
    expect(
      (
        await postForm(
          t,
          `/mijn/vrijwilliger/koppelingen/${match.id}`,
          { _csrf: otherForm.csrf, antwoord: 'ja' },
          otherForm.cookie,
        )
      ).statusCode,
    ).toBe(404);
    expect((await matchOf(stored.id)).state).toBe('voorgesteld');

    const form = await formToken(t, '/mijn/vrijwilliger', cookie);
    const answered = await postForm(
      t,
      `/mijn/vrijwilliger/koppelingen/${match.id}`,
      { _csrf: form.csrf, antwoord: 'ja' },
      form.cookie,
    );
    expect(answered.statusCode).toBe(303);
    expect((await matchOf(stored.id)).state).toBe('vrijwilliger_akkoord');
    const events = await eventsOf(stored.id);
    expect(events.at(-1)).toMatchObject({
      kind: 'vrijwilliger_zegt_ja',
      detail: { via: 'eigen_pagina' },
      actor_user_id: helper.id,
    });
    const after = await t.app.inject({ url: '/mijn/vrijwilliger?beantwoord=1', headers: { cookie } });
    expect(after.body).toContain('Je zei ja. We vragen nu of Bep het ook goed vindt.');
    expect(
      (
        await postForm(
          t,
          `/mijn/vrijwilliger/koppelingen/${match.id}`,
          { _csrf: form.csrf, antwoord: 'nee' },
          form.cookie,
        )
      ).statusCode,
    ).toBe(400);

    // Her own answer about gender, changed on her page.
    expect(
      (await postForm(t, '/mijn/vrijwilliger/geslacht', { _csrf: form.csrf, geslacht: 'x' }, form.cookie)).statusCode,
    ).toBe(303);
    expect(
      (
        await t.database.db
          .selectFrom('volunteers')
          .select('gender')
          .where('id', '=', volunteer.id)
          .executeTakeFirstOrThrow()
      ).gender,
    ).toBe('x');
    expect(
      (await postForm(t, '/mijn/vrijwilliger/geslacht', { _csrf: form.csrf, geslacht: 'onzin' }, form.cookie))
        .statusCode,
    ).toBe(400);
  });
});

// Neighbourhood themes (issue 13, deliver 7 and 8): neighbourhood signals counted per theme and buurt without anyone's
// words, only for the team's professionals and the community worker; a group turned into a theme for the
// neighbourhood agenda moves exactly its waiting signals, each with a step and the reporter's standard text; the
// signals API with its refusals; and the open export, where a count under 5 never appears.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/kernel/access/gate.js';
import { ensureArea, ensureNeighbourhood, type Tenant } from '../../src/kernel/tenancy/queries.js';
import {
  findSignal,
  markThemeOnAgenda,
  moveSignal,
  type SignalInput,
  submitSignal,
  themesReadyForAgenda,
} from '../../src/modules/signals/index.js';
import { formToken, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let elsewhere: Tenant;
let communityWorker: TestUser;
let teamMember: TestUser;
let volunteer: TestUser;
let resident: TestUser;
const area = { linde: '', eiken: '', haven: '' };
const ids = { lindeLonely: [] as string[], lindeClosed: '', lindeYoung: '', eikenLonely: '', old: '', worry: '' };
let elsewhereSignal: string;

const asActor = (u: TestUser): Actor => ({ kind: 'user', userId: u.id, tenantId: u.tenantId, role: u.role });
const nabij = (): Actor => ({ kind: 'system', tenantId: tenant.id, process: 'signaal' });
const ctx = () => t.app.ctx;

const PRIVATE_WORDS = 'Mevrouw Jansen van nummer 12 zit elke dag alleen achter het raam';
const buurtSignal = (topic: 'eenzaamheid' | 'jongeren', areaId: string, n: number): SignalInput => ({
  kind: 'buurt',
  topic,
  whatSeen: `${PRIVATE_WORDS} (${n}).`,
  whatWouldHelp: 'Een koffieochtend in het buurthuis.',
  areaId,
  reporterUserId: null,
  reporterRole: 'bewoner',
  reporterName: `Melder Karel ${n}`,
  reporterEmail: `melder-${n}@example.org`,
  reporterWantsMail: true,
});

async function areaId(tenantId: string, name: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('areas')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'themadorp', NABIJ_FORM_RATE_LIMIT: '100000' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'themadorp', 'Themadorp');
  const noord = await ensureNeighbourhood(db, tenant.id, 'noord', 'Noord');
  const zuid = await ensureNeighbourhood(db, tenant.id, 'zuid', 'Zuid');
  await ensureArea(db, tenant.id, noord.id, 'Lindebuurt', 'BU09990101');
  await ensureArea(db, tenant.id, noord.id, 'Eikenbuurt', 'BU09990102');
  await ensureArea(db, tenant.id, zuid.id, 'Havenbuurt', null);
  area.linde = await areaId(tenant.id, 'Lindebuurt');
  area.eiken = await areaId(tenant.id, 'Eikenbuurt');
  area.haven = await areaId(tenant.id, 'Havenbuurt');
  communityWorker = await makeUser(db, tenant, 'opbouwwerker');
  teamMember = await makeUser(db, tenant, 'wijkteamlid');
  volunteer = await makeUser(db, tenant, 'vrijwilliger');
  resident = await makeUser(db, tenant, 'bewoner');

  // Lindebuurt, eenzaamheid: three waiting and one closed; jongeren: one; Eikenbuurt, eenzaamheid: one; and one of
  // 14 months ago; and a worry about a person in Lindebuurt, which is never counted as a neighbourhood theme.
  for (let n = 1; n <= 3; n++)
    ids.lindeLonely.push((await submitSignal(ctx(), tenant, nabij(), buurtSignal('eenzaamheid', area.linde, n))).id);
  ids.lindeClosed = (await submitSignal(ctx(), tenant, nabij(), buurtSignal('eenzaamheid', area.linde, 4))).id;
  const cw = asActor(communityWorker);
  await moveSignal(ctx(), cw, await findSignal(ctx(), cw, ids.lindeClosed), {
    to: 'afgesloten',
    reason: 'Dubbel gemeld',
    closingOutcome: 'dubbel',
  });
  ids.lindeYoung = (await submitSignal(ctx(), tenant, nabij(), buurtSignal('jongeren', area.linde, 5))).id;
  ids.eikenLonely = (await submitSignal(ctx(), tenant, nabij(), buurtSignal('eenzaamheid', area.eiken, 6))).id;
  ids.old = (await submitSignal(ctx(), tenant, nabij(), buurtSignal('eenzaamheid', area.eiken, 7))).id;
  const longAgo = new Date();
  longAgo.setUTCMonth(longAgo.getUTCMonth() - 14);
  await db.updateTable('signals').set({ created_at: longAgo }).where('id', '=', ids.old).execute();
  ids.worry = (
    await submitSignal(ctx(), tenant, nabij(), {
      kind: 'persoon',
      topic: 'oudere_alleen',
      whatSeen: 'De buurvrouw doet de deur niet meer open.',
      areaId: area.linde,
      reporterUserId: null,
      reporterRole: 'bewoner',
    })
  ).id;

  elsewhere = await makeTenant(db, 'elders', 'Elders');
  elsewhereSignal = (
    await submitSignal(
      ctx(),
      elsewhere,
      { kind: 'system', tenantId: elsewhere.id, process: 'signaal' },
      {
        kind: 'buurt',
        topic: 'overlast',
        whatSeen: 'Lawaai op het plein.',
        reporterUserId: null,
        reporterRole: 'bewoner',
      },
    )
  ).id;
}, 120_000);
afterAll(() => t.close());

/** The rows of the first table on a page, as the text of their cells. */
function tableRows(html: string, caption: string): string[][] {
  const table = html.split('<table').find((part) => part.includes(caption)) ?? '';
  const body = table.split('<tbody')[1]?.split('</tbody>')[0] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) =>
      cell[1]!
        .replace(/<[^>]*>/g, '')
        .replace(/&#x27;|&#39;/g, "'")
        .trim(),
    ),
  );
}

const open = async (url: string, user: TestUser | null) =>
  t.app.inject({ method: 'GET', url, headers: user ? { cookie: await sessionCookie(t, user) } : {} });

describe('the themes page', () => {
  it('counts neighbourhood signals per wijk, buurt and theme: waiting, and all in the period', async () => {
    const page = await open('/team/signalen/themas', communityWorker);
    expect(page.statusCode).toBe(200);
    const rows = tableRows(page.body, 'Signalen over de buurt per wijk').map((r) => r.slice(0, 5));
    expect(rows).toEqual([
      ['Noord', 'Eikenbuurt', 'Eenzaamheid', '1', '1'],
      ['Noord', 'Lindebuurt', 'Eenzaamheid', '3', '4'],
      ['Noord', 'Lindebuurt', 'Jongeren', '1', '1'],
    ]);
    // A longer period takes in the signal of 14 months ago; a wijk narrows it down.
    const longer = await open('/team/signalen/themas?periode=24', communityWorker);
    expect(tableRows(longer.body, 'Signalen over de buurt per wijk')[0]?.slice(0, 5)).toEqual([
      'Noord',
      'Eikenbuurt',
      'Eenzaamheid',
      '2',
      '2',
    ]);
    const south = await open('/team/signalen/themas?wijk=zuid', communityWorker);
    expect(tableRows(south.body, 'Signalen over de buurt per wijk')).toEqual([]);
    expect(south.body).toContain('Havenbuurt');
    expect(south.body).not.toContain('Lindebuurt');
  });

  it('draws a tile per buurt with its counts, and no person-level data anywhere on the page', async () => {
    const page = await open('/team/signalen/themas', teamMember);
    const tiles = [...page.body.matchAll(/<svg class="nabij-tegel"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(tiles).toHaveLength(3);
    const linde = tiles.find((s) => s.includes('Lindebuurt'))!;
    expect(linde).toContain('Eenzaamheid 4');
    expect(linde).toContain('Jongeren 1');
    expect(tiles.find((s) => s.includes('Havenbuurt'))).toContain('Geen signalen');
    for (const words of [PRIVATE_WORDS, 'koffieochtend', 'Melder Karel', 'melder-1@example.org', 'deur niet meer'])
      expect(page.body).not.toContain(words);
  });

  it('answers a wijk that does not exist with a Dutch message beside the filter', async () => {
    const page = await open('/team/signalen/themas?wijk=nergens', communityWorker);
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('id="veld-wijk-fout"');
  });

  it('refuses a volunteer and a resident, and logs each refusal', async () => {
    for (const outsider of [volunteer, resident]) {
      const page = await open('/team/signalen/themas', outsider);
      expect(page.statusCode).toBe(403);
      const refused = await t.database.db
        .selectFrom('access_log')
        .select(['category', 'outcome'])
        .where('actor_user_id', '=', outsider.id)
        .where('outcome', '=', 'geweigerd')
        .execute();
      expect(refused).toContainEqual({ category: 'buurtsignaal', outcome: 'geweigerd' });
    }
    expect((await open('/team/signalen/themas', null)).statusCode).toBe(401);
  });
});

describe('from theme to agenda', () => {
  it('moves exactly the waiting signals of the group, each with a step and the reporter told', async () => {
    const db = t.database.db;
    const cookie = await sessionCookie(t, communityWorker);
    const form = await formToken(t, `/team/signalen/themas/nieuw?thema=eenzaamheid&buurt=${area.linde}`, cookie);
    const mailsBefore = t.mails.length;
    const response = await t.app.inject({
      method: 'POST',
      url: '/team/signalen/themas/nieuw',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: form.csrf,
        thema: 'eenzaamheid',
        buurt: area.linde,
        titel: 'Eenzaamheid in de Lindebuurt',
        samenvatting: 'Meerdere bewoners zien ouderen die weinig buiten komen. Een koffieochtend kan helpen.',
      }).toString(),
    });
    expect(response.statusCode).toBe(303);
    const theme = await db
      .selectFrom('neighbourhood_themes')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .executeTakeFirstOrThrow();
    expect(theme).toMatchObject({ status: 'klaar_voor_agenda', signal_count: 3, topic: 'eenzaamheid' });
    expect(theme.area_id).toBe(area.linde);
    expect(theme.created_by).toBe(communityWorker.id);

    const signals = await db
      .selectFrom('signals')
      .select(['id', 'status', 'forwarded_to', 'theme_id'])
      .where('tenant_id', '=', tenant.id)
      .execute();
    const byId = new Map(signals.map((s) => [s.id, s]));
    for (const id of ids.lindeLonely)
      expect(byId.get(id)).toMatchObject({ status: 'doorgezet', forwarded_to: 'wijkagenda', theme_id: theme.id });
    // The closed one, the other theme, the other buurt, the old one elsewhere and the worry: untouched.
    expect(byId.get(ids.lindeClosed)).toMatchObject({ status: 'afgesloten', theme_id: null });
    for (const id of [ids.lindeYoung, ids.eikenLonely, ids.old, ids.worry])
      expect(byId.get(id)).toMatchObject({ status: 'gemeld', theme_id: null });

    const steps = await db
      .selectFrom('signal_events')
      .select(['signal_id', 'from_status', 'to_status', 'actor_user_id', 'reason'])
      .where('tenant_id', '=', tenant.id)
      .where('kind', '=', 'status')
      .where('to_status', '=', 'doorgezet')
      .execute();
    expect(steps.map((s) => s.signal_id).sort()).toEqual([...ids.lindeLonely].sort());
    expect(steps.every((s) => s.actor_user_id === communityWorker.id && s.reason.includes('Lindebuurt'))).toBe(true);

    const told = t.mails.slice(mailsBefore);
    expect(told.map((m) => m.to).sort()).toEqual([
      'melder-1@example.org',
      'melder-2@example.org',
      'melder-3@example.org',
    ]);
    expect(told.every((m) => m.text.includes('Je signaal is doorgezet'))).toBe(true);

    // The page lists the theme as waiting for the agenda; the group has nothing left to put on it.
    const page = await open(`/team/signalen/themas?gemaakt=${theme.id}`, communityWorker);
    expect(page.body).toContain('Eenzaamheid in de Lindebuurt');
    expect(page.body).toContain('Klaar voor de wijkagenda');
    const again = await t.app.inject({
      method: 'POST',
      url: '/team/signalen/themas/nieuw',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: form.csrf,
        thema: 'eenzaamheid',
        buurt: area.linde,
        titel: 'Nog eens',
        samenvatting: 'Nog eens.',
      }).toString(),
    });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('In deze groep wacht geen signaal meer');
  });

  it('asks for a title and a summary, keeping what was typed', async () => {
    const cookie = await sessionCookie(t, communityWorker);
    const form = await formToken(t, `/team/signalen/themas/nieuw?thema=jongeren&buurt=${area.linde}`, cookie);
    const response = await t.app.inject({
      method: 'POST',
      url: '/team/signalen/themas/nieuw',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: form.csrf,
        thema: 'jongeren',
        buurt: area.linde,
        titel: 'Jongeren op het plein',
        samenvatting: '',
      }).toString(),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Schrijf in een paar zinnen wat er in de buurt speelt.');
    expect(response.body).toContain('value="Jongeren op het plein"');
    const young = await findSignal(ctx(), asActor(communityWorker), ids.lindeYoung);
    expect(young.status).toBe('gemeld');
  });

  it('lets the future agenda module take a waiting theme over, once', async () => {
    const waiting = await themesReadyForAgenda(t.database.db, tenant.id);
    expect(waiting.map((w) => w.title)).toEqual(['Eenzaamheid in de Lindebuurt']);
    const itemId = '00000000-0000-4000-8000-00000000a9e1';
    expect(await markThemeOnAgenda(t.database.db, tenant.id, waiting[0]!.id, itemId)).toBe(true);
    expect(await markThemeOnAgenda(t.database.db, tenant.id, waiting[0]!.id, itemId)).toBe(false);
    expect(await markThemeOnAgenda(t.database.db, elsewhere.id, waiting[0]!.id, itemId)).toBe(false);
    expect(await themesReadyForAgenda(t.database.db, tenant.id)).toEqual([]);
  });
});

describe('the signals API', () => {
  const call = async (method: 'GET' | 'POST', url: string, user: TestUser | null, body?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: {
        ...(user ? { cookie: await sessionCookie(t, user) } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });

  it('refuses without a session (401) and a volunteer (403), as problem+json', async () => {
    const anonymous = await call('GET', '/api/v1/signalen', null);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    const asVolunteer = await call('GET', '/api/v1/signalen', volunteer);
    expect(asVolunteer.statusCode).toBe(403);
    expect(asVolunteer.headers['content-type']).toContain('application/problem+json');
    expect((await call('GET', `/api/v1/signalen/${ids.lindeYoung}`, volunteer)).statusCode).toBe(403);
  });

  it('lists open signals: both kinds for the team, only the neighbourhood for the community worker', async () => {
    const team = (await call('GET', '/api/v1/signalen', teamMember)).json() as { id: string; soort: string }[];
    expect(team.map((s) => s.id)).toContain(ids.worry);
    expect(team.map((s) => s.id)).not.toContain(ids.lindeClosed);
    expect(team.map((s) => s.id)).not.toContain(elsewhereSignal);
    const cw = (await call('GET', '/api/v1/signalen', communityWorker)).json() as { soort: string; buurt: unknown }[];
    expect(cw.length).toBeGreaterThan(0);
    expect(cw.every((s) => s.soort === 'buurt')).toBe(true);
    expect(cw).toContainEqual(expect.objectContaining({ buurt: { naam: 'Lindebuurt', cbsCode: 'BU09990101' } }));
  });

  it('gives one signal with its steps; elsewhere is 404, logged; a worry is 403 for the community worker', async () => {
    const one = await call('GET', `/api/v1/signalen/${ids.lindeLonely[0]}`, communityWorker);
    expect(one.statusCode).toBe(200);
    const body = one.json() as { status: string; stappen: { naar: string | null }[]; watGezien: string };
    expect(body.status).toBe('doorgezet');
    expect(body.stappen.map((s) => s.naar)).toEqual(expect.arrayContaining(['gemeld', 'doorgezet']));
    expect(JSON.stringify(body)).not.toContain('Melder Karel');
    const other = await call('GET', `/api/v1/signalen/${elsewhereSignal}`, teamMember);
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toContain('application/problem+json');
    const logged = await t.database.db
      .selectFrom('access_log')
      .select('refusal_reason')
      .where('actor_user_id', '=', teamMember.id)
      .where('outcome', '=', 'geweigerd')
      .execute();
    expect(logged.map((l) => l.refusal_reason)).toContain('onbekend_of_andere_gemeente');
    expect((await call('GET', `/api/v1/signalen/${ids.worry}`, communityWorker)).statusCode).toBe(403);
  });

  it('logs each worry about a person the list and the read show under the signal, for the person to find', async () => {
    const db = t.database.db;
    await call('GET', '/api/v1/signalen', teamMember);
    await call('GET', `/api/v1/signalen/${ids.worry}`, teamMember);
    const rows = await db
      .selectFrom('access_log')
      .select(['category', 'action', 'subject_request_id', 'outcome'])
      .where('actor_user_id', '=', teamMember.id)
      .where('subject_request_id', '=', ids.worry)
      .execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { category: 'signaal', action: 'search', subject_request_id: ids.worry, outcome: 'toegestaan' },
        { category: 'signaal', action: 'read', subject_request_id: ids.worry, outcome: 'toegestaan' },
      ]),
    );
  });

  it('takes a step the table allows (204), and refuses one it does not with the Dutch message (400)', async () => {
    const wrong = await call('POST', `/api/v1/signalen/${ids.eikenLonely}/stappen`, communityWorker, {
      naar: 'erop_af_geweest',
      reden: 'Langs geweest',
      bezoekresultaat: 'contact_gemaakt',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(wrong.json())).toContain('Een signaal kan niet van');
    const right = await call('POST', `/api/v1/signalen/${ids.eikenLonely}/stappen`, communityWorker, {
      naar: 'in_behandeling',
      reden: 'Ik pak het op',
    });
    expect(right.statusCode).toBe(204);
    expect((await findSignal(ctx(), asActor(communityWorker), ids.eikenLonely)).status).toBe('in_behandeling');
    const elsewhereStep = await call('POST', `/api/v1/signalen/${elsewhereSignal}/stappen`, teamMember, {
      naar: 'in_behandeling',
      reden: 'x',
    });
    expect(elsewhereStep.statusCode).toBe(404);
  });

  it('takes a new signal from a signed-in resident, as the form does', async () => {
    const made = await call('POST', '/api/v1/signalen', resident, {
      soort: 'buurt',
      onderwerp: 'jongeren',
      watGezien: 'Elke avond jongeren bij het winkelcentrum die zich vervelen.',
      buurt: area.haven,
    });
    expect(made.statusCode).toBe(201);
    const { id, referentie } = made.json() as { id: string; referentie: string };
    expect(referentie).toMatch(/^SG-/);
    const row = await t.database.db
      .selectFrom('signals')
      .select(['reporter_user_id', 'reporter_role', 'area_id', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      reporter_user_id: resident.id,
      reporter_role: 'bewoner',
      area_id: area.haven,
      status: 'gemeld',
    });
    const mismatch = await call('POST', '/api/v1/signalen', resident, {
      soort: 'persoon',
      onderwerp: 'jongeren',
      watGezien: 'x',
    });
    expect(mismatch.statusCode).toBe(400);
    expect((await call('POST', '/api/v1/signalen', null, { soort: 'buurt' })).statusCode).toBe(401);
  });
});

describe('the open export', () => {
  it('never gives a count under 5, in CSV or JSON, and hides the next smallest when one alone is hidden', async () => {
    // Havenbuurt this quarter: 7 overlast, 6 veiligheid, 3 armoede (and the resident's 1 jongeren above).
    const add = async (topic: 'overlast' | 'veiligheid' | 'armoede', count: number) => {
      for (let n = 0; n < count; n++)
        await submitSignal(ctx(), tenant, nabij(), {
          kind: 'buurt',
          topic,
          whatSeen: 'Iets in de buurt.',
          areaId: area.haven,
          reporterUserId: null,
          reporterRole: 'bewoner',
        });
    };
    await add('overlast', 7);
    await add('veiligheid', 6);
    await add('armoede', 3);

    const json = await t.app.inject({ method: 'GET', url: '/open/signalen/themas.json' });
    expect(json.statusCode).toBe(200);
    const rows = (
      json.json() as { rijen: { buurt: string; thema: string; aantalSignalen: number | null; onderdrukt: string }[] }
    ).rijen;
    for (const r of rows) expect(r.aantalSignalen === null || r.aantalSignalen >= 5).toBe(true);
    const haven = rows.filter((r) => r.buurt === 'Havenbuurt');
    const cell = (thema: string) => haven.find((r) => r.thema === thema);
    expect(cell('overlast')).toMatchObject({ aantalSignalen: 7, onderdrukt: '' });
    expect(cell('alle')).toMatchObject({ aantalSignalen: 17, onderdrukt: '' });
    // 3 + 1 hidden is still under 5, so the next smallest (6) is hidden too: 17 - 7 cannot be split back.
    expect(cell('armoede')).toMatchObject({ aantalSignalen: null, onderdrukt: 'minder dan 5' });
    expect(cell('jongeren')).toMatchObject({ aantalSignalen: null, onderdrukt: 'minder dan 5' });
    expect(cell('veiligheid')).toMatchObject({ aantalSignalen: null });
    expect(cell('veiligheid')?.onderdrukt).toContain('verborgen');
    // Lindebuurt has 4 and 1: both hidden, their total of 5 is given (it cannot be split back into 4 and 1).
    const linde = rows.filter((r) => r.buurt === 'Lindebuurt');
    expect(linde.map((r) => [r.thema, r.aantalSignalen])).toEqual([
      ['eenzaamheid', null],
      ['jongeren', null],
      ['alle', 5],
    ]);
    expect(JSON.stringify(rows)).not.toContain('Iets in de buurt');

    const csv = await t.app.inject({ method: 'GET', url: '/open/signalen/themas.csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, ...lines] = csv.body.trim().split('\r\n');
    expect(header).toBe('wijk,buurt,buurt_cbs_code,thema,kwartaal,aantal_signalen,onderdrukt');
    expect(lines.length).toBe(rows.length);
    for (const line of lines) {
      const count = line.split(',')[5]!;
      expect(count === '' || Number(count) >= 5, line).toBe(true);
      if (count === '') expect(line).toMatch(/minder dan 5|verborgen/);
    }
    expect(lines.some((l) => /^Noord,Lindebuurt,BU09990101,eenzaamheid,\d{4}-Q[1-4],,minder dan 5$/.test(l))).toBe(
      true,
    );
  });
});

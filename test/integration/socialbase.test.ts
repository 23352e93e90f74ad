// The social base over HTTP on the demo municipality: search, pages, calendar, API, staying current, upload (hostile
// files included), key persons, owners.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { sendDueConfirmationRequests } from '../../src/modules/socialbase/index.js';
import { seedDemo } from '../../src/modules/demo/seed.js';
import { formToken, postFile, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeActivity, makeUser, type TestUser } from '../support/factories.js';
import { deflatedZeros, workbookParts, zipOf } from '../support/hostile-files.js';

let t: TestApp;
let communityWorker: TestUser;
let resident: TestUser;
let teamMember: TestUser;
let tenant: Tenant;

const csvHeader =
  'id,naam,omschrijving,soort,behoeften,aanbieder,professioneel,adres,postcode,lat,lon,' +
  'dagen,tijd,kosten,doelgroep,toegankelijk,talen';

beforeAll(async () => {
  t = await testApp();
  ({ tenant } = await seedDemo(t.database.db, new Date('2026-11-23T10:00:00Z')));
  communityWorker = await makeUser(t.database.db, tenant, 'opbouwwerker');
  resident = await makeUser(t.database.db, tenant, 'bewoner');
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid');
});
afterAll(() => t.close());

const activityId = async (externalId: string) =>
  (
    await t.database.db
      .selectFrom('activities')
      .select('id')
      .where('external_id', '=', externalId)
      .executeTakeFirstOrThrow()
  ).id;

describe('public search', () => {
  it('sends a visitor no CSRF cookie with a page that has no form to post, and one with a page that has', async () => {
    const search = await t.app.inject({ url: '/sociale-kaart?q=koffie+dinsdag' });
    expect(search.statusCode).toBe(200);
    expect(String(search.headers['set-cookie'] ?? '')).not.toContain('nabij_csrf=');
    const signIn = await t.app.inject({ url: '/inloggen' });
    expect(signIn.body).toContain('name="_csrf"');
    expect(String(signIn.headers['set-cookie'] ?? '')).toContain('nabij_csrf=');
  });

  it('finds the Tuesday coffee morning for "koffie dinsdag", with its next time', async () => {
    const response = await t.app.inject({ url: '/sociale-kaart?q=koffie+dinsdag' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Koffieochtend in De Bron');
    expect(response.body).toMatch(/Volgende keer: di \d+ \w+ 10:00/);
  });

  it('finds the grocery service despite the typo "bootschappen"', async () => {
    const response = await t.app.inject({ url: '/api/v1/activiteiten?q=bootschappen' });
    const names = (response.json() as { resultaten: { naam: string }[] }).resultaten.map((r) => r.naam);
    expect(names[0]).toBe('Boodschappendienst Vogelwijk');
  });

  it('shows the distance from a postcode, typed any way', async () => {
    const response = await t.app.inject({ url: '/sociale-kaart?q=koffie&postcode=3581ab' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/\d+ m ·|\d+,\d km ·/);
  });

  it('explains a wrong postcode next to the field and keeps what was typed', async () => {
    const response = await t.app.inject({ url: '/sociale-kaart?q=koffie&postcode=12ab' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Dit is geen geldige postcode');
    expect(response.body).toContain('value="12ab"');
    expect(response.body).toContain('value="koffie"');
  });

  it('filters on day part, cost and wheelchair access', async () => {
    const response = await t.app.inject({ url: '/api/v1/activiteiten?dagdeel=avond&gratis=ja&rolstoel=ja' });
    const results = (
      response.json() as { resultaten: { gratis: boolean; rolstoeltoegankelijk: boolean; wanneer: string }[] }
    ).resultaten;
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.gratis).toBe(true);
      expect(r.rolstoeltoegankelijk).toBe(true);
    }
  });

  it('answers a bad API filter with problem+json', async () => {
    const response = await t.app.inject({ url: '/api/v1/activiteiten?behoefte=pizza' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('documents the search in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    };
    const params = doc.paths['/api/v1/activiteiten']?.get?.parameters?.map((p) => p.name) ?? [];
    expect(params).toEqual(
      expect.arrayContaining(['q', 'behoefte', 'postcode', 'afstand', 'dag', 'dagdeel', 'gratis', 'rolstoel']),
    );
  });
});

describe('an activity page and its calendar', () => {
  it('shows the next times, what is cancelled, and a calendar link', async () => {
    const id = await activityId('w01');
    const page = await t.app.inject({ url: `/sociale-kaart/${id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('De volgende keren');
    expect(page.body).toContain('Zet in je agenda');
    const ics = await t.app.inject({ url: `/sociale-kaart/${id}/agenda.ics` });
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(ics.body).toContain('SUMMARY:Koffieochtend in De Bron');
  });

  it('answers an unknown activity with a Dutch 404', async () => {
    expect((await t.app.inject({ url: '/sociale-kaart/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/sociale-kaart/geen-id' })).statusCode).toBe(404);
  });
});

describe('staying current', () => {
  it('lists stale entries for the community worker, and not for a resident', async () => {
    const page = await t.app.inject({
      url: '/opbouw/actualiteit',
      headers: { cookie: await sessionCookie(t, communityWorker) },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('niet recent bevestigd');
    expect(page.body).toContain('niet meer voorgesteld');
    const refused = await t.app.inject({
      url: '/opbouw/actualiteit',
      headers: { cookie: await sessionCookie(t, resident) },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('sends "Klopt dit nog?" once, and the owner confirms with one click', async () => {
    const before = t.mails.length;
    const sent = await sendDueConfirmationRequests(
      t.database.db,
      { send: async (m) => void t.mails.push(m) },
      { baseUrl: 'http://localhost', socialBase: { confirmEveryMonths: 3 } },
      new Date('2026-11-23T10:00:00Z'),
    );
    expect(sent).toBeGreaterThan(0);
    expect(t.mails.length - before).toBe(sent);
    const again = await sendDueConfirmationRequests(
      t.database.db,
      { send: async () => {} },
      { baseUrl: 'http://localhost', socialBase: { confirmEveryMonths: 3 } },
      new Date('2026-11-23T10:00:00Z'),
    );
    expect(again).toBe(0);

    const mail = t.mails.at(-1)!;
    expect(mail.subject).toMatch(/^Klopt dit nog\?/);
    const path = /\/klopt-dit-nog\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0] ?? '';
    const form = await formToken(t, path);
    const confirmed = await postForm(t, path, { _csrf: form.csrf }, form.cookie);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('Dank je wel');
    const twice = await postForm(t, path, { _csrf: form.csrf }, form.cookie);
    expect(twice.statusCode).toBe(400);
  });

  it('lets the community worker confirm an entry from the list', async () => {
    const id = await activityId('w14');
    const cookie = await sessionCookie(t, communityWorker);
    const form = await formToken(t, '/opbouw/actualiteit', cookie);
    expect(form.cookie).toBeTruthy();
    const response = await postForm(t, `/opbouw/actualiteit/${id}/bevestigen`, { _csrf: form.csrf }, form.cookie);
    expect(response.statusCode).toBe(303);
    const page = await t.app.inject({ url: '/opbouw/actualiteit', headers: { cookie } });
    expect(page.body).not.toContain(`/sociale-kaart/${id}"`);
  });
});

describe('uploading a spreadsheet', () => {
  const upload = async (cookie: string, name: string, content: Buffer, type = 'text/csv') => {
    const form = await formToken(t, '/opbouw/import', cookie);
    return {
      form,
      response: await postFile(
        t,
        '/opbouw/import',
        { _csrf: form.csrf },
        { name, field: 'bestand', content, type },
        form.cookie,
      ),
    };
  };

  it('shows errors per row in Dutch and saves nothing', async () => {
    const cookie = await sessionCookie(t, communityWorker);
    const csv =
      `${csvHeader}\n` +
      'x01,Breiclub,Samen breien,activiteit,ontmoeting,Breiclub,nee,Bronplein 2,3581 EG,52.09,5.13,di,10:00-12:00,' +
      'gratis,iedereen,ja,nl\n' +
      'x02,,Zonder naam,feest,pizza,X,nee,,99,,,zz,25:00,gratis,,nee,nl\n';
    const { response } = await upload(cookie, 'fout.csv', Buffer.from(csv));
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Het bestand heeft fouten');
    expect(response.body).toContain('De naam ontbreekt.');
    expect(response.body).toContain('Onbekende behoefte: pizza.');
    expect(response.body).toContain('Soort moet activiteit, voorziening, initiatief of dienst zijn.');
    expect(
      await t.database.db.selectFrom('activities').select('id').where('external_id', '=', 'x01').executeTakeFirst(),
    ).toBeUndefined();
  });

  it('previews an Excel file, saves only on confirm, and once', async () => {
    const cookie = await sessionCookie(t, communityWorker);
    const header = csvHeader.split(',');
    const row = [
      'x10',
      'Schaakclub De Toren',
      'Elke woensdagavond schaken in het buurthuis.',
      'activiteit',
      'ontmoeting',
      'Schaakclub De Toren',
      'nee',
      'Bronplein 2',
      '3581 EG',
      '52.09',
      '5.13',
      'wo',
      '19:30-22:00',
      'gratis',
      'iedereen',
      'ja',
      'nl',
    ];
    const update = [
      'w01',
      'Koffieochtend in De Bron',
      'Nieuwe tekst.',
      'activiteit',
      'ontmoeting',
      'Buurthuis De Bron',
      'nee',
      'Bronplein 2',
      '3581 EG',
      '52.09',
      '5.13',
      'di',
      '10:00-12:00',
      'gratis',
      'iedereen',
      'ja',
      'nl',
    ];
    const xlsx = await writeXlsxFile([header, row, update].map((r) => r.map((value) => ({ value })))).toBuffer();
    const { form, response } = await upload(
      cookie,
      'kaart.xlsx',
      xlsx,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('1 nieuw, 1 bijgewerkt');
    expect(
      await t.database.db.selectFrom('activities').select('id').where('external_id', '=', 'x10').executeTakeFirst(),
    ).toBeUndefined();
    const action = /action="(\/opbouw\/import\/[0-9a-f-]+)"/.exec(response.body)?.[1] ?? '';
    const saved = await postForm(t, action, { _csrf: form.csrf }, form.cookie);
    expect(saved.statusCode).toBe(303);
    expect((await t.app.inject({ url: String(saved.headers.location), headers: { cookie } })).body).toContain(
      'Opgeslagen: 1 nieuw, 1 bijgewerkt',
    );
    expect(
      await t.database.db.selectFrom('activities').select('id').where('external_id', '=', 'x10').executeTakeFirst(),
    ).toBeDefined();
    expect((await postForm(t, action, { _csrf: form.csrf }, form.cookie)).statusCode).toBe(404);
  });

  it('asks for a file when none was chosen', async () => {
    const cookie = await sessionCookie(t, communityWorker);
    const { response } = await upload(cookie, 'leeg.csv', Buffer.alloc(0));
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Kies een bestand');
  });

  const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const row = (id: string, name: string, provider = 'Buurthuis De Bron') =>
    `${id},${name},,activiteit,ontmoeting,${provider},nee,Bronplein 2,3581 EG,52.09,5.13,di,10:00-12:00,gratis,` +
    'iedereen,ja,nl\n';

  it('refuses 95,000 rows under the upload limit with a Dutch message, not a server error', async () => {
    const cookie = await sessionCookie(t, communityWorker);
    const csv = Buffer.from(
      `${csvHeader}\n${Array.from({ length: 95_000 }, (_, i) => `r${i},Rij,,activiteit\n`).join('')}`,
    );
    expect(csv.length).toBeLessThan(5 * 1024 * 1024);
    const { response } = await upload(cookie, 'groot.csv', csv);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Het bestand heeft meer dan 20.000 regels; splits het in delen.');
  });

  it('refuses an Excel zip bomb with a Dutch message', async () => {
    const cookie = await sessionCookie(t, communityWorker);
    const bomb = zipOf(workbookParts({ deflated: await deflatedZeros(200), size: 200 * 1024 * 1024 }));
    const { response } = await upload(cookie, 'bom.xlsx', bomb, xlsxType);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Dit Excel-bestand is uitgepakt groter dan 50 MB.');
  });

  it('shows a 3 MB cell as an error in its row, so saving never fails on it', async () => {
    const cookie = await sessionCookie(t, communityWorker);
    const csv = Buffer.from(`${csvHeader}\n${row('x20', 'Lange aanbieder', 'B'.repeat(3 * 1024 * 1024))}`);
    const { response } = await upload(cookie, 'lang.csv', csv);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Deze cel is te lang (meer dan 10.000 tekens).');
    expect(response.body).not.toContain('action="/opbouw/import/');
  });

  it('reads a Windows-1252 file as such, says so in the preview, and saves the accents', async () => {
    const cookie = await sessionCookie(t, communityWorker);
    const csv = Buffer.from(`${csvHeader}\n${row('x21', 'Crèche Één')}`, 'latin1');
    const { form, response } = await upload(cookie, 'oud.csv', csv);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Het bestand was in Windows-1252 opgeslagen');
    expect(response.body).toContain('Crèche Één');
    const action = /action="(\/opbouw\/import\/[0-9a-f-]+)"/.exec(response.body)?.[1] ?? '';
    expect((await postForm(t, action, { _csrf: form.csrf }, form.cookie)).statusCode).toBe(303);
    const saved = await t.database.db
      .selectFrom('activities')
      .select('name')
      .where('external_id', '=', 'x21')
      .executeTakeFirstOrThrow();
    expect(saved.name).toBe('Crèche Één');
  });

  it('says beside the field that a file over 5 MB is too large, not that the form expired', async () => {
    const cookie = await sessionCookie(t, communityWorker);
    const { response } = await upload(cookie, 'te-groot.csv', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('Het bestand is groter dan 5 MB. Splits het in delen.');
    expect(response.body).toContain('id="veld-bestand-fout"');
    expect(response.body).not.toContain('verlopen');
    // Only for those who may upload: anyone else still gets the page that says they may not.
    const other = await upload(await sessionCookie(t, resident), 'te-groot.csv', Buffer.alloc(5 * 1024 * 1024 + 1));
    expect(other.response.statusCode).toBe(403);
  });
});

describe('key persons', () => {
  it('are added only with consent, seen only by the team, and every look is logged', async () => {
    const cookie = await sessionCookie(t, teamMember);
    const form = await formToken(t, '/team/sleutelpersonen', cookie);
    const withoutConsent = await postForm(
      t,
      '/team/sleutelpersonen',
      {
        _csrf: form.csrf,
        naam: 'Fatima Ouali',
        bekend_om: 'vrijwilliger bij de moskee',
        telefoon: '',
        email: '',
        talen: 'nl;ar',
        behoefte: '',
      },
      form.cookie,
    );
    expect(withoutConsent.statusCode).toBe(400);
    expect(withoutConsent.body).toContain('Vraag eerst toestemming');
    expect(withoutConsent.body).toContain('value="Fatima Ouali"');
    const added = await postForm(
      t,
      '/team/sleutelpersonen',
      {
        _csrf: form.csrf,
        naam: 'Fatima Ouali',
        bekend_om: 'vrijwilliger bij de moskee',
        telefoon: '',
        email: '',
        talen: 'nl;ar',
        behoefte: 'ontmoeting',
        toestemming: 'ja',
      },
      form.cookie,
    );
    expect(added.statusCode).toBe(303);
    expect((await t.app.inject({ url: '/team/sleutelpersonen', headers: { cookie } })).body).toContain('Fatima Ouali');

    const refused = await t.app.inject({
      url: '/team/sleutelpersonen',
      headers: { cookie: await sessionCookie(t, resident) },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('Fatima Ouali');
    const log = await t.database.db
      .selectFrom('access_log')
      .select(['actor_user_id', 'outcome', 'action'])
      .where('category', '=', 'sleutelpersoon')
      .execute();
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor_user_id: resident.id, outcome: 'geweigerd' }),
        expect.objectContaining({ actor_user_id: teamMember.id, action: 'create', outcome: 'toegestaan' }),
      ]),
    );
  });
});

describe('owners keep their own entries', () => {
  it('lets the initiative owner change a date it does not take place, and nobody else', async () => {
    const owner = await makeUser(t.database.db, tenant, 'initiatiefnemer');
    await makeActivity(t.database.db, { tenant, owner });
    const cookie = await sessionCookie(t, owner);
    const list = await t.app.inject({ url: '/mijn/activiteiten', headers: { cookie } });
    const id = /href="\/mijn\/activiteiten\/([0-9a-f-]{36})"/.exec(list.body)?.[1] ?? '';
    expect(id).not.toBe('');
    const form = await formToken(t, `/mijn/activiteiten/${id}`, cookie);
    const bad = await postForm(
      t,
      `/mijn/activiteiten/${id}`,
      {
        _csrf: form.csrf,
        omschrijving: 'Nieuwe tekst',
        kosten: 'gratis',
        vrije_plaatsen: '',
        gaat_niet_door: 'volgende week',
      },
      form.cookie,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('volgende week');
    const good = await postForm(
      t,
      `/mijn/activiteiten/${id}`,
      {
        _csrf: form.csrf,
        omschrijving: 'Nieuwe tekst',
        kosten: 'gratis',
        vrije_plaatsen: '3',
        gaat_niet_door: '2027-04-27 Koningsdag',
      },
      form.cookie,
    );
    expect(good.statusCode).toBe(303);
    const page = await t.app.inject({ url: `/sociale-kaart/${id}` });
    expect(page.body).toContain('Nieuwe tekst');
    expect(page.body).toContain('Koningsdag');

    const stranger = await t.app.inject({
      url: `/mijn/activiteiten/${id}`,
      headers: { cookie: await sessionCookie(t, resident) },
    });
    expect(stranger.statusCode).toBe(403);
  });
});

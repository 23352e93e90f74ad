// Everyday use by residents and the team (issue 11): the proxy flow's texts and opt-in sharing, the social map's
// way back and "Deze week in de buurt", the administrator's staff accounts, the queue's waiting time, the browser's
// language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalisePostcode, upsertPostcodes } from '../../src/kernel/geo/index.js';
import { languageFromBrowser } from '../../src/kernel/http/app.js';
import { weekdays } from '../../src/kernel/time/index.js';
import { waitingLabel } from '../../src/modules/requests/pages/team-queue.js';
import { shareChoiceFromForm } from '../../src/modules/requests/pages/share-fields.js';
import { defaultShareChoice, sharedFor } from '../../src/modules/requests/sharing.js';
import { formToken, postForm, sessionCookie, type TestApp, testApp } from '../support/app.js';
import {
  makeActivity,
  makeHelpRequest,
  makeTenant,
  makeUser,
  TEST_PASSWORD,
  TEST_POINT,
  TEST_POSTCODE,
  type TestUser,
} from '../support/factories.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';

let t: TestApp;
let tenant: Tenant;
let admin: TestUser;
let teamMember: TestUser;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'alledag' });
  tenant = await makeTenant(t.database.db, 'alledag', 'Alledag');
  admin = await makeUser(t.database.db, tenant, 'beheerder', { displayName: 'Bea Beheer' });
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid', { displayName: 'Tom Team' });
});
afterAll(() => t.close());

const story = {
  tekst: 'Mijn buurman van 80 krijgt zijn boodschappen niet meer in huis. Kan iemand hem helpen?',
  voor_wie: 'ander',
};

describe('asking for someone else', () => {
  it('says the other person’s first name is missing, not the asker’s own name', async () => {
    const form = await formToken(t, '/hulp/vraag');
    const response = await postForm(
      t,
      '/hulp/ander',
      { _csrf: form.csrf, ...story, naam_ander: '', relatie: 'buurman', toestemming: 'ja' },
      form.cookie,
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Vul de voornaam in van de persoon voor wie je hulp vraagt.');
    expect(response.body).not.toContain('Vul je naam in.');
  });

  it('shows the team "Nee, maar ik maak me zorgen" as worry, not as "wil het niet"', async () => {
    const request = await makeHelpRequest(t.database.db, {
      tenant,
      forSomeoneElse: { name: 'Gerrit', relation: 'buurman', consent: 'nee' },
    });
    const cookie = await sessionCookie(t, teamMember);
    const page = await t.app.inject({ url: `/team/hulpvragen/${request.id}`, headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('de vrager maakt zich zorgen');
    expect(page.body).not.toContain('wil het niet');
  });

  it('leaves the boxes of what a volunteer may know unticked, and shares nothing when none is ticked', async () => {
    const form = await formToken(t, '/hulp/vraag');
    const details = await postForm(
      t,
      '/hulp/ander',
      { _csrf: form.csrf, ...story, naam_ander: 'Gerrit', relatie: 'buurman', toestemming: 'nee' },
      form.cookie,
    );
    expect(details.statusCode).toBe(200);
    for (const box of ['deel_voornaam', 'deel_buurt', 'deel_behoeften'])
      expect(details.body).toMatch(new RegExp(`name="${box}" value="ja"(?! checked)`));
    expect(details.body).not.toMatch(/name="deel_[a-z]+" value="ja" checked/);
    const choice = shareChoiceFromForm({ deelkeuze: '1', bericht_helper: '' });
    expect(choice).toEqual({ voornaam: false, buurt: false, behoeften: false, bericht: '' });
    expect(defaultShareChoice).toEqual(choice);
    const source = { asker_name: 'Karin', subject_name: 'Gerrit', postcode: '3532 LC', need_keys: ['boodschappen'] };
    expect(sharedFor(choice, source)).toEqual({});
  });
});

describe('the social map', () => {
  it('carries the search to an activity’s page, and "Terug naar zoeken" returns to it', async () => {
    const activity = await makeActivity(t.database.db, { tenant, name: 'Koffieochtend Terugweg' });
    const search = await t.app.inject({ url: '/sociale-kaart?q=Terugweg&gratis=ja' });
    const href = new RegExp(`href="(/sociale-kaart/${activity.id}\\?terug=[^"]+)"`).exec(search.body)?.[1];
    expect(href).toBeDefined();
    const page = await t.app.inject({ url: href!.replace(/&amp;/g, '&') });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('href="/sociale-kaart?q=Terugweg&amp;gratis=ja">Terug naar zoeken');
  });

  it('keeps only the search’s own fields on the way back', async () => {
    const activity = await makeActivity(t.database.db, { tenant });
    const terug = encodeURIComponent('q=koffie&volgende=https://elders.example&pagina=2');
    const page = await t.app.inject({ url: `/sociale-kaart/${activity.id}?terug=${terug}` });
    expect(page.body).toContain('href="/sociale-kaart?q=koffie&amp;pagina=2">Terug naar zoeken');
    const back = /<a class="utrecht-link" href="([^"]*)">Terug naar zoeken/.exec(page.body)?.[1];
    expect(back).not.toContain('elders.example');
  });

  it('shows the next 7 days on the first page, soonest first, nearest first with a postcode', async () => {
    const dutchDay = (offset: number) => weekdays[(new Date(Date.now() + offset * 86_400_000).getUTCDay() + 6) % 7]!;
    const tomorrow = await makeActivity(t.database.db, {
      tenant,
      name: 'Morgen Wandelen',
      schedule: { frequentie: 'wekelijks', dagen: [dutchDay(2)], start: '09:00', eind: '10:00' },
    });
    const later = await makeActivity(t.database.db, {
      tenant,
      name: 'Later Zingen',
      schedule: { frequentie: 'wekelijks', dagen: [dutchDay(4)], start: '09:00', eind: '10:00' },
    });
    const byAppointment = await makeActivity(t.database.db, {
      tenant,
      name: 'Alleen Op Afspraak',
      schedule: { frequentie: 'op_afspraak' },
    });
    const first = await t.app.inject({ url: '/sociale-kaart' });
    expect(first.body).toContain('Deze week in de buurt');
    const week = first.body.slice(first.body.indexOf('id="deze-week"'));
    expect(week.indexOf(tomorrow.name)).toBeGreaterThan(0);
    expect(week.indexOf(later.name)).toBeGreaterThan(week.indexOf(tomorrow.name));
    expect(week).not.toContain(byAppointment.name);
    await upsertPostcodes(t.database.db, [{ postcode: normalisePostcode(TEST_POSTCODE)!, ...TEST_POINT }]);
    const near = await t.app.inject({ url: `/sociale-kaart?postcode=${encodeURIComponent(TEST_POSTCODE)}` });
    expect(near.body).toContain('het dichtstbij eerst');
    expect(near.body.slice(near.body.indexOf('id="deze-week"'))).toContain(tomorrow.name);
    // A search shows its results, not the week.
    expect((await t.app.inject({ url: '/sociale-kaart?q=koffie' })).body).not.toContain('Deze week in de buurt');
  });
});

describe('the administrator’s staff accounts', () => {
  it('links the administrator only to pages the role may open', async () => {
    const cookie = await sessionCookie(t, admin);
    const page = await t.app.inject({ url: '/beheer', headers: { cookie } });
    expect(page.statusCode).toBe(200);
    const links = [...page.body.matchAll(/<main[\s\S]*?<\/main>/g)][0]![0].matchAll(/href="(\/[^"?#]*)/g);
    for (const [, href] of links) {
      const opened = await t.app.inject({ url: href!, headers: { cookie } });
      expect(opened.statusCode, href).toBeLessThan(400);
    }
    expect(page.body).toContain('href="/beheer/accounts"');
  });

  it('links each team role from /team only to pages it may open, the VOG list included for case workers', async () => {
    for (const role of ['wijkteamlid', 'regisseur', 'opbouwwerker', 'beheerder'] as const) {
      const cookie = await sessionCookie(t, await makeUser(t.database.db, tenant, role));
      const page = await t.app.inject({ url: '/team', headers: { cookie } });
      expect(page.statusCode, role).toBe(200);
      const main = /<main[\s\S]*?<\/main>/.exec(page.body)![0];
      for (const [, href] of main.matchAll(/href="(\/[^"?#]*)/g)) {
        const opened = await t.app.inject({ url: href!, headers: { cookie } });
        expect(opened.statusCode, `${role} ${href}`).toBeLessThan(400);
      }
      expect(main.includes('href="/team/vrijwilligers"'), role).toBe(role === 'wijkteamlid' || role === 'regisseur');
    }
  });

  it('makes a staff account that gets a mail to choose a password, then signs in setting up the app', async () => {
    const cookie = await sessionCookie(t, admin);
    const form = await formToken(t, '/beheer/accounts', cookie);
    expect(form.cookie).toBeTruthy();
    const list = await t.app.inject({ url: '/beheer/accounts', headers: { cookie } });
    expect(list.body).toContain('Tom Team');
    const made = await postForm(
      t,
      '/beheer/accounts/medewerker',
      { _csrf: form.csrf, naam: 'Nina Nieuw', email: 'nina.nieuw@voorbeeld.nl', rol: 'regisseur' },
      form.cookie,
    );
    expect(made.statusCode).toBe(303);
    const mail = t.mails.find((m) => m.to === 'nina.nieuw@voorbeeld.nl');
    const path = /\/inloggen\/wachtwoord\/[A-Za-z0-9_-]+/.exec(mail?.text ?? '')?.[0];
    expect(path).toBeDefined();
    // The password link never signs anyone in by itself.
    const asSignIn = await t.app.inject({ url: path!.replace('/wachtwoord/', '/link/') });
    expect(asSignIn.headers['set-cookie'] ?? '').not.toContain('nabij_sessie=');

    const choose = await formToken(t, path!);
    const short = await postForm(
      t,
      path!,
      { _csrf: choose.csrf, wachtwoord: 'kort', wachtwoord_herhaald: 'kort' },
      choose.cookie,
    );
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('Kies een wachtwoord van minstens 12 tekens.');
    const chosen = await postForm(
      t,
      path!,
      { _csrf: choose.csrf, wachtwoord: TEST_PASSWORD, wachtwoord_herhaald: TEST_PASSWORD },
      choose.cookie,
    );
    expect(chosen.statusCode).toBe(303);
    expect(chosen.headers.location).toBe('/inloggen/medewerker?wachtwoord=gekozen');
    // Once only.
    expect((await t.app.inject({ url: path! })).statusCode).toBe(404);

    const signIn = await formToken(t, '/inloggen/medewerker');
    const signedIn = await postForm(
      t,
      '/inloggen/medewerker',
      { _csrf: signIn.csrf, email: 'nina.nieuw@voorbeeld.nl', wachtwoord: TEST_PASSWORD },
      signIn.cookie,
    );
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe('/inloggen/tweede-stap');
  });

  it('switches a staff account off: its session ends and it is listed as switched off', async () => {
    const leaving = await makeUser(t.database.db, tenant, 'opbouwwerker', { displayName: 'Olaf Opbouw' });
    const theirCookie = await sessionCookie(t, leaving);
    const cookie = await sessionCookie(t, admin);
    const form = await formToken(t, '/beheer/accounts', cookie);
    const off = await postForm(t, `/beheer/accounts/${leaving.id}/uitschakelen`, { _csrf: form.csrf }, form.cookie);
    expect(off.statusCode).toBe(303);
    expect((await t.app.inject({ url: '/opbouw', headers: { cookie: theirCookie } })).statusCode).toBe(401);
    const list = await t.app.inject({ url: '/beheer/accounts', headers: { cookie } });
    expect(list.body).toMatch(/Olaf Opbouw[\s\S]*?uitgeschakeld/);
    // Not oneself.
    const self = await postForm(t, `/beheer/accounts/${admin.id}/uitschakelen`, { _csrf: form.csrf }, form.cookie);
    expect(self.headers.location).toBe('/beheer/accounts?klaar=niet');
    expect((await t.app.inject({ url: '/beheer/accounts', headers: { cookie } })).body).not.toMatch(
      /Bea Beheer[^<]*<\/td>[\s\S]{0,400}uitgeschakeld/,
    );
  });
});

describe('the queue', () => {
  it('says how long a request waits in plain words', () => {
    const now = new Date('2026-12-07T15:00:00Z');
    expect(waitingLabel('nl', new Date('2026-12-07T14:40:00Z'), now)).toBe('sinds vandaag');
    expect(waitingLabel('nl', new Date('2026-12-07T12:00:00Z'), now)).toBe('sinds 3 uur');
    expect(waitingLabel('nl', new Date('2026-12-05T12:00:00Z'), now)).toBe('sinds 2 dagen');
    expect(waitingLabel('nl', new Date('2026-12-06T14:00:00Z'), now)).toBe('sinds 1 dag');
    expect(waitingLabel('en', new Date('2026-12-07T12:00:00Z'), now)).toBe('for 3 hours');
  });

  it('shows a request just in as "sinds vandaag", not "0 uur"', async () => {
    await makeHelpRequest(t.database.db, { tenant });
    const cookie = await sessionCookie(t, teamMember);
    const page = await t.app.inject({ url: '/team/hulpvragen', headers: { cookie } });
    expect(page.body).toContain('sinds vandaag');
    expect(page.body).not.toMatch(/>0 uur</);
  });
});

describe('the first visit', () => {
  it('follows the browser’s language, and a choice made stays', async () => {
    expect(languageFromBrowser('en-GB,en;q=0.9')).toBe('en');
    expect(languageFromBrowser('nl-NL,nl;q=0.9,en;q=0.8')).toBe('nl');
    expect(languageFromBrowser('de-DE,en;q=0.5')).toBe('en');
    expect(languageFromBrowser('fr-FR')).toBe('nl');
    expect(languageFromBrowser(undefined)).toBe('nl');
    const english = await t.app.inject({ url: '/', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(english.body).toMatch(/^<!DOCTYPE html><html lang="en"/);
    const chosen = await t.app.inject({
      url: '/',
      headers: { 'accept-language': 'en-US,en;q=0.9', cookie: 'taal=nl' },
    });
    expect(chosen.body).toMatch(/^<!DOCTYPE html><html lang="nl"/);
  });
});

describe('the interface in English', () => {
  it('names the days and parts of the day of the availability grid in English', async () => {
    const page = await t.app.inject({ url: '/helpen/aanmelden?taal=en' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('aria-label="Monday morning"');
    expect(page.body).toMatch(/scope="col"[^>]*>afternoon</);
    expect(page.body).not.toContain('aria-label="maandag ochtend"');
  });
});

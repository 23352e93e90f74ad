// Signing in with a real browser: code by email, wrong code, link by email, staff password plus app code,
// every demo role to its own start page, signing out, and the code journey without JavaScript.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { roleInWords } from '../../src/kernel/access/plain-words.js';
import { roles, startPageOf } from '../../src/kernel/auth/roles.js';
import { demoEmail } from '../../src/modules/demo/seed.js';
import { makeUser } from '../support/factories.js';
import { launchBrowser } from './harness.js';
import {
  askForCode,
  checkPage,
  checkPageWithoutJavaScript,
  demoButton,
  openTab,
  signInAsStaff,
  signInWithCode,
  submit,
  type Tab,
  textOf,
  visible,
} from './journeys.js';
import { type BrowserApp, codeFromMail, linkPathFromMail, startApp } from './server.js';

const demoNames = {
  bewoner: 'Annie de Vries',
  vrijwilliger: 'Karim Benali',
  initiatiefnemer: 'Ingrid Bakker',
  wijkteamlid: 'Sanne Jansen',
  regisseur: 'Mehmet Yılmaz',
  clientondersteuner: 'Petra Visser',
  opbouwwerker: 'Joost Smit',
  klankbordgroep: 'Gerrit Mulder',
  beheerder: 'Lotte de Boer',
} as const;

let app: BrowserApp;
let browser: Browser;
const tabs: Tab[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterEach(async () => {
  await Promise.all(tabs.splice(0).map((tab) => tab.context.close()));
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function newTab(options?: Parameters<typeof openTab>[2]): Promise<Tab> {
  const tab = await openTab(browser, app, options);
  tabs.push(tab);
  return tab;
}

const sessionCookie = async (tab: Tab) => (await tab.context.cookies()).find((c) => c.name === 'nabij_sessie');

describe('resident sign-in by code', () => {
  it('sends a code by email and signs Annie in with it on /mijn', async () => {
    const tab = await newTab();
    const { page } = tab;
    const email = demoEmail('bewoner');
    await askForCode(tab, email, 'signin-code');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Kijk in je e-mail');
    await checkPage(tab, 'signin-code-form');

    const mail = app.lastMailTo(email);
    expect(mail.subject).toMatch(/^Je code om in te loggen: \d{6}$/);
    const code = codeFromMail(mail);
    const codeField = page.getByLabel('Code uit de e-mail');
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    await codeField.fill(code);
    expect(await submit(page, page.getByRole('button', { name: 'Inloggen', exact: true }))).toBe(303);
    await page.waitForURL('/mijn');

    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Hallo Annie de Vries');
    await visible(page.getByText('Je bent ingelogd als bewoner.'));
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await visible(menu.getByRole('button', { name: 'Uitloggen' }));
    await visible(menu.getByRole('link', { name: 'Mijn account' }));
    expect(await menu.getByRole('link', { name: 'Inloggen' }).count()).toBe(0);
    expect(await sessionCookie(tab)).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    await checkPage(tab, 'signin-code-start-page');
  });

  it('shows a wrong code next to the field and in the error summary, keeps it, and still accepts the right one', async () => {
    const tab = await newTab();
    const { page } = tab;
    const email = demoEmail('bewoner');
    await askForCode(tab, email);
    const code = codeFromMail(app.lastMailTo(email));
    const wrong = `${code.slice(0, 5)}${(Number(code[5]) + 1) % 10}`;
    await page.getByLabel('Code uit de e-mail').fill(wrong);
    expect(await submit(page, page.getByRole('button', { name: 'Inloggen', exact: true }))).toBe(400);

    const message = 'Deze code klopt niet. Kijk goed in de e-mail en probeer het opnieuw.';
    const summary = page.getByRole('alert');
    expect(await textOf(summary.getByRole('heading', { level: 2 }))).toBe('Er is iets niet goed ingevuld');
    const summaryLink = summary.getByRole('link');
    expect(await textOf(summaryLink)).toBe(`Code uit de e-mail: ${message}`);
    expect(await summaryLink.getAttribute('href')).toBe('#veld-code');
    expect(await textOf(page.locator('#veld-code-fout'))).toBe(message);

    const field = page.getByLabel('Code uit de e-mail');
    expect(await field.inputValue()).toBe(wrong);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain('veld-code-fout');
    await checkPage(tab, 'signin-code-error');

    // The link in the summary takes the keyboard to the field.
    await summaryLink.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('veld-code');

    await field.fill(code);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL('/mijn');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Hallo Annie de Vries');
  });

  it('signs in with the link from the email, by the button on the page it opens', async () => {
    const tab = await newTab();
    const { page } = tab;
    const email = demoEmail('vrijwilliger');
    await askForCode(tab, email);
    const path = linkPathFromMail(app.lastMailTo(email));
    await page.goto(path);
    // Opening the link does not sign in yet (a mail scanner may open it): only the button does.
    expect(await sessionCookie(tab)).toBeUndefined();
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Inloggen bij Nabij');
    await checkPage(tab, 'signin-link');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL('/mijn');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Hallo Karim Benali');

    // The link works once.
    const second = await newTab();
    await second.page.goto(path);
    expect(await submit(second.page, second.page.getByRole('button', { name: 'Inloggen', exact: true }))).toBe(400);
    expect(await textOf(second.page.locator('#veld-email-fout'))).toBe('Deze code is verlopen of al gebruikt. Vraag een nieuwe code aan.');
    await checkPage(second, 'signin-link-used');
  });
});

describe('staff sign-in', () => {
  it('signs the team member in with password and app code, landing on /team', async () => {
    const tab = await newTab();
    await signInAsStaff(tab, demoEmail('wijkteamlid'), '/team', 'signin-staff');
    expect(await textOf(tab.page.getByRole('heading', { level: 1 }))).toBe('Hallo Sanne Jansen');
    await visible(tab.page.getByRole('search').getByLabel('Zoek een bewoner op naam of e-mailadres'));
    await checkPage(tab, 'signin-staff-team');
  });

  it('refuses a wrong password with a message, keeps the typed email, not the password', async () => {
    const tab = await newTab();
    const { page } = tab;
    const email = demoEmail('wijkteamlid');
    await page.goto('/inloggen/medewerker');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    expect(await submit(page, page.getByRole('button', { name: 'Verder' }))).toBe(400);

    const message = 'Dit e-mailadres of wachtwoord klopt niet.';
    expect(await textOf(page.getByRole('alert').getByRole('link'))).toBe(`Wachtwoord: ${message}`);
    expect(await textOf(page.locator('#veld-wachtwoord-fout'))).toBe(message);
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe(email);
    expect(await page.getByLabel('Wachtwoord').inputValue()).toBe('');
    expect(await page.getByLabel('Wachtwoord').getAttribute('aria-invalid')).toBe('true');
    expect(await sessionCookie(tab)).toBeUndefined();
    await checkPage(tab, 'signin-staff-wrong-password');
  });
});

describe('demo accounts', () => {
  it('lists a button for every role on /demo', async () => {
    const tab = await newTab();
    await tab.page.goto('/demo');
    expect(await textOf(tab.page.getByRole('heading', { level: 1 }))).toBe('Inloggen als voorbeeldgebruiker');
    for (const role of roles) await visible(demoButton(tab.page, role));
    expect(await tab.page.locator('main form').count()).toBe(roles.length);
    await checkPage(tab, 'demo');
  });

  for (const role of roles) {
    it(`signs in as the demo ${role} and lands on ${startPageOf[role]}, showing ${demoNames[role]}`, async () => {
      const tab = await newTab();
      const { page } = tab;
      await page.goto('/demo');
      await demoButton(page, role).click();
      await page.waitForURL(startPageOf[role]);
      // Server-rendered: once the page has loaded, the name is there or it is not. Soft, so the page checks still run.
      expect.soft(await page.locator('body').innerText(), `${demoNames[role]} on ${startPageOf[role]}`).toContain(demoNames[role]);
      await visible(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Uitloggen' }));
      // "Mijn startpagina" in the menu leads back to the same start page.
      expect(await page.getByRole('link', { name: 'Mijn startpagina' }).getAttribute('href')).toBe(startPageOf[role]);
      if (startPageOf[role] !== '/team' && startPageOf[role] !== '/beheer') {
        await visible(page.getByText(`Je bent ingelogd als ${roleInWords('nl', role)}.`));
      }
      await checkPage(tab, `demo-${role}-start`);
    });
  }
});

describe('signing out', () => {
  it('ends the session: back home with a message, and /mijn asks to sign in again', async () => {
    const tab = await newTab();
    const { page } = tab;
    await signInWithCode(tab, app, demoEmail('bewoner'));
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('uitgelogd') === '1');
    expect(await textOf(page.getByRole('status'))).toBe('Je bent uitgelogd.');
    await visible(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inloggen' }));
    expect(await sessionCookie(tab)).toBeUndefined();
    await checkPage(tab, 'signout-home');

    const response = await page.goto('/mijn');
    expect(response?.status()).toBe(401);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Log eerst in');
    await visible(page.locator('main').getByRole('link', { name: 'Inloggen' }));
    await checkPage(tab, 'signout-mijn-needs-signin');
  });
});

describe('without JavaScript', () => {
  it('signs a resident in by code', async () => {
    const resident = await makeUser(app.database.db, app.demo.tenant, 'bewoner', { displayName: 'Noor Zonderscript' });
    const tab = await newTab({ javaScriptEnabled: false });
    const { page } = tab;
    await page.goto('/inloggen');
    await checkPageWithoutJavaScript(browser, app, tab, 'nojs-signin-email');
    await page.getByLabel('Je e-mailadres').fill(resident.email);
    await page.getByRole('button', { name: 'Stuur mij een code' }).click();
    await page.waitForURL(/\/inloggen\/code\?poging=[0-9a-f-]{36}$/);
    await checkPageWithoutJavaScript(browser, app, tab, 'nojs-signin-code');

    await page.getByLabel('Code uit de e-mail').fill(codeFromMail(app.lastMailTo(resident.email)));
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL('/mijn');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Hallo Noor Zonderscript');
    await checkPageWithoutJavaScript(browser, app, tab, 'nojs-signin-start-page');
  });
});

// Signing in with a real browser: code by email, wrong code, link by email, staff password plus app code,
// every demo role to its own start page, signing out, and the code journey without JavaScript.
import { afterEach, describe, expect, it } from 'vitest';
import { roleInWords } from '../../src/kernel/access/plain-words.js';
import { roles, startPageOf } from '../../src/kernel/auth/roles.js';
import { demoEmail } from '../../src/modules/demo/seed.js';
import { makeUser } from '../support/factories.js';
import {
  askForCode,
  button,
  checkPage,
  checkPageWithoutJavaScript,
  demoButton,
  h1,
  post,
  signInAsStaff,
  signInWithCode,
  type Tab,
  textOf,
  visible,
} from './journeys.js';
import { codeFromMail, linkPathFromMail } from './server.js';
import { browserSession } from './session.js';

const demoNames = {
  bewoner: 'Annie de Vries',
  vrijwilliger: 'Karim Benali',
  initiatiefnemer: 'Ingrid Bakker',
  wijkteamlid: 'Sanne Jansen',
  regisseur: 'Mehmet Yılmaz',
  clientondersteuner: 'Petra Visser',
  opbouwwerker: 'Joost Smit',
  klankbordgroep: 'Gerrit Mulder',
  wmoraad: 'Wilma Hoekstra',
  beheerder: 'Lotte de Boer',
} as const;

const session = browserSession();
// Each test's tabs are closed when it ends rather than with the session: there is a test (and a tab) per demo role.
afterEach(() => session.closeTabs());

const sessionCookie = async (tab: Tab) => (await tab.context.cookies()).find((c) => c.name === 'nabij_sessie');

describe('resident sign-in by code', () => {
  it('sends a code by email and signs Annie in with it on /mijn', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    const email = demoEmail('bewoner');
    await askForCode(tab, email, 'signin-code');
    expect(await h1(page)).toBe('Kijk in je e-mail');
    await checkPage(tab, 'signin-code-form');

    const mail = session.app.lastMailTo(email);
    expect(mail.subject).toMatch(/^Je code om in te loggen: \d{6}$/);
    const code = codeFromMail(mail);
    const codeField = page.getByLabel('Code uit de e-mail');
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    await codeField.fill(code);
    expect(await post(page, button(page, 'Inloggen'))).toBe(303);
    await page.waitForURL('/mijn');

    expect(await h1(page)).toBe('Hallo Annie de Vries');
    await visible(page.getByText('Je bent ingelogd als bewoner.'));
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await visible(menu.getByRole('button', { name: 'Uitloggen' }));
    await visible(menu.getByRole('link', { name: 'Mijn account' }));
    expect(await menu.getByRole('link', { name: 'Inloggen' }).count()).toBe(0);
    expect(await sessionCookie(tab)).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    await checkPage(tab, 'signin-code-start-page');
  });

  it('shows a wrong code by the field and in the summary, keeps it, and accepts the right one', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    const email = demoEmail('bewoner');
    await askForCode(tab, email);
    const code = codeFromMail(session.app.lastMailTo(email));
    const wrong = `${code.slice(0, 5)}${(Number(code[5]) + 1) % 10}`;
    await page.getByLabel('Code uit de e-mail').fill(wrong);
    expect(await post(page, button(page, 'Inloggen'))).toBe(400);

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
    await button(page, 'Inloggen').click();
    await page.waitForURL('/mijn');
    expect(await h1(page)).toBe('Hallo Annie de Vries');
  });

  it('signs in with the link from the email, by the button on the page it opens', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    const email = demoEmail('vrijwilliger');
    await askForCode(tab, email);
    const path = linkPathFromMail(session.app.lastMailTo(email));
    await page.goto(path);
    // Opening the link does not sign in yet (a mail scanner may open it): only the button does.
    expect(await sessionCookie(tab)).toBeUndefined();
    expect(await h1(page)).toBe('Inloggen bij Nabij');
    await checkPage(tab, 'signin-link');
    await button(page, 'Inloggen').click();
    await page.waitForURL('/mijn');
    expect(await h1(page)).toBe('Hallo Karim Benali');

    // The link works once.
    const second = await session.newTab();
    await second.page.goto(path);
    expect(await post(second.page, button(second.page, 'Inloggen'))).toBe(400);
    expect(await textOf(second.page.locator('#veld-email-fout'))).toBe(
      'Deze code is verlopen of al gebruikt. Vraag een nieuwe code aan.',
    );
    await checkPage(second, 'signin-link-used');
  });
});

describe('staff sign-in', () => {
  it('signs the team member in with password and app code, landing on /team', async () => {
    const tab = await session.newTab();
    await signInAsStaff(tab, demoEmail('wijkteamlid'), '/team', 'signin-staff');
    expect(await h1(tab.page)).toBe('Hallo Sanne Jansen');
    await visible(tab.page.getByRole('search').getByLabel('Zoek een bewoner op naam of e-mailadres'));
    await checkPage(tab, 'signin-staff-team');
  });

  it('refuses a wrong password with a message, keeps the typed email, not the password', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    const email = demoEmail('wijkteamlid');
    await page.goto('/inloggen/medewerker');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    expect(await post(page, page.getByRole('button', { name: 'Verder' }))).toBe(400);

    const message = 'Dit e-mailadres of wachtwoord klopt niet. Na 5 keer verkeerd kun je een kwartier niet inloggen.';
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
    const tab = await session.newTab();
    await tab.page.goto('/demo');
    expect(await h1(tab.page)).toBe('Inloggen als voorbeeldgebruiker');
    for (const role of roles) await visible(demoButton(tab.page, role));
    expect(await tab.page.locator('main form').count()).toBe(roles.length);
    await checkPage(tab, 'demo');
  });

  for (const role of roles) {
    it(`signs in as the demo ${role} and lands on ${startPageOf[role]}, showing ${demoNames[role]}`, async () => {
      const tab = await session.newTab();
      const { page } = tab;
      await page.goto('/demo');
      await demoButton(page, role).click();
      await page.waitForURL(startPageOf[role]);
      // Server-rendered: once the page has loaded, the name is there or it is not. Soft, so the page checks still run.
      expect
        .soft(await page.locator('body').innerText(), `${demoNames[role]} on ${startPageOf[role]}`)
        .toContain(demoNames[role]);
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
    const tab = await session.newTab();
    const { page } = tab;
    await signInWithCode(tab, session.app, demoEmail('bewoner'));
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('uitgelogd') === '1');
    expect(await textOf(page.getByRole('status'))).toBe('Je bent uitgelogd.');
    await visible(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inloggen' }));
    expect(await sessionCookie(tab)).toBeUndefined();
    await checkPage(tab, 'signout-home');

    const response = await page.goto('/mijn');
    expect(response?.status()).toBe(401);
    expect(await h1(page)).toBe('Log eerst in');
    await visible(page.locator('main').getByRole('link', { name: 'Inloggen' }));
    await checkPage(tab, 'signout-mijn-needs-signin');
  });
});

describe('without JavaScript', () => {
  it('signs a resident in by code', async () => {
    const resident = await makeUser(session.app.database.db, session.app.demo.tenant, 'bewoner', {
      displayName: 'Noor Zonderscript',
    });
    const tab = await session.newTab({ javaScriptEnabled: false });
    const { page } = tab;
    await page.goto('/inloggen');
    await checkPageWithoutJavaScript(session.browser, session.app, tab, 'nojs-signin-email');
    await page.getByLabel('Je e-mailadres').fill(resident.email);
    await page.getByRole('button', { name: 'Stuur mij een code' }).click();
    await page.waitForURL(/\/inloggen\/code\?poging=[0-9a-f-]{36}$/);
    await checkPageWithoutJavaScript(session.browser, session.app, tab, 'nojs-signin-code');

    await page.getByLabel('Code uit de e-mail').fill(codeFromMail(session.app.lastMailTo(resident.email)));
    await button(page, 'Inloggen').click();
    await page.waitForURL('/mijn');
    expect(await h1(page)).toBe('Hallo Noor Zonderscript');
    await checkPageWithoutJavaScript(session.browser, session.app, tab, 'nojs-signin-start-page');
  });
});

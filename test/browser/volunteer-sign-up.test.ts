// Signing up as a volunteer in a real browser: the form, the "check your mail" page (the same for a new and a known
// address), the link from the mail with its button, the volunteer's own page, and a link that no longer works.
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoEmail } from '../../src/modules/demo/seed.js';
import { button, checkPage, confirmSignUpFromMail, h1, post, type Tab, textOf, visible } from './journeys.js';
import { signUpLinkPathFromMail } from './server.js';
import { browserSession } from './session.js';

const CHECK_YOUR_MAIL = 'We hebben je een e-mail gestuurd. Klik op de link in die e-mail om je aanmelding af te maken.';

const session = browserSession();

/** Fills in the form with a first name, an address and one need, accepts the agreement and sends it. */
async function fillInAndSend(tab: Tab, firstName: string, email: string): Promise<number> {
  const { page } = tab;
  await page.goto('/helpen/aanmelden');
  await page.getByLabel('Je voornaam').fill(firstName);
  await page.getByLabel('Je e-mailadres').fill(email);
  await page.getByLabel('Je postcode (mag leeg blijven)').fill('3581 AB');
  await page
    .getByRole('group', { name: 'Waar wil je bij helpen?' })
    .getByLabel('Boodschappen', { exact: true })
    .check();
  await page.getByLabel('Ik heb de afspraken gelezen en vind ze goed').check();
  return post(page, button(page, 'Aanmelden'));
}

const accounts = async (email: string) =>
  (
    await session.app.database.db
      .selectFrom('users')
      .select('id')
      .where(sql<string>`lower(email)`, '=', email.toLowerCase())
      .execute()
  ).length;

const mainText = (page: Page) => textOf(page.locator('main'));

describe('a new volunteer signs up', () => {
  it('is asked to check their mail, confirms with the link, and lands signed in on their own page', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    const email = 'joke.nieuw@voorbeeld.nl';
    expect(await fillInAndSend(tab, 'Joke', email)).toBe(303);
    expect(new URL(page.url()).pathname).toBe('/helpen/aanmelden/kijk-in-je-mail');
    expect(await h1(page)).toBe('Kijk in je e-mail');
    expect(await textOf(page.getByRole('status'))).toBe(CHECK_YOUR_MAIL);
    await checkPage(tab, 'aanmelden-kijk-in-je-mail');
    // Nothing is an account until the link is used.
    expect(await accounts(email)).toBe(0);

    const mail = session.app.lastMailTo(email);
    expect(mail.subject).toBe('Maak je aanmelding als vrijwilliger af');
    await confirmSignUpFromMail(tab, session.app, email, 'aanmelden-bevestigen');
    expect(await h1(page)).toBe('Hallo Joke');
    expect(await textOf(page.getByRole('status'))).toBe(
      'Je bent aangemeld als vrijwilliger. Als iemand in de buurt jouw hulp kan gebruiken, vraagt het wijkteam ' +
        'eerst of jij wilt. Nee zeggen mag altijd.',
    );
    expect(await mainText(page)).toContain('Je helpt bij: Boodschappen.');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await visible(menu.getByRole('button', { name: 'Uitloggen' }));
    expect(await accounts(email)).toBe(1);
    await checkPage(tab, 'aanmelden-bevestigd-eigen-pagina');

    // The link works once: a second time it says so, and what to do instead.
    await page.goto(signUpLinkPathFromMail(mail));
    expect(await h1(page)).toBe('Deze link werkt niet meer');
    expect(await mainText(page)).toContain('De link in de e-mail werkt 48 uur en maar één keer.');
    // She is signed in now, so it points her to her own page rather than to signing in.
    await visible(page.getByRole('main').getByRole('link', { name: 'Naar je vrijwilligerspagina' }));
    await visible(page.getByRole('link', { name: 'Meld je opnieuw aan' }));
    await checkPage(tab, 'aanmelden-link-werkt-niet-meer');
    expect(await accounts(email)).toBe(1);
  });

  it('shows the same page for an address that has an account, and mails that address how to go on', async () => {
    const fresh = await session.newTab();
    expect(await fillInAndSend(fresh, 'Kees', 'kees.nieuw@voorbeeld.nl')).toBe(303);
    const known = await session.newTab();
    const email = demoEmail('bewoner');
    expect(await fillInAndSend(known, 'Annie', email)).toBe(303);

    expect(known.page.url()).toBe(fresh.page.url());
    expect(await mainText(known.page)).toBe(await mainText(fresh.page));
    const mail = session.app.lastMailTo(email);
    expect(mail.text).toContain('Er is al een account met dit e-mailadres.');
    expect(mail.text).toContain('Meld je daarna aan als vrijwilliger:');
    expect(await accounts(email)).toBe(1);
  });
});

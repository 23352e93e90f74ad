// The pages the other browser files do not visit: the team's key persons (only with consent), an initiative owner
// keeping their own entry current, and a help request taken by phone.
import { describe, expect, it } from 'vitest';
import { checkPage, h1, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

describe('key persons', () => {
  it('are added by the team only with consent, and can be removed again', async () => {
    const tab = await session.signedInAs('wijkteamlid');
    const { page } = tab;
    await page.goto('/team/sleutelpersonen');
    await checkPage(tab, 'sleutelpersonen');
    await page.getByLabel('Naam', { exact: true }).fill('Hatice Demir');
    await page.getByLabel('Waarom kennen mensen deze persoon?').fill('Vrijwilliger bij de moskee, kent veel gezinnen');
    expect(await post(page, page.getByRole('button', { name: 'Toevoegen' }))).toBe(400);
    expect(await textOf(page.locator('#veld-toestemming-veld .utrecht-form-field-error-message'))).toContain(
      'Vraag eerst of deze persoon het goed vindt',
    );
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('Hatice Demir');
    await checkPage(tab, 'sleutelpersonen-zonder-toestemming');

    await page
      .getByLabel('Deze persoon heeft mij gezegd dat dit mag, en weet dat alleen het wijkteam het ziet.')
      .check();
    expect(await post(page, page.getByRole('button', { name: 'Toevoegen' }))).toBe(303);
    expect(await textOf(page.locator('main ul li').first())).toContain('Hatice Demir');
    await checkPage(tab, 'sleutelpersonen-toegevoegd');

    expect(await post(page, page.getByRole('button', { name: 'Hatice Demir verwijderen' }))).toBe(303);
    expect(await page.locator('main').innerText()).not.toContain('Hatice Demir');
  });

  it('are not shown to a resident', async () => {
    const tab = await session.signedInAs('bewoner');
    const response = await tab.page.goto('/team/sleutelpersonen');
    expect(response?.status()).toBe(403);
    expect(await h1(tab.page)).toBe('Geen toegang');
  });
});

describe('an initiative owner keeps an entry current', () => {
  it('changes a cancelled date, is told when the date is written wrongly, and the public page shows it', async () => {
    const tab = await session.signedInAs('initiatiefnemer');
    const { page } = tab;
    await page.getByRole('link', { name: 'Mijn activiteiten op de sociale kaart' }).click();
    await page.waitForURL('/mijn/activiteiten');
    await checkPage(tab, 'eigen-activiteiten');
    await page.locator('main ul li a').first().click();
    await page.waitForURL(/\/mijn\/activiteiten\/[0-9a-f-]{36}$/);
    await checkPage(tab, 'eigen-activiteit-bewerken');

    const cancelled = page.getByLabel('Gaat niet door op');
    await cancelled.fill('volgende week');
    expect(await post(page, page.getByRole('button', { name: 'Opslaan (en alles klopt)' }))).toBe(400);
    expect(await cancelled.inputValue()).toBe('volgende week');
    expect(await cancelled.getAttribute('aria-invalid')).toBe('true');
    await checkPage(tab, 'eigen-activiteit-fout');

    await cancelled.fill('2027-04-27 Koningsdag');
    expect(await post(page, page.getByRole('button', { name: 'Opslaan (en alles klopt)' }))).toBe(303);
    expect(page.url()).toMatch(/\/sociale-kaart\/[0-9a-f-]{36}$/);
    expect(await page.locator('main').innerText()).toContain('Koningsdag');
  });
});

describe('a help request taken by phone', () => {
  it('is entered by the team and opens with Nabij’s proposal', async () => {
    const tab = await session.signedInAs('wijkteamlid');
    const { page } = tab;
    await page.goto('/team/hulpvragen/nieuw');
    await checkPage(tab, 'telefoon-hulpvraag');
    expect(await post(page, page.getByRole('button', { name: 'Opslaan en triage bekijken' }))).toBe(400);
    await checkPage(tab, 'telefoon-hulpvraag-fout');
    await page
      .getByLabel('Wat vertelt de beller?')
      .fill('Mw. belt ivm haar man met dementie, ze is op en zoekt iemand om even mee te praten.');
    await page.getByLabel('Naam van de beller').fill('Mevrouw Bos');
    await page.getByLabel('Telefoonnummer').fill('030 111 22 33');
    expect(await post(page, page.getByRole('button', { name: 'Opslaan en triage bekijken' }))).toBe(303);
    expect(await h1(page)).toMatch(/^Hulpvraag HV-[A-Z0-9]{5}$/);
    expect(await page.locator('main').innerText()).toContain('Voorstel van Nabij');
    await checkPage(tab, 'telefoon-hulpvraag-voorstel');
  });
});

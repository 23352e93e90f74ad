// The social base ("sociale kaart") in a real browser: searching with words, a postcode and filters, a typo, a wrong
// postcode; an activity's page with its next times and calendar file; the community worker's upload (errors per
// row, preview, save) and the list of entries that need confirming; and the search without JavaScript.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  button,
  checkPage,
  checkPageWithoutJavaScript,
  demoButton,
  h1,
  link,
  post,
  type Tab,
  textOf,
  visible,
} from './journeys.js';
import { browserSession } from './session.js';

const COFFEE = 'Koffieochtend in De Bron';
const GROCERIES = 'Boodschappendienst Vogelwijk';
const POSTCODE_MESSAGE = 'Dit is geen geldige postcode. Een postcode heeft 4 cijfers en 2 letters, zoals 1234 AB.';
const IMPORT_COLUMNS =
  'id,naam,omschrijving,soort,behoeften,aanbieder,professioneel,adres,postcode,lat,lon,' +
  'dagen,tijd,kosten,doelgroep,toegankelijk,talen';
/** The entry the upload adds: a name no demo entry shares a word with. */
const NEW_ENTRY = 'Schaakavond Torenzicht';

const session = browserSession();

const cards = (page: Page) => page.locator('main article.nabij-card');

/** The names on the result cards, in the order shown. */
async function cardNames(page: Page): Promise<string[]> {
  return (await cards(page).locator('h3').allInnerTexts()).map((t) => t.trim());
}

/** The parts of a card's lines, split at " · ": its facts such as "450 m", "gratis" and the schedule. */
async function cardFacts(card: Locator): Promise<string[]> {
  const lines = await card.locator('p').allInnerTexts();
  return lines.flatMap((line) => line.split(' · ').map((part) => part.trim()));
}

/**
 * Clicks and waits until the new page has loaded. Waiting for a URL is not enough where the new page has the same
 * address pattern as the old one (a second search, the upload form after its own error page).
 */
async function clickAndLoad(page: Page, target: Locator): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await target.click();
  await navigated;
  await page.waitForLoadState('load');
}

/** Fills the search form on the page that is open and submits it; waits for the results (or the form again). */
async function search(page: Page, fields: { q?: string; postcode?: string }): Promise<void> {
  if (fields.q !== undefined) await page.getByLabel('Wat zoek je?').fill(fields.q);
  if (fields.postcode !== undefined) await page.getByLabel('Je postcode (mag leeg blijven)').fill(fields.postcode);
  await clickAndLoad(page, button(page, 'Zoeken'));
  expect(new URL(page.url()).pathname).toBe('/sociale-kaart');
}

/** A search from an empty form, as a resident starts one. */
async function freshSearch(page: Page, fields: { q?: string; postcode?: string }): Promise<void> {
  await page.goto('/sociale-kaart');
  await search(page, fields);
}

const csvFile = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'),
});

describe('searching the social base', () => {
  let tab: Tab;
  beforeAll(async () => {
    tab = await session.newTab();
  });

  it('finds the coffee morning for "koffie dinsdag" near 3581 AB, with its next time and distance', async () => {
    const { page } = tab;
    await page.goto('/sociale-kaart');
    expect(await h1(page)).toBe('Wat is er in de buurt?');
    // Nothing asked yet: no results heading, and the extra filters stay folded away.
    expect(await page.locator('#resultaten').count()).toBe(0);
    expect(await page.locator('details').getAttribute('open')).toBeNull();
    await checkPage(tab, 'sociale-kaart-zoeken-leeg');

    await search(page, { q: 'koffie dinsdag', postcode: '3581 ab' });
    expect(await textOf(page.locator('#resultaten'))).toMatch(/^\d+\+? gevonden$/);
    const first = cards(page).first();
    expect(await textOf(first.locator('h3'))).toBe(COFFEE);
    const text = await textOf(first);
    expect(text).toMatch(/Volgende keer: di \d{1,2} [a-z]+ 10:00/);
    expect(text).toContain('elke dinsdag 10:00-12:00');
    expect(await cardFacts(first)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(\d+ m|\d+,\d km)$/), 'gratis']),
    );
    // What was typed stays in the form, the postcode as typed.
    expect(await page.getByLabel('Wat zoek je?').inputValue()).toBe('koffie dinsdag');
    expect(await page.getByLabel('Je postcode (mag leeg blijven)').inputValue()).toBe('3581 ab');
    await checkPage(tab, 'sociale-kaart-resultaten-koffie-dinsdag');
  });

  it('narrows to free grocery help with "Meer keuzes", and keeps those choices open', async () => {
    const { page } = tab;
    await page.getByText('Meer keuzes', { exact: true }).click();
    const topic = page.getByLabel('Onderwerp');
    await visible(topic);
    await topic.selectOption({ label: 'Boodschappen' });
    await page.getByLabel('Alleen gratis').check();
    await page.getByLabel('Wat zoek je?').fill('');
    await checkPage(tab, 'sociale-kaart-meer-keuzes-open');

    await search(page, {});
    const url = new URL(page.url());
    expect(url.searchParams.get('behoefte')).toBe('boodschappen');
    expect(url.searchParams.get('gratis')).not.toBeNull();
    const names = await cardNames(page);
    expect(names).toContain(GROCERIES);
    // The bus costs € 1,50 a ride: "Alleen gratis" leaves it out.
    expect(names).not.toContain('Buurtbus Wijkstad');
    expect(names.length).toBeGreaterThan(0);
    for (const card of await cards(page).all()) expect(await cardFacts(card), await textOf(card)).toContain('gratis');
    // The chosen filters are still visible and still chosen.
    expect(await page.locator('details').getAttribute('open')).not.toBeNull();
    expect(await page.getByLabel('Onderwerp').inputValue()).toBe('boodschappen');
    expect(await page.getByLabel('Alleen gratis').isChecked()).toBe(true);
    await checkPage(tab, 'sociale-kaart-resultaten-boodschappen-gratis');
  });

  it('still finds the grocery service when "boodschappen" is misspelled', async () => {
    const { page } = tab;
    await freshSearch(page, { q: 'bootschappen' });
    expect(await cardNames(page)).toContain(GROCERIES);
    await checkPage(tab, 'sociale-kaart-resultaten-typfout');
  });

  it('says in Dutch, next to the field and at the top, that "12ab" is not a postcode, and keeps it typed', async () => {
    const { page } = tab;
    await page.goto('/sociale-kaart');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().isNavigationRequest() && r.url().includes('postcode=12ab')),
      search(page, { q: 'koffie', postcode: '12ab' }),
    ]);
    expect(response.status()).toBe(400);

    const summary = page.getByRole('alert');
    expect(await textOf(summary.getByRole('heading', { level: 2 }))).toBe('Er is iets niet goed ingevuld');
    const link = summary.getByRole('link');
    expect(await link.count()).toBe(1);
    expect(await textOf(link)).toBe(`Je postcode (mag leeg blijven): ${POSTCODE_MESSAGE}`);
    expect(await link.getAttribute('href')).toBe('#veld-postcode');
    expect(await textOf(page.locator('#veld-postcode-fout'))).toBe(POSTCODE_MESSAGE);

    const field = page.getByLabel('Je postcode (mag leeg blijven)');
    expect(await field.inputValue()).toBe('12ab');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain('veld-postcode-fout');
    expect(await page.getByLabel('Wat zoek je?').inputValue()).toBe('koffie');
    // No results for a search the resident has to correct first.
    expect(await page.locator('#resultaten').count()).toBe(0);
    await checkPage(tab, 'sociale-kaart-postcode-fout');

    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('veld-postcode');
  });
});

describe("an activity's page", () => {
  it('shows the next Tuesdays, what is cancelled, and gives a calendar file with a weekly Tuesday series', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    await freshSearch(page, { q: 'koffie' });
    const card = cards(page).filter({ has: link(page, COFFEE) });
    const nextOnCard = /Volgende keer: (di \d{1,2} [a-z]+ 10:00)/.exec(await textOf(card))?.[1];
    expect(nextOnCard).toBeDefined();
    await Promise.all([
      page.waitForURL(/\/sociale-kaart\/[0-9a-f-]{36}(\?terug=[^#]*)?$/),
      card.getByRole('link', { name: COFFEE, exact: true }).click(),
    ]);

    expect(await h1(page)).toBe(COFFEE);
    expect(await textOf(page.locator('main dl'))).toContain('elke dinsdag 10:00-12:00');
    const nextHeading = page.getByRole('heading', { level: 2, name: 'De volgende keren' });
    await visible(nextHeading);
    const times = (await page.locator('h2:has-text("De volgende keren") + ul > li').allInnerTexts()).map((t) =>
      t.trim(),
    );
    expect(times).toHaveLength(4);
    for (const time of times) expect(time).toMatch(/^di \d{1,2} [a-z]+ 10:00-12:00$/);
    // The card's "Volgende keer" is the first of them.
    expect(times[0]).toBe(`${nextOnCard}-12:00`);

    // Koningsdag 2027 falls on a Tuesday and is listed as cancelled while it is still ahead.
    const kingsDayAhead = new Date() < new Date('2027-04-27T10:00:00+02:00');
    if (kingsDayAhead) {
      await visible(page.getByRole('heading', { level: 2, name: 'Gaat niet door' }));
      expect(await textOf(page.locator('h2:has-text("Gaat niet door") + ul'))).toContain('27 april 2027 (Koningsdag)');
    }

    const calendarLink = page.getByRole('link', { name: 'Zet in je agenda' });
    const href = await calendarLink.getAttribute('href');
    expect(href).toBe(`${new URL(page.url()).pathname}/agenda.ics`);
    expect(await calendarLink.getAttribute('download')).toBe('w01.ics');
    await checkPage(tab, 'sociale-kaart-activiteit-koffieochtend');

    const [download] = await Promise.all([page.waitForEvent('download'), calendarLink.click()]);
    expect(download.suggestedFilename()).toBe('w01.ics');
    const ics = await readFile(await download.path(), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU\r\n');
    expect(ics).toContain(`SUMMARY:${COFFEE}\r\n`);
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Amsterdam:\d{8}T100000\r\n/);
    if (kingsDayAhead) expect(ics).toContain('EXDATE;TZID=Europe/Amsterdam:20270427T100000\r\n');
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);

    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar\b/);
    expect(response.headers()['content-disposition']).toBe('attachment; filename="w01.ics"');
    // The same calendar as the download, apart from when it was made.
    const withoutStamp = (text: string) => text.replace(/^DTSTAMP:.*$/m, '');
    expect(withoutStamp(await response.text())).toBe(withoutStamp(ics));
  });
});

describe('the community worker', () => {
  let worker: Tab;
  beforeAll(async () => {
    worker = await session.newTab();
    await worker.page.goto('/demo');
    await demoButton(worker.page, 'opbouwwerker').click();
    await worker.page.waitForURL('/opbouw');
  });

  it('is asked to choose a file when uploading nothing', async () => {
    const { page } = worker;
    await page.goto('/opbouw/import');
    expect(await h1(page)).toBe('Sociale kaart bijwerken met een bestand');
    await checkPage(worker, 'sociale-kaart-import-formulier');

    expect(await post(page, page.getByRole('button', { name: 'Bekijk wat er verandert' }))).toBe(400);
    const message = 'Kies een bestand (CSV of Excel).';
    const summaryLink = page.getByRole('alert').getByRole('link');
    expect(await textOf(summaryLink)).toBe(`Bestand (CSV of Excel): ${message}`);
    expect(await summaryLink.getAttribute('href')).toBe('#veld-bestand');
    expect(await textOf(page.locator('#veld-bestand-fout'))).toBe(message);
    expect(await page.locator('#veld-bestand').getAttribute('aria-describedby')).toBe('veld-bestand-fout');
    await checkPage(worker, 'sociale-kaart-import-geen-bestand');
  });

  it('sees every bad row of an upload with its row number and a Dutch message, and nothing is saved', async () => {
    const { page } = worker;
    await page.goto('/opbouw/import');
    await page.setInputFiles(
      '#veld-bestand',
      csvFile('fouten.csv', [
        IMPORT_COLUMNS,
        't90,,Zonder naam,activiteit,ontmoeting,Test,nee,Bronplein 2,3581 ' +
          'EG,52.09613,5.12875,wo,10:00-11:00,gratis,iedereen,ja,nl',
        't91,Dansuurtje Torenzicht,Met een onbekende behoefte,activiteit,zwemmen,Test,nee,Bronplein 2,3581 ' +
          'EG,52.09613,5.12875,wo,10:00-11:00,gratis,iedereen,ja,nl',
        't92,Zwemuurtje Torenzicht,Een goede rij in een bestand met fouten,activiteit,bewegen,Test,nee,Bronplein ' +
          '2,3581 EG,52.09613,5.12875,wo,10:00-11:00,gratis,iedereen,ja,nl',
      ]),
    );
    expect(await post(page, page.getByRole('button', { name: 'Bekijk wat er verandert' }))).toBe(400);

    const alert = page.getByRole('alert');
    expect(await textOf(alert.getByRole('heading', { level: 1 }))).toBe('Het bestand heeft fouten');
    expect(await textOf(alert)).toContain('2 fouten in 3 rijen. Er is niets opgeslagen.');
    const table = page.getByRole('table', { name: 'Fouten per rij' });
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => (td.textContent ?? '').trim()).join(' | ')),
      );
    expect(rows).toEqual(['2 | naam | De naam ontbreekt.', '3 | behoeften | Onbekende behoefte: zwemmen.']);
    await checkPage(worker, 'sociale-kaart-import-fouten');

    // Not even the good row of a file with errors reaches the social base.
    const resident = await session.newTab();
    await freshSearch(resident.page, { q: 'zwemuurtje' });
    expect(await cardNames(resident.page)).not.toContain('Zwemuurtje Torenzicht');

    await clickAndLoad(page, page.getByRole('link', { name: 'Ander bestand kiezen' }));
    expect(new URL(page.url()).pathname).toBe('/opbouw/import');
    await visible(page.locator('#veld-bestand'));
  });

  it('previews a good file, saves nothing until "Opslaan", and then residents find the entry', async () => {
    const { page } = worker;
    const resident = await session.newTab();
    await freshSearch(resident.page, { q: 'schaakavond' });
    expect(await cardNames(resident.page)).not.toContain(NEW_ENTRY);

    await page.goto('/opbouw/import');
    await page.setInputFiles(
      '#veld-bestand',
      csvFile('nieuw.csv', [
        IMPORT_COLUMNS,
        `t01,${NEW_ENTRY},"Elke woensdagavond schaken in de huiskamer van De Bron. ` +
          'Borden zijn er, beginners zijn welkom.",activiteit,ontmoeting,Schaakclub Torenzicht,nee,Bronplein 2,' +
          '3581 EG,52.09613,5.12875,wo,19:30-22:00,gratis,iedereen,ja,nl',
      ]),
    );
    expect(await post(page, page.getByRole('button', { name: 'Bekijk wat er verandert' }))).toBe(200);
    expect(await h1(page)).toBe('Controleer en sla op');
    const summary = await textOf(page.locator('main h1 + p'));
    expect(summary).toContain('1 nieuw, 0 bijgewerkt');
    expect(summary).toContain('Er is nog niets opgeslagen.');
    expect(await textOf(page.locator('main ul li'))).toBe(`t01: ${NEW_ENTRY} (Activiteit)`);
    await checkPage(worker, 'sociale-kaart-import-voorbeeld');

    // The preview alone changes nothing a resident sees.
    await freshSearch(resident.page, { q: 'schaakavond' });
    expect(await cardNames(resident.page)).not.toContain(NEW_ENTRY);

    // Saving redirects to a result page, so a reload cannot save twice.
    expect(await post(page, page.getByRole('button', { name: 'Opslaan' }))).toBe(303);
    expect(await textOf(page.getByRole('status'))).toBe('Opgeslagen: 1 nieuw, 0 bijgewerkt.');
    await visible(page.getByRole('link', { name: 'Naar de sociale kaart' }));
    await checkPage(worker, 'sociale-kaart-import-opgeslagen');

    await freshSearch(resident.page, { q: 'schaakavond' });
    expect((await cardNames(resident.page))[0]).toBe(NEW_ENTRY);
    expect(await textOf(cards(resident.page).first())).toMatch(/Volgende keer: wo \d{1,2} [a-z]+ 19:30/);
    await checkPage(resident, 'sociale-kaart-resultaten-na-import');
  });

  it('confirms the first stale entry with "Klopt nog", and it leaves the list', async () => {
    const { page } = worker;
    await page.goto('/opbouw/actualiteit');
    expect(await h1(page)).toBe('Klopt dit nog?');
    const table = page.getByRole('table');
    const caption = await textOf(table.locator('caption'));
    const count = Number(/^(\d+) niet recent bevestigd$/.exec(caption)?.[1]);
    expect(count).toBeGreaterThan(0);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(count);
    expect(await rows.filter({ hasText: 'niet meer voorgesteld' }).count()).toBeGreaterThan(0);
    // The oldest comes first; the demo's Verhuishulp De Bron was confirmed longest ago.
    const firstName = await textOf(rows.first().locator('td').first().getByRole('link'));
    expect(firstName).toBe('Verhuishulp De Bron');
    expect(await textOf(rows.first())).toContain('niet meer voorgesteld');
    await checkPage(worker, 'sociale-kaart-actualiteit');

    const button = rows.first().getByRole('button', { name: `Klopt nog: ${firstName}` });
    expect(await textOf(button)).toBe('Klopt nog');
    expect(await post(page, button)).toBe(303);
    await page.waitForURL('/opbouw/actualiteit?bevestigd=1');
    expect(await textOf(page.getByRole('status'))).toBe('Bevestigd. Dank je wel!');
    expect(await textOf(page.getByRole('table').locator('caption'))).toBe(`${count - 1} niet recent bevestigd`);
    const namesLeft = await page.getByRole('table').locator('tbody tr td:first-child a').allInnerTexts();
    expect(namesLeft).not.toContain(firstName);
    expect(namesLeft).toHaveLength(count - 1);
    await checkPage(worker, 'sociale-kaart-actualiteit-bevestigd');
  });
});

describe('without JavaScript', () => {
  it('searches, filters under "Meer keuzes" and shows results', async () => {
    const tab = await session.newTab({ javaScriptEnabled: false });
    const { page } = tab;
    await page.goto('/sociale-kaart');
    await page.getByText('Meer keuzes', { exact: true }).click();
    await page.getByLabel('Dag', { exact: true }).selectOption({ label: 'dinsdag' });
    await search(page, { q: 'koffie', postcode: '3581 AB' });
    expect(new URL(page.url()).searchParams.get('dag')).toBe('di');
    expect((await cardNames(page))[0]).toBe(COFFEE);
    expect(await textOf(cards(page).first())).toMatch(/Volgende keer: di /);
    await checkPageWithoutJavaScript(session.browser, session.app, tab, 'sociale-kaart-zonder-javascript');

    await Promise.all([page.waitForURL(/\/sociale-kaart\/[0-9a-f-]{36}(\?terug=[^#]*)?$/), link(page, COFFEE).click()]);
    await visible(page.getByRole('heading', { level: 2, name: 'De volgende keren' }));
    await checkPageWithoutJavaScript(session.browser, session.app, tab, 'sociale-kaart-activiteit-zonder-javascript');
  });
});

// Everyday use by residents and the team (issue 11) in a real browser, at phone (390 px) and desktop (1280 px)
// width: the access log, the proxy flow, the social map's week and way back, the staff accounts page, the queue on a
// phone, and a first visit from an English browser. Each page is checked with axe and photographed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoEmail } from '../../src/modules/demo/seed.js';
import { button, checkPage, h1, post, signInWithCode, type Tab, textOf, visible } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();
const widths = [
  ['390', { width: 390, height: 844 }],
  ['1280', { width: 1280, height: 800 }],
] as const;

/** Whether the page scrolls sideways: on a phone nothing may. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

async function atBothWidths(tab: Tab, name: string, each?: (width: string) => Promise<void>) {
  for (const [label, viewport] of widths) {
    await tab.page.setViewportSize(viewport);
    if (label === '390') expect(await scrollsSideways(tab.page), `${name} scrolls sideways on a phone`).toBe(false);
    await each?.(label);
    await checkPage(tab, `${name}-${label}`);
  }
}

describe('who looked at my data', () => {
  it('folds Annie’s own looks into one line and reads as stacked rows on a phone', async () => {
    const tab = await session.newTab();
    await signInWithCode(tab, session.app, demoEmail('bewoner'));
    const { page } = tab;
    for (let i = 0; i < 3; i++) await page.goto('/account/toegangslog');
    expect(await h1(page)).toBe('Wie heeft mijn gegevens bekeken?');
    const own = page.locator('main tbody tr', { hasText: 'Je hebt zelf je gegevens bekeken' });
    expect(await own.count()).toBe(1);
    await atBothWidths(tab, 'toegangslog', async (width) => {
      // On a phone each cell names its column, so "Waarom" is read beside its answer.
      const why = own.locator('td[data-label="Waarom"]');
      const before = await why.evaluate((td) => getComputedStyle(td, '::before').content);
      expect(before).toBe(width === '390' ? '"Waarom: "' : 'none');
      await visible(why);
      // A cell whose text wraps pushes the next one down; it never runs over it.
      const what = await own.locator('td[data-label="Wat"]').boundingBox();
      const whyBox = await why.boundingBox();
      if (width === '390') expect(what!.y + what!.height).toBeLessThanOrEqual(whyBox!.y + 0.5);
    });
    await page.getByLabel('Wie').selectOption('zelf');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL((url) => url.searchParams.get('wie') === 'zelf');
    // Her own looks, folded, and what else she did herself (in the demo she withdrew a consent): nobody else.
    const rows = page.locator('main tbody tr');
    expect(await rows.filter({ hasText: 'Je hebt zelf je gegevens bekeken' }).count()).toBe(1);
    expect(await rows.locator('td[data-label="Wie"]').allTextContents()).toEqual(
      Array.from({ length: await rows.count() }, () => expect.stringContaining('Jijzelf')),
    );
    await checkPage(tab, 'toegangslog-alleen-zelf');
  });
});

describe('asking for someone else', () => {
  it('asks for their first name in words about them, and ticks nothing a volunteer may see', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    await page.goto('/hulp/vraag');
    await page
      .getByLabel('Vertel in je eigen woorden wat er speelt')
      .fill('Mijn buurvrouw van 84 kan haar boodschappen niet meer zelf dragen. Wie kan haar helpen?');
    await page.getByLabel('Voor iemand anders, bijvoorbeeld mijn buurvrouw of mijn vader').check();
    expect(await post(page, button(page, 'Verder'))).toBe(200);
    await page.getByLabel('Wie is die persoon voor jou?').fill('buurvrouw');
    await page.getByLabel('Nee, maar ik maak me zorgen').check();
    expect(await post(page, button(page, 'Verder'))).toBe(400);
    const message = 'Vul de voornaam in van de persoon voor wie je hulp vraagt.';
    expect(await textOf(page.getByRole('alert').getByRole('link'))).toBe(`Voornaam van die persoon: ${message}`);
    expect(await textOf(page.locator('#veld-naam_ander-fout'))).toBe(message);
    await atBothWidths(tab, 'hulpvraag-ander-naam-fout');
    await page.getByLabel('Voornaam van die persoon').fill('Mien');
    expect(await post(page, button(page, 'Verder'))).toBe(200);
    const group = page.getByRole('group', { name: 'Wat mag een vrijwilliger weten?' });
    for (const box of await group.getByRole('checkbox').all()) expect(await box.isChecked()).toBe(false);
    await atBothWidths(tab, 'hulpvraag-ander-delen');
  });
});

describe('the social map', () => {
  it('shows this week on the first page, and "Terug naar zoeken" returns to the same search', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    await page.goto('/sociale-kaart');
    await visible(page.getByRole('heading', { name: 'Deze week in de buurt' }));
    expect(await page.locator('#deze-week ~ article').count()).toBeGreaterThan(0);
    await atBothWidths(tab, 'sociale-kaart-deze-week');
    await page.goto('/sociale-kaart?q=koffie&gratis=ja');
    const first = page.locator('section[aria-labelledby="resultaten"] article h3 a').first();
    await first.click();
    await page.waitForURL(/\/sociale-kaart\/[0-9a-f-]{36}\?terug=/);
    await checkPage(tab, 'sociale-kaart-activiteit-met-terug');
    await page.getByRole('link', { name: 'Terug naar zoeken' }).click();
    await page.waitForURL((url) => url.pathname === '/sociale-kaart' && url.search === '?q=koffie&gratis=ja');
    expect(await page.getByLabel('Wat zoek je?').inputValue()).toBe('koffie');
  });
});

describe('the team', () => {
  it('gives the administrator a staff accounts page that opens from the administration page', async () => {
    const tab = await session.signedInAs('beheerder');
    const { page } = tab;
    await page.getByRole('link', { name: 'Accounts van medewerkers' }).click();
    await page.waitForURL('/beheer/accounts');
    expect(await h1(page)).toBe('Accounts van medewerkers');
    await atBothWidths(tab, 'beheer-accounts');
  });

  it('shows the queue on a phone without sideways scrolling, waiting times in words', async () => {
    const tab = await session.signedInAs('wijkteamlid');
    const { page } = tab;
    await page.goto('/team/hulpvragen');
    const waiting = await page.locator('main td[data-label="Wacht"]').allInnerTexts();
    expect(waiting.length).toBeGreaterThan(0);
    for (const text of waiting) expect(text).toMatch(/^sinds (vandaag|gisteren|\d+ uur|\d+ dagen?)$/);
    await atBothWidths(tab, 'team-wachtrij', async (width) => {
      if (width !== '390') return;
      const caption = page.locator('main table caption');
      const box = await caption.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    });
  });
});

describe('a first visit', () => {
  it('follows an English browser, and the choice of Nederlands stays', async () => {
    const tab = await session.newTab({ locale: 'en-GB' });
    const { page } = tab;
    await page.goto('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await checkPage(tab, 'eerste-bezoek-engels');
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await page.goto('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  });
});

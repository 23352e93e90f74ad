// The home page in a real browser: Dutch by default, three doors, skip link first, language switch, Dutch 404.
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './harness.js';
import { checkPage, h1, link, type Tab, visible } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();
let tab: Tab;

describe('home page', () => {
  beforeAll(async () => {
    tab = await session.newTab();
  });

  it('is in Dutch, names the municipality and shows the three doors', async () => {
    const { page } = tab;
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.title()).toBe('Samen in de buurt – Nabij Wijkstad');
    expect(await h1(page)).toBe('Nabij in Wijkstad: samen in de buurt');
    for (const door of ['Ik zoek hulp', 'Ik wil helpen', 'Ik werk in het wijkteam']) {
      await visible(page.locator('.nabij-doors').getByRole('link', { name: door, exact: true }));
    }
    expect(await page.locator('.nabij-door').count()).toBe(3);
    await visible(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inloggen' }));
    await visible(page.getByRole('link', { name: '030 123 45 67' }));
    await checkPage(tab, 'home-nl');
  });

  it('has the skip link as the first thing Tab reaches, and it jumps to the content', async () => {
    const { page } = tab;
    await page.goto('/');
    const skipLink = page.getByRole('link', { name: 'Ga direct naar de inhoud' });
    const hiddenBox = await skipLink.boundingBox();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return { text: el?.textContent?.trim(), href: el?.getAttribute('href') };
    });
    expect(focused).toEqual({ text: 'Ga direct naar de inhoud', href: '#inhoud' });
    // Visible on focus (2.4.7, 2.4.11): it has a real size on screen once it has the focus.
    const focusedBox = await skipLink.boundingBox();
    expect(focusedBox?.width ?? 0).toBeGreaterThan(20);
    expect(focusedBox?.height ?? 0).toBeGreaterThan(10);
    expect(hiddenBox === null || hiddenBox.width <= 1 || hiddenBox.height <= 1 || hiddenBox.y < 0).toBe(true);
    await screenshot(page, 'home-skip-link-focused');

    await page.keyboard.press('Enter');
    await page.waitForURL(/#inhoud$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
  });

  it('switches to English and back, and remembers the choice', async () => {
    const { page } = tab;
    await page.goto('/');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('taal') === 'en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await h1(page)).toBe('Nabij in Wijkstad: together in the neighbourhood');
    for (const door of ['I am looking for help', 'I want to help', 'I work in the neighbourhood team']) {
      await visible(link(page, door));
    }
    expect(await page.locator('a[href="#inhoud"]').textContent()).toBe('Skip to content');
    // The link back is marked as Dutch, so a screen reader reads it in Dutch.
    const back = page.getByRole('link', { name: 'Nederlands' });
    expect(await back.getAttribute('lang')).toBe('nl');
    expect(await back.getAttribute('hreflang')).toBe('nl');
    await checkPage(tab, 'home-en');

    // The choice sticks (cookie): the next page without ?taal is English too.
    await page.goto('/hulp');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await h1(page)).toBe('I am looking for help');
    await checkPage(tab, 'help-en');

    // Back to Dutch on the same page.
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await page.waitForURL((url) => url.pathname === '/hulp' && url.searchParams.get('taal') === 'nl');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await h1(page)).toBe('Ik zoek hulp');
    await checkPage(tab, 'help-nl');
    await page.goto('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await h1(page)).toBe('Nabij in Wijkstad: samen in de buurt');
  });

  it('answers an unknown address with a Dutch 404 page', async () => {
    const { page } = tab;
    const response = await page.goto('/bestaat-niet');
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.title()).toBe('Deze pagina bestaat niet – Nabij Wijkstad');
    expect(await h1(page)).toBe('Deze pagina bestaat niet');
    await visible(page.getByText('We kunnen deze pagina niet vinden.'));
    await visible(page.locator('main').getByRole('link', { name: 'Terug naar de homepagina' }));
    await checkPage(tab, 'not-found-nl');

    await page.locator('main').getByRole('link', { name: 'Terug naar de homepagina' }).click();
    await page.waitForURL('/');
    await visible(page.getByRole('heading', { level: 1, name: 'Nabij in Wijkstad: samen in de buurt' }));
  });
});

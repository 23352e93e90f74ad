// Steps the browser tests share: a tab that records what went wrong while loading, the check every page gets
// (stylesheet applied, nothing failed to load, no axe violations, a screenshot), and the ways to sign in.
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page, Response } from 'playwright-core';
import { expect } from 'vitest';
import { roleInWords } from '../../src/kernel/access/plain-words.js';
import { currentTotp } from '../../src/kernel/auth/totp.js';
import type { Role } from '../../src/kernel/auth/roles.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/modules/demo/seed.js';
import { expectNoAxeViolations, screenshot } from './harness.js';
import { type BrowserApp, codeFromMail, signUpLinkPathFromMail } from './server.js';

export type Tab = {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and sub-resources (stylesheet, images) that failed, since the tab opened. */
  problems: string[];
};

/** A new context and page: @axe-core/playwright needs `browser.newContext()` + `context.newPage()`. */
export async function openTab(browser: Browser, app: BrowserApp, options: BrowserContextOptions = {}): Promise<Tab> {
  const context = await browser.newContext({
    baseURL: app.baseUrl,
    viewport: { width: 1280, height: 800 },
    // A Dutch browser: a first visit follows the browser's language, and these journeys are the Dutch ones.
    locale: 'nl-NL',
    ...options,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // "Failed to load resource" is left to the response listener below: Chromium also logs it for a page that answers
    // 404 on purpose, and for the /favicon.ico it asks for by itself (Nabij has none).
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console error on ${page.url()}: ${message.text()} [${message.location().url}]`);
  });
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Chromium cancels the icon fetch when a test navigates on quickly; that is not a page problem.
    if (request.url().endsWith('/favicon.svg') && request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`);
  });
  page.on('response', (response: Response) => {
    // The page itself may answer 400/404 on purpose; what it loads must not fail.
    if (!response.request().isNavigationRequest() && response.status() >= 400) {
      problems.push(`${response.status()} for ${response.url()}`);
    }
  });
  return { context, page, problems };
}

/** Waits until the locator is visible (Playwright's auto-waiting) and gives it back. */
export async function visible(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible' });
  return locator;
}

/** The visible text of the first element the locator finds, once it is visible, with white space collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  const element = await visible(locator.first());
  return (await element.innerText()).replace(/\s+/g, ' ').trim();
}

/**
 * The check each page visited gets: the Nabij stylesheet (/assets/nabij.<hash>.css) is loaded and applied,
 * nothing failed to load, a full-page screenshot, and no WCAG 2.2 AA violation according to axe.
 */
export async function checkPage(tab: Tab, name: string): Promise<void> {
  const { page } = tab;
  await page.waitForLoadState('load');
  const stylesheet = await page.locator('link[rel="stylesheet"]').getAttribute('href');
  expect(stylesheet).toMatch(/^\/assets\/nabij\.[0-9a-f]{12}\.css$/);
  // The header bar colour comes from Nabij's own app.css: proof that the stylesheet was applied.
  const headerColour = await page
    .locator('header.utrecht-page-header')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(headerColour, `header colour on ${name}: is the stylesheet applied?`).toBe('rgb(29, 78, 95)');
  expect(tab.problems, `problems while loading ${name}`).toEqual([]);
  // The screenshot first, so a page that fails axe can be looked at.
  await screenshot(page, name);
  await expectNoAxeViolations(page, name);
}

/** checkPage at phone width (390 px) and desktop width (1280 px), each without sideways scrolling: `<name>-390`. */
export async function checkAtPhoneAndDesktop(tab: Tab, name: string): Promise<void> {
  for (const [size, viewport] of [
    ['390', { width: 390, height: 844 }],
    ['1280', { width: 1280, height: 800 }],
  ] as const) {
    await tab.page.setViewportSize(viewport);
    expect(
      await tab.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${name} at ${size} px: no sideways scrolling`,
    ).toBe(true);
    await checkPage(tab, `${name}-${size}`);
  }
}

/**
 * For a tab without JavaScript: axe itself runs as JavaScript in the page and cannot run there, so this opens the
 * same address with the same cookies in a tab with JavaScript and checks that (Nabij sends no JavaScript of its own,
 * so the markup is the same). The screenshot is of the tab without JavaScript.
 */
export async function checkPageWithoutJavaScript(
  browser: Browser,
  app: BrowserApp,
  tab: Tab,
  name: string,
): Promise<void> {
  const { page } = tab;
  await page.waitForLoadState('load');
  expect(tab.problems, `problems while loading ${name}`).toEqual([]);
  await screenshot(page, name);
  const twin = await openTab(browser, app, { storageState: await tab.context.storageState() });
  try {
    await twin.page.goto(page.url());
    await checkPage(twin, `${name}-axe`);
  } finally {
    await twin.context.close();
  }
}

/**
 * Clicks a submit button of a POST form and waits until the answer (or, after a 303, the page it leads to) has
 * loaded; gives back the POST's status (303 for a redirect). Many forms answer at the address they were on, so
 * waiting for a URL is not enough; waiting for the main frame to navigate makes sure the load waited for is the new
 * page's, not the old one's.
 */
export async function post(page: Page, target: Locator): Promise<number> {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest());
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await target.click();
  const [response] = await Promise.all([answered, navigated]);
  await page.waitForLoadState('load');
  return response.status();
}

/** The text of the page's h1, once it is visible. */
export const h1 = (page: Page): Promise<string> => textOf(page.getByRole('heading', { level: 1 }));
/** The button with exactly this name. */
export const button = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true });
/** The link with exactly this name. */
export const link = (page: Page, name: string): Locator => page.getByRole('link', { name, exact: true });

/** Asks for a sign-in code on /inloggen and lands on /inloggen/code; `check` names the page checks' screenshots. */
export async function askForCode(tab: Tab, email: string, check?: string): Promise<void> {
  const { page } = tab;
  await page.goto('/inloggen');
  if (check) await checkPage(tab, `${check}-email`);
  await page.getByLabel('Je e-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een code' }).click();
  await page.waitForURL(/\/inloggen\/code\?poging=[0-9a-f-]{36}$/);
}

/** The whole sign-in by code: e-mail address, the code from the mail, and the start page. */
export async function signInWithCode(tab: Tab, app: BrowserApp, email: string, startPage = '/mijn'): Promise<void> {
  await askForCode(tab, email);
  await tab.page.getByLabel('Code uit de e-mail').fill(codeFromMail(app.lastMailTo(email)));
  await tab.page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await tab.page.waitForURL(startPage);
}

/** Staff sign-in: e-mail address and password, then the code from the authenticator app; lands on the start page. */
export async function signInAsStaff(tab: Tab, email: string, startPage: string, check?: string): Promise<void> {
  const { page } = tab;
  await page.goto('/inloggen/medewerker');
  if (check) await checkPage(tab, `${check}-password`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.waitForURL('/inloggen/tweede-stap');
  if (check) await checkPage(tab, `${check}-second-step`);
  await page.getByLabel('Code uit je app').fill(currentTotp(DEMO_TOTP_SECRET));
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL(startPage);
}

/**
 * Finishes a volunteer sign-up as its mail says: opens the link in the newest mail to the address, presses the
 * button there, and lands signed in on the volunteer's own page. `check` names the confirm page's check.
 */
export async function confirmSignUpFromMail(tab: Tab, app: BrowserApp, email: string, check?: string): Promise<void> {
  const { page } = tab;
  await page.goto(signUpLinkPathFromMail(app.lastMailTo(email)));
  expect(await h1(page)).toBe('Aanmelding afmaken');
  if (check) await checkPage(tab, check);
  expect(await post(page, button(page, 'Aanmelding afmaken'))).toBe(303);
  await page.waitForURL('/mijn/vrijwilliger?aangemeld=1');
}

/** The button on /demo that signs in as the demo account of this role. */
export function demoButton(page: Page, role: Role): Locator {
  return page.getByRole('button', { name: `Inloggen als ${roleInWords('nl', role)}`, exact: true });
}

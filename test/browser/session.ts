// The app and the browser a browser test file runs against, started together before its first test and closed
// after its last one, with the tabs it opened: the setup every file would otherwise repeat.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './harness.js';
import { startPageOf, type Role } from '../../src/kernel/auth/roles.js';
import { demoButton, openTab, type Tab } from './journeys.js';
import { type BrowserApp, startApp } from './server.js';

export type BrowserSession = {
  /** The running app; there from the file's beforeAll on, so read it in a test or hook, not at module level. */
  readonly app: BrowserApp;
  /** The browser; there from the file's beforeAll on, like `app`. */
  readonly browser: Browser;
  /** A new tab (see openTab), closed with the session or by closeTabs. */
  newTab(options?: Parameters<typeof openTab>[2]): Promise<Tab>;
  /** Closes the tabs opened so far, for a file that wants them gone after each test. */
  closeTabs(): Promise<void>;
  /** A new tab signed in on the demo page as the role's demo account, on the role's start page. */
  signedInAs(role: Role): Promise<Tab>;
};

/** Starts the app (with these extra environment variables) and the browser in the calling file's beforeAll. */
export function browserSession(env: Record<string, string> = {}): BrowserSession {
  let app: BrowserApp | undefined;
  let browser: Browser | undefined;
  const tabs: Tab[] = [];
  const closeTabs = async (): Promise<void> => {
    await Promise.all(tabs.splice(0).map((tab) => tab.context.close()));
  };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(env), launchBrowser()]);
  });
  // The tabs' contexts first, then the browser, so no page still talks to the app when it shuts down. The `?.`
  // because a failed start leaves the browser or the app unset, and the other one must still be closed.
  afterAll(async () => {
    await closeTabs();
    await browser?.close();
    await app?.close();
  });

  const running = <T>(value: T | undefined, name: string): T => {
    if (value === undefined)
      throw new Error(`the ${name} is not running: read session.${name} inside a test or hook, not at module level`);
    return value;
  };
  const newTab = async (options?: Parameters<typeof openTab>[2]): Promise<Tab> => {
    const tab = await openTab(running(browser, 'browser'), running(app, 'app'), options);
    tabs.push(tab);
    return tab;
  };
  return {
    get app() {
      return running(app, 'app');
    },
    get browser() {
      return running(browser, 'browser');
    },
    newTab,
    closeTabs,
    async signedInAs(role) {
      const tab = await newTab();
      await tab.page.goto('/demo');
      await Promise.all([tab.page.waitForURL(startPageOf[role]), demoButton(tab.page, role).click()]);
      return tab;
    },
  };
}

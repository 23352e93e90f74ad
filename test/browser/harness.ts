// Browser-test helpers: Debian's Chromium driven by playwright-core, axe-core
// accessibility checks and full-page screenshots.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian 12's `chromium` package (installed by .ci/run). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** WCAG 2.2 AA as axe-core tags it (2.2 adds only AA rules under its own tag). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  // Plain launch(): Playwright gives each launch its own fresh temporary --user-data-dir and removes it on close.
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

type AxeTarget = string | readonly string[];

function formatTarget(target: readonly AxeTarget[]): string {
  // Each entry is one frame level; an array entry is a path through shadow roots.
  return target.map((part) => (typeof part === 'string' ? part : part.join(' >>> '))).join(' | ');
}

/**
 * Throws listing every axe violation (WCAG 2.0/2.1/2.2 A+AA). The page must come from
 * `browser.newContext()` + `context.newPage()`: @axe-core/playwright rejects `browser.newPage()` pages.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map((v) => {
    const targets = v.nodes.map((n) => `    - ${formatTarget(n.target)}`).join('\n');
    return `  ${v.id} [${v.impact ?? 'unknown'}]: ${v.help} (${v.helpUrl})\n${targets}`;
  });
  throw new Error(
    `axe: ${results.violations.length} accessibility violation(s) on ${label} (${page.url()}):\n${lines.join('\n')}`,
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-');
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${safe}.png`);
  await page.screenshot({ path: file, fullPage: true, type: 'png' });
  return file;
}

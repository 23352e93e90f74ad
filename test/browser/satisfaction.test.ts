// The satisfaction questions in a real browser (issue 14, C1): the link from the mail opens the nine statements,
// sending nothing shows the error summary, answering works without JavaScript, a second visit says it was answered,
// an expired link gets a calm page. Each page on a phone (390 px) and a wide screen (1280 px), checked with axe.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../../src/kernel/auth/tokens.js';
import { button, checkAtPhoneAndDesktop, h1, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();
const journey = { timeout: 180_000 };

async function invitation(expiresInDays: number): Promise<string> {
  const token = `browser-tevreden-${crypto.randomUUID()}`;
  await session.app.database.db
    .insertInto('satisfaction_invitations')
    .values({
      tenant_id: session.app.demo.tenant.id,
      about: 'casus',
      source_id: crypto.randomUUID(),
      token_hash: hashToken(token),
      expires_at: new Date(Date.now() + expiresInDays * 86_400_000),
    })
    .execute();
  return `/tevredenheid/${token}`;
}

const choose = (page: Page, legend: string, option: string) =>
  page.getByRole('group', { name: legend }).getByLabel(option, { exact: true }).check();

describe('the satisfaction questions', () => {
  it('asks the nine statements, takes the answers (also without JavaScript), and not twice', journey, async () => {
    const link = await invitation(30);
    const tab = await session.newTab();
    const { page } = tab;
    await page.goto(link);
    expect(await h1(page)).toBe('Hoe ging het?');
    expect(await page.getByRole('group').count()).toBe(9);
    await checkAtPhoneAndDesktop(tab, 'tevredenheid-vragen');
    expect(await post(page, button(page, 'Versturen'))).toBe(400);
    expect(await textOf(page.locator('.nabij-error-summary'))).toContain('Kies bij minstens één zin een antwoord.');
    await checkAtPhoneAndDesktop(tab, 'tevredenheid-fout');

    await choose(page, 'Ik wist waar ik moest zijn met mijn vraag.', 'Helemaal mee eens');
    await choose(page, 'Ik werd snel geholpen.', 'Mee eens');
    await choose(page, 'Door de hulp heb ik een beter leven.', 'Weet ik niet');
    expect(await post(page, button(page, 'Versturen'))).toBe(200);
    expect(await h1(page)).toBe('Dank je wel');
    await checkAtPhoneAndDesktop(tab, 'tevredenheid-bedankt');

    await page.goto(link);
    expect(await h1(page)).toBe('Al beantwoord');
    expect(await textOf(page.locator('main'))).toContain('Je hebt deze vragen al beantwoord. Dank je wel.');
    await checkAtPhoneAndDesktop(tab, 'tevredenheid-al-beantwoord');

    // The same without JavaScript: plain radio buttons and a form post.
    const plain = await session.newTab({ javaScriptEnabled: false });
    await plain.page.goto(await invitation(30));
    await choose(plain.page, 'De hulp past bij mijn vraag.', 'Niet eens, niet oneens');
    expect(await post(plain.page, button(plain.page, 'Versturen'))).toBe(200);
    expect(await h1(plain.page)).toBe('Dank je wel');
  });

  it('gives a calm page for an expired link', journey, async () => {
    const tab = await session.newTab();
    await tab.page.goto(await invitation(-1));
    expect(await h1(tab.page)).toBe('Deze link werkt niet meer');
    await checkAtPhoneAndDesktop(tab, 'tevredenheid-verlopen');
  });
});

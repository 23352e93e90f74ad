// The administrator's API keys in a real browser: a wrong form says what is wrong, a new key is shown once and works
// on the API, the list never shows it again, and revoking it stops it at once.
import { describe, expect, it } from 'vitest';
import { button, checkPage, h1, link, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

const callApi = (token: string) =>
  fetch(session.app.url('/api/v1/activiteiten'), { headers: { authorization: `Bearer ${token}` } });

describe('API keys', () => {
  it('makes a key, shows it once, and revokes it', async () => {
    const admin = await session.signedInAs('beheerder');
    const { page } = admin;
    await Promise.all([
      page.waitForURL('/beheer/api-sleutels'),
      link(page, 'API-sleutels voor gekoppelde systemen').click(),
    ]);
    expect(await h1(page)).toBe('API-sleutels');
    expect(await textOf(page.locator('main'))).toContain('Er zijn nog geen API-sleutels.');
    await checkPage(admin, 'api-sleutels');

    expect(await post(page, button(page, 'Sleutel maken'))).toBe(400);
    const summary = page.getByRole('alert');
    expect(await textOf(summary)).toContain('Welk systeem gebruikt de sleutel? Schrijf op welk systeem');
    expect(await textOf(summary)).toContain('Wat mag het systeem? Kies minstens één recht.');
    await checkPage(admin, 'api-sleutels-fout');

    await page.getByLabel('Welk systeem gebruikt de sleutel?').fill('Buurtportaal');
    await page.getByLabel(/^sociale-kaart:lezen/).check();
    expect(await post(page, button(page, 'Sleutel maken'))).toBe(200);
    expect(await textOf(page.getByRole('status'))).toContain('De sleutel voor Buurtportaal is gemaakt');
    const token = await page.getByLabel('Sleutel', { exact: true }).inputValue();
    expect(token).toMatch(/^nabij_[A-Za-z0-9_-]{43}$/);
    await checkPage(admin, 'api-sleutel-gemaakt');
    expect((await callApi(token)).status).toBe(200);

    await page.goto('/beheer/api-sleutels');
    expect(await page.content()).not.toContain(token);
    const row = page.locator('main table tbody tr').filter({ hasText: 'Buurtportaal' });
    expect(await textOf(row)).toContain('sociale-kaart:lezen');
    expect(await textOf(row)).toContain('Werkt');

    expect(await post(page, button(page, 'Intrekken: Buurtportaal'))).toBe(303);
    expect(await textOf(page.getByRole('status'))).toBe('De sleutel is ingetrokken. Hij werkt niet meer.');
    expect(await textOf(row)).toContain('Ingetrokken');
    await checkPage(admin, 'api-sleutel-ingetrokken');
    expect((await callApi(token)).status).toBe(401);
  });
});

// The conversation about self-reliance in a real browser: the demo case with two conversations shows its progress
// per domain (a chart and a table of the same numbers), a new conversation is refused when empty and saved when
// filled in, and the progress then has a third column. Checked with axe and photographed at phone and desktop width.
import { describe, expect, it } from 'vitest';
import { button, checkPage, h1, link, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

const widths = [
  ['390', { width: 390, height: 844 }],
  ['1280', { width: 1280, height: 800 }],
] as const;

describe('the conversation about self-reliance', () => {
  it('shows progress on the case, refuses an empty conversation and saves a filled-in one', async () => {
    const director = await session.signedInAs('regisseur');
    const { page } = director;
    // Ron's case, which Sanne handed over to the regisseur in the demo, has two conversations.
    await page.goto('/team/casussen?eigenaar=mij');
    await Promise.all([
      page.waitForURL(/\/team\/casussen\/[0-9a-f-]{36}$/),
      page.locator('tbody tr a').first().click(),
    ]);
    const table = page.getByRole('table', { name: 'Niveau per onderwerp en per gesprek' });
    const money = table.getByRole('row', { name: /Financiën/ });
    expect(await textOf(money)).toMatch(/Financiën Hier wil ik over praten 1 3/);
    // The domains the resident wants to talk about stand on top.
    expect(await textOf(table.locator('tbody tr').first())).toContain('Hier wil ik over praten');
    expect(await page.locator('svg.nabij-verloop').count()).toBe(13);
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await page.locator('#voortgang').scrollIntoViewIfNeeded();
      await checkPage(director, `gesprek-voortgang-${name}`);
    }

    await Promise.all([page.waitForURL(/\/gesprek$/), link(page, 'Nieuw gesprek invullen met de bewoner').click()]);
    expect(await h1(page)).toMatch(/^Gesprek over zelfredzaamheid/);
    expect(await post(page, button(page, 'Gesprek opslaan'))).toBe(400);
    expect(await textOf(page.locator('#veld-niveau_financien-fout'))).toBe(
      'Kies bij minstens één onderwerp een niveau, of schrijf iets op.',
    );
    await checkPage(director, 'gesprek-fout');

    await page.locator('#veld-niveau_financien-4').check();
    await page.locator('#veld-zelf_financien').fill('Betaalt de vaste lasten zelf op de eerste van de maand.');
    await page.locator('#veld-niveau_sociaal_netwerk-3').check();
    await page.locator('#veld-praten_sociaal_netwerk').check();
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(director, `gesprek-invullen-${name}`);
    }
    expect(await post(page, button(page, 'Gesprek opslaan'))).toBe(303);
    // Now only the network is a wished topic, so it stands on top; money is no longer marked.
    expect(await textOf(money)).toBe('Financiën 1 3 4');
    expect(await textOf(table.locator('tbody tr').first())).toMatch(/^Sociaal netwerk Hier wil ik over praten 2 2 3$/);
    expect(await textOf(page.locator('main'))).toContain('Betaalt de vaste lasten zelf op de eerste van de maand.');
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(director, `gesprek-opgeslagen-${name}`);
    }
  }, 240_000);
});

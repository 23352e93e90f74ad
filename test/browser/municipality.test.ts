// The administrator keeps the municipality's details (the team's contact, the province) in a real browser, at
// phone and desktop width, checked with axe and photographed.
import { describe, expect, it } from 'vitest';
import { button, checkPage, h1, link, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

describe('the municipality’s details', () => {
  it('shows what is set, says what is wrong next to the field, and saves', async () => {
    const admin = await session.signedInAs('beheerder');
    const { page } = admin;
    await Promise.all([
      page.waitForURL('/beheer/gemeente'),
      link(page, 'Gegevens van de gemeente: telefoon, e-mail, provincie').click(),
    ]);
    expect(await h1(page)).toBe('Gegevens van de gemeente');
    // The demo municipality lies in Utrecht.
    expect(await page.getByLabel('Provincie').inputValue()).toBe('Utrecht');
    for (const [name, viewport] of [
      ['390', { width: 390, height: 844 }],
      ['1280', { width: 1280, height: 800 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await checkPage(admin, `beheer-gemeente-${name}`);
    }

    await page.getByLabel('E-mailadres van het wijkteam').fill('wijkteam@');
    expect(await post(page, button(page, 'Opslaan'))).toBe(400);
    expect(await textOf(page.locator('#veld-email-fout'))).toBe(
      'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    );
    expect(await page.getByLabel('E-mailadres van het wijkteam').inputValue()).toBe('wijkteam@');
    await checkPage(admin, 'beheer-gemeente-fout');

    await page.getByLabel('E-mailadres van het wijkteam').fill('wijkteam@wijkstad.example');
    await page.getByLabel('Telefoonnummer van het wijkteam').fill('030 111 22 33');
    await page.getByLabel('Provincie').selectOption('Zeeland');
    expect(await post(page, button(page, 'Opslaan'))).toBe(303);
    expect(await textOf(page.getByRole('status'))).toBe('De gegevens zijn opgeslagen.');
    expect(await page.getByLabel('Telefoonnummer van het wijkteam').inputValue()).toBe('030 111 22 33');
    expect(await page.getByLabel('Provincie').inputValue()).toBe('Zeeland');
    await checkPage(admin, 'beheer-gemeente-opgeslagen');
  });
});

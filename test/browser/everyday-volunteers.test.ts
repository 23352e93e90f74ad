// Everyday use by volunteers in a real browser (issue 11): signing up with languages chosen by name and the date
// picker, changing the whole offer afterwards, and the team marking the VOG as seen. Each page at 390 and 1280 px,
// checked with axe.
import { describe, expect, it } from 'vitest';
import { button, checkPage, h1, post, type Tab, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

/** The page at phone width and at desktop width, each screenshot and axe-checked. */
async function atBothWidths(tab: Tab, name: string): Promise<void> {
  await tab.page.setViewportSize({ width: 390, height: 844 });
  await checkPage(tab, `${name}-390`);
  await tab.page.setViewportSize({ width: 1280, height: 800 });
  await checkPage(tab, `${name}-1280`);
}

describe('a volunteer signs up, changes their offer, and the team sees their VOG', () => {
  it('signs up with Papiaments ticked, Tamazight written by name and a date from the picker', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    await page.goto('/helpen/aanmelden');
    await atBothWidths(tab, 'aanmelden-talen-datum');
    await page.getByLabel('Je voornaam').fill('Shanice');
    await page.getByLabel('Je e-mailadres').fill('shanice@voorbeeld.nl');
    await page
      .getByRole('group', { name: 'Waar wil je bij helpen?' })
      .getByLabel('Boodschappen', { exact: true })
      .check();
    const languages = page.getByRole('group', { name: 'Welke talen spreek je?' });
    await languages.getByLabel('Papiaments', { exact: true }).check();
    await languages.getByLabel('Andere taal (mag leeg blijven)').fill('Klingon');
    await page.getByLabel('Datum van je VOG (Verklaring Omtrent het Gedrag), als je er een hebt').fill('2025-03-18');
    await page.getByLabel('Ik heb de afspraken gelezen en vind ze goed').check();
    expect(await post(page, button(page, 'Aanmelden'))).toBe(400);
    expect(await textOf(page.getByRole('alert'))).toContain('Deze taal kennen we niet.');
    // What was typed and chosen is still there.
    expect(await languages.getByLabel('Papiaments', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Datum van je VOG', { exact: false }).inputValue()).toBe('2025-03-18');
    await atBothWidths(tab, 'aanmelden-taal-onbekend');

    await languages.getByLabel('Andere taal (mag leeg blijven)').fill('tamazight');
    expect(await post(page, button(page, 'Aanmelden'))).toBe(303);
    const pending = await session.app.database.db
      .selectFrom('pending_sign_ups')
      .select('profile')
      .where('email', '=', 'shanice@voorbeeld.nl')
      .executeTakeFirstOrThrow();
    expect(pending.profile).toMatchObject({ languages: ['nl', 'pap', 'zgh'], vogDate: '2025-03-18' });
  });

  it('lets the demo volunteer change their whole offer; a new VOG date waits for the team', async () => {
    const tab = await session.signedInAs('vrijwilliger');
    const { page } = tab;
    await page.goto('/mijn/vrijwilliger');
    await page.getByRole('link', { name: /Mijn aanbod veranderen/ }).click();
    expect(await h1(page)).toBe('Mijn aanbod veranderen');
    const languages = page.getByRole('group', { name: 'Welke talen spreek je?' });
    expect(await languages.getByLabel('Arabisch', { exact: true }).isChecked()).toBe(true);
    await atBothWidths(tab, 'aanbod-veranderen');
    await languages.getByLabel('Papiaments', { exact: true }).check();
    await page.getByLabel('Hoe ver wil je gaan?').selectOption('5');
    await page.getByLabel('Datum van je VOG', { exact: false }).fill('2026-11-02');
    expect(await post(page, button(page, 'Opslaan'))).toBe(303);
    expect(await textOf(page.getByRole('status'))).toBe('Je aanbod is veranderd.');
    expect(await textOf(page.locator('main'))).toContain('Iemand van het wijkteam wil hem nog zien');
    await atBothWidths(tab, 'aanbod-veranderd');
  });

  it('lets a team member mark that VOG as seen, after which it counts', async () => {
    const tab = await session.signedInAs('wijkteamlid');
    const { page } = tab;
    await page.goto('/team/vrijwilligers');
    await atBothWidths(tab, 'team-vog-lijst');
    await page.getByRole('link', { name: 'Karim' }).click();
    expect(await textOf(page.locator('main'))).toContain('Opgegeven: VOG van 02-11-2026');
    await atBothWidths(tab, 'team-vrijwilliger-vog-opgegeven');
    expect(await post(page, button(page, 'Ik heb de VOG gezien'))).toBe(303);
    expect(await textOf(page.getByRole('status'))).toBe('De VOG is gemarkeerd als gezien.');
    expect(await textOf(page.locator('main'))).toContain('VOG van 02-11-2026, geldig tot 02-11-2029.');
    await atBothWidths(tab, 'team-vrijwilliger-vog-gezien');
  });
});

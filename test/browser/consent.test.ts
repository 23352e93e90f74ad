// Consent in a real browser: the demo resident's overview with one consent in force and one withdrawn, withdrawing
// the other with one button; and the team recording a consent on a case (refused beside the field first). Checked
// with axe and photographed at phone and desktop width.
import { describe, expect, it } from 'vitest';
import { button, checkPage, h1, link, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

const widths = [
  ['390', { width: 390, height: 844 }],
  ['1280', { width: 1280, height: 800 }],
] as const;

describe('consent for the resident', () => {
  it('shows every consent in plain words and withdraws one with one button', async () => {
    const resident = await session.signedInAs('bewoner');
    const { page } = resident;
    await Promise.all([
      page.waitForURL('/mijn/toestemmingen'),
      link(page, 'Wie mag mijn gegevens zien? Mijn toestemmingen').click(),
    ]);
    expect(await h1(page)).toBe('Mijn toestemmingen');
    const main = await textOf(page.locator('main'));
    expect(main).toContain('Je hebt toestemming gegeven aan Petra Visser om je hulpvraag te zien');
    expect(main).toContain('Je hebt toestemming gegeven aan Schuldhulp Wijkstad');
    expect(main).toContain('Ingetrokken op');
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(resident, `toestemmingen-${name}`);
    }

    // Four consents are in force (Petra sees the help request by the team's note, and the dossier, plan and
    // complaints Annie shared when she invited her), so four buttons; one withdrawn leaves three.
    expect(await page.getByRole('button', { name: 'Intrekken' }).count()).toBe(4);
    expect(await post(page, page.getByRole('button', { name: 'Intrekken' }).first())).toBe(303);
    expect(await textOf(page.getByRole('status'))).toContain('Je toestemming is ingetrokken.');
    expect(await page.getByRole('button', { name: 'Intrekken' }).count()).toBe(3);
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(resident, `toestemmingen-ingetrokken-${name}`);
    }
  });
});

describe('consent for the team', () => {
  it('records a consent on a case, refused beside the field first', async () => {
    const teamMember = await session.signedInAs('wijkteamlid');
    const { page } = teamMember;
    await page.goto('/team/casussen');
    await Promise.all([
      page.waitForURL(/\/team\/casussen\/[0-9a-f-]{36}$/),
      page.locator('tbody a[href^="/team/casussen/"]').first().click(),
    ]);
    const caseUrl = page.url();
    expect(await textOf(page.locator('#toestemmingen-kop'))).toBe('Toestemmingen');
    await Promise.all([page.waitForURL(/\/toestemming$/), link(page, 'Toestemming vastleggen').click()]);
    expect(await h1(page)).toBe('Toestemming vastleggen');

    await page.getByLabel('Een persoon').check();
    await page.getByLabel('Je dossier bij het wijkteam').check();
    await page.getByLabel('Doorverwijzing naar hulp of zorg').check();
    await page.getByLabel('Mondeling, opgeschreven door het wijkteam').check();
    expect(await post(page, button(page, 'Vastleggen'))).toBe(400);
    expect(await textOf(page.locator('#veld-naam-fout'))).toBe('Schrijf de naam op van de persoon of de organisatie.');
    // What was chosen stays chosen.
    expect(await page.getByLabel('Je dossier bij het wijkteam').isChecked()).toBe(true);
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(teamMember, `toestemming-vastleggen-fout-${name}`);
    }

    await page.getByLabel('Naam van de persoon of organisatie').fill('Petra Visser');
    await page
      .getByLabel('E-mailadres van de persoon (niet verplicht)')
      .fill('demo-clientondersteuner@wijkstad.example');
    expect(await post(page, button(page, 'Vastleggen'))).toBe(303);
    expect(page.url().split('#')[0]).toBe(caseUrl);
    const section = await textOf(page.locator('section[aria-labelledby="toestemmingen-kop"]'));
    expect(section).toContain('Petra Visser · je dossier bij het wijkteam · doorverwijzing naar hulp of zorg');
    expect(section).toContain('geldt');
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(teamMember, `casus-toestemming-${name}`);
    }
  });
});

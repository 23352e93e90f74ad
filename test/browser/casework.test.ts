// The regisseur's casework in a real browser: the list of cases with its filters (a GET form, state in the URL),
// opening a case from a request, a note, a refused and a done hand-over, and closing without a match. Checked with
// axe and photographed at phone and desktop width.
import { describe, expect, it } from 'vitest';
import { button, checkPage, h1, link, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

const widths = [
  ['390', { width: 390, height: 844 }],
  ['1280', { width: 1280, height: 800 }],
] as const;

describe('casework for the regisseur', () => {
  it('filters the list, opens a case, writes a note, hands over and closes it', async () => {
    const director = await session.signedInAs('regisseur');
    const { page } = director;
    await Promise.all([
      page.waitForURL('/team/casussen'),
      link(page, 'Casussen: eigenaar, buurt en termijnen').click(),
    ]);
    expect(await h1(page)).toBe('Casussen');
    // The demo's spoed request without first contact stands on top, then its overdue case, said in words.
    expect(await textOf(page.locator('tbody tr').first())).toMatch(/Spoed/);
    expect(await textOf(page.locator('tbody tr').nth(1))).toMatch(/te laat sinds \d+ dagen/);
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(director, `casussen-${name}`);
    }

    // Mine: the case Sanne handed over to the regisseur in the demo.
    await page.getByLabel('Eigenaar').selectOption('mij');
    await Promise.all([page.waitForURL(/eigenaar=mij/), button(page, 'Filteren').click()]);
    expect(await page.getByLabel('Eigenaar').inputValue()).toBe('mij');
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await textOf(page.locator('tbody tr').first())).toContain('Mehmet Yılmaz');
    await checkPage(director, 'casussen-mij');

    // Nobody's: a request without a case; the regisseur opens one from the request's page.
    await page.getByLabel('Eigenaar').selectOption('niemand');
    await Promise.all([page.waitForURL(/eigenaar=niemand/), button(page, 'Filteren').click()]);
    const reference = await textOf(page.locator('tbody tr a').first());
    await Promise.all([page.waitForURL(/\/team\/hulpvragen\//), page.locator('tbody tr a').first().click()]);
    expect(await post(page, button(page, 'Casus openen'))).toBe(303);
    expect(page.url()).toMatch(/\/team\/casussen\/[0-9a-f-]{36}$/);
    expect(await h1(page)).toBe(`Casus ${reference}`);

    await page.getByLabel('Notitie', { exact: true }).fill('Gebeld met de dochter: moeder wil graag bezoek.');
    expect(await post(page, button(page, 'Notitie opslaan'))).toBe(303);
    expect(await textOf(page.locator('.nabij-tijdlijn'))).toContain('Gebeld met de dochter');
    expect(await post(page, button(page, 'Eerste contact gehad'))).toBe(303);
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(director, `casus-${name}`);
    }

    // A hand-over without a reason is refused beside the field; the colleague chosen stays chosen.
    await page.getByLabel('Aan wie draag je de casus over?').selectOption({ label: 'Sanne Jansen' });
    expect(await post(page, button(page, 'Overdragen'))).toBe(400);
    expect(await textOf(page.locator('#veld-reden-fout'))).toBe(
      'Schrijf op waarom je de casus overdraagt. Je collega leest het in de tijdlijn.',
    );
    await checkPage(director, 'casus-overdragen-fout');
    await page.getByLabel('Waarom draag je de casus over?').fill('Sanne spreekt Turks met de moeder.');
    expect(await post(page, button(page, 'Overdragen'))).toBe(303);
    expect(await textOf(page.locator('.nabij-tijdlijn'))).toContain('Van Mehmet Yılmaz naar Sanne Jansen.');

    await page.getByLabel('Doorverwezen', { exact: true }).check();
    await page.getByLabel('Toelichting').fill('Naar de thuiszorg van de wijk, die een Turkssprekende hulp heeft.');
    expect(await post(page, button(page, 'Casus sluiten'))).toBe(303);
    expect(await textOf(page.locator('main'))).toContain('Deze casus is gesloten: Doorverwezen.');
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(director, `casus-gesloten-${name}`);
    }
  });
});

describe('the terms for the administrator', () => {
  it('refuses a term out of range beside the field and saves a good one', async () => {
    const admin = await session.signedInAs('beheerder');
    const { page } = admin;
    await Promise.all([
      page.waitForURL('/beheer/termijnen'),
      link(page, 'Termijnen van casussen: eerste contact en plan').click(),
    ]);
    await page.getByLabel('Eerste contact binnen (werkdagen)').fill('40');
    expect(await post(page, button(page, 'Opslaan'))).toBe(400);
    expect(await page.getByLabel('Eerste contact binnen (werkdagen)').inputValue()).toBe('40');
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(admin, `termijnen-fout-${name}`);
    }
    await page.getByLabel('Eerste contact binnen (werkdagen)').fill('2');
    expect(await post(page, button(page, 'Opslaan'))).toBe(303);
    expect(await textOf(page.getByRole('status'))).toBe('De termijnen zijn opgeslagen.');
  });
});

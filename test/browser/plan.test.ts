// The personal plan in a real browser: the demo resident Annie reads her plan, adds a goal and an agreement (refused
// beside the field first); the regisseur finds the same plan from the case page and sets it; the printable plan with
// print media emulated. Checked with axe and photographed at phone and desktop width.
import { describe, expect, it } from 'vitest';
import { button, checkPage, h1, link, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

const widths = [
  ['390', { width: 390, height: 844 }],
  ['1280', { width: 1280, height: 800 }],
] as const;

describe('the resident writes their plan', () => {
  it('reads the plan, adds a goal and an agreement, and sees who wrote them', async () => {
    const resident = await session.signedInAs('bewoner');
    const { page } = resident;
    await Promise.all([
      page.waitForURL('/mijn/plan'),
      link(page, 'Mijn plan: wat ik wil bereiken en wie helpt').click(),
    ]);
    expect(await h1(page)).toBe('Mijn plan');
    const main = await textOf(page.locator('main'));
    expect(main).toContain('Ik wil weer onder de mensen komen');
    expect(main).toContain('Laatst gewijzigd door Mehmet Yılmaz (regisseur van het wijkteam)');
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(resident, `plan-bewoner-${name}`);
    }

    // The topics Annie wants to talk about come first; a goal in her own words.
    await page.getByLabel('Over welk onderwerp gaat het?').selectOption('tijdsbesteding');
    await page
      .getByLabel('Wat wil je bereiken? Schrijf het in je eigen woorden.')
      .fill('Elke week één keer naar het repaircafé.');
    expect(await post(page, button(page, 'Doel opslaan'))).toBe(303);
    expect(await textOf(page.getByRole('status'))).toBe('Opgeslagen.');
    const goal = page.locator('li.nabij-card', { hasText: 'Elke week één keer naar het repaircafé.' });
    expect(await textOf(goal)).toContain('Laatst gewijzigd door Annie de Vries (bewoner)');

    // An agreement with a professional needs a name: refused beside the field, with what was typed kept.
    await page.getByLabel('Wat gaat er gebeuren?').fill('Hulp bij het aanvragen van huishoudelijke hulp.');
    await page.getByLabel('Een professional (zorg of hulpverlening)').check();
    expect(await post(page, button(page, 'Afspraak opslaan'))).toBe(400);
    expect(await textOf(page.locator('#veld-naam-fout'))).toBe(
      'Schrijf de naam op van de persoon of de organisatie die het doet.',
    );
    expect(await page.getByLabel('Wat gaat er gebeuren?').inputValue()).toBe(
      'Hulp bij het aanvragen van huishoudelijke hulp.',
    );
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(resident, `plan-bewoner-fout-${name}`);
    }
    await page.getByLabel('Naam van de persoon of organisatie').fill('Wmo-loket Wijkstad');
    await page.getByLabel('Uiterlijk op welke datum? (niet verplicht)').fill('01-06-2030');
    expect(await post(page, button(page, 'Afspraak opslaan'))).toBe(303);
    const agreement = page.locator('li.nabij-card', { hasText: 'Hulp bij het aanvragen van huishoudelijke hulp.' });
    expect(await textOf(agreement)).toContain('Wmo-loket Wijkstad');
    expect(await textOf(agreement)).toContain('uiterlijk 01-06-2030');
    expect(await textOf(page.locator('.nabij-plan-changes'))).toContain(
      'Annie de Vries (bewoner) schreef (afspraak): “Hulp bij het aanvragen van huishoudelijke hulp.”',
    );
    await checkPage(resident, 'plan-bewoner-na-afspraak-1280');
  });
});

describe('the team and the printable plan', () => {
  it('finds the plan from the case page, sets it, and prints it cleanly', async () => {
    const director = await session.signedInAs('regisseur');
    const { page } = director;
    await page.goto('/team/casussen');
    const cases = await page
      .locator('tbody a[href^="/team/casussen/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    // Annie's case is the one whose plan section has goals.
    let found = false;
    for (const href of cases) {
      await page.goto(href);
      if (
        (await page.locator('#plan-kop').count()) &&
        /Concept: [1-9]\d* doelen/.test(await textOf(page.locator('main')))
      ) {
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
    await Promise.all([page.waitForURL(/\/plan$/), link(page, 'Plan bekijken en aanvullen').click()]);
    expect(await h1(page)).toMatch(/^Plan bij casus /);
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(director, `plan-team-${name}`);
    }
    expect(await post(page, button(page, 'Plan vaststellen'))).toBe(303);
    expect(await textOf(page.locator('main'))).toMatch(/Vastgesteld op/);
    expect(await textOf(page.locator('.nabij-plan-changes'))).toContain(
      'Mehmet Yılmaz (regisseur van het wijkteam) stelde het plan vast',
    );

    await Promise.all([page.waitForURL(/\/plan\/afdrukken$/), link(page, 'Plan afdrukken').click()]);
    expect(await h1(page)).toBe('Mijn plan');
    await page.emulateMedia({ media: 'print' });
    // On paper: no navigation, no buttons or links back, the text in 12pt.
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await page.locator('.nabij-no-print').first().isVisible()).toBe(false);
    expect(await page.locator('.nabij-print-document').evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(director, `plan-afdrukken-print-${name}`);
    }
    await page.emulateMedia({ media: 'screen' });
  });
});

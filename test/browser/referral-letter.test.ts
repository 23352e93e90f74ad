// The referral letter in a real browser: on Ron's demo case the letter for the provider he chose is refused while
// no consent names that organisation; the team records his consent and the letter opens. Checked with axe and
// photographed at phone and desktop width.
import { describe, expect, it } from 'vitest';
import { button, checkAtPhoneAndDesktop, h1, link, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

describe('the referral letter', () => {
  it('is refused without consent for that provider, and opens once the consent is recorded', async () => {
    const teamMember = await session.signedInAs('wijkteamlid');
    const { page } = teamMember;
    const ron = await session.app.database.db
      .selectFrom('cases')
      .select('id')
      .where('regisseur_user_id', 'is not', null)
      .executeTakeFirstOrThrow();
    await page.goto(`/team/casussen/${ron.id}`);
    const letterLink = link(page, 'Verwijsbrief voor Schuldhulpmaatje Wijkstad');
    const letter = await letterLink.getAttribute('href');
    const opened = await page.goto(letter!);
    expect(opened?.status()).toBe(403);
    expect(await h1(page)).toBe('Verwijsbrief voor Schuldhulpmaatje Wijkstad');
    expect(await textOf(page.getByRole('alert'))).toContain('Er is geen toestemming');
    await checkAtPhoneAndDesktop(teamMember, 'verwijsbrief-geweigerd');

    await Promise.all([page.waitForURL(/\/toestemming$/), link(page, 'Toestemming vastleggen').click()]);
    await page.getByLabel('Een organisatie').check();
    await page.getByLabel('Naam van de persoon of organisatie').fill('Schuldhulpmaatje Wijkstad');
    await page.getByLabel('Je hulpvraag').check();
    await page.getByLabel('Doorverwijzing naar hulp of zorg').check();
    await page.getByLabel('Mondeling, opgeschreven door het wijkteam').check();
    expect(await post(page, button(page, 'Vastleggen'))).toBe(303);

    await page.goto(letter!);
    expect(await h1(page)).toBe('Verwijsbrief voor Schuldhulpmaatje Wijkstad');
    const main = await textOf(page.locator('main'));
    expect(main).toContain('De bewoner gaf toestemming om dit met deze aanbieder te delen.');
    expect(main).toContain('Waarom deze aanbieder');
    await checkAtPhoneAndDesktop(teamMember, 'verwijsbrief');
  });
});

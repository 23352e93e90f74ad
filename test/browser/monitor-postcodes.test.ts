// The administrator says which postcodes belong to which buurt, so the monitor counts each help request in its
// wijk: in a real browser, at phone and desktop width, checked with axe and photographed.
import { describe, expect, it } from 'vitest';
import { button, checkAtPhoneAndDesktop, checkPage, h1, link, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

describe('postcodes per buurt', () => {
  it('shows the demo’s postcodes, refuses one in two buurten next to the field, and saves', async () => {
    const admin = await session.signedInAs('beheerder');
    const { page } = admin;
    await Promise.all([
      page.waitForURL('/beheer/postcodes'),
      link(page, 'Postcodes per buurt, voor de monitor').click(),
    ]);
    expect(await h1(page)).toBe('Postcodes per buurt');
    expect(await page.getByLabel('Bronkwartier (De Bron)').inputValue()).toBe('3581');
    await checkAtPhoneAndDesktop(admin, 'beheer-postcodes');

    await page.getByLabel('Molenhof (De Bron)').fill('3582, 3581 AB');
    await page.getByLabel('Merelhof (Vogelwijk)').fill('3583, 3581 ab');
    expect(await post(page, button(page, 'Opslaan'))).toBe(400);
    expect(await textOf(page.locator('.utrecht-form-field__error-message').first())).toBe(
      'Een postcode hoort bij één buurt. Deze staat ook bij een andere buurt.',
    );
    expect(await page.getByLabel('Merelhof (Vogelwijk)').inputValue()).toBe('3583, 3581 ab');
    await checkPage(admin, 'beheer-postcodes-fout');

    await page.getByLabel('Merelhof (Vogelwijk)').fill('3583');
    expect(await post(page, button(page, 'Opslaan'))).toBe(303);
    expect(await textOf(page.getByRole('status').first())).toBe('De postcodes zijn opgeslagen.');
    expect(await page.getByLabel('Molenhof (De Bron)').inputValue()).toBe('3581 AB, 3582');
  });
});

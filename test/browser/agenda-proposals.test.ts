// The neighbourhood agenda in a real browser: a resident proposes (a mistake first, then the proposal), supports it
// once, a visitor is asked to sign in; the team finds it on its list and answers "nu niet" with the reason, which the
// public page then shows. Every page axe-checked and photographed at phone and desktop width.
import { describe, expect, it } from 'vitest';
import { button, checkAtPhoneAndDesktop, h1, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();
const journey = { timeout: 180_000 };
let proposalPath = '';

describe('the neighbourhood agenda', () => {
  it('a resident proposes and supports, once', journey, async () => {
    const resident = await session.signedInAs('bewoner');
    const { page } = resident;
    await page.goto('/wijkagenda/voorstel');
    expect(await h1(page)).toBe('Doe een voorstel voor je wijk');
    await page.getByLabel('Voor welke wijk?').selectOption({ index: 1 });
    await page.getByLabel('Wat stel je voor?').fill('Een bankje bij de speeltuin.');
    expect(await post(page, button(page, 'Zet op de wijkagenda'))).toBe(400);
    expect(await textOf(page.locator('#veld-titel-fout'))).toBe('Geef je voorstel een korte titel.');
    expect(await page.getByLabel('Wat stel je voor?').inputValue()).toBe('Een bankje bij de speeltuin.');
    await checkAtPhoneAndDesktop(resident, 'wijkagenda-voorstel-fout');

    await page.getByLabel('Titel van je voorstel').fill('Bankje bij de speeltuin');
    await page.getByLabel('Waarom is dit belangrijk? (mag leeg)').fill('Ouderen kunnen er nergens even zitten.');
    await page.getByLabel('Wat wil je er zelf aan doen? (mag leeg)').fill('Ik help met schilderen.');
    expect(await post(page, button(page, 'Zet op de wijkagenda'))).toBe(303);
    expect(await h1(page)).toBe('Bankje bij de speeltuin');
    expect(await textOf(page.getByRole('status'))).toBe('Je voorstel staat op de wijkagenda.');
    proposalPath = new URL(page.url()).pathname;

    expect(await post(page, button(page, 'Ik steun dit voorstel'))).toBe(303);
    expect(await textOf(page.getByRole('status'))).toContain('Je steunt dit voorstel');
    expect(await page.locator('main').innerText()).toContain('1 bewoner steunt dit');
    // Only the button to withdraw is left: a second support is not offered.
    expect(await button(page, 'Ik steun dit voorstel').count()).toBe(0);
    await checkAtPhoneAndDesktop(resident, 'wijkagenda-voorstel-pagina');

    await page.goto('/wijkagenda');
    expect(await h1(page)).toBe('De wijkagenda');
    expect(await page.locator('main').innerText()).toContain('Bankje bij de speeltuin');
    await checkAtPhoneAndDesktop(resident, 'wijkagenda-lijst');

    const visitor = await session.newTab();
    await visitor.page.goto(proposalPath);
    expect(await visitor.page.getByRole('link', { name: 'Log in om te steunen' }).count()).toBe(1);
    expect(await visitor.page.locator('main').innerText()).toContain('Van een bewoner uit');
  });

  it('the team answers, and the public page shows the answer', journey, async () => {
    expect(proposalPath).not.toBe('');
    const id = proposalPath.split('/').at(-1)!;
    const team = await session.signedInAs('wijkteamlid');
    const { page } = team;
    await page.goto('/team/wijkagenda');
    expect(await h1(page)).toBe('Wijkagenda: voorstellen beantwoorden');
    await checkAtPhoneAndDesktop(team, 'wijkagenda-team-lijst');
    await page.goto(`/team/wijkagenda/${id}`);
    await page.getByLabel('Nu niet').check();
    expect(await post(page, button(page, 'Antwoord geven'))).toBe(400);
    expect(await textOf(page.locator('#veld-antwoordtekst-fout'))).toContain('Leg het antwoord kort uit');
    await checkAtPhoneAndDesktop(team, 'wijkagenda-team-voorstel-fout');
    await page.getByLabel('Uitleg bij het antwoord').fill('De speeltuin wordt in 2027 opnieuw ingericht.');
    expect(await post(page, button(page, 'Antwoord geven'))).toBe(303);
    expect(await textOf(page.getByRole('status'))).toBe('Het antwoord staat op de wijkagenda.');
    await checkAtPhoneAndDesktop(team, 'wijkagenda-team-voorstel');

    const visitor = await session.newTab();
    await visitor.page.goto(proposalPath);
    const main = await visitor.page.locator('main').innerText();
    expect(main).toContain('Nu niet');
    expect(main).toContain('De speeltuin wordt in 2027 opnieuw ingericht.');
  });
});

// Client support in a real browser: the demo resident invites the municipality's client supporter (refused beside
// the field first), the supporter accepts by the link and sees only what was shared, files a complaint with the
// resident, the regisseur handles it and the resident follows it. Checked with axe and photographed at phone and
// desktop width.
import { describe, expect, it } from 'vitest';
import { button, checkPage, h1, link, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

const widths = [
  ['390', { width: 390, height: 844 }],
  ['1280', { width: 1280, height: 800 }],
] as const;

async function photograph(tab: Parameters<typeof checkPage>[0], name: string) {
  for (const [width, viewport] of widths) {
    await tab.page.setViewportSize(viewport);
    await checkPage(tab, `${name}-${width}`);
  }
}

describe('client support', () => {
  it('runs from the invitation to a complaint the resident follows', async () => {
    const resident = await session.signedInAs('bewoner');
    const rp = resident.page;
    await Promise.all([
      rp.waitForURL('/mijn/ondersteuner'),
      link(rp, 'Iemand die naast me staat: een cliëntondersteuner').click(),
    ]);
    expect(await h1(rp)).toBe('Cliëntondersteuning');

    // Nothing chosen: a message beside each question, nothing sent.
    expect(await post(rp, button(rp, 'Uitnodiging versturen'))).toBe(400);
    expect(await textOf(rp.locator('#veld-wie-fout'))).toContain('Kies een cliëntondersteuner uit de lijst');
    expect(await textOf(rp.locator('#veld-delen-fout'))).toBe('Kies minstens één ding dat je wilt delen.');
    await photograph(resident, 'ondersteuner-uitnodigen-fout');

    await rp.getByLabel('Petra Visser').check();
    await rp.getByLabel('Je hulpvraag').check();
    await rp.getByLabel('Je klachten en bezwaren').check();
    expect(await post(rp, button(rp, 'Uitnodiging versturen'))).toBe(200);
    expect(await textOf(rp.getByRole('status'))).toContain('We hebben Petra Visser een e-mail gestuurd');
    const invitation = new URL(await textOf(rp.locator('[role="status"] code'))).pathname;
    expect(await textOf(rp.locator('main'))).toContain('is uitgenodigd op');
    await photograph(resident, 'ondersteuner-uitgenodigd');

    // The supporter opens the link, signed in or not, and accepts.
    const supporter = await session.signedInAs('clientondersteuner');
    const sp = supporter.page;
    await sp.goto(invitation);
    expect(await h1(sp)).toBe('Uitnodiging als cliëntondersteuner');
    await photograph(supporter, 'ondersteuner-uitnodiging');
    expect(await post(sp, button(sp, 'Uitnodiging aannemen'))).toBe(200);
    expect(await h1(sp)).toBe('Uitnodiging aangenomen');

    await sp.goto('/ondersteuner');
    await Promise.all([sp.waitForURL(/\/ondersteuner\/bewoners\//), sp.locator('main a[href^="/ondersteuner/bewoners/"]').first().click()]);
    const shared = await textOf(sp.locator('main'));
    expect(shared).toContain('Je hulpvraag');
    // The dossier was not shared: not shown, and not read.
    expect(shared).not.toContain('Eigenaar bij het wijkteam');
    await photograph(supporter, 'ondersteuner-bewoner');

    await Promise.all([sp.waitForURL(/\/klacht$/), sp.getByRole('link', { name: /een klacht of bezwaar indienen/ }).click()]);
    await sp.getByLabel('Een klacht: ik ben niet tevreden over hoe ik geholpen word').check();
    await sp.getByLabel('Waar gaat het over?').fill('Niemand belde terug');
    expect(await post(sp, button(sp, 'Indienen'))).toBe(400);
    expect(await textOf(sp.locator('#veld-wat-fout'))).toBe('Schrijf op wat er is gebeurd.');
    expect(await sp.getByLabel('Waar gaat het over?').inputValue()).toBe('Niemand belde terug');
    await photograph(supporter, 'ondersteuner-klacht-fout');
    await sp.getByLabel('Wat is er gebeurd?').fill('Ik heb drie keer gebeld en niemand belde terug.');
    expect(await post(sp, button(sp, 'Indienen'))).toBe(303);
    expect(await h1(sp)).toBe('Klacht: Niemand belde terug');

    // The regisseur handles it with an answer.
    const director = await session.signedInAs('regisseur');
    const dp = director.page;
    await dp.goto('/team/klachten');
    await photograph(director, 'team-klachten');
    await Promise.all([dp.waitForURL(/\/team\/klachten\/[0-9a-f-]{36}$/), link(dp, 'Klacht: Niemand belde terug').click()]);
    await dp.getByLabel('Afgehandeld, met een antwoord').check();
    await dp.getByLabel('Bericht aan de bewoner').fill('Sanne is vanaf nu je vaste contactpersoon.');
    expect(await post(dp, button(dp, 'Opslaan'))).toBe(303);
    expect(await textOf(dp.locator('main'))).toContain('Sanne is vanaf nu je vaste contactpersoon.');
    await photograph(director, 'team-klacht-afgehandeld');

    // The resident follows it.
    await rp.goto('/mijn/klachten');
    expect(await textOf(rp.locator('main'))).toContain('Afgehandeld');
    await Promise.all([rp.waitForURL(/\/mijn\/klachten\/[0-9a-f-]{36}$/), link(rp, 'Klacht: Niemand belde terug').click()]);
    const followed = await textOf(rp.locator('main'));
    expect(followed).toContain('Sanne is vanaf nu je vaste contactpersoon.');
    expect(followed).toContain('door Petra Visser');
    await photograph(resident, 'mijn-klacht');

    // Stopping: the supporter sees nothing any more.
    await rp.goto('/mijn/ondersteuner');
    expect(await post(rp, button(rp, 'Stoppen en niets meer delen'))).toBe(303);
    expect(await textOf(rp.getByRole('status'))).toContain('De ondersteuning is gestopt.');
    await photograph(resident, 'ondersteuner-gestopt');
    await sp.goto('/ondersteuner');
    expect(await textOf(sp.locator('main'))).toContain('Nog niemand.');
  });
});

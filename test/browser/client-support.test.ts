// Client support in a real browser: the demo resident invites the municipality's client supporter (refused beside
// the field first), the supporter accepts by the link and sees only what was shared, files a complaint with the
// resident, the regisseur handles it and the resident follows it. Checked with axe and photographed at phone and
// desktop width.
import { describe, expect, it } from 'vitest';
import { button, checkAtPhoneAndDesktop, h1, link, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

// One journey in steps that build on each other (the invitation's link, the complaint), each with room for a busy
// machine's screenshots.
let invitation = '';
const step = { timeout: 180_000 };

describe('client support', () => {
  it('the resident invites someone of her own, refused beside the fields first', step, async () => {
    const resident = await session.signedInAs('bewoner');
    const rp = resident.page;
    await Promise.all([
      rp.waitForURL('/mijn/ondersteuner'),
      link(rp, 'Iemand die naast me staat: een cliëntondersteuner').click(),
    ]);
    expect(await h1(rp)).toBe('Cliëntondersteuning');
    // The demo's Annie has Petra beside her already.
    expect(await textOf(rp.locator('main'))).toContain('Petra Visser helpt je sinds');

    // Someone of her own, without an address and without anything to share: a message beside each, nothing sent.
    await rp.getByLabel('Iemand anders, die ik zelf kies').check();
    await rp.getByLabel('Naam van de cliëntondersteuner').fill('Kees Naast');
    expect(await post(rp, button(rp, 'Uitnodiging versturen'))).toBe(400);
    expect(await textOf(rp.locator('#veld-email-fout'))).toBe('Vul je e-mailadres in.');
    expect(await textOf(rp.locator('#veld-delen-fout'))).toBe('Kies minstens één ding dat je wilt delen.');
    expect(await rp.getByLabel('Naam van de cliëntondersteuner').inputValue()).toBe('Kees Naast');
    await checkAtPhoneAndDesktop(resident, 'ondersteuner-uitnodigen-fout');

    await rp.getByLabel('E-mailadres van de cliëntondersteuner').fill('kees.naast@example.nl');
    await rp.getByLabel('Je hulpvraag').check();
    expect(await post(rp, button(rp, 'Uitnodiging versturen'))).toBe(200);
    expect(await textOf(rp.getByRole('status'))).toContain('We hebben Kees Naast een e-mail gestuurd');
    invitation = new URL(await textOf(rp.locator('[role="status"] code'))).pathname;
    expect(await textOf(rp.locator('main'))).toContain('is uitgenodigd op');
    await checkAtPhoneAndDesktop(resident, 'ondersteuner-uitgenodigd');
  });

  it('the person she chose accepts by the link, without an account yet', step, async () => {
    // Kees opens the link without an account and accepts: an account is made, a mail lets him choose a password.
    const kees = await session.newTab();
    await kees.page.goto(invitation);
    expect(await h1(kees.page)).toBe('Uitnodiging als cliëntondersteuner');
    expect(await textOf(kees.page.locator('main'))).toContain('Annie vraagt Kees Naast');
    await checkAtPhoneAndDesktop(kees, 'ondersteuner-uitnodiging');
    expect(await post(kees.page, button(kees.page, 'Uitnodiging aannemen'))).toBe(200);
    expect(await h1(kees.page)).toBe('Uitnodiging aangenomen');
  });

  it('her supporter sees what she shares and files a complaint with her', step, async () => {
    // Petra sees what Annie shares with her, and files a complaint with her.
    const supporter = await session.signedInAs('clientondersteuner');
    const sp = supporter.page;
    await Promise.all([sp.waitForURL(/\/ondersteuner\/bewoners\//), link(sp, 'Annie de Vries').click()]);
    const shared = await textOf(sp.locator('main'));
    for (const part of ['Hulpvraag', 'Dossier bij het wijkteam', 'Klachten en bezwaren'])
      expect(shared).toContain(part);
    expect(shared).toContain('De thuiszorg kwam twee keer niet');
    await checkAtPhoneAndDesktop(supporter, 'ondersteuner-bewoner');

    await Promise.all([
      sp.waitForURL(/\/klacht$/),
      link(sp, 'Samen met Annie de Vries een klacht of bezwaar indienen').click(),
    ]);
    await sp.getByLabel('Een klacht: ik ben niet tevreden over hoe ik geholpen word').check();
    await sp.getByLabel('Waar gaat het over?').fill('Niemand belde terug');
    expect(await post(sp, button(sp, 'Indienen'))).toBe(400);
    expect(await textOf(sp.locator('#veld-wat-fout'))).toBe('Schrijf op wat er is gebeurd.');
    expect(await sp.getByLabel('Waar gaat het over?').inputValue()).toBe('Niemand belde terug');
    await checkAtPhoneAndDesktop(supporter, 'ondersteuner-klacht-fout');
    await sp.getByLabel('Wat is er gebeurd?').fill('Ik heb drie keer gebeld en niemand belde terug.');
    expect(await post(sp, button(sp, 'Indienen'))).toBe(303);
    expect(await h1(sp)).toBe('Klacht: Niemand belde terug');
  });

  it('the regisseur handles it with an answer', step, async () => {
    // The regisseur handles it with an answer.
    const director = await session.signedInAs('regisseur');
    const dp = director.page;
    await dp.goto('/team/klachten');
    await checkAtPhoneAndDesktop(director, 'team-klachten');
    await Promise.all([
      dp.waitForURL(/\/team\/klachten\/[0-9a-f-]{36}$/),
      link(dp, 'Klacht: Niemand belde terug').click(),
    ]);
    await dp.getByLabel('Afgehandeld, met een antwoord').check();
    expect(await post(dp, button(dp, 'Opslaan'))).toBe(400);
    expect(await textOf(dp.locator('#veld-bericht-fout'))).toBe('Schrijf het antwoord op. De bewoner leest het.');
    await dp.getByLabel('Bericht aan de bewoner').fill('Sanne is vanaf nu je vaste contactpersoon.');
    expect(await post(dp, button(dp, 'Opslaan'))).toBe(303);
    expect(await textOf(dp.locator('main'))).toContain('Sanne is vanaf nu je vaste contactpersoon.');
    await checkAtPhoneAndDesktop(director, 'team-klacht-afgehandeld');
  });

  it('the resident follows it, and stops the support of one supporter', step, async () => {
    const resident = await session.signedInAs('bewoner');
    const rp = resident.page;
    // Annie follows it.
    await rp.goto('/mijn/klachten');
    expect(await textOf(rp.locator('main'))).toContain('Afgehandeld');
    await Promise.all([
      rp.waitForURL(/\/mijn\/klachten\/[0-9a-f-]{36}$/),
      link(rp, 'Klacht: Niemand belde terug').click(),
    ]);
    const followed = await textOf(rp.locator('main'));
    expect(followed).toContain('Sanne is vanaf nu je vaste contactpersoon.');
    expect(followed).toContain('door Petra Visser, samen met Annie de Vries');
    await checkAtPhoneAndDesktop(resident, 'mijn-klacht');

    // Annie stops Kees's support; Petra's stays.
    await rp.goto('/mijn/ondersteuner');
    const keesItem = rp.locator('li', { hasText: 'Kees Naast' });
    expect(await post(rp, keesItem.getByRole('button', { name: 'Stoppen en niets meer delen' }))).toBe(303);
    expect(await textOf(rp.getByRole('status'))).toContain('De ondersteuning is gestopt.');
    const after = await textOf(rp.locator('main'));
    expect(after).not.toContain('Kees Naast');
    expect(after).toContain('Petra Visser helpt je sinds');
    await checkAtPhoneAndDesktop(resident, 'ondersteuner-gestopt');
  });
});

// Signalling in a real browser, as the reporter: from the home page to the choice, a worry about a person (first sent
// half-filled, then complete), something in the neighbourhood with "Anderen meldden ook", a signal with danger that
// gets the emergency page, the status page with the feedback question whose "nee" reopens the signal, Mijn signalen,
// and the team's standard texts. Each page on a phone (390 px) and a wide screen (1280 px), checked with axe.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/kernel/access/gate.js';
import { findSignal, moveSignal, submitSignal } from '../../src/modules/signals/index.js';
import { button, checkAtPhoneAndDesktop, h1, link, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();
/** A journey with several pages, each checked at two widths: more than the default minute on a busy machine. */
const journey = { timeout: 180_000 };

const CALM = 'De oudere buurman krijgt weinig bezoek en doet zelf geen boodschappen meer. Hij lijkt eenzaam.';

const nabij = (): Actor => ({ kind: 'system', tenantId: session.app.demo.tenant.id, process: 'signaal' });

async function demoUser(role: 'wijkteamlid' | 'bewoner'): Promise<Actor> {
  const tenantId = session.app.demo.tenant.id;
  const user = await session.app.database.db
    .selectFrom('users')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('role', '=', role)
    .executeTakeFirstOrThrow();
  return { kind: 'user', userId: user.id, tenantId, role };
}

/** A radio button inside the question (fieldset) with this legend. */
const choose = (page: Page, legend: string, option: string) =>
  page.getByRole('group', { name: legend }).getByLabel(option, { exact: true }).check();

async function fillWorry(page: Page, danger: 'Ja' | 'Nee') {
  await choose(page, 'Waar maak je je zorgen over?', 'Een oudere die alleen woont en het misschien niet meer redt');
  await page.getByLabel('Wat zie of hoor je?').fill(CALM);
  await page.getByLabel('Straat', { exact: true }).fill('Lindelaan');
  await page.getByLabel('In welke buurt?').selectOption({ label: 'Molenhof' });
  await choose(page, 'Weet de persoon dat je dit meldt?', 'Weet ik niet');
  await choose(page, 'Is er nu gevaar?', danger);
  await choose(page, 'Wie ben je?', 'Buurtbewoner');
}

describe('signalling, as the reporter', () => {
  it('goes from the home page to the choice, and signals a worry about a person', journey, async () => {
    const tab = await session.newTab();
    const { page } = tab;
    await page.goto('/');
    await Promise.all([page.waitForURL(/\/signaal$/), link(page, 'Geef een signaal').click()]);
    expect(await h1(page)).toBe('Geef een signaal');
    await checkAtPhoneAndDesktop(tab, 'signaal-keuze');
    await Promise.all([page.waitForURL(/\/signaal\/iemand$/), link(page, 'Ik maak me zorgen om iemand').click()]);
    await checkAtPhoneAndDesktop(tab, 'signaal-iemand');
    // Half-filled: the messages beside the fields, what was typed kept.
    await page.getByLabel('Wat zie of hoor je?').fill(CALM);
    expect(await post(page, button(page, 'Signaal versturen'))).toBe(400);
    expect(await textOf(page.locator('.nabij-error-summary'))).toContain('Kies wie je bent.');
    expect(await page.getByLabel('Wat zie of hoor je?').inputValue()).toBe(CALM);
    await checkAtPhoneAndDesktop(tab, 'signaal-iemand-fouten');
    await fillWorry(page, 'Nee');
    expect(await post(page, button(page, 'Signaal versturen'))).toBe(303);
    expect(await h1(page)).toBe('Dank je wel voor je signaal');
    await checkAtPhoneAndDesktop(tab, 'signaal-bedankt');
    await Promise.all([
      page.waitForURL(/\/signaal\/status\//),
      link(page, 'Bekijk hoe het met je signaal staat').click(),
    ]);
    expect(await textOf(page.locator('main'))).toContain(
      'Dank je wel voor je signaal. Het wijkteam heeft het ontvangen',
    );
  });

  it('shows the emergency page when there is danger, and alerts the team', journey, async () => {
    const tab = await session.newTab();
    const { page } = tab;
    const before = session.app.mails.length;
    await page.goto('/signaal/iemand');
    await fillWorry(page, 'Ja');
    expect(await post(page, button(page, 'Signaal versturen'))).toBe(303);
    expect(await h1(page)).toBe('Bel nu als er gevaar is');
    const hrefs = await page.locator('main a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.slice(0, 3)).toEqual(['tel:112', 'tel:08002000', 'tel:08000113']);
    expect(session.app.mails.slice(before).some((m) => m.subject.startsWith('SPOED: signaal SG-'))).toBe(true);
    await checkAtPhoneAndDesktop(tab, 'signaal-spoed');
  });

  it('shows "Anderen meldden ook" on the neighbourhood form, as counts, without JavaScript', journey, async () => {
    const tenant = session.app.demo.tenant;
    const area = await session.app.database.db
      .selectFrom('areas')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where('name', '=', 'Merelhof')
      .executeTakeFirstOrThrow();
    for (const role of ['bewoner', 'bewoner', 'sleutelpersoon'] as const)
      await submitSignal(session.app.app.ctx, tenant, nabij(), {
        kind: 'buurt',
        topic: 'jongeren',
        areaId: area.id,
        whatSeen: 'Geheime tekst: jongeren bij de snackbar',
        reporterUserId: null,
        reporterRole: role,
      });
    const tab = await session.newTab({ javaScriptEnabled: false });
    const { page } = tab;
    await page.goto('/signaal/buurt');
    await choose(page, 'Waar gaat het over?', 'Jongeren: er is weinig voor ze, of er zijn zorgen');
    await page.getByLabel('In welke buurt?').selectOption({ label: 'Merelhof' });
    await page.getByLabel('Wat speelt er?').fill('Op het pleintje hangen jongeren rond die zich vervelen.');
    expect(await post(page, button(page, 'Kijk of anderen dit ook meldden'))).toBe(200);
    const others = await textOf(page.locator('#anderen-meldden-ook'));
    expect(others).toMatch(/^Anderen meldden ook 2 buurtbewoners en 1 sleutelpersoon meldden sinds \d+ \w+ ook iets/);
    expect(others).toContain('over jongeren in Merelhof');
    expect(others).toContain('Je melding telt mee');
    expect(await textOf(page.locator('main'))).not.toContain('snackbar');
    expect(await page.getByLabel('Wat speelt er?').inputValue()).toBe(
      'Op het pleintje hangen jongeren rond die zich vervelen.',
    );
    await page.setViewportSize({ width: 390, height: 844 });
    const twin = await session.newTab();
    // The same page with JavaScript, for axe (Nabij sends no JavaScript, so the markup is the same).
    await twin.page.goto('/signaal/buurt');
    await choose(twin.page, 'Waar gaat het over?', 'Jongeren: er is weinig voor ze, of er zijn zorgen');
    await twin.page.getByLabel('In welke buurt?').selectOption({ label: 'Merelhof' });
    await post(twin.page, button(twin.page, 'Kijk of anderen dit ook meldden'));
    await checkAtPhoneAndDesktop(twin, 'signaal-buurt-anderen');
    await choose(page, 'Wie ben je?', 'Buurtbewoner');
    expect(await post(page, button(page, 'Signaal versturen'))).toBe(303);
    expect(await h1(page)).toBe('Dank je wel voor je signaal');
  });

  it('asks the feedback question on the status page; a "nee" reopens the signal', journey, async () => {
    const ctx = session.app.app.ctx;
    const signal = await submitSignal(ctx, session.app.demo.tenant, nabij(), {
      kind: 'persoon',
      topic: 'oudere_alleen',
      whatSeen: CALM,
      street: 'Lindelaan',
      reporterUserId: null,
      reporterRole: 'bewoner',
    });
    const team = await demoUser('wijkteamlid');
    const reason = 'Mevrouw heeft een dochter die nu elke dag komt';
    await moveSignal(ctx, team, await findSignal(ctx, team, signal.id), { to: 'in_behandeling', reason });
    await moveSignal(ctx, team, await findSignal(ctx, team, signal.id), {
      to: 'erop_af_geweest',
      reason,
      visitResult: 'contact_gemaakt',
    });
    await moveSignal(ctx, team, await findSignal(ctx, team, signal.id), {
      to: 'afgesloten',
      reason,
      closingOutcome: 'opgepakt',
    });
    const tab = await session.newTab();
    const { page } = tab;
    await page.goto(`/signaal/status/${signal.statusToken}`);
    expect(await h1(page)).toBe(`Je signaal ${signal.reference}`);
    const main = await textOf(page.locator('main'));
    expect(main).toContain('We hebben je signaal afgerond.');
    expect(main).toContain('We zijn langs geweest. Meer kunnen we niet vertellen');
    expect(main).not.toContain(reason);
    await checkAtPhoneAndDesktop(tab, 'signaal-status-vraag');
    await choose(page, 'Had je het gevoel dat er iets met je signaal gedaan is?', 'Nee');
    await page.getByLabel('Wil je er iets over kwijt? (mag leeg blijven)').fill('Ik zie haar nog steeds niet.');
    expect(await post(page, button(page, 'Antwoord versturen'))).toBe(303);
    expect(await textOf(page.locator('main'))).toContain('Het wijkteam kijkt er opnieuw naar.');
    await checkAtPhoneAndDesktop(tab, 'signaal-status-antwoord');
    const row = await session.app.database.db
      .selectFrom('signals')
      .select('status')
      .where('id', '=', signal.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('in_behandeling');
  });

  it('lists the signed-in resident’s own signals under Mijn signalen', journey, async () => {
    const tab = await session.signedInAs('bewoner');
    const { page } = tab;
    await Promise.all([page.waitForURL(/\/mijn\/signalen$/), link(page, 'Mijn signalen').click()]);
    await page.goto('/signaal/iemand');
    await fillWorry(page, 'Nee');
    expect(await post(page, button(page, 'Signaal versturen'))).toBe(303);
    await page.goto('/mijn/signalen');
    expect(await h1(page)).toBe('Mijn signalen');
    const reference = /SG-[A-Z2-9]{5}/.exec(await textOf(page.locator('main')))?.[0];
    expect(reference).toBeDefined();
    await checkAtPhoneAndDesktop(tab, 'mijn-signalen');
    await Promise.all([page.waitForURL(/\/mijn\/signalen\/[0-9a-f-]{36}$/), link(page, reference!).click()]);
    expect(await h1(page)).toBe(`Je signaal ${reference}`);
    await checkAtPhoneAndDesktop(tab, 'mijn-signaal');
  });

  it('lets the team write its own standard texts', journey, async () => {
    const tab = await session.signedInAs('wijkteamlid');
    const { page } = tab;
    await page.goto('/team/signalen/teksten');
    expect(await h1(page)).toBe('Standaardteksten voor de melder');
    await page.getByLabel('Opgepakt', { exact: true }).fill('Een collega gaat ermee aan de slag.');
    expect(await post(page, button(page, 'Teksten opslaan'))).toBe(303);
    expect(await page.getByLabel('Opgepakt', { exact: true }).inputValue()).toBe('Een collega gaat ermee aan de slag.');
    await checkAtPhoneAndDesktop(tab, 'signaal-teksten');
  });
});

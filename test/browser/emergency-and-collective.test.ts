// Emergency first and collective first in a real browser: the emergency page right after a story with danger (for
// oneself and for someone else) and after "ja" to "Is er nu gevaar?", going on from it with nothing lost; the status
// page with activities of the neighbourhood, "Ik ga erheen" and "Iemand gaat de eerste keer mee", and the team
// seeing both. Each page on a phone (390 px) and a wide screen (1280 px), checked with axe.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { button, checkPage, h1, link, post, type Tab, textOf } from './journeys.js';
import { browserSession } from './session.js';

const STORY_LABEL = 'Vertel in je eigen woorden wat er speelt';
const FOR_ME = 'Voor mijzelf';
const FOR_SOMEONE_ELSE = 'Voor iemand anders, bijvoorbeeld mijn buurvrouw of mijn vader';
const DANGER = 'Ik kan niet meer, ik wil er niet meer zijn. Ik denk aan zelfmoord.';
const DANGER_FOR_NEIGHBOUR = 'Mijn buurvrouw wordt door haar man geslagen, ik hoor haar vaak gillen.';
const CALM = 'Ik zoek iemand die af en toe boodschappen voor me kan doen. Zelf sjouwen lukt niet meer.';
const LONELY = 'Sinds mijn man overleden is zie ik bijna niemand meer. Is er ergens koffie in de buurt?';
const EMERGENCY_HEADING = 'Bel nu als er gevaar is';
/** The tel: links of the emergency list, then the demo team's own number. */
const EMERGENCY_TEL = ['tel:112', 'tel:08002000', 'tel:08000113', 'tel:0301234567'];
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 800 };

const session = browserSession();

/** The first question, filled in and sent; gives back the status of that POST. */
async function tellStory(page: Page, story: string, forWhom: string, danger?: 'Ja' | 'Nee'): Promise<number> {
  await page.goto('/hulp/vraag');
  await page.getByLabel(STORY_LABEL).fill(story);
  await page.getByLabel(forWhom, { exact: true }).check();
  if (danger) await page.getByRole('group', { name: 'Is er nu gevaar?' }).getByLabel(danger, { exact: true }).check();
  return post(page, button(page, 'Verder'));
}

/** The hrefs of the links inside a locator. */
const hrefsIn = (locator: Locator) => locator.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

/** The same page checked (stylesheet, nothing failed, axe) and photographed on a phone and on a wide screen. */
async function checkOnPhoneAndWide(tab: Tab, name: string): Promise<void> {
  for (const [size, viewport] of [
    ['390', PHONE],
    ['1280', WIDE],
  ] as const) {
    await tab.page.setViewportSize(viewport);
    expect(
      await tab.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${name} at ${size} px: no sideways scrolling`,
    ).toBe(true);
    await checkPage(tab, `${name}-${size}`);
  }
}

/** The details step, filled in as little as can be, and sent; lands on the status page. */
async function sendDetails(page: Page, details: { naam: string; email?: string; postcode?: string }) {
  expect(await h1(page)).toBe('Nog een paar vragen');
  if (details.postcode) await page.getByLabel('Postcode (mag leeg blijven)').fill(details.postcode);
  await page.getByLabel('Je naam', { exact: true }).fill(details.naam);
  await page.getByLabel('Je telefoonnummer', { exact: true }).fill('0612345678');
  if (details.email) await page.getByLabel('Je e-mailadres', { exact: true }).fill(details.email);
  expect(await post(page, button(page, 'Hulpvraag versturen'))).toBe(303);
  await page.waitForURL(/\/hulp\/status\/[A-Za-z0-9_-]+$/);
}

/** A tab signed in as the demo team member. */
async function teamTab(): Promise<Tab> {
  return session.signedInAs('wijkteamlid');
}

/** The reference (HV-XXXXX) on a status page. */
async function referenceOn(page: Page): Promise<string> {
  const reference = /HV-[A-Z0-9]{5}/.exec(await page.locator('main').innerText())?.[0];
  if (!reference) throw new Error(`no reference on ${page.url()}`);
  return reference;
}

/** Opens a request on the team's pages by its reference. */
async function openAsTeam(team: Tab, reference: string): Promise<void> {
  await team.page.goto('/team/hulpvragen');
  await Promise.all([team.page.waitForURL(/\/team\/hulpvragen\/[0-9a-f-]{36}$/), link(team.page, reference).click()]);
}

describe('emergency first', () => {
  it('shows the emergency page right after a story with danger, then goes on with nothing lost', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    expect(await tellStory(page, DANGER, FOR_ME)).toBe(200);
    expect(await h1(page)).toBe(EMERGENCY_HEADING);
    expect(await textOf(page.locator('h1 + p'))).toBe(
      'In wat je schreef lezen we dat het misschien niet veilig is, of heel zwaar. ' +
        'Je hoeft niet op het wijkteam te wachten. Deze nummers kun je nu bellen.',
    );
    // Every number can be tapped; the team's own number of Wijkstad too.
    expect(await hrefsIn(page.locator('main'))).toEqual(expect.arrayContaining(EMERGENCY_TEL));
    expect(await hrefsIn(page.locator('main ul.nabij-emergency-numbers'))).toEqual(EMERGENCY_TEL.slice(0, 3));
    expect(await textOf(page.locator('main ul.nabij-emergency-numbers li').nth(3))).toBe(
      'Ziek of gewond, maar geen direct gevaar? Bel je eigen huisarts; ’s avonds en in het weekend de huisartsenpost.',
    );
    // No question is asked before the numbers.
    expect(await page.locator('main textarea, main input[type="radio"]').count()).toBe(0);
    await checkOnPhoneAndWide(tab, 'noodpagina-zelf');

    expect(await post(page, button(page, 'Verder met mijn hulpvraag'))).toBe(200);
    expect(await page.locator('input[type="hidden"][name="tekst"]').inputValue()).toBe(DANGER);
    await sendDetails(page, { naam: 'Sam' });
    const alert = page.getByRole('alert');
    expect(await textOf(alert.getByRole('heading', { level: 1 }))).toBe(EMERGENCY_HEADING);
    expect(await hrefsIn(alert)).toEqual([...EMERGENCY_TEL, 'mailto:wijkteam@wijkstad.example']);
    expect(await page.getByRole('button', { name: 'Ik ga erheen' }).count()).toBe(0);
    await checkOnPhoneAndWide(tab, 'noodpagina-zelf-status');
  });

  it('speaks of the other person when asking for someone else, then asks who that is', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    expect(await tellStory(page, DANGER_FOR_NEIGHBOUR, FOR_SOMEONE_ELSE)).toBe(200);
    expect(await h1(page)).toBe(EMERGENCY_HEADING);
    expect(await textOf(page.locator('h1 + p'))).toBe(
      'In wat je schreef lezen we dat het voor die persoon misschien niet veilig is, of heel zwaar. ' +
        'Je hoeft niet op het wijkteam te wachten. Ook als het om iemand anders gaat, kun je deze nummers nu bellen.',
    );
    await checkOnPhoneAndWide(tab, 'noodpagina-ander');
    expect(await post(page, button(page, 'Verder met mijn hulpvraag'))).toBe(200);
    expect(await h1(page)).toBe('Voor wie vraag je hulp?');
  });

  it('shows the emergency page for "ja" to "Is er nu gevaar?", and the request reaches the team as spoed', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    expect(await tellStory(page, CALM, FOR_ME, 'Ja')).toBe(200);
    expect(await h1(page)).toBe(EMERGENCY_HEADING);
    expect(await textOf(page.locator('h1 + p'))).toBe(
      'Je zei dat er nu gevaar is. Je hoeft niet op het wijkteam te wachten. Deze nummers kun je nu bellen.',
    );
    await checkPage(tab, 'noodpagina-gevaar-ja');
    expect(await post(page, button(page, 'Verder met mijn hulpvraag'))).toBe(200);
    await sendDetails(page, { naam: 'Kim', email: 'kim.gevaar@voorbeeld.nl' });
    expect(await textOf(page.getByRole('alert').getByRole('heading', { level: 1 }))).toBe(EMERGENCY_HEADING);
    expect(session.app.lastMailTo('kim.gevaar@voorbeeld.nl').text).toContain(
      'Op werkdagen kijkt een professional binnen een uur naar je vraag',
    );

    const reference = await referenceOn(page);
    const team = await teamTab();
    await openAsTeam(team, reference);
    expect(await textOf(team.page.getByRole('alert'))).toContain('Spoed.');
    expect(await team.page.locator('main').innerText()).toContain('De vrager zei zelf dat er nu gevaar is.');
  });

  it('asks "Is er nu gevaar?" on the first page, may be skipped, and "nee" goes straight on', async () => {
    const tab = await session.newTab();
    await tab.page.goto('/hulp/vraag');
    const question = tab.page.getByRole('group', { name: 'Is er nu gevaar?' });
    expect(await question.getByRole('radio').count()).toBe(2);
    expect(await question.getAttribute('aria-describedby')).toBe('veld-gevaar-uitleg');
    expect(await textOf(tab.page.locator('#veld-gevaar-uitleg'))).toBe(
      'Voor jou of voor iemand anders. Je mag dit overslaan.',
    );
    await checkPage(tab, 'hulpvraag-gevaar-vraag');
    expect(await tellStory(tab.page, CALM, FOR_ME, 'Nee')).toBe(200);
    expect(await h1(tab.page)).toBe('Nog een paar vragen');
  });
});

describe('collective first', () => {
  let statusPath: string;
  let reference: string;
  let chosen: string;
  let withCompany: string;

  it('shows activities of the neighbourhood on the status page right after sending', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    expect(await tellStory(page, LONELY, FOR_ME, 'Nee')).toBe(200);
    await sendDetails(page, { naam: 'Truus', postcode: '3581 EG' });
    statusPath = new URL(page.url()).pathname;
    reference = await referenceOn(page);
    const ideas = page.locator('#activiteiten article');
    const count = await ideas.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(3);
    const first = ideas.first();
    // What, when, where, what it costs: each card says it.
    expect(await first.locator('dt').allInnerTexts()).toEqual(expect.arrayContaining(['Wanneer', 'Waar', 'Kosten']));
    // Two buttons, each described by its activity's name for a screen reader.
    const go = first.getByRole('button', { name: 'Ik ga erheen', exact: true });
    chosen = await textOf(first.locator('h3'));
    withCompany = await textOf(ideas.nth(1).locator('h3'));
    // By its name: once the first is chosen, the cards move up.
    const company = page
      .locator('#activiteiten article', { has: page.getByRole('heading', { name: withCompany }) })
      .getByRole('button', { name: 'Iemand gaat de eerste keer mee', exact: true });
    expect(await go.getAttribute('aria-describedby')).toBe(await first.locator('h3').getAttribute('id'));
    await checkOnPhoneAndWide(tab, 'status-activiteiten');

    expect(await post(page, go)).toBe(303);
    const section = page.locator('section', { has: page.getByRole('heading', { name: `Je gaat naar ${chosen}` }) });
    expect(await textOf(section.getByRole('status'))).toBe(
      'Fijn! We hebben bewaard dat je erheen gaat. Het wijkteam ziet het ook.',
    );
    // How to get in touch: the organiser's contact, or else the team's.
    expect((await hrefsIn(section)).some((href) => href?.startsWith('tel:') || href?.startsWith('mailto:'))).toBe(true);
    expect(await page.locator('#activiteiten h3').allInnerTexts()).not.toContain(chosen);
    await checkOnPhoneAndWide(tab, 'status-ik-ga-erheen');

    expect(await post(page, company)).toBe(303);
    expect(
      await textOf(
        page.locator('section', { has: page.getByRole('heading', { name: `Je gaat naar ${withCompany}` }) }),
      ),
    ).toContain('Het wijkteam zoekt iemand die de eerste keer met je meegaat');
  });

  it('lets the team see the choice, and the wish for company as a task', async () => {
    const team = await teamTab();
    await openAsTeam(team, reference);
    const { page } = team;
    const matches = (await page.locator('h2:has-text("Koppelingen") + ul > li').allInnerTexts()).map((l) =>
      l.replace(/\s+/g, ' ').trim(),
    );
    expect(matches).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`${chosen} · loopt · de vrager koos dit zelf`),
        expect.stringContaining(`${withCompany} · loopt · de vrager koos dit zelf · iemand gaat de eerste keer mee`),
      ]),
    );
    const task = page.locator('section', { has: page.getByRole('heading', { name: 'Te doen' }) }).locator('li');
    expect(await textOf(task)).toBe(
      `Zoek iemand die de eerste keer meegaat naar ${withCompany}. De vrager vroeg dit zelf. Geregeld`,
    );
    await checkPage(team, 'team-hulpvraag-gekozen-activiteit');
    expect(await post(page, task.getByRole('button', { name: 'Geregeld' }))).toBe(303);
    expect(await textOf(task)).toBe(`Geregeld: iemand gaat de eerste keer mee naar ${withCompany}.`);

    const asker = await session.newTab();
    await asker.page.goto(statusPath);
    expect(await asker.page.locator('main').innerText()).toContain(
      'Het wijkteam heeft iemand gevonden die de eerste keer met je meegaat.',
    );
  });
});

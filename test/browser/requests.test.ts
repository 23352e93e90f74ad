// Help requests and matching in a real browser: asking for yourself (with a missing way to reach you on the way)
// and for a neighbour, what the asker sees on spoed and where the team finds it, a volunteer signing up and
// entering hours past the monthly allowance, the team's queue and triage decisions, a match with both sides'
// yes from the mailed links, and the follow-up with an outcome and a rating.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFollowUps } from '../../src/modules/requests/index.js';
import {
  button,
  checkPage,
  confirmSignUpFromMail,
  h1,
  link,
  post,
  signInWithCode,
  type Tab,
  textOf,
  visible,
} from './journeys.js';
import { browserSession } from './session.js';

const REACH_MESSAGE = 'Vul een e-mailadres of een telefoonnummer in, zodat we je kunnen bereiken.';
const EMAIL_LABEL = 'Je e-mailadres';
const PHONE_LABEL = 'Je telefoonnummer';
const REACH_HINT = 'Vul je e-mailadres of je telefoonnummer in. Eén is genoeg.';
/** The tel: links of the emergency note on /hulp and /hulp/vraag, and of the spoed alert, in this order. */
const EMERGENCY_TEL = ['tel:112', 'tel:08002000', 'tel:08000113'];
const STORY_LABEL = 'Vertel in je eigen woorden wat er speelt';
/** VOG spelled out: not everyone knows the abbreviation. */
const VOG_LABEL = 'Datum van je VOG (Verklaring Omtrent het Gedrag), als je er een hebt';

/** The volunteer of journey 4, asked for in journey 6. */
const VOLUNTEER = { firstName: 'Femke', email: 'femke.vrijwilliger@voorbeeld.nl', postcode: '3581 AB' };
/** The asker of journeys 6 and 7. */
const GROCERIES_ASKER = {
  name: 'Bep de Groot',
  email: 'bep.degroot@voorbeeld.nl',
  story: 'Ik zoek iemand die af en toe boodschappen voor me kan doen. Zelf sjouwen lukt niet meer.',
};

const session = browserSession();

/** The page check of journeys.ts (which now leaves out the favicon fetch Chromium aborts when a test moves on). */
const check = checkPage;

/** The path of the first /koppeling/<token> link in a mail. */
function matchPath(text: string): string {
  const path = /\/koppeling\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  if (!path) throw new Error(`no /koppeling/ link in the mail:\n${text}`);
  return path;
}

/** The path of the status link in the "is binnen" mail. */
function statusPath(text: string): string {
  const path = /\/hulp\/status\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  if (!path) throw new Error(`no /hulp/status/ link in the mail:\n${text}`);
  return path;
}

/** The reference (HV-XXXXX) shown on a status page. */
async function referenceOn(page: Page): Promise<string> {
  const reference = /HV-[A-Z0-9]{5}/.exec(await page.locator('main').innerText())?.[0];
  if (!reference) throw new Error(`no reference on ${page.url()}`);
  return reference;
}

/** From /hulp to the first question, as a resident starts. */
async function startAsking(tab: Tab, screenshotName?: string): Promise<void> {
  const { page } = tab;
  await page.goto('/hulp');
  if (screenshotName) {
    expect(await h1(page)).toBe('Ik zoek hulp');
    // The emergency numbers can be tapped to call.
    expect(await hrefsIn(page.getByRole('note'))).toEqual(EMERGENCY_TEL);
    await check(tab, screenshotName);
  }
  await Promise.all([page.waitForURL('/hulp/vraag'), page.getByRole('link', { name: 'Stel je hulpvraag' }).click()]);
}

/** Fills the story step and goes on; gives back the status of that POST. */
async function tellStory(page: Page, story: string, forWhom: 'mij' | 'ander'): Promise<number> {
  await page.getByLabel(STORY_LABEL).fill(story);
  await page
    .getByLabel(forWhom === 'mij' ? 'Voor mijzelf' : 'Voor iemand anders, bijvoorbeeld mijn buurvrouw of mijn vader')
    .check();
  return post(page, button(page, 'Verder'));
}

type Details = {
  postcode?: string;
  dag?: string;
  dagdeel?: string;
  naam: string;
  email?: string;
  telefoon?: string;
  /** Ticks what a volunteer may know (first name, area, need): nothing is ticked unless the asker chooses. */
  deelAlles?: boolean;
};

async function fillDetails(page: Page, d: Details): Promise<void> {
  if (d.postcode !== undefined) await page.getByLabel('Postcode (mag leeg blijven)').fill(d.postcode);
  if (d.dag !== undefined) await page.getByLabel('Welke dag komt het beste uit?').selectOption(d.dag);
  if (d.dagdeel !== undefined) await page.getByLabel('Welk deel van de dag?').selectOption(d.dagdeel);
  await page.getByLabel('Je naam', { exact: true }).fill(d.naam);
  if (d.email !== undefined) await page.getByLabel(EMAIL_LABEL, { exact: true }).fill(d.email);
  if (d.telefoon !== undefined) await page.getByLabel(PHONE_LABEL, { exact: true }).fill(d.telefoon);
  if (d.deelAlles)
    for (const label of [
      'Mijn voornaam',
      'De buurt (de cijfers van de postcode)',
      'Waar het om gaat, in een paar woorden (bijvoorbeeld: boodschappen)',
    ])
      await page.getByLabel(label, { exact: true }).check();
}

/** A whole request for yourself without page checks, ending on the status page; gives back its reference and path. */
async function askForMyself(tab: Tab, story: string, details: Details): Promise<{ reference: string; path: string }> {
  const { page } = tab;
  await startAsking(tab);
  expect(await tellStory(page, story, 'mij')).toBe(200);
  await fillDetails(page, details);
  expect(await post(page, button(page, 'Hulpvraag versturen'))).toBe(303);
  await page.waitForURL(/\/hulp\/status\/[A-Za-z0-9_-]+$/);
  return { reference: await referenceOn(page), path: new URL(page.url()).pathname };
}

/** A tab signed in as the demo team member (Sanne Jansen), on /team. */
async function teamTab(): Promise<Tab> {
  return session.signedInAs('wijkteamlid');
}

/** The queue rows' texts, cells joined with " | ". */
async function queueRows(page: Page): Promise<string[]> {
  return page
    .locator('main table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('td'), (td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | '),
      ),
    );
}

/** Opens a request from the team queue by its reference link. */
async function openFromQueue(team: Tab, reference: string): Promise<void> {
  const { page } = team;
  await page.goto('/team/hulpvragen');
  await Promise.all([page.waitForURL(/\/team\/hulpvragen\/[0-9a-f-]{36}$/), link(page, reference).click()]);
  expect(await h1(page)).toBe(`Hulpvraag ${reference}`);
}

/** The hrefs of the links inside a locator. */
async function hrefsIn(locator: Locator): Promise<(string | null)[]> {
  return locator.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

/** The id of the element that has the keyboard focus. */
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

/** The lines under "Geschiedenis" on a request's detail page. */
async function historyLines(page: Page): Promise<string[]> {
  return (await page.locator('h2:has-text("Geschiedenis") + ul > li').allInnerTexts()).map((t) =>
    t.replace(/\s+/g, ' ').trim(),
  );
}

describe('1. asking for help for yourself', () => {
  it('asks again for a way to reach you, keeps everything typed, and ends on the status page', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    const story = 'Sinds mijn man overleden is zie ik bijna niemand meer. Is er ergens koffie in de buurt?';
    await startAsking(tab, 'hulpvraag-start');

    expect(await h1(page)).toBe('Ik zoek hulp');
    // The emergency numbers are there before anything is typed, and can be tapped to call.
    const note = await textOf(page.getByRole('note'));
    expect(note).toContain('Bel 112.');
    expect(note).toContain('Veilig Thuis 0800-2000.');
    expect(note).toContain('113 Zelfmoordpreventie 0800-0113.');
    expect(await hrefsIn(page.getByRole('note'))).toEqual(EMERGENCY_TEL);
    expect(await page.getByRole('note').getByRole('link').allInnerTexts()).toEqual(['112', '0800-2000', '0800-0113']);
    await check(tab, 'hulpvraag-verhaal');
    expect(await tellStory(page, story, 'mij')).toBe(200);

    expect(await h1(page)).toBe('Nog een paar vragen');
    // One way to reach you is enough, and the page says so before anything goes wrong.
    expect(await textOf(page.locator('h2:has-text("Hoe kunnen we je bereiken?") + p'))).toBe(REACH_HINT);
    expect(await page.getByLabel(EMAIL_LABEL, { exact: true }).getAttribute('type')).toBe('email');
    expect(await page.getByLabel(PHONE_LABEL, { exact: true }).getAttribute('type')).toBe('tel');
    expect(await page.locator('main').innerText()).not.toContain('Je e-mailadres (mag leeg blijven)');
    await check(tab, 'hulpvraag-gegevens');
    await fillDetails(page, { postcode: '3581 ab', dag: 'di', dagdeel: 'ochtend', naam: 'Truus Jansen' });
    expect(await post(page, button(page, 'Hulpvraag versturen'))).toBe(400);

    // The message in the summary and next to the e-mail field; the summary link leads there.
    const summary = page.getByRole('alert');
    expect(await textOf(summary.getByRole('heading', { level: 2 }))).toBe('Er is iets niet goed ingevuld');
    const summaryLink = summary.getByRole('link');
    expect(await summaryLink.count()).toBe(1);
    expect(await textOf(summaryLink)).toBe(`${EMAIL_LABEL}: ${REACH_MESSAGE}`);
    expect(await summaryLink.getAttribute('href')).toBe('#veld-email');
    expect(await textOf(page.locator('#veld-email-fout'))).toBe(REACH_MESSAGE);
    expect(await textOf(page.locator('h2:has-text("Hoe kunnen we je bereiken?") + p'))).toBe(REACH_HINT);
    const emailField = page.getByLabel(EMAIL_LABEL, { exact: true });
    expect(await emailField.getAttribute('aria-invalid')).toBe('true');
    expect((await emailField.getAttribute('aria-describedby'))?.split(' ')).toContain('veld-email-fout');
    // Everything typed is still there, the story too (carried along hidden).
    expect(await page.getByLabel('Postcode (mag leeg blijven)').inputValue()).toBe('3581 ab');
    expect(await page.getByLabel('Welke dag komt het beste uit?').inputValue()).toBe('di');
    expect(await page.getByLabel('Welk deel van de dag?').inputValue()).toBe('ochtend');
    expect(await page.getByLabel('Je naam', { exact: true }).inputValue()).toBe('Truus Jansen');
    expect(await page.locator('input[type="hidden"][name="tekst"]').inputValue()).toBe(story);
    expect(await page.locator('input[type="hidden"][name="voor_wie"]').inputValue()).toBe('mij');
    await check(tab, 'hulpvraag-gegevens-niet-bereikbaar');

    await summaryLink.click();
    expect(await focusedId(page)).toBe('veld-email');

    await emailField.fill('truus@voorbeeld.nl');
    expect(await post(page, button(page, 'Hulpvraag versturen'))).toBe(303);
    await page.waitForURL(/\/hulp\/status\/[A-Za-z0-9_-]+$/);

    expect(await h1(page)).toBe('Je hulpvraag');
    const reference = await referenceOn(page);
    expect(await textOf(page.getByRole('status'))).toBe(
      'Je hulpvraag is binnen. Iemand van het wijkteam kijkt ernaar, meestal binnen 2 werkdagen.',
    );
    expect(await textOf(page.locator('main'))).toContain('We kijken naar: Mensen ontmoeten');
    // No spoed alert for an ordinary request.
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('112');
    await check(tab, 'hulpvraag-status');

    // The mail gives the same status page.
    const mail = session.app.lastMailTo('truus@voorbeeld.nl');
    expect(mail.subject).toBe(`Je hulpvraag ${reference} is binnen`);
    expect(statusPath(mail.text)).toBe(new URL(page.url()).pathname);
  });
});

describe('2. asking on behalf of a neighbour', () => {
  it('asks for the neighbour’s consent, then takes the request with a phone number only', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    await startAsking(tab);
    expect(
      await tellStory(
        page,
        // No danger in this story: a fall, even a past one, can bring the emergency page first (see 3. spoed).
        'Mijn buurvrouw van 84 kan haar boodschappen niet meer zelf dragen. Wie kan haar helpen?',
        'ander',
      ),
    ).toBe(200);

    expect(await h1(page)).toBe('Voor wie vraag je hulp?');
    await check(tab, 'hulpvraag-ander');
    await page.getByLabel('Voornaam van die persoon').fill('Mien');
    await page.getByLabel('Wie is die persoon voor jou?').fill('buurvrouw');
    expect(await post(page, button(page, 'Verder'))).toBe(400);

    const consentMessage = 'Kies of deze persoon het weet en goed vindt.';
    const summaryLink = page.getByRole('alert').getByRole('link');
    expect(await textOf(summaryLink)).toBe(
      `Weet die persoon dat je dit vraagt, en vindt die het goed? ${consentMessage}`,
    );
    expect(await summaryLink.getAttribute('href')).toBe('#veld-toestemming');
    expect(await textOf(page.locator('#veld-toestemming-fout'))).toBe(consentMessage);
    expect(await page.getByLabel('Voornaam van die persoon').inputValue()).toBe('Mien');
    expect(await page.getByLabel('Wie is die persoon voor jou?').inputValue()).toBe('buurvrouw');
    await check(tab, 'hulpvraag-ander-toestemming-fout');

    // The summary link takes the keyboard focus to the group of choices, which then reads out the message.
    const consent = page.getByRole('group', { name: 'Weet die persoon dat je dit vraagt, en vindt die het goed?' });
    expect(await consent.getAttribute('id')).toBe('veld-toestemming');
    expect(await consent.getAttribute('aria-describedby')).toBe('veld-toestemming-fout');
    await summaryLink.click();
    expect(await focusedId(page)).toBe('veld-toestemming');
    await consent.getByLabel('Ja, die persoon vindt het goed').check();
    expect(await post(page, button(page, 'Verder'))).toBe(200);
    expect(await h1(page)).toBe('Nog een paar vragen');
    await fillDetails(page, { naam: 'Karin', telefoon: '06-11112222' });
    expect(await post(page, button(page, 'Hulpvraag versturen'))).toBe(303);
    await page.waitForURL(/\/hulp\/status\/[A-Za-z0-9_-]+$/);
    expect(await h1(page)).toBe('Je hulpvraag');
    const reference = await referenceOn(page);
    await check(tab, 'hulpvraag-ander-status');

    // The team sees for whom, their relation and the consent.
    const team = await teamTab();
    await openFromQueue(team, reference);
    const from = await textOf(team.page.locator('dt:has-text("Van") + dd'));
    expect(from).toBe('Karin voor Mien (buurvrouw; weet het en vindt het goed)');
    expect(await textOf(team.page.locator('dt:has-text("Bereikbaar") + dd'))).toBe('06-11112222');
  });
});

describe('3. spoed', () => {
  let spoedStatusPath: string;

  it('shows the asker the emergency numbers at the top, and the team finds it on top of the queue', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    const before = session.app.mails.length;
    await startAsking(tab);
    // The emergency page comes first (emergency.test.ts follows it closely); the asker goes on from there.
    expect(await tellStory(page, 'Ik kan niet meer, ik wil er niet meer zijn.', 'mij')).toBe(200);
    expect(await h1(page)).toBe('Bel nu als er gevaar is');
    expect(await post(page, button(page, 'Verder met mijn hulpvraag'))).toBe(200);
    await fillDetails(page, { naam: 'Anoniem', telefoon: '0600000000' });
    expect(await post(page, button(page, 'Hulpvraag versturen'))).toBe(303);
    await page.waitForURL(/\/hulp\/status\/[A-Za-z0-9_-]+$/);
    const reference = await referenceOn(page);
    spoedStatusPath = new URL(page.url()).pathname;

    const alert = page.getByRole('alert');
    expect(await alert.count()).toBe(1);
    expect(await textOf(alert.getByRole('heading', { level: 1 }))).toBe('Bel nu als er gevaar is');
    const numbers = (await alert.locator('li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(numbers).toEqual([
      '112 – bij direct gevaar',
      'Veilig Thuis 0800-2000 – huiselijk geweld en kindermishandeling, dag en nacht, gratis',
      '113 Zelfmoordpreventie 0800-0113 – als je aan zelfdoding denkt, dag en nacht, gratis',
      'Ziek of gewond, maar geen direct gevaar? Bel je eigen huisarts; ’s avonds en in het weekend de huisartsenpost.',
    ]);
    // Each number can be tapped to call, and so can the team's own.
    expect(await hrefsIn(alert.locator('li'))).toEqual(EMERGENCY_TEL);
    expect(await alert.getByRole('link').allInnerTexts()).toEqual([
      '112',
      'Veilig Thuis 0800-2000',
      '113 Zelfmoordpreventie 0800-0113',
      '030 123 45 67',
      'wijkteam@wijkstad.example',
    ]);
    expect(await textOf(alert.locator('p'))).toBe(
      'We hebben het wijkteam meteen gewaarschuwd. ' +
        'Op werkdagen kijkt een professional binnen een uur naar je hulpvraag.',
    );
    // The status line does not promise the ordinary "within 2 working days".
    expect(await textOf(page.getByRole('status'))).toBe('Het wijkteam neemt zo snel mogelijk contact met je op.');
    expect(await page.locator('main').innerText()).not.toContain('meestal binnen 2 werkdagen');
    // Nothing of the neighbourhood to choose on spoed.
    expect(await page.getByRole('button', { name: 'Ik ga erheen' }).count()).toBe(0);
    // The alert is the first thing in main, above the request's own heading.
    expect(
      await page.locator('main > .nabij-container').evaluate((box) => box.firstElementChild?.getAttribute('role')),
    ).toBe('alert');
    const alertBox = await alert.boundingBox();
    const requestHeading = await page.getByRole('heading', { level: 2, name: 'Je hulpvraag' }).boundingBox();
    expect(alertBox!.y).toBeLessThan(requestHeading!.y);
    // Nothing about needs: this is not the moment for the social map's words.
    expect(await page.locator('main').innerText()).not.toContain('We kijken naar');
    await check(tab, 'spoed-status');

    // The team is mailed at once, with the reference but without the story.
    const teamMail = session.app.mails.slice(before).find((m) => m.to === 'wijkteam@wijkstad.example');
    expect(teamMail?.subject).toBe(`SPOED: hulpvraag ${reference}`);
    expect(teamMail?.text).not.toContain('niet meer zijn');

    const team = await teamTab();
    await team.page.goto('/team/hulpvragen');
    expect(await h1(team.page)).toBe('Hulpvragen');
    const rows = await queueRows(team.page);
    expect(rows[0]).toContain('Spoed');
    // Spoed rows come first, and this one is among them.
    const spoedRows = rows.filter((row) => row.split(' | ')[1] === 'Spoed');
    expect(rows.slice(0, spoedRows.length)).toEqual(spoedRows);
    expect(spoedRows.some((row) => row.startsWith(reference))).toBe(true);
    expect(await textOf(team.page.locator('main table tbody tr').first().locator('td').nth(1).locator('strong'))).toBe(
      'Spoed',
    );
    await check(team, 'spoed-wachtrij');

    await openFromQueue(team, reference);
    const teamAlert = team.page.getByRole('alert');
    expect(await textOf(teamAlert)).toMatch(/^Spoed\. Neem direct contact op\. Signalen: /);
    // Never a volunteer on spoed: no "Vraag deze vrijwilliger" button.
    expect(await team.page.getByRole('button', { name: 'Vraag deze vrijwilliger' }).count()).toBe(0);
    await check(team, 'spoed-detail');
  });

  it('stacks the spoed heading, numbers and reassurance, on a wide screen and on a phone', async () => {
    for (const [name, viewport] of [
      ['spoed-status-breed', { width: 1280, height: 800 }],
      ['spoed-status-telefoon', { width: 360, height: 740 }],
    ] as const) {
      const tab = await session.newTab();
      const { page } = tab;
      await page.setViewportSize(viewport);
      await page.goto(spoedStatusPath);
      const alert = page.getByRole('alert');
      const [heading, list, reassurance] = await Promise.all(
        [alert.getByRole('heading', { level: 1 }), alert.locator('ul'), alert.locator('p').first()].map(async (l) =>
          (await visible(l)).boundingBox(),
        ),
      );
      // One column: each part starts below the one before it, at the same left edge.
      expect(list!.y, `${name}: numbers below the heading`).toBeGreaterThanOrEqual(heading!.y + heading!.height - 1);
      expect(reassurance!.y, `${name}: reassurance below the numbers`).toBeGreaterThanOrEqual(
        list!.y + list!.height - 1,
      );
      expect(Math.abs(list!.x - heading!.x), `${name}: same left edge`).toBeLessThanOrEqual(2);
      expect(Math.abs(reassurance!.x - heading!.x), `${name}: same left edge`).toBeLessThanOrEqual(2);
      // Each part has the width of the alert's text column, not a third of it.
      const alertBox = (await alert.boundingBox())!;
      for (const box of [heading!, reassurance!]) expect(box.width, name).toBeGreaterThan(alertBox.width * 0.6);
      // Nothing sticks out sideways on a phone.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        `${name}: no sideways scrolling`,
      ).toBe(true);
      await check(tab, name);
    }
  });
});

describe('4. a volunteer signs up and enters hours', () => {
  it('is told what is missing (a need, the agreement), keeps what was filled in, and signs up', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    await page.goto('/helpen');
    await Promise.all([
      page.waitForURL('/helpen/aanmelden'),
      page.getByRole('link', { name: 'Meld je aan als vrijwilliger' }).click(),
    ]);
    expect(await h1(page)).toBe('Ik wil helpen');
    // A sensible distance is chosen already.
    const distance = page.getByLabel('Hoe ver wil je gaan?');
    expect(await distance.inputValue()).toBe('1');
    expect(await distance.locator('option:checked').innerText()).toBe('tot 1 km');
    await check(tab, 'vrijwilliger-aanmelden');

    await page.getByLabel('Je voornaam').fill(VOLUNTEER.firstName);
    await page.getByLabel('Je e-mailadres').fill(VOLUNTEER.email);
    await page.getByLabel('Je postcode (mag leeg blijven)').fill(VOLUNTEER.postcode);
    const moments = ['maandag ochtend', 'dinsdag ochtend', 'woensdag middag', 'donderdag ochtend', 'vrijdag middag'];
    for (const moment of moments) await page.getByLabel(moment, { exact: true }).check();
    await page.getByLabel(VOG_LABEL).fill('2026-03-18');
    expect(await post(page, button(page, 'Aanmelden'))).toBe(400);

    const needMessage = 'Kies minstens één ding waar je bij wilt helpen.';
    const agreementMessage = 'Lees de afspraken en vink aan dat je ze goed vindt.';
    const summaryLinks = page.getByRole('alert').getByRole('link');
    expect(await summaryLinks.allInnerTexts()).toEqual([
      `Waar wil je bij helpen? ${needMessage}`,
      `Afspraken: ${agreementMessage}`,
    ]);
    expect(await summaryLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '#veld-biedt',
      '#veld-afspraken',
    ]);
    expect(await textOf(page.locator('#veld-biedt .utrecht-form-field-error-message'))).toBe(needMessage);
    expect(await textOf(page.locator('#veld-afspraken-veld .utrecht-form-field-error-message'))).toBe(agreementMessage);
    // What was filled in is still there, the ticked day parts too.
    expect(await page.getByLabel('Je voornaam').inputValue()).toBe(VOLUNTEER.firstName);
    expect(await page.getByLabel('Je e-mailadres').inputValue()).toBe(VOLUNTEER.email);
    expect(await page.getByLabel('Je postcode (mag leeg blijven)').inputValue()).toBe(VOLUNTEER.postcode);
    for (const moment of moments) expect(await page.getByLabel(moment, { exact: true }).isChecked(), moment).toBe(true);
    expect(await page.getByLabel('zaterdag ochtend', { exact: true }).isChecked()).toBe(false);
    expect(await page.getByLabel(VOG_LABEL).inputValue()).toBe('2026-03-18');
    await check(tab, 'vrijwilliger-aanmelden-fouten');

    expect(await page.getByLabel('Hoe ver wil je gaan?').inputValue()).toBe('1');

    // The summary links take the keyboard focus to the group of needs (which then reads out its message) and to
    // the agreement box.
    const needs = page.getByRole('group', { name: 'Waar wil je bij helpen?' });
    expect(await needs.getAttribute('id')).toBe('veld-biedt');
    expect(await needs.getAttribute('aria-describedby')).toBe('veld-biedt-fout');
    expect(await textOf(page.locator('#veld-biedt-fout'))).toBe(needMessage);
    await summaryLinks.nth(0).click();
    expect(await focusedId(page)).toBe('veld-biedt');
    await summaryLinks.nth(1).click();
    expect(await focusedId(page)).toBe('veld-afspraken');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');

    await page
      .getByRole('group', { name: 'Waar wil je bij helpen?' })
      .getByLabel('Boodschappen', { exact: true })
      .check();
    await page.getByLabel('Ik heb de afspraken gelezen en vind ze goed').check();
    expect(await post(page, button(page, 'Aanmelden'))).toBe(303);
    expect(await h1(page)).toBe('Kijk in je e-mail');
    await check(tab, 'vrijwilliger-aanmelden-kijk-in-je-mail');

    // The link in the mail finishes the sign-up: she is signed in, on her own page.
    await confirmSignUpFromMail(tab, session.app, VOLUNTEER.email);
    expect(await h1(page)).toBe(`Hallo ${VOLUNTEER.firstName}`);
    expect(await textOf(page.getByRole('status'))).toContain('Je bent aangemeld als vrijwilliger.');
    await check(tab, 'vrijwilliger-aangemeld');
  });

  /** Femke's signed-in tab, on her own page. */
  let volunteerTab: Tab;
  /** Fills the hours form on her own page and saves; gives back the POST's status. */
  const enter = async (date: string, hours: string, euros: string, what: string) => {
    const { page } = volunteerTab;
    const hoursForm = page.getByRole('form', { name: 'Uren invullen' });
    await hoursForm.getByLabel('Datum').fill(date);
    await hoursForm.getByLabel('Uren').fill(hours);
    await hoursForm.getByLabel('Vergoeding in euro (mag leeg blijven)').fill(euros);
    await hoursForm.getByLabel('Wat deed je? (mag leeg blijven)').fill(what);
    return post(page, hoursForm.getByRole('button', { name: 'Opslaan' }));
  };
  /** A date as the pages show it: 2026-01-05 → 05-01-2026. */
  const dutch = (iso: string) => iso.split('-').reverse().join('-');
  const here = (page: Page) => {
    const url = new URL(page.url());
    return url.pathname + url.search;
  };

  it('signs in with the mailed code and gets a warning for more than € 210 allowance in one month', async () => {
    const tab = await session.newTab();
    volunteerTab = tab;
    const { page } = tab;
    await signInWithCode(tab, session.app, VOLUNTEER.email, '/mijn');
    await Promise.all([
      page.waitForURL('/mijn/vrijwilliger'),
      page.getByRole('link', { name: 'Mijn vrijwilligerswerk: uren, even niet, VOG' }).click(),
    ]);
    expect(await h1(page)).toBe(`Hallo ${VOLUNTEER.firstName}`);
    expect(await textOf(page.locator('main'))).toContain('Je helpt bij: Boodschappen.');
    // The VOG date she typed herself counts only once the team has seen it.
    expect(await textOf(page.locator('main'))).toContain('Iemand van het wijkteam wil hem nog zien');
    await check(tab, 'vrijwilliger-eigen-pagina');

    const month = new Date().toISOString().slice(0, 7);
    const year = new Date().getFullYear();
    // The amounts in Dutch notation, with a thousands separator.
    expect(await textOf(page.locator('main'))).toContain(
      `${year}: € 0,00 van de € 2.100,00 die dit jaar belastingvrij mag (€ 210,00 per maand).`,
    );

    // € 120 stays under the € 210 a month: saved without a warning, and back on her page (so a reload does not
    // send the hours again).
    expect(await enter(`${month}-02`, '3', '120', 'Boodschappen gedaan')).toBe(303);
    expect(here(page)).toBe('/mijn/vrijwilliger?opgeslagen=1');
    expect(await h1(page)).toBe(`Hallo ${VOLUNTEER.firstName}`);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await textOf(page.locator('main'))).toContain(
      `${dutch(`${month}-02`)}: 3,00 uur · € 120,00 · Boodschappen gedaan`,
    );

    // Another € 100 in the same month, for two and a half hours, makes € 220: saved, with a warning.
    expect(await enter(`${month}-16`, '2,5', '100', 'Naar de markt')).toBe(303);
    expect(here(page)).toBe(`/mijn/vrijwilliger?opgeslagen=1&boven=maand&jaar=${month.slice(0, 4)}`);
    const warning = page.getByRole('alert');
    expect(await textOf(warning)).toBe(
      `Opgeslagen, maar let op: hiermee kom je boven de belastingvrije vergoeding van ${month.slice(0, 4)} ` +
        '(€ 210,00 per maand). Over het deel daarboven betaal je belasting. Overleg met het wijkteam.',
    );
    expect(await textOf(page.locator('main'))).toContain(
      `${dutch(`${month}-16`)}: 2,50 uur · € 100,00 · Naar de markt`,
    );
    expect(await textOf(page.locator('main'))).toContain(
      `${year}: € 220,00 van de € 2.100,00 die dit jaar belastingvrij mag (€ 210,00 per maand).`,
    );
    await check(tab, 'vrijwilliger-uren-boven-maandgrens');
  });

  it('takes hours with a decimal comma, such as 1,5, and explains what it wants when it cannot read them', async () => {
    const { page } = volunteerTab;
    await page.goto('/mijn/vrijwilliger');
    const hoursField = page.getByRole('form', { name: 'Uren invullen' }).getByLabel('Uren');
    // Phones show a keyboard with a comma.
    expect(await hoursField.getAttribute('inputmode')).toBe('decimal');
    // Another month, without an allowance: nothing to warn about.
    const now = new Date();
    const otherMonth = `${now.getUTCFullYear()}-${now.getUTCMonth() === 0 ? '02' : '01'}`;

    expect(await enter(`${otherMonth}-05`, 'anderhalf', '', 'Koffie gedronken')).toBe(400);
    const message = 'Vul het aantal uren in, bijvoorbeeld 2 of 1,5.';
    expect(await textOf(page.getByRole('alert').getByRole('link'))).toBe(`Uren: ${message}`);
    expect(await textOf(page.locator('#veld-uren-fout'))).toBe(message);
    expect(await hoursField.getAttribute('aria-invalid')).toBe('true');
    expect(await hoursField.inputValue()).toBe('anderhalf');
    expect(
      await page
        .getByRole('form', { name: 'Uren invullen' })
        .getByLabel('Wat deed je? (mag leeg blijven)')
        .inputValue(),
    ).toBe('Koffie gedronken');
    await check(volunteerTab, 'vrijwilliger-uren-onleesbaar');

    // The example the message gives is taken.
    expect(await enter(`${otherMonth}-05`, '1,5', '', 'Koffie gedronken')).toBe(303);
    expect(here(page)).toBe('/mijn/vrijwilliger?opgeslagen=1');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await textOf(page.locator('main'))).toContain(`${dutch(`${otherMonth}-05`)}: 1,50 uur · Koffie gedronken`);
    // No allowance: the year's total stays the same.
    expect(await textOf(page.locator('main'))).toContain(`${new Date().getFullYear()}: € 220,00 van de € 2.100,00`);
    await check(volunteerTab, 'vrijwilliger-uren-komma');
  });
});

describe('5. the team queue and a request’s triage', () => {
  let team: Tab;
  let reference: string;
  beforeAll(async () => {
    const asker = await session.newTab();
    ({ reference } = await askForMyself(
      asker,
      'Ik krijg stapels post en snap de brieven van de belasting niet. Wie kan me helpen met formulieren?',
      { postcode: '3581 AB', naam: 'Ahmed Yilmaz', telefoon: '06-12345678' },
    ));
    team = await teamTab();
  });

  it('lists the request in the queue and shows its triage proposal with reasons', async () => {
    const { page } = team;
    await page.goto('/team/hulpvragen');
    expect(await textOf(page.locator('main table caption'))).toBe('Spoed bovenaan, dan wie het langst wacht');
    const row = (await queueRows(page)).find((r) => r.startsWith(reference));
    expect(row, `row of ${reference}`).toBeDefined();
    expect(row!.split(' | ')[3]).toBe('nieuw');
    await check(team, 'wachtrij-lijst');

    await openFromQueue(team, reference);
    await visible(page.getByRole('heading', { level: 2, name: 'Voorstel van Nabij' }));
    expect(await textOf(page.locator('.nabij-verhaal'))).toContain('stapels post');
    expect(await textOf(page.locator('h2:has-text("Voorstel van Nabij") + p'))).toContain('Post en formulieren');
    expect(await page.locator('h2:has-text("Voorstel van Nabij") + p + ul > li').count()).toBeGreaterThan(0);
    expect(await historyLines(page)).toEqual([expect.stringMatching(/ · hulpvraag binnengekomen$/)]);
    await check(team, 'wachtrij-detail');
  });

  it('accepts the proposal: the history shows it and the request is being handled', async () => {
    const { page } = team;
    expect(await post(page, button(page, 'Akkoord met het voorstel'))).toBe(303);
    expect(await h1(page)).toBe(`Hulpvraag ${reference}`);
    expect((await historyLines(page)).at(-1)).toMatch(/ · triage goedgekeurd · Sanne Jansen$/);
    await check(team, 'wachtrij-detail-akkoord');

    await page.goto('/team/hulpvragen');
    expect((await queueRows(page)).find((r) => r.startsWith(reference))!.split(' | ')[3]).toBe('in behandeling');
  });

  it('changes the route only with a reason, and records the change', async () => {
    const { page } = team;
    await openFromQueue(team, reference);
    await page.getByLabel('Route', { exact: true }).selectOption({ label: 'Professioneel' });
    expect(await post(page, button(page, 'Opslaan met mijn wijziging'))).toBe(400);
    const message = 'Schrijf op waarom je de triage verandert. Daar leert Nabij van.';
    expect(await textOf(page.getByRole('alert').getByRole('link'))).toBe(`Waarom verander je het? ${message}`);
    expect(await textOf(page.locator('#veld-reden-fout'))).toBe(message);
    // The chosen route is kept.
    expect(await page.getByLabel('Route', { exact: true }).inputValue()).toBe('professioneel');
    await check(team, 'wachtrij-detail-wijziging-zonder-reden');

    await page
      .getByLabel('Waarom verander je het? (nodig als je iets verandert)')
      .fill('Het gaat om belastingschulden, daar hoort de schuldhulp bij.');
    expect(await post(page, button(page, 'Opslaan met mijn wijziging'))).toBe(303);
    expect((await historyLines(page)).at(-1)).toMatch(/ · triage gewijzigd · Sanne Jansen$/);
    expect(await page.getByLabel('Route', { exact: true }).inputValue()).toBe('professioneel');
    await check(team, 'wachtrij-detail-gewijzigd');

    await page.goto('/team/hulpvragen');
    expect((await queueRows(page)).find((r) => r.startsWith(reference))!.split(' | ')[1]).toBe('Professioneel');
  });

  it('keeps the needs the team member ticked when the change is refused for want of a reason', async () => {
    const { page } = team;
    await openFromQueue(team, reference);
    const needs = page.getByRole('group', { name: 'Behoeften', exact: true });
    const stored = await needs
      .locator('input:checked')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(stored).toContain('administratie');
    expect(stored).not.toContain('geldzaken');
    // Untick the recognised need, tick another one, and forget the reason.
    await needs.getByLabel('Post en formulieren', { exact: true }).uncheck();
    await needs.getByLabel('Rondkomen met geld', { exact: true }).check();
    const ticked = await needs
      .locator('input:checked')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(ticked).not.toEqual(stored);
    expect(await post(page, button(page, 'Opslaan met mijn wijziging'))).toBe(400);
    expect(await textOf(page.locator('#veld-reden-fout'))).toBe(
      'Schrijf op waarom je de triage verandert. Daar leert Nabij van.',
    );
    // What was ticked is still ticked, what was unticked still unticked.
    expect(
      await needs.locator('input:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value)),
    ).toEqual(ticked);
    expect(await needs.getByLabel('Post en formulieren', { exact: true }).isChecked()).toBe(false);
    expect(await needs.getByLabel('Rondkomen met geld', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Route', { exact: true }).inputValue()).toBe('professioneel');
    await check(team, 'wachtrij-detail-behoeften-bewaard');

    // Nothing was saved: the history ends with the earlier change.
    expect((await historyLines(page)).at(-1)).toMatch(/ · triage gewijzigd · Sanne Jansen$/);
    await openFromQueue(team, reference);
    expect(
      await needs.locator('input:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value)),
    ).toEqual(stored);
  });
});

describe('6 and 7. a match with both sides’ yes, the follow-up, an outcome and a rating', () => {
  let statusPagePath: string;
  let volunteerExternalId: string;

  it('suggests the new volunteer for a grocery request; the team asks her', async () => {
    const user = await session.app.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', VOLUNTEER.email)
      .executeTakeFirstOrThrow();
    volunteerExternalId = `nb-${user.id}`;

    const asker = await session.newTab();
    const asked = await askForMyself(asker, GROCERIES_ASKER.story, {
      postcode: '3581 AB',
      dag: 'di',
      dagdeel: 'ochtend',
      naam: GROCERIES_ASKER.name,
      email: GROCERIES_ASKER.email,
      deelAlles: true,
    });
    statusPagePath = statusPath(session.app.lastMailTo(GROCERIES_ASKER.email).text);
    expect(statusPagePath).toBe(asked.path);

    const team = await teamTab();
    const { page } = team;
    await openFromQueue(team, asked.reference);
    expect(await textOf(page.locator('h2:has-text("Voorstel van Nabij") + p'))).toContain('Boodschappen');
    const cards = page.locator('h2:has-text("Suggesties") + ol > li.nabij-card');
    // Each card is headed by a name (an activity's, or a volunteer's first name) and how well it fits, in words.
    const headings = (await cards.locator(':scope > p').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(heading).toMatch(/^\S.* \(.+\) · past \d{1,3}%$/);
    const pageText = await page.locator('main').innerText();
    expect(pageText).not.toMatch(/score \d/);
    expect(pageText).not.toContain(volunteerExternalId);
    const card = cards.filter({
      has: page.locator(':scope > p > strong', { hasText: new RegExp(`^${VOLUNTEER.firstName}$`) }),
    });
    expect(await card.count(), `${VOLUNTEER.firstName} among the suggestions: ${headings.join(' // ')}`).toBe(1);
    expect(await textOf(card.locator(':scope > p'))).toMatch(
      new RegExp(`^${VOLUNTEER.firstName} \\(vrijwilliger\\) · past \\d{1,3}%$`),
    );
    expect(await textOf(card)).toContain('past bij: boodschappen');
    expect(await textOf(card)).toContain(`die ${VOLUNTEER.firstName} wil reizen`);
    expect(await textOf(card)).toContain('beschikbaar op dinsdagochtend');
    await check(team, 'wachtrij-detail-suggesties');

    // A second team member has the same page open.
    const colleague = await teamTab();
    await colleague.page.goto(page.url());
    const mailsToVolunteer = () => session.app.mails.filter((m) => m.to === VOLUNTEER.email).length;
    const before = mailsToVolunteer();

    expect(await post(page, card.getByRole('button', { name: 'Vraag deze vrijwilliger' }))).toBe(303);
    expect(await textOf(page.locator('h2:has-text("Koppelingen") + ul'))).toBe(
      `${VOLUNTEER.firstName} · voorgesteld, wacht op antwoord · Antwoord van de vrijwilliger doorgeven (telefoon)`,
    );
    expect((await historyLines(page)).at(-1)).toMatch(/ · koppeling voorgesteld · Sanne Jansen$/);
    // She is asked once: no second button on her card while the question runs.
    expect(await card.getByRole('button').count()).toBe(0);
    expect(mailsToVolunteer()).toBe(before + 1);
    await check(team, 'koppeling-team-voorgesteld');

    // The colleague's page still has the button; the second proposal is refused and nothing is sent twice.
    const stale = colleague.page.locator('h2:has-text("Suggesties") + ol > li.nabij-card').filter({
      has: colleague.page.locator(':scope > p > strong', { hasText: new RegExp(`^${VOLUNTEER.firstName}$`) }),
    });
    expect(await post(colleague.page, stale.getByRole('button', { name: 'Vraag deze vrijwilliger' }))).toBe(400);
    expect(await h1(colleague.page)).toBe('Dit verzoek klopt niet');
    expect(mailsToVolunteer()).toBe(before + 1);
    const requestId = new URL(page.url()).pathname.split('/').at(-1)!;
    const matches = await session.app.database.db
      .selectFrom('matches')
      .select('state')
      .where('request_id', '=', requestId)
      .execute();
    expect(matches).toEqual([{ state: 'voorgesteld' }]);
    await colleague.page.goto(page.url());
    expect(await textOf(colleague.page.locator('h2:has-text("Koppelingen") + ul'))).toBe(
      `${VOLUNTEER.firstName} · voorgesteld, wacht op antwoord · Antwoord van de vrijwilliger doorgeven (telefoon)`,
    );
  });

  it('shows the volunteer only first name, area and need, and takes her yes', async () => {
    const mail = session.app.lastMailTo(VOLUNTEER.email);
    expect(mail.subject).toBe('Wil je iemand in de buurt helpen?');
    expect(mail.text).not.toContain('sjouwen');
    const tab = await session.newTab();
    const { page } = tab;
    await page.goto(matchPath(mail.text));
    expect(await h1(page)).toBe('Wil je iemand in de buurt helpen?');
    const facts = await page
      .locator('main dl')
      .evaluate((dl) =>
        Array.from(
          dl.querySelectorAll('dt'),
          (dt) => `${(dt.textContent ?? '').trim()}: ${(dt.nextElementSibling?.textContent ?? '').trim()}`,
        ),
      );
    expect(facts).toEqual(['Wie: Bep', 'Waar: postcodegebied 3581', 'Hulp bij: Boodschappen']);
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('sjouwen');
    expect(text).not.toContain('de Groot');
    expect(text).not.toContain(GROCERIES_ASKER.email);
    expect(text).not.toContain('3581 AB');
    await check(tab, 'koppeling-vrijwilliger-vraag');

    expect(await post(page, button(page, 'Ja, ik wil helpen'))).toBe(200);
    expect(await h1(page)).toBe('Fijn dat je wilt helpen!');
    expect(await textOf(page.getByRole('status'))).toBe(
      'We vragen nu aan Bep of die het ook goed vindt. Je hoort het van het wijkteam.',
    );
    await check(tab, 'koppeling-vrijwilliger-ja');

    // The link now only says it was answered.
    await page.goto(matchPath(mail.text));
    expect(await textOf(page.getByRole('status'))).toBe('Je hebt al geantwoord.');
  });

  it('asks the asker, takes her yes, and the status page says who helps', async () => {
    const mail = session.app.lastMailTo(GROCERIES_ASKER.email);
    expect(mail.subject).toBe(`${VOLUNTEER.firstName} wil je helpen`);
    const tab = await session.newTab();
    const { page } = tab;
    await page.goto(matchPath(mail.text));
    expect(await h1(page)).toBe(`${VOLUNTEER.firstName} wil je helpen`);
    // Who she is, without more than her first name.
    expect(await textOf(page.locator('h1 + p'))).toBe(
      `${VOLUNTEER.firstName} is vrijwilliger en woont bij jou in de buurt.`,
    );
    expect(await page.locator('body').innerText()).not.toContain(VOLUNTEER.email);
    await check(tab, 'koppeling-vrager-vraag');

    expect(await post(page, button(page, 'Ja, graag'))).toBe(200);
    expect(await h1(page)).toBe('Dank je wel');
    expect(await textOf(page.getByRole('status'))).toContain('Het wijkteam neemt contact met je op');
    await check(tab, 'koppeling-vrager-ja');

    await page.goto(statusPagePath);
    expect(await textOf(page.getByRole('status'))).toBe(
      'Er is hulp gevonden. Het wijkteam belt of mailt je om het verder af te spreken.',
    );
    expect(await textOf(page.locator('main'))).toContain(`${VOLUNTEER.firstName} helpt je`);
    await check(tab, 'koppeling-status-gekoppeld');
  });

  it('asks "Hoe gaat het?" after two weeks and closes with an outcome and a rating of 5', async () => {
    expect(await sendFollowUps(session.app.app.ctx, new Date(Date.now() + 15 * 86_400_000))).toBeGreaterThanOrEqual(1);
    const mail = session.app.lastMailTo(GROCERIES_ASKER.email);
    expect(mail.subject).toBe('Hoe gaat het?');
    const tab = await session.newTab();
    const { page } = tab;
    const path = matchPath(mail.text);
    await page.goto(path);
    expect(await h1(page)).toBe('Hoe gaat het, Bep?');
    expect(await textOf(page.locator('main'))).toContain(`${VOLUNTEER.firstName} helpt je nu een tijdje.`);

    // Only the outcomes that fit a volunteer's help: she did not go to a group.
    const outcome = page.getByRole('group', { name: 'Is je vraag opgelost?' });
    expect(
      await outcome
        .getByRole('radio')
        .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent?.trim())),
    ).toEqual([
      'Ja, iemand uit de buurt helpt mij',
      'Ik word nu geholpen door een professional',
      'Nee, het is niet opgelost',
    ]);
    // The rating in words, from not to very satisfied.
    const satisfaction = page.getByRole('group', { name: 'Hoe tevreden ben je over de hulp?' });
    expect(
      await satisfaction
        .getByRole('radio')
        .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent?.trim())),
    ).toEqual(['1 – niet tevreden', '2 – niet zo tevreden', '3 – gaat wel', '4 – tevreden', '5 – heel tevreden']);
    await check(tab, 'koppeling-hoe-gaat-het');

    // Sent without an outcome: the summary link takes the focus to the outcome group, which reads out its message.
    expect(await post(page, button(page, 'Versturen'))).toBe(400);
    const outcomeMessage = 'Kies of je vraag is opgelost.';
    const outcomeLink = page.getByRole('alert').getByRole('link');
    expect(await textOf(outcomeLink)).toBe(`Is je vraag opgelost? ${outcomeMessage}`);
    expect(await outcomeLink.getAttribute('href')).toBe('#veld-uitkomst');
    expect(await textOf(page.locator('#veld-uitkomst-fout'))).toBe(outcomeMessage);
    expect(await outcome.getAttribute('aria-describedby')).toBe('veld-uitkomst-fout');
    await outcomeLink.click();
    expect(await focusedId(page)).toBe('veld-uitkomst');
    await check(tab, 'koppeling-hoe-gaat-het-geen-uitkomst');

    // "Not solved" needs a word on what went wrong.
    await outcome.getByLabel('Nee, het is niet opgelost').check();
    await satisfaction.getByLabel('2 – niet zo tevreden', { exact: true }).check();
    expect(await post(page, button(page, 'Versturen'))).toBe(400);
    const message = 'Vertel kort wat er misging, dan kunnen we verder zoeken.';
    expect(await textOf(page.getByRole('alert').getByRole('link'))).toBe(
      `Wat ging er mis? (als het niet is opgelost): ${message}`,
    );
    expect(await textOf(page.locator('#veld-reden-fout'))).toBe(message);
    expect(await outcome.getByLabel('Nee, het is niet opgelost').isChecked()).toBe(true);
    expect(await satisfaction.getByLabel('2 – niet zo tevreden', { exact: true }).isChecked()).toBe(true);
    await check(tab, 'koppeling-hoe-gaat-het-fout');

    await outcome.getByLabel('Ja, iemand uit de buurt helpt mij').check();
    await satisfaction.getByLabel('5 – heel tevreden', { exact: true }).check();
    await page.getByLabel('Wil je nog iets zeggen? (mag leeg blijven)').fill(`${VOLUNTEER.firstName} is een schat.`);
    expect(await post(page, button(page, 'Versturen'))).toBe(200);
    expect(await h1(page)).toBe('Dank je wel!');
    expect(await textOf(page.getByRole('status'))).toBe(
      'We hebben je antwoord ontvangen. Zo leren we wat goed werkt in de buurt.',
    );
    await check(tab, 'koppeling-afgerond');

    await page.goto(statusPagePath);
    expect(await textOf(page.getByRole('status'))).toBe('Je hulpvraag is afgerond.');
    await check(tab, 'koppeling-status-afgerond');

    const match = await session.app.database.db
      .selectFrom('matches')
      .select(['state', 'outcome', 'rating', 'rating_comment'])
      .where('asker_token_hash', 'is not', null)
      .where('outcome', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(match).toEqual({
      state: 'afgesloten',
      outcome: 'informeel_opgelost',
      rating: 5,
      rating_comment: `${VOLUNTEER.firstName} is een schat.`,
    });
  });

  it('shows the team the outcome in words, not as a stored key', async () => {
    const match = await session.app.database.db
      .selectFrom('matches')
      .select('request_id')
      .where('outcome', '=', 'informeel_opgelost')
      .executeTakeFirstOrThrow();
    const tab = await teamTab();
    await tab.page.goto(`/team/hulpvragen/${match.request_id}`);
    const body = await tab.page.locator('main').innerText();
    expect(body).toContain('opgelost door een buur (informeel)');
    expect(body).not.toContain('informeel_opgelost');
  });
});

// What a volunteer may see of an asker, and answers given by phone: a resident asks for help with groceries and lets
// a volunteer see only the need and a note; the team asks a demo volunteer; the asker lets that volunteer see the
// first name after all; the team records both sides' yes and the closing by phone. And a volunteer signing up with
// the optional question whether they are a woman or a man.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoEmail } from '../../src/modules/demo/seed.js';
import {
  button,
  checkPage,
  confirmSignUpFromMail,
  demoButton,
  h1,
  link,
  post,
  signInAsStaff,
  type Tab,
  textOf,
} from './journeys.js';
import { browserSession } from './session.js';

/** The asker of journeys a and b: a phone number, no e-mail address, so everything after asking goes by phone. */
const ASKER = {
  name: 'Wim Bakker',
  firstName: 'Wim',
  phone: '06-87654321',
  postcode: '3581 EP',
  story: 'Ik kan sinds mijn val niet meer zelf boodschappen doen. Wie kan 1x per week voor mij naar de supermarkt?',
  note: 'Ik hoor slecht, bel twee keer aan.',
};
const SHARE_LEGEND = 'Wat mag een vrijwilliger weten?';
const FIRST_NAME_BOX = 'Mijn voornaam';
const AREA_BOX = 'De buurt (de cijfers van de postcode)';
const NEED_BOX = 'Waar het om gaat, in een paar woorden (bijvoorbeeld: boodschappen)';
const NOTE_LABEL = 'Wil je zelf iets tegen de vrijwilliger zeggen? (mag leeg blijven)';
const SHARING_SECTION = 'Wat ziet een vrijwilliger van je?';
const GENDER_LABEL = 'Ben je een vrouw of een man? (mag je overslaan)';

const session = browserSession();

/** The section on the asker's status page that says what a volunteer sees. */
const sharingSection = (page: Page) => page.getByRole('region', { name: SHARING_SECTION });

/** The "key: value" lines of the data list right under a heading of the sharing section. */
async function sharedUnder(page: Page, heading: string): Promise<string[]> {
  return sharingSection(page)
    .locator(`h3:text-is("${heading}") + dl`)
    .evaluate((dl) =>
      Array.from(
        dl.querySelectorAll('dt'),
        (dt) => `${(dt.textContent ?? '').trim()}: ${(dt.nextElementSibling?.textContent ?? '').trim()}`,
      ),
    );
}

/** The three boxes of "Wat mag een vrijwilliger weten?", ticked or not, in the order first name, area, need. */
async function shareBoxes(page: Page): Promise<boolean[]> {
  const group = page.getByRole('group', { name: SHARE_LEGEND });
  return Promise.all(
    [FIRST_NAME_BOX, AREA_BOX, NEED_BOX].map((label) => group.getByLabel(label, { exact: true }).isChecked()),
  );
}

/** The lines under "Koppelingen" on the team's request page. */
async function matchLines(page: Page): Promise<string[]> {
  return (await page.locator('h2:has-text("Koppelingen") + ul > li').allInnerTexts()).map((t) =>
    t.replace(/\s+/g, ' ').trim(),
  );
}

/** The lines under "Geschiedenis" on the team's request page. */
async function historyLines(page: Page): Promise<string[]> {
  return (await page.locator('h2:has-text("Geschiedenis") + ul > li').allInnerTexts()).map((t) =>
    t.replace(/\s+/g, ' ').trim(),
  );
}

/** Set by journey a, used by journey b. */
let statusPagePath: string;
/** "Hulp bij: …" as the status page words the needs the triage found. */
let needLine: string;
let team: Tab;
let requestPath: string;
let volunteer: string;

describe('a. what a volunteer may see', () => {
  it(
    'starts with nothing ticked; the asker ticks the need and writes a note; the status page lists only the need and ' +
      'the note',
    async () => {
      const tab = await session.newTab();
      const { page } = tab;
      await page.goto('/hulp/vraag');
      await page.getByLabel('Vertel in je eigen woorden wat er speelt').fill(ASKER.story);
      await page.getByLabel('Voor mijzelf').check();
      expect(await post(page, button(page, 'Verder'))).toBe(200);
      expect(await h1(page)).toBe('Nog een paar vragen');

      // The choice is there on the last step, nothing ticked to begin with: sharing is opt-in.
      const group = page.getByRole('group', { name: SHARE_LEGEND });
      expect(await textOf(group.locator('p'))).toBe(
        'Als een vrijwilliger uit de buurt kan helpen, vertellen we hem of haar alleen wat jij hier aanvinkt. Je ' +
          'verhaal zelf lezen alleen mensen van het wijkteam.',
      );
      expect(await shareBoxes(page)).toEqual([false, false, false]);
      expect(await group.getByLabel(NOTE_LABEL).inputValue()).toBe('');
      await checkPage(tab, 'delen-hulpvraag-gegevens');

      await page.getByLabel('Postcode (mag leeg blijven)').fill(ASKER.postcode);
      await page.getByLabel('Je naam', { exact: true }).fill(ASKER.name);
      await page.getByLabel('Je telefoonnummer', { exact: true }).fill(ASKER.phone);
      await group.getByLabel(NEED_BOX, { exact: true }).check();
      await group.getByLabel(NOTE_LABEL).fill(ASKER.note);
      expect(await post(page, button(page, 'Hulpvraag versturen'))).toBe(303);
      await page.waitForURL(/\/hulp\/status\/[A-Za-z0-9_-]+$/);
      statusPagePath = new URL(page.url()).pathname;

      expect(await h1(page)).toBe('Je hulpvraag');
      // The needs a volunteer is told are those the page says the team looks at, groceries among them.
      const needs = /^We kijken naar: (.+)\.$/.exec(
        await textOf(page.locator('main p', { hasText: /^We kijken naar: / })),
      )?.[1];
      expect(needs?.split(', ')).toContain('Boodschappen');
      needLine = `Hulp bij: ${needs}`;
      const section = sharingSection(page);
      expect(await section.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Dit ziet een vrijwilliger']);
      expect(await sharedUnder(page, 'Dit ziet een vrijwilliger')).toEqual([needLine, `Bericht: ${ASKER.note}`]);
      const shown = await textOf(section);
      expect(shown).not.toContain(ASKER.firstName);
      expect(shown).not.toContain('3581');
      expect(await link(page, 'Verander wat een vrijwilliger mag zien').getAttribute('href')).toBe(
        `${statusPagePath}/delen`,
      );
      await checkPage(tab, 'delen-status-nieuw');
    },
  );

  it('shows the asker what the asked volunteer sees, and lets them share the first name after all', async () => {
    team = await session.newTab();
    await signInAsStaff(team, demoEmail('wijkteamlid'), '/team');
    const { page } = team;
    await page.goto('/team/hulpvragen');
    const asker = await session.newTab();
    await asker.page.goto(statusPagePath);
    const reference = /HV-[A-Z0-9]{5}/.exec(await asker.page.locator('main').innerText())![0];
    await Promise.all([page.waitForURL(/\/team\/hulpvragen\/[0-9a-f-]{36}$/), link(page, reference).click()]);
    requestPath = new URL(page.url()).pathname;
    expect(await h1(page)).toBe(`Hulpvraag ${reference}`);

    // The first demo volunteer among the suggestions; demo volunteers have no e-mail, so the team will call.
    const card = page
      .locator('h2:has-text("Suggesties") + ol > li.nabij-card')
      .filter({ hasText: '(vrijwilliger)' })
      .first();
    volunteer = await textOf(card.locator(':scope > p > strong'));
    expect(await post(page, card.getByRole('button', { name: 'Vraag deze vrijwilliger' }))).toBe(303);
    expect(await matchLines(page)).toEqual([
      `${volunteer} · voorgesteld, wacht op antwoord · Antwoord van de vrijwilliger doorgeven (telefoon)`,
    ]);
    await checkPage(team, 'delen-team-voorgesteld');

    // The asker's page (same address) now shows what the asked volunteer sees, without the volunteer's name yet.
    const ap = asker.page;
    await ap.goto(statusPagePath);
    expect(await sharingSection(ap).getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'Dit ziet de gevraagde vrijwilliger',
      'Dit ziet een nieuwe vrijwilliger',
    ]);
    expect(await sharedUnder(ap, 'Dit ziet de gevraagde vrijwilliger')).toEqual([needLine, `Bericht: ${ASKER.note}`]);
    expect(await sharedUnder(ap, 'Dit ziet een nieuwe vrijwilliger')).toEqual([needLine, `Bericht: ${ASKER.note}`]);
    expect(await ap.locator('main').innerText()).not.toContain(volunteer);
    await checkPage(asker, 'delen-status-voorgesteld');

    await Promise.all([
      ap.waitForURL(/\/delen\?koppeling=[0-9a-f-]{36}$/),
      link(ap, 'Verander wat de gevraagde vrijwilliger ziet').click(),
    ]);
    expect(await h1(ap)).toBe('Wat ziet de gevraagde vrijwilliger?');
    // The form starts from what this volunteer sees now.
    expect(await shareBoxes(ap)).toEqual([false, false, true]);
    expect(await ap.getByLabel(NOTE_LABEL).inputValue()).toBe(ASKER.note);
    await checkPage(asker, 'delen-wijzigen');

    await ap.getByRole('group', { name: SHARE_LEGEND }).getByLabel(FIRST_NAME_BOX, { exact: true }).check();
    await ap.getByLabel(NOTE_LABEL).fill('');
    expect(await post(ap, button(ap, 'Opslaan'))).toBe(303);
    expect(new URL(ap.url()).pathname).toBe(statusPagePath);
    expect(await textOf(sharingSection(ap).getByRole('status'))).toBe('Je keuze is bewaard.');
    expect(await sharedUnder(ap, 'Dit ziet de gevraagde vrijwilliger')).toEqual([`Wie: ${ASKER.firstName}`, needLine]);
    // Only that volunteer's view changed; a new volunteer still sees the need and the note.
    expect(await sharedUnder(ap, 'Dit ziet een nieuwe vrijwilliger')).toEqual([needLine, `Bericht: ${ASKER.note}`]);
    await checkPage(asker, 'delen-bewaard');

    // The team sees in the history that the asker changed it.
    await page.goto(requestPath);
    expect((await historyLines(page)).at(-1)).toMatch(/ · vrager veranderde wat een vrijwilliger ziet$/);
  });
});

describe('b. answers given by phone', () => {
  it('records the volunteer’s yes and then the asker’s yes by phone', async () => {
    const { page } = team;
    await page.goto(requestPath);
    await Promise.all([
      page.waitForURL(/\/koppelingen\/[0-9a-f-]{36}$/),
      link(page, 'Antwoord van de vrijwilliger doorgeven (telefoon)').click(),
    ]);
    expect(await h1(page)).toBe(`Wat zegt ${volunteer} aan de telefoon?`);
    expect(await textOf(page.locator('h1 + p'))).toBe(
      `Vraag of ${volunteer} wil helpen. Vertel niet meer dan wat hieronder staat: dat heeft de vrager goedgevonden.`,
    );
    // What the asker agreed to in journey a: their first name (ticked later) and the need, not the area.
    const mayTell = await textOf(page.locator('h2:has-text("Dit mag je vertellen") + dl'));
    expect(mayTell).toContain(ASKER.firstName);
    expect(mayTell).not.toContain('postcodegebied');
    await checkPage(team, 'telefoon-vrijwilliger');
    expect(await post(page, button(page, 'Ja, dat is gezegd'))).toBe(303);
    expect(new URL(page.url()).pathname).toBe(requestPath);
    expect(await matchLines(page)).toEqual([
      `${volunteer} · vrijwilliger zegt ja, wacht op de vrager · Antwoord van de vrager doorgeven (telefoon)`,
    ]);
    expect((await historyLines(page)).at(-1)).toMatch(/ · vrijwilliger zegt ja \(aan de telefoon\) · Sanne Jansen$/);
    await checkPage(team, 'telefoon-vrijwilliger-ja');

    // Once the volunteer said yes, the asker's page names them.
    const asker = await session.newTab();
    await asker.page.goto(statusPagePath);
    expect(await sharedUnder(asker.page, `Dit ziet ${volunteer}`)).toEqual([`Wie: ${ASKER.firstName}`, needLine]);
    expect(await link(asker.page, `Verander wat ${volunteer} ziet`).count()).toBe(1);
    await checkPage(asker, 'delen-status-vrijwilliger-ja');

    await Promise.all([
      page.waitForURL(/\/koppelingen\/[0-9a-f-]{36}$/),
      link(page, 'Antwoord van de vrager doorgeven (telefoon)').click(),
    ]);
    expect(await h1(page)).toBe(`Wat zegt ${ASKER.firstName} aan de telefoon?`);
    expect(await textOf(page.locator('h1 + p'))).toBe(
      `Vraag of ${ASKER.firstName} het goed vindt dat ${volunteer} helpt.`,
    );
    await checkPage(team, 'telefoon-vrager');
    expect(await post(page, button(page, 'Ja, dat is gezegd'))).toBe(303);
    expect(await matchLines(page)).toEqual([`${volunteer} · loopt · Afronden met de vrager (telefoon)`]);
    expect((await historyLines(page)).at(-1)).toMatch(/ · vrager zegt ja \(aan de telefoon\) · Sanne Jansen$/);
  });

  it('asks why when it is not solved, keeps the answers, and closes with an outcome and a rating', async () => {
    const { page } = team;
    await page.goto(requestPath);
    await Promise.all([
      page.waitForURL(/\/koppelingen\/[0-9a-f-]{36}$/),
      link(page, 'Afronden met de vrager (telefoon)').click(),
    ]);
    expect(await h1(page)).toBe(`Afronden: wat zegt ${ASKER.firstName}?`);
    const outcome = page.getByRole('group', { name: 'Is je vraag opgelost?' });
    const satisfaction = page.getByRole('group', { name: 'Hoe tevreden ben je over de hulp?' });
    const reason = page.getByLabel('Wat ging er mis? (als het niet is opgelost)');
    const comment = page.getByLabel('Wil je nog iets zeggen? (mag leeg blijven)');
    await checkPage(team, 'telefoon-afronden');

    // "Not solved" without a word on what went wrong.
    await outcome.getByLabel('Nee, het is niet opgelost').check();
    await satisfaction.getByLabel('2 – niet zo tevreden', { exact: true }).check();
    await comment.fill('Er kwam niemand.');
    expect(await post(page, button(page, 'Versturen'))).toBe(400);
    const message = 'Vertel kort wat er misging, dan kunnen we verder zoeken.';
    const summaryLink = page.getByRole('alert').getByRole('link');
    expect(await textOf(summaryLink)).toBe(`Wat ging er mis? (als het niet is opgelost): ${message}`);
    expect(await summaryLink.getAttribute('href')).toBe('#veld-reden');
    expect(await textOf(page.locator('#veld-reden-fout'))).toBe(message);
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await reason.getAttribute('aria-describedby')).toBe('veld-reden-fout');
    // What was chosen and typed is kept.
    expect(await outcome.getByLabel('Nee, het is niet opgelost').isChecked()).toBe(true);
    expect(await satisfaction.getByLabel('2 – niet zo tevreden', { exact: true }).isChecked()).toBe(true);
    expect(await comment.inputValue()).toBe('Er kwam niemand.');
    await checkPage(team, 'telefoon-afronden-fout');

    await outcome.getByLabel('Ja, iemand uit de buurt helpt mij').check();
    await satisfaction.getByLabel('4 – tevreden', { exact: true }).check();
    await comment.fill(`${volunteer} komt elke week, dat scheelt veel.`);
    expect(await post(page, button(page, 'Versturen'))).toBe(303);
    expect(new URL(page.url()).pathname).toBe(requestPath);
    // Closed, with the outcome in words and the asker's score; nothing left to record by phone.
    expect(await matchLines(page)).toEqual([
      `${volunteer} · afgesloten · opgelost door een buur (informeel) · cijfer 4`,
    ]);
    expect(await page.getByRole('link', { name: /\(telefoon\)$/ }).count()).toBe(0);
    const history = await historyLines(page);
    for (const kind of ['vrijwilliger zegt ja', 'vrager zegt ja', 'afgesloten']) {
      expect(
        history.filter((line) => line.includes(` · ${kind} (aan de telefoon) · Sanne Jansen`)),
        kind,
      ).toHaveLength(1);
    }
    await checkPage(team, 'telefoon-afgerond');

    // The asker's page says it is done and no longer asks what a volunteer may see.
    const asker = await session.newTab();
    await asker.page.goto(statusPagePath);
    expect(await textOf(asker.page.getByRole('status'))).toBe('Je hulpvraag is afgerond.');
    expect(await sharingSection(asker.page).count()).toBe(0);
  });
});

describe('c. a volunteer signs up', () => {
  it('may say whether they are a woman or a man, and signs up with it', async () => {
    const tab = await session.newTab();
    const { page } = tab;
    await page.goto('/helpen/aanmelden');
    expect(await h1(page)).toBe('Ik wil helpen');
    const gender = page.getByLabel(GENDER_LABEL);
    expect(await gender.locator('option').allInnerTexts()).toEqual([
      'Niet ingevuld',
      'Een vrouw',
      'Een man',
      'Anders, of dat zeg ik liever niet',
    ]);
    expect(await gender.inputValue()).toBe('');
    // The hint says why it is asked and who sees it, and belongs to the select.
    const hintId = await gender.getAttribute('aria-describedby');
    expect(await textOf(page.locator(`#${hintId}`))).toBe(
      'Sommige mensen vragen om een vrouw of een man als helper. Alleen het wijkteam ziet dit.',
    );
    await checkPage(tab, 'vrijwilliger-aanmelden-geslacht');

    await page.getByLabel('Je voornaam').fill('Ria');
    await page.getByLabel('Je e-mailadres').fill('ria.vrijwilliger@voorbeeld.nl');
    await page
      .getByRole('group', { name: 'Waar wil je bij helpen?' })
      .getByLabel('Boodschappen', { exact: true })
      .check();
    await gender.selectOption({ label: 'Een vrouw' });
    await page.getByLabel('Ik heb de afspraken gelezen en vind ze goed').check();
    expect(await post(page, button(page, 'Aanmelden'))).toBe(303);
    expect(await h1(page)).toBe('Kijk in je e-mail');
    await confirmSignUpFromMail(tab, session.app, 'ria.vrijwilliger@voorbeeld.nl');
    expect(await textOf(page.getByRole('status'))).toContain('Je bent aangemeld als vrijwilliger.');
    // Her answer is on her own page.
    expect(await page.getByLabel(GENDER_LABEL).inputValue()).toBe('v');
    await checkPage(tab, 'vrijwilliger-aangemeld-geslacht');
  });
});

describe('d. a volunteer with an account', () => {
  it('sees the team’s question on their own page, only what the asker shared, and says yes there', async () => {
    // A resident asks for help with DigiD, keeping the area to herself.
    const asker = await session.newTab();
    const ap = asker.page;
    await ap.goto('/hulp/vraag');
    await ap
      .getByLabel('Vertel in je eigen woorden wat er speelt')
      .fill(
        'Mijn DigiD doet het niet meer en ik moet mijn huurtoeslag regelen. Kan iemand bij mij thuis helpen met ' +
          'de computer?',
      );
    await ap.getByLabel('Voor mijzelf').check();
    expect(await post(ap, button(ap, 'Verder'))).toBe(200);
    await ap.getByLabel('Postcode (mag leeg blijven)').fill('3581 CP');
    await ap.getByLabel('Je naam', { exact: true }).fill('Els Vermeulen');
    await ap.getByLabel('Je telefoonnummer', { exact: true }).fill('06-11223344');
    await ap.getByRole('group', { name: SHARE_LEGEND }).getByLabel(FIRST_NAME_BOX, { exact: true }).check();
    await ap.getByRole('group', { name: SHARE_LEGEND }).getByLabel(NEED_BOX, { exact: true }).check();
    expect(await post(ap, button(ap, 'Hulpvraag versturen'))).toBe(303);
    const reference = /HV-[A-Z0-9]{5}/.exec(await ap.locator('main').innerText())![0];

    // The team asks Karim, the demo volunteer who has an account.
    const staff = await session.newTab();
    await signInAsStaff(staff, demoEmail('wijkteamlid'), '/team');
    const { page } = staff;
    await page.goto('/team/hulpvragen');
    await Promise.all([page.waitForURL(/\/team\/hulpvragen\/[0-9a-f-]{36}$/), link(page, reference).click()]);
    const karim = page
      .locator('h2:has-text("Suggesties") + ol > li.nabij-card')
      .filter({ has: page.locator(':scope > p > strong', { hasText: /^Karim$/ }) });
    expect(await post(page, karim.getByRole('button', { name: 'Vraag deze vrijwilliger' }))).toBe(303);

    // Karim signs in and finds the question on his own page.
    const volunteer = await session.newTab();
    const vp = volunteer.page;
    await vp.goto('/demo');
    await Promise.all([vp.waitForURL('/mijn'), demoButton(vp, 'vrijwilliger').click()]);
    await vp.goto('/mijn/vrijwilliger');
    const questions = vp.getByRole('region', { name: 'Vragen voor jou' });
    const card = questions.locator('.nabij-card').filter({ hasText: 'Wil je Els helpen?' });
    expect(await card.locator('dt').allInnerTexts()).toEqual(['Wie', 'Hulp bij']);
    expect(await textOf(card)).not.toContain('3581');
    expect(await textOf(card)).not.toContain('huurtoeslag');
    await checkPage(volunteer, 'vrijwilliger-vragen');
    expect(await post(vp, card.getByRole('button', { name: 'Ja, ik wil helpen' }))).toBe(303);
    expect(new URL(vp.url()).search).toBe('?beantwoord=1');
    expect(await textOf(vp.getByRole('status'))).toBe('Dank je wel, je antwoord is bewaard.');
    expect(await textOf(questions.locator('.nabij-card').filter({ hasText: 'Hulp aan Els' }))).toContain(
      'Je zei ja. We vragen nu of Els het ook goed vindt.',
    );
    await checkPage(volunteer, 'vrijwilliger-vragen-ja');

    // The team sees his yes in the history.
    await page.reload();
    expect(await textOf(page.locator('h2:has-text("Geschiedenis") + ul > li').last())).toMatch(
      /vrijwilliger zegt ja · Karim Benali$/,
    );

    // Els has no e-mail: she answers on her own status page, and later says how it went.
    await ap.reload();
    const offer = ap.getByRole('region', { name: 'Karim wil je helpen' });
    await checkPage(asker, 'status-voorstel-vrager');
    expect(await post(ap, offer.getByRole('button', { name: 'Ja, graag' }))).toBe(303);
    expect(await textOf(ap.getByRole('status').filter({ hasText: 'antwoord' }))).toBe(
      'Dank je wel, je antwoord is bewaard.',
    );
    await Promise.all([
      ap.waitForURL(/\/koppelingen\/[0-9a-f-]{36}\/afronden$/),
      ap.getByRole('region', { name: 'Karim helpt je' }).getByRole('link', { name: 'Vertel ons hoe het gaat' }).click(),
    ]);
    expect(await h1(ap)).toBe('Hoe gaat het, Els?');
    await checkPage(asker, 'status-afronden');
    await ap.getByLabel('Ja, iemand uit de buurt helpt mij').check();
    await ap.getByLabel('5 – heel tevreden').check();
    expect(await post(ap, button(ap, 'Versturen'))).toBe(303);
    expect(await textOf(ap.getByRole('status').filter({ hasText: 'antwoord' }))).toBe(
      'Dank je wel, je antwoord is bewaard.',
    );
    expect(await textOf(ap.locator('main'))).toContain('Je hulpvraag is afgerond.');
    await page.reload();
    expect(await textOf(page.locator('h2:has-text("Koppelingen") + ul'))).toContain(
      'Karim · afgesloten · opgelost door een buur (informeel) · cijfer 5',
    );
  });
});

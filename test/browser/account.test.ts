// Annie's own account in a real browser: her details form (errors, nothing typed lost, saving) and
// "Wie heeft mijn gegevens bekeken?", which shows it when a team member looks her up.
import { beforeAll, describe, expect, it } from 'vitest';
import { demoEmail } from '../../src/modules/demo/seed.js';
import { checkPage, h1, openTab, post, signInAsStaff, signInWithCode, type Tab, textOf, visible } from './journeys.js';
import { browserSession } from './session.js';

const PHONE = '06-12345678';

const session = browserSession();
let annie: Tab;

beforeAll(async () => {
  annie = await session.newTab();
  await signInWithCode(annie, session.app, demoEmail('bewoner'));
});

/** The rows of the access log table as text, one string per row with its cells joined by " | ". */
async function accessLogRows(tab: Tab): Promise<string[]> {
  const rows = tab.page.locator('main table tbody tr');
  await visible(rows.first());
  const texts = await rows.evaluateAll((trs) =>
    trs.map((tr) =>
      Array.from(tr.querySelectorAll('td'), (td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | '),
    ),
  );
  return texts;
}

describe('my account', () => {
  it('shows Annie her own details', async () => {
    const { page } = annie;
    await page.goto('/account');
    expect(await h1(page)).toBe('Mijn account');
    expect(await textOf(page.locator('main dl'))).toContain(demoEmail('bewoner'));
    expect(await textOf(page.locator('main dl'))).toContain('De Bron');
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('Annie de Vries');
    expect(await page.getByLabel('Telefoonnummer (mag leeg blijven)').inputValue()).toBe('');
    expect(await page.getByRole('radio', { name: 'Nederlands' }).isChecked()).toBe(true);
    await checkPage(annie, 'account');
  });

  it('refuses an empty name in the summary and next to the field, and keeps the phone number typed', async () => {
    const { page } = annie;
    await page.goto('/account');
    await page.getByLabel('Naam', { exact: true }).fill('');
    await page.getByLabel('Telefoonnummer (mag leeg blijven)').fill(PHONE);
    expect(await post(page, page.getByRole('button', { name: 'Opslaan' }))).toBe(400);

    const summary = page.getByRole('alert');
    expect(await textOf(summary.getByRole('heading', { level: 2 }))).toBe('Er is iets niet goed ingevuld');
    const links = summary.getByRole('link');
    expect(await links.count()).toBe(1);
    expect(await textOf(links)).toBe('Naam: Vul je naam in.');
    expect(await links.getAttribute('href')).toBe('#veld-naam');
    expect(await textOf(page.locator('#veld-naam-fout'))).toBe('Vul je naam in.');

    const name = page.getByLabel('Naam', { exact: true });
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect((await name.getAttribute('aria-describedby'))?.split(' ')).toContain('veld-naam-fout');
    expect(await page.getByLabel('Telefoonnummer (mag leeg blijven)').inputValue()).toBe(PHONE);
    expect(await page.getByLabel('Telefoonnummer (mag leeg blijven)').getAttribute('aria-invalid')).toBeNull();
    await checkPage(annie, 'account-error');

    // Nothing was saved.
    await page.goto('/account');
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('Annie de Vries');
    expect(await page.getByLabel('Telefoonnummer (mag leeg blijven)').inputValue()).toBe('');
  });

  it('saves a valid change and says so', async () => {
    const { page } = annie;
    await page.goto('/account');
    await page.getByLabel('Naam', { exact: true }).fill('Annie de Vries');
    await page.getByLabel('Telefoonnummer (mag leeg blijven)').fill(PHONE);
    expect(await post(page, page.getByRole('button', { name: 'Opslaan' }))).toBe(303);
    await page.waitForURL((url) => url.pathname === '/account' && url.searchParams.get('opgeslagen') === '1');
    expect(await textOf(page.getByRole('status'))).toBe('Je gegevens zijn opgeslagen.');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('Annie de Vries');
    expect(await page.getByLabel('Telefoonnummer (mag leeg blijven)').inputValue()).toBe(PHONE);
    await checkPage(annie, 'account-saved');
  });
});

describe('who looked at my data', () => {
  it('lists what Annie did herself', async () => {
    const { page } = annie;
    await page.goto('/account');
    await page.getByRole('link', { name: 'Wie heeft mijn gegevens bekeken?' }).click();
    await page.waitForURL('/account/toegangslog');
    expect(await h1(page)).toBe('Wie heeft mijn gegevens bekeken?');
    const rows = await accessLogRows(annie);
    // Her own looks today are one line, however often she opened a page about herself.
    expect(rows).toContainEqual(
      expect.stringMatching(/\| Jijzelf \| Je hebt zelf je gegevens bekeken, \d+ keer \| je bekeek je eigen gegevens$/),
    );
    expect(rows.filter((row) => row.includes('Je hebt zelf je gegevens bekeken'))).toHaveLength(1);
    expect(rows).toContainEqual(
      expect.stringMatching(/\| Jijzelf \| veranderde je naam en contactgegevens \| je bekeek je eigen gegevens$/),
    );
    expect(rows.some((row) => row.includes('Sanne Jansen'))).toBe(false);
    expect(await textOf(page.locator('main table caption'))).toMatch(
      new RegExp(`^Regel 1 tot en met ${rows.length} van ${rows.length}$`),
    );
    for (const header of ['Wanneer', 'Wie', 'Wat', 'Waarom']) {
      await visible(page.getByRole('columnheader', { name: header, exact: true }));
    }
    await checkPage(annie, 'access-log');
  });

  it('shows Annie that Sanne Jansen of the team looked her up and viewed her details', async () => {
    const sanne = await openTab(session.browser, session.app);
    try {
      const { page } = sanne;
      await signInAsStaff(sanne, demoEmail('wijkteamlid'), '/team');
      await page.getByRole('search').getByLabel('Zoek een bewoner op naam of e-mailadres').fill('Annie');
      await page.getByRole('search').getByRole('button', { name: 'Zoeken' }).click();
      await page.waitForURL((url) => url.pathname === '/team' && url.searchParams.get('zoek') === 'Annie');
      expect(await textOf(page.locator('main h2'))).toBe('1 gevonden');
      const result = page.locator('main ul').getByRole('link', { name: 'Annie de Vries' });
      await visible(result);
      expect(await page.getByRole('search').getByLabel('Zoek een bewoner op naam of e-mailadres').inputValue()).toBe(
        'Annie',
      );
      await checkPage(sanne, 'team-search');

      await result.click();
      await page.waitForURL(/\/team\/personen\/[0-9a-f-]{36}$/);
      const personId = new URL(page.url()).pathname.split('/').at(-1);
      expect(personId).toMatch(/^[0-9a-f-]{36}$/);
      expect(await h1(page)).toBe('Annie de Vries');
      const details = await textOf(page.locator('main dl'));
      expect(details).toContain(demoEmail('bewoner'));
      expect(details).toContain(PHONE);
      expect(details).toContain('De Bron');
      await checkPage(sanne, 'team-person');
    } finally {
      await sanne.context.close();
    }

    const { page } = annie;
    await page.goto('/account/toegangslog');
    const rows = await accessLogRows(annie);
    expect(rows).toContainEqual(
      expect.stringMatching(
        /\| Sanne Jansen, medewerker van het wijkteam \| bekeek je naam en contactgegevens \| om contact met je op te nemen$/,
      ),
    );
    expect(rows).toContainEqual(
      expect.stringMatching(
        /\| Sanne Jansen, medewerker van het wijkteam \| zocht en vond je naam en contactgegevens \| om contact met je op te nemen$/,
      ),
    );
    // Newest first: Annie's own looks of today (opening this list again among them), then Sanne viewing her
    // details, then Sanne's search that found her.
    expect(rows[0]).toMatch(/\| Jijzelf \| Je hebt zelf je gegevens bekeken, \d+ keer \|/);
    expect(rows[1]).toMatch(/\| Sanne Jansen, medewerker van het wijkteam \| bekeek /);
    expect(rows[2]).toMatch(/\| Sanne Jansen, medewerker van het wijkteam \| zocht en vond /);
    await visible(page.locator('main table').getByText('Sanne Jansen, medewerker van het wijkteam').first());
    await checkPage(annie, 'access-log-after-team');
  });
});

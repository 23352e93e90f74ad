// Signals, the team's side, in a real browser: the list with its deadlines in words, a signal taken up, the visit
// recorded and turned into a help request with the person's consent, the note for the person, the person's own page
// with who looked, and the administrator's terms.
import { describe, expect, it } from 'vitest';
import { demoEmail } from '../../src/modules/demo/seed.js';
import { type SignalInput, submitSignal } from '../../src/modules/signals/index.js';
import { checkAtPhoneAndDesktop, checkPage, h1, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();
/** A journey with several pages, each checked at two widths: more than the default minute on a busy machine. */
const journey = { timeout: 180_000 };

const worry: SignalInput = {
  kind: 'persoon',
  topic: 'oudere_alleen',
  whatSeen: 'Mijn buurman doet al een week de gordijnen niet meer open en de post stapelt zich op.',
  sinceWhen: 'Sinds vorige week',
  street: 'Lindelaan',
  postcode: '3532',
  personKnows: 'nee',
  reporterUserId: null,
  reporterRole: 'bewoner',
  reporterName: 'Els Melder',
  reporterPhone: '06 1234 5678',
};

const hours = (n: number) => new Date(Date.now() + n * 3_600_000);

describe('the team’s signals', () => {
  it('lists them by urgency and deadline, takes one up, records the visit and makes a help request of it', async () => {
    const { app } = session;
    const db = app.database.db;
    const tenant = app.demo.tenant;
    const nabij = { kind: 'system' as const, tenantId: tenant.id, process: 'signaal' as const };
    const make = async (input: SignalInput, due: number, second: number) => {
      const made = await submitSignal(app.app.ctx, tenant, nabij, input);
      await db
        .updateTable('signals')
        .set({ due_at: hours(due), second_due_at: hours(second) })
        .where('id', '=', made.id)
        .execute();
      return made;
    };
    const spoed = await make({ ...worry, reporterSaysDanger: true }, 3, 20);
    const late = await make(worry, -50, -3);
    const calm = await make(worry, 30, 100);
    await make(
      { ...worry, kind: 'buurt', topic: 'jongeren', whatSeen: 'Jongeren hangen ’s avonds rond op het plein.' },
      100,
      300,
    );

    const team = await session.signedInAs('wijkteamlid');
    const { page } = team;
    await page.goto('/team/signalen');
    expect(await h1(page)).toBe('Signalen');
    // The demo's own signals count too: the sentence says how many open ones are past their first term.
    const overdue = Number(
      (
        await db
          .selectFrom('signals')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('tenant_id', '=', tenant.id)
          .where('status', '<>', 'afgesloten')
          .where('due_at', '<', new Date())
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(overdue).toBeGreaterThanOrEqual(1);
    expect(await textOf(page.locator('#over-termijn'))).toBe(
      overdue === 1 ? '1 signaal is over de termijn.' : `${overdue} signalen zijn over de termijn.`,
    );
    const references = await page.locator('tbody tr td:first-child a').allInnerTexts();
    expect(references.indexOf(spoed.reference)).toBeLessThan(references.indexOf(late.reference));
    expect(references.indexOf(late.reference)).toBeLessThan(references.indexOf(calm.reference));
    expect(await textOf(page.locator('tbody tr', { hasText: late.reference }))).toContain(
      'tweede termijn verlopen sinds 3 uur',
    );
    await checkAtPhoneAndDesktop(team, 'signalen-lijst');

    await page.getByRole('link', { name: calm.reference }).click();
    expect(await h1(page)).toBe(`Signaal ${calm.reference}`);
    expect(await post(page, page.getByRole('button', { name: 'Ik pak dit op' }))).toBe(303);
    expect(await textOf(page.locator('main'))).toContain('Stand: in behandeling.');
    await checkAtPhoneAndDesktop(team, 'signaal-opgepakt');

    await page.getByLabel('contact gemaakt').check();
    await page.getByLabel('Notitie over het bezoek').fill('Gesproken aan de deur. Hij wil hulp bij boodschappen.');
    expect(await post(page, page.getByRole('button', { name: 'Bezoek vastleggen' }))).toBe(303);
    expect(await textOf(page.locator('main'))).toContain('Stand: erop af geweest.');

    // Without the person's consent nothing is recorded: the message beside the tick box.
    await page.getByLabel('Naam van de persoon').fill('Henk de Vries');
    await page.getByLabel('Telefoonnummer').fill('06 9876 5432');
    await page
      .getByLabel('Waarbij wil de persoon hulp? In zijn of haar woorden.')
      .fill('Ik wil graag iemand die af en toe boodschappen met me doet.');
    await page.getByLabel('mondeling').check();
    expect(await post(page, page.getByRole('button', { name: 'Hulpvraag maken en signaal doorzetten' }))).toBe(400);
    expect(await textOf(page.locator('#veld-toestemming-fout'))).toBe(
      'Vink aan dat de persoon toestemming gaf. Zonder toestemming leggen we niets vast.',
    );
    expect(await page.getByLabel('Naam van de persoon').inputValue()).toBe('Henk de Vries');
    await checkAtPhoneAndDesktop(team, 'signaal-hulpvraag-fout');

    await page.getByLabel('De persoon gaf toestemming om dit vast te leggen').check();
    expect(await post(page, page.getByRole('button', { name: 'Hulpvraag maken en signaal doorzetten' }))).toBe(303);
    const main = await textOf(page.locator('main'));
    expect(main).toContain('Stand: doorgezet.');
    expect(main).toContain('De persoon gaf mondeling toestemming om de hulpvraag vast te leggen.');
    await checkAtPhoneAndDesktop(team, 'signaal-doorgezet');

    // The note for the person, and their own page by its link.
    expect(await post(page, page.getByRole('button', { name: 'Maak het briefje voor de persoon' }))).toBe(200);
    expect(await h1(page)).toBe('Er is een signaal over u gegeven');
    await checkPage(team, 'signaal-briefje');
    const link = await textOf(page.locator('.nabij-link-breekbaar'));
    expect(link).toMatch(/\/signaal\/over-mij\/[A-Za-z0-9_-]+$/);

    const person = await session.newTab();
    await person.page.goto(new URL(link).pathname);
    expect(await h1(person.page)).toBe('Een signaal over jou');
    const own = await textOf(person.page.locator('main'));
    const worker = await db
      .selectFrom('users')
      .select('display_name')
      .where('email', '=', demoEmail('wijkteamlid'))
      .executeTakeFirstOrThrow();
    expect(own).toContain('Het ging over: oudere die alleen woont.');
    expect(own).toContain(worker.display_name);
    for (const secret of ['Els Melder', 'gordijnen', 'Lindelaan', 'boodschappen']) expect(own).not.toContain(secret);
    await checkAtPhoneAndDesktop(person, 'signaal-over-mij');
    // A long journey of many pages, each checked twice with axe on a machine shared with other work.
  }, 240_000);
});

describe('the administrator’s terms of signals', () => {
  it(
    'shows the defaults, refuses a second term shorter than the first beside the field, then saves',
    journey,
    async () => {
      const admin = await session.signedInAs('beheerder');
      const { page } = admin;
      await page.goto('/beheer/signaaltermijnen');
      expect(await h1(page)).toBe('Termijnen van signalen');
      await checkAtPhoneAndDesktop(admin, 'signaaltermijnen');
      const second = page.locator('#veld-buurt_normaal_tweede');
      await second.fill('2');
      expect(await post(page, page.getByRole('button', { name: 'Opslaan' }))).toBe(400);
      expect(await textOf(page.locator('#veld-buurt_normaal_tweede-fout'))).toBe(
        'De tweede termijn moet langer zijn dan de eerste.',
      );
      await checkPage(admin, 'signaaltermijnen-fout');
      await page.locator('#veld-buurt_normaal_tweede').fill('20');
      expect(await post(page, page.getByRole('button', { name: 'Opslaan' }))).toBe(303);
      expect(await textOf(page.getByRole('status'))).toBe('De termijnen zijn opgeslagen.');
    },
  );
});

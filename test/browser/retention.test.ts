// Retention in a real browser: the administrator's terms (a refused value, then saved) and a resident's erase page
// with one request that can be erased and one case file that cannot.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { demoEmail } from '../../src/modules/demo/seed.js';
import { runRetention } from '../../src/modules/retention/index.js';
import { makeCase, makeHelpRequest, type TestUser } from '../support/factories.js';
import { checkAtPhoneAndDesktop, checkPage, h1, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

describe('the administrator’s retention terms', () => {
  it('refuses a Wmo term shorter than 15 years beside the field, then saves a good one', async () => {
    // One run of the job, so the page lists it (the demo has nothing due: a run that erased nothing).
    await runRetention(session.app.database.db, new Date(), [session.app.demo.tenant.id]);
    const admin = await session.signedInAs('beheerder');
    const { page } = admin;
    await page.goto('/beheer');
    await page.getByRole('link', { name: /Bewaartermijnen/ }).click();
    expect(await h1(page)).toBe('Bewaartermijnen');
    expect(await page.locator('#rondes ~ * table tbody tr, section[aria-labelledby="rondes"] tbody tr').count()).toBe(
      1,
    );
    await checkAtPhoneAndDesktop(admin, 'bewaartermijnen');

    const file = page.getByLabel('Dossier van een casus (Wmo)');
    await file.fill('10');
    expect(await post(page, page.getByRole('button', { name: 'Opslaan' }))).toBe(400);
    const message =
      'Vul een heel aantal jaren in, van 15 tot en met 20. Een Wmo-dossier bewaart het wijkteam minstens 15 jaar.';
    expect(await textOf(page.getByRole('alert').getByRole('link'))).toBe(`Dossier van een casus (Wmo): ${message}`);
    expect(await textOf(page.locator('#veld-dossier-fout'))).toBe(message);
    expect(await file.inputValue()).toBe('10');
    await checkAtPhoneAndDesktop(admin, 'bewaartermijnen-fout');

    await file.fill('16');
    expect(await post(page, page.getByRole('button', { name: 'Opslaan' }))).toBe(303);
    expect(await textOf(page.getByRole('status'))).toBe('De bewaartermijnen zijn opgeslagen.');
    expect(await page.getByLabel('Dossier van een casus (Wmo)').inputValue()).toBe('16');
    // Back to the default, for the resident's page below.
    await page.getByLabel('Dossier van een casus (Wmo)').fill('15');
    expect(await post(page, page.getByRole('button', { name: 'Opslaan' }))).toBe(303);
  });
});

describe('a resident asks to erase their data', () => {
  it('erases a closed request at once, and says why a case file stays', async () => {
    const { app } = session;
    const db = app.database.db;
    const tenant = app.demo.tenant;
    const user = await db
      .selectFrom('users')
      .select(['id', 'email', 'display_name'])
      .where('email', '=', demoEmail('bewoner'))
      .executeTakeFirstOrThrow();
    const asker: TestUser = {
      id: user.id,
      tenantId: tenant.id,
      role: 'bewoner',
      email: user.email,
      displayName: user.display_name,
      totpSecret: null,
    };
    const done = await makeHelpRequest(db, { tenant, asker });
    const file = await makeHelpRequest(db, { tenant, asker });
    const closedCase = await makeCase(db, { tenant, request: file });
    await sql`UPDATE help_requests SET state = 'afgesloten' WHERE id IN (${done.id}, ${file.id})`.execute(db);
    await sql`UPDATE cases SET status = 'gesloten', closed_at = now() WHERE id = ${closedCase.id}`.execute(db);

    const annie = await session.signedInAs('bewoner');
    const { page } = annie;
    await page.getByRole('link', { name: 'Vraag om je gegevens te wissen' }).click();
    expect(await h1(page)).toBe('Vraag om je gegevens te wissen');
    const fileSection = page.locator('section', {
      has: page.getByRole('heading', { name: `Hulpvraag ${file.reference}` }),
    });
    expect(await textOf(fileSection)).toContain(
      'Je dossier moet het wijkteam volgens de Wmo 15 jaar bewaren na het afsluiten. ' +
        'Tot dan kunnen we het niet wissen.',
    );
    await checkAtPhoneAndDesktop(annie, 'gegevens-wissen');

    expect(await post(page, page.getByRole('button', { name: `Wis hulpvraag ${done.reference}` }))).toBe(303);
    expect(await textOf(page.getByRole('status'))).toBe(`Hulpvraag ${done.reference} is gewist.`);
    expect(await page.getByRole('heading', { name: `Hulpvraag ${done.reference}` }).count()).toBe(0);
    await checkPage(annie, 'gegevens-wissen-gewist');
  });
});

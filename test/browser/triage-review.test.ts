// The functional administrator's review of triage: a team member's change of route becomes a correction, the
// administrator sees it with the confusion and the words that pushed the wrong way, and rolls a model back.
import { beforeAll, describe, expect, it } from 'vitest';
import { findTenantBySlug } from '../../src/kernel/tenancy/queries.js';
import { trainMunicipalityModel } from '../../src/modules/triage/index.js';
import { makeHelpRequest } from '../support/factories.js';
import { button, checkPage, h1, link, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();
let reference = '';

beforeAll(async () => {
  const tenant = await findTenantBySlug(session.app.database.db, 'wijkstad');
  const request = await makeHelpRequest(session.app.database.db, {
    tenant: tenant!,
    text: 'Mijn zoon van 16 komt om drie uur s nachts thuis en heeft ineens veel geld. Is er een sportclub?',
    route: 'collectief',
    needKeys: ['bewegen'],
  });
  reference = request.reference;
});

describe('the review of triage', () => {
  it("shows the team's change with its reason, the confusion and the words behind the proposal", async () => {
    const team = await session.signedInAs('wijkteamlid');
    await team.page.goto('/team/hulpvragen');
    await Promise.all([team.page.waitForURL(/\/team\/hulpvragen\/[0-9a-f-]{36}$/), link(team.page, reference).click()]);
    await team.page.getByLabel('Route', { exact: true }).selectOption({ label: 'Professioneel' });
    await team.page
      .getByLabel('Waarom verander je het? (nodig als je iets verandert)')
      .fill('Signalen van criminaliteit, dit is voor het jongerenwerk.');
    expect(await post(team.page, button(team.page, 'Opslaan met mijn wijziging'))).toBe(303);

    const admin = await session.signedInAs('beheerder');
    await Promise.all([
      admin.page.waitForURL('/beheer/triage'),
      link(admin.page, 'Triage: correcties en modellen').click(),
    ]);
    expect(await h1(admin.page)).toBe('Triage: correcties en modellen');
    expect(await textOf(admin.page.locator('main'))).toContain('Signalen van criminaliteit');
    expect(await textOf(admin.page.locator('main table caption'))).toContain('Voorstel van Nabij (rij)');
    // The one correction: proposed collectief, decided professioneel.
    const cell = admin.page.locator('main table tbody tr').filter({ hasText: 'Collectief' }).locator('td').nth(2);
    expect(await textOf(cell)).toBe('1');
    await checkPage(admin, 'triage-correcties');
  });

  it('rolls a municipal model back to the base model with one button', { timeout: 300_000 }, async () => {
    const db = session.app.database.db;
    const tenant = await findTenantBySlug(db, 'wijkstad');
    const system = { kind: 'system' as const, tenantId: tenant!.id, process: 'opdrachtregel' as const };
    const trained = await trainMunicipalityModel(db, system, tenant!.id, 'wijkstad');

    const admin = await session.signedInAs('beheerder');
    await admin.page.goto('/beheer/triage');
    expect(await textOf(admin.page.locator('main'))).toContain(`${trained.model.version}`);
    await checkPage(admin, 'triage-modellen');
    expect(await post(admin.page, button(admin.page, 'Zet het vorige model terug'))).toBe(303);
    expect(await textOf(admin.page.getByRole('status'))).toMatch(/^Teruggezet\. Nu in gebruik: basis-/);
    expect(await admin.page.getByRole('button', { name: 'Zet het vorige model terug' }).count()).toBe(0);
    await checkPage(admin, 'triage-teruggezet');
  });
});

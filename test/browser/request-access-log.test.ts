// An asker without an account sees who looked at their data, by the private link of their help request.
import { describe, expect, it } from 'vitest';
import { makeHelpRequest } from '../support/factories.js';
import { checkAtPhoneAndDesktop, h1 } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

describe('the log by the status link', () => {
  it('shows the asker without an account that a team member looked at their request', async () => {
    const { app } = session;
    const request = await makeHelpRequest(app.database.db, {
      tenant: app.demo.tenant,
      asker: null,
      askerName: 'Bep Zonderaccount',
    });
    const team = await session.signedInAs('wijkteamlid');
    await team.page.goto(`/team/hulpvragen/${request.id}`);
    expect(await h1(team.page)).toContain(request.reference);

    const asker = await session.newTab();
    await asker.page.goto(request.statusPath);
    await asker.page.getByRole('link', { name: 'Bekijk wie je gegevens heeft bekeken' }).click();
    await asker.page.waitForURL((url) => url.pathname === `${request.statusPath}/toegangslog`);
    expect(await h1(asker.page)).toBe('Wie heeft mijn gegevens bekeken?');
    const rows = await asker.page.locator('main table tbody tr').allInnerTexts();
    expect(rows.some((r) => r.includes('medewerker van het wijkteam') && r.includes('bekeek'))).toBe(true);
    expect(rows.some((r) => r.includes('Je hebt zelf je gegevens bekeken'))).toBe(true);
    await checkAtPhoneAndDesktop(asker, 'hulpvraag-toegangslog');
  });
});

// The team's public account and the sounding board's draw in a real browser (docs/agenda-account.md,
// docs/agenda-board.md): the public list of results and a result's timeline, following by e-mail as a visitor and with
// the account as a resident, and the draw's page with its check. Checked with axe, photographed at 390 and 1280 px.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/kernel/access/gate.js';
import { findTenantBySlug } from '../../src/kernel/tenancy/queries.js';
import {
  addMilestone,
  closeCandidateList,
  createResult,
  holdDraw,
  postUpdate,
  standForBoard,
} from '../../src/modules/agenda/index.js';
import { button, checkAtPhoneAndDesktop, h1, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();
const journey = { timeout: 180_000 };

async function demoData() {
  const db = session.app.database.db;
  const tenant = (await findTenantBySlug(db, 'wijkstad'))!;
  const userOf = async (role: 'opbouwwerker' | 'bewoner') =>
    db
      .selectFrom('users')
      .select(['id', 'role'])
      .where('tenant_id', '=', tenant.id)
      .where('role', '=', role)
      .orderBy('created_at')
      .executeTakeFirstOrThrow();
  const worker = await userOf('opbouwwerker');
  const wijk = await db
    .selectFrom('neighbourhoods')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .orderBy('name')
    .executeTakeFirstOrThrow();
  const actor: Actor = { kind: 'user', userId: worker.id, tenantId: tenant.id, role: worker.role };
  return { db, tenant, worker, wijk: wijk.id, actor };
}

describe('the public account', () => {
  it('shows results with progress and a timeline, and lets a visitor and a resident follow', journey, async () => {
    const { db, wijk, actor, worker } = await demoData();
    const id = await createResult(db, actor, {
      proposalId: null,
      neighbourhoodId: wijk,
      title: 'Een moestuin achter het buurthuis',
      description: 'Samen met bewoners leggen we een moestuin aan.',
      ownerUserId: worker.id,
      startsOn: '2026-03-01',
      endsOn: '2026-09-30',
    });
    await addMilestone(db, actor, id, { title: 'Grond klaarmaken', dueOn: '2026-04-15' });
    await postUpdate(db, actor, id, { text: 'De gemeente geeft het stuk grond.', progress: 35, status: 'bezig' });

    const visitor = await session.newTab();
    const { page } = visitor;
    await page.goto('/verantwoording');
    expect(await h1(page)).toBe('Wat het team doet');
    const card = page.locator('li', { hasText: 'Een moestuin achter het buurthuis' });
    expect(await textOf(card)).toContain('35%');
    expect(await textOf(card)).toContain('Grond klaarmaken');
    await checkAtPhoneAndDesktop(visitor, 'verantwoording');

    await page.getByRole('link', { name: 'Een moestuin achter het buurthuis' }).click();
    await page.waitForURL(/\/verantwoording\/[0-9a-f-]{36}$/);
    expect(await textOf(page.locator('main ol'))).toContain('De gemeente geeft het stuk grond.');
    expect(await post(page, button(page, 'Volgen'))).toBe(400);
    expect(await textOf(page.locator('#veld-email-fout'))).toBe('Vul je e-mailadres in.');
    await page.getByLabel('Je e-mailadres').fill('moestuin-volger@example.org');
    expect(await post(page, button(page, 'Volgen'))).toBe(303);
    expect(await textOf(page.getByRole('status'))).toContain('Kijk in je mail');
    await checkAtPhoneAndDesktop(visitor, 'verantwoording-resultaat');

    const resident = await session.signedInAs('bewoner');
    await resident.page.goto(`/verantwoording/${id}`);
    expect(await post(resident.page, button(resident.page, 'Volgen'))).toBe(303);
    expect(await textOf(resident.page.getByRole('status'))).toBe('Je volgt dit nu.');
    expect(await resident.page.getByRole('button', { name: 'Niet meer volgen' }).count()).toBe(1);
    await checkAtPhoneAndDesktop(resident, 'verantwoording-volgen');

    await page.goto(`/verantwoording/jaarverslag/${new Date().getUTCFullYear()}`);
    expect(await h1(page)).toContain('Jaarverslag');
    await checkAtPhoneAndDesktop(visitor, 'verantwoording-jaarverslag');
  });
});

describe('the draw by lot', () => {
  it('shows the seed, the numbers and the result, and checks it on the server', journey, async () => {
    const { db, tenant, wijk, actor } = await demoData();
    const residents = await db
      .selectFrom('users')
      .select(['id', 'role'])
      .where('tenant_id', '=', tenant.id)
      .where('role', 'in', ['bewoner', 'vrijwilliger', 'initiatiefnemer'])
      .limit(4)
      .execute();
    for (const r of residents)
      await standForBoard(
        db,
        { kind: 'user', userId: r.id, tenantId: tenant.id, role: r.role },
        {
          neighbourhoodId: wijk,
          motivation: 'Ik wil meedenken.',
        },
      );
    await closeCandidateList(db, actor, wijk);
    const drawId = await holdDraw(db, actor, {
      neighbourhoodId: wijk,
      seed: 'Bewonersavond 12 januari: de zin van de voorzitter',
      seats: 2,
      fromOn: '2026-01-15',
      untilOn: '2029-01-15',
    });
    const tab = await session.newTab();
    await tab.page.goto(`/klankbordgroep/loting/${drawId}`);
    expect(await h1(tab.page)).toMatch(/^Loting klankbordgroep/);
    await tab.page.getByRole('button', { name: 'Controleer' }).click();
    await tab.page.waitForURL(/controleer=1/);
    expect(await textOf(tab.page.getByRole('status'))).toMatch(/^Klopt: opnieuw geloot geeft/);
    await checkAtPhoneAndDesktop(tab, 'klankbordgroep-loting');

    await tab.page.goto('/klankbordgroep');
    expect(await h1(tab.page)).toBe('Klankbordgroep');
    await checkAtPhoneAndDesktop(tab, 'klankbordgroep');
  });
});

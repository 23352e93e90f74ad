// The regisseur and free choice of provider in a real browser (docs/regie.md): the regisseur's case page with the
// regisseur, the referral outside the team, its escalation and a knot cut (Ron's demo case); the resident's /mijn with
// their regisseur and the decision, and choosing a provider (refused beside the field first); the team's share of own
// organisations; the community worker's providers page. Checked with axe and photographed at phone and desktop width.
import { describe, expect, it } from 'vitest';
import { findTenantBySlug } from '../../src/kernel/tenancy/queries.js';
import { decideKnot, setRegisseur } from '../../src/modules/casework/index.js';
import { demoEmail } from '../../src/modules/demo/seed.js';
import { makeCase, makeHelpRequest } from '../support/factories.js';
import { button, checkPage, h1, link, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();

const widths = [
  ['390', { width: 390, height: 844 }],
  ['1280', { width: 1280, height: 800 }],
] as const;

/** The demo account of a role, as the factories and commands take it. */
async function demoUser(role: 'bewoner' | 'wijkteamlid' | 'regisseur') {
  const db = session.app.database.db;
  const user = await db
    .selectFrom('users')
    .select(['id', 'tenant_id as tenantId', 'email', 'display_name as displayName', 'role'])
    .where('email', '=', demoEmail(role))
    .executeTakeFirstOrThrow();
  return { ...user, totpSecret: null };
}

describe('the regisseur’s case page', () => {
  it('shows the regisseur, the referral outside the team, its escalation and the knot cut', async () => {
    const regisseur = await session.signedInAs('regisseur');
    const { page } = regisseur;
    const ron = await session.app.database.db
      .selectFrom('cases')
      .select('id')
      .where('regisseur_user_id', 'is not', null)
      .executeTakeFirstOrThrow();
    await page.goto(`/team/casussen/${ron.id}`);
    const section = await textOf(page.locator('section[aria-labelledby="regie-kop"]'));
    expect(section).toContain('Regisseur: Mehmet Yılmaz.');
    expect(section).toContain('We vragen de deurwaarder om uitstel');
    expect(section).toContain('Schuldhulpmaatje Wijkstad');
    expect(section).toContain('nee, een aanbieder buiten het wijkteam');
    expect(section).toContain('te laat');
    expect(section).toContain('stap 1, de aanbieder is aangesproken');
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(regisseur, `regie-casus-${name}`);
    }

    // A knot without a reason is refused beside the field, with what was typed kept.
    await page.getByLabel('Wat besluit je?').fill('De budgetcoach begint maandag.');
    expect(await post(page, button(page, 'Knoop doorhakken'))).toBe(400);
    expect(await textOf(page.locator('#veld-besluit_reden-fout'))).toBe(
      'Schrijf op waarom je dit besluit. De bewoner leest dit.',
    );
    expect(await page.getByLabel('Wat besluit je?').inputValue()).toBe('De budgetcoach begint maandag.');
    await page.getByLabel('Waarom?').fill('Ron kan niet langer wachten.');
    expect(await post(page, button(page, 'Knoop doorhakken'))).toBe(303);
    expect(await textOf(page.locator('section[aria-labelledby="regie-kop"]'))).toContain(
      'De budgetcoach begint maandag.',
    );

    await Promise.all([
      page.waitForURL(/\/verwijzingen\/[0-9a-f-]{36}$/),
      page.getByRole('link', { name: /^Termijn en contact zetten/ }).click(),
    ]);
    expect(await h1(page)).toBe('Termijn voor Schuldhulpmaatje Wijkstad');
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(regisseur, `regie-termijn-${name}`);
    }

    await page.goto('/team/verwijzingen');
    expect(await h1(page)).toBe('Verwijzingen: eigen organisaties en andere aanbieders');
    // Ron's referral outside the team among the demo's year of history: own, other, total and the share agree.
    const row = /(\d+) (\d+) (\d+) (\d+)%/.exec(await textOf(page.locator('#periode-12-maanden')));
    const [own, other, total, share] = (row ?? []).slice(1).map(Number);
    expect(other).toBeGreaterThanOrEqual(1);
    expect(total).toBe(own! + other!);
    expect(share).toBe(Math.round((100 * own!) / total!));
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(regisseur, `regie-aandeel-${name}`);
    }
  });
});

describe('the resident', () => {
  it('sees regisseur and decision on /mijn, and chooses a provider (refused beside the field first)', async () => {
    const db = session.app.database.db;
    const tenant = (await findTenantBySlug(db, 'wijkstad'))!;
    const annie = await demoUser('bewoner');
    const sanne = await demoUser('wijkteamlid');
    const mehmet = await demoUser('regisseur');
    const request = await makeHelpRequest(db, { tenant, asker: annie });
    const opened = await makeCase(db, { tenant, request, owner: sanne });
    await setRegisseur(db, { kind: 'user', userId: sanne.id, tenantId: tenant.id, role: 'wijkteamlid' }, opened.id, {
      userId: mehmet.id,
      reason: 'Mehmet kent de aanbieders.',
    });
    await decideKnot(db, { kind: 'user', userId: mehmet.id, tenantId: tenant.id, role: 'regisseur' }, opened.id, {
      decision: 'Je krijgt eerst hulp bij de post, daarna bij de schulden.',
      reason: 'De brieven met een termijn gaan voor.',
    });

    const resident = await session.signedInAs('bewoner');
    const { page } = resident;
    const mine = await textOf(page.locator('section[aria-labelledby="regisseur-kop"]'));
    expect(mine).toContain('Mehmet Yılmaz is jouw regisseur');
    expect(mine).toContain('Je regisseur heeft op');
    expect(mine).toContain('Je krijgt eerst hulp bij de post, daarna bij de schulden.');
    expect(mine).toContain('Waarom: De brieven met een termijn gaan voor.');
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(resident, `regie-mijn-${name}`);
    }

    await Promise.all([page.waitForURL('/mijn/aanbieder'), link(page, 'Kies zelf wie je helpt').click()]);
    expect(await h1(page)).toBe('Kies zelf je aanbieder');
    const options = await page.locator('.nabij-aanbieder label').allInnerTexts();
    // Alphabetical by provider: the team's own organisations are not put first, and others are there.
    const providers = options.map((o) => o.split(':')[0]!.trim());
    expect(providers).toEqual([...providers].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(providers).toContain('Lichtpunt GGZ');
    await page.getByLabel(/^Lichtpunt GGZ: Herstelgroep Lichtpunt/).check();
    expect(await post(page, button(page, 'Keuze opslaan'))).toBe(400);
    expect(await textOf(page.locator('#veld-reden-fout'))).toBe('Schrijf op waarom je voor deze aanbieder kiest.');
    expect(await page.getByLabel(/^Lichtpunt GGZ: Herstelgroep Lichtpunt/).isChecked()).toBe(true);
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(resident, `regie-aanbieder-fout-${name}`);
    }
    await page.getByLabel('Waarom kies je deze aanbieder?').fill('Daar zijn mensen die hetzelfde meemaakten.');
    expect(await post(page, button(page, 'Keuze opslaan'))).toBe(303);
    expect(await textOf(page.locator('section[aria-labelledby="regisseur-kop"]'))).toContain(
      'Je koos voor Lichtpunt GGZ.',
    );
  });
});

describe('the community worker', () => {
  it('marks the team’s own organisations and waiting times', async () => {
    const worker = await session.signedInAs('opbouwwerker');
    const { page } = worker;
    await page.goto('/opbouw/aanbieders');
    expect(await page.getByLabel('Wijkteam Wijkstad', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Lichtpunt GGZ', { exact: true }).isChecked()).toBe(false);
    for (const [name, viewport] of widths) {
      await page.setViewportSize(viewport);
      await checkPage(worker, `regie-aanbieders-${name}`);
    }
  });
});

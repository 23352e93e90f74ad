// The monitor in a real browser (docs/monitor-pages.md): the public overview with its line charts, a figure's page
// with bars per wijk, the CSV download, the council's view with the draft, and the administrator's settings. Each
// page checked with axe and photographed at phone and desktop width. The figures are put into monitor_values here
// (the refresh that computes them is tested on its own): a year of months and two years of quarters per wijk, one
// wijk small enough to be hidden.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { findTenantBySlug } from '../../src/kernel/tenancy/queries.js';
import { figures } from '../../src/modules/monitor/index.js';
import { button, checkAtPhoneAndDesktop, checkPage, h1, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();
const journey = { timeout: 240_000 };

const addMonths = (start: string, months: number) => {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** The newest month with figures: the month before this one; published through two months before that. */
const thisMonth = `${new Date().toISOString().slice(0, 7)}-01`;
const newestMonth = addMonths(thisMonth, -1);

async function seedFigures() {
  const db = session.app.database.db;
  const tenant = (await findTenantBySlug(db, 'wijkstad'))!;
  const wijken = await db
    .selectFrom('neighbourhoods')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenant.id)
    .orderBy('name')
    .execute();
  const rows = [];
  for (const [kind, count, step] of [
    ['maand', 12, 1],
    ['kwartaal', 8, 3],
  ] as const) {
    const last = kind === 'maand' ? newestMonth : addMonths(newestMonth, -((Number(newestMonth.slice(5, 7)) - 1) % 3));
    for (let p = 0; p < count; p++) {
      const start = addMonths(last, -(count - 1 - p) * step);
      for (const [fi, figure] of figures.entries()) {
        let total = 0;
        let totalValue = 0;
        for (const [wi, w] of wijken.entries()) {
          // The last wijk is small: 4 of each, every period.
          const n = wi === wijken.length - 1 ? 4 : 20 + ((p * 7 + wi * 13 + fi * 3) % 40);
          const value =
            figure.kind === 'aantal'
              ? null
              : figure.kind === 'aandeel'
                ? Math.round(n * (0.45 + ((p + wi + fi) % 5) * 0.08))
                : figure.kind === 'som'
                  ? n * 3
                  : 2 + ((p + wi) % 4);
          total += n;
          totalValue += value ?? 0;
          rows.push({ figure_key: figure.key, period_kind: kind, period_start: start, wijk: w.id, n, value });
        }
        rows.push({
          figure_key: figure.key,
          period_kind: kind,
          period_start: start,
          wijk: 'gemeente',
          n: total,
          value:
            figure.kind === 'aantal'
              ? null
              : figure.kind === 'gemiddelde' || figure.kind === 'mediaan'
                ? 3
                : totalValue,
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('monitor_values')
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, tenant_id: tenant.id })))
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'figure_key', 'period_kind', 'period_start', 'wijk'])
          .doUpdateSet((eb) => ({ n: eb.ref('excluded.n'), value: eb.ref('excluded.value') })),
      )
      .execute();
  await db
    .insertInto('monitor_settings')
    .values({ tenant_id: tenant.id, published_through: addMonths(newestMonth, -3), publish_open_data: true })
    .onConflict((oc) =>
      oc.column('tenant_id').doUpdateSet({ published_through: addMonths(newestMonth, -3), publish_open_data: true }),
    )
    .execute();
  return { smallest: wijken[wijken.length - 1]!, wijken };
}

describe('the monitor', () => {
  it('shows the figures with charts and tables, a figure per wijk, and downloads its CSV', journey, async () => {
    const { smallest, wijken } = await seedFigures();
    const visitor = await session.newTab();
    const { page } = visitor;
    await page.goto('/monitor');
    expect(await h1(page)).toBe('De monitor: cijfers per wijk');
    const charts = page.locator('svg.nabij-chart[role="img"]');
    expect(await charts.count()).toBe(figures.length);
    expect(await charts.first().locator('title').textContent()).toBe('Ingevulde vragenlijsten, Hele gemeente');
    expect(await page.content()).not.toContain('concept, nog niet openbaar</td>');
    await page.getByText('Bekijk de cijfers als tabel').first().click();
    const table = page.getByRole('table', { name: 'Ingevulde vragenlijsten, Hele gemeente' });
    expect(await table.locator('tbody tr').count()).toBe(8);
    await checkAtPhoneAndDesktop(visitor, 'monitor');

    // The small wijk, per month: "minder dan 10" where the line breaks.
    await page.getByLabel('Wijk', { exact: true }).selectOption({ label: smallest.name });
    await page.getByRole('radio', { name: 'Maand', exact: true }).check();
    await page.getByRole('button', { name: 'Toon de cijfers' }).click();
    await page.waitForURL(/periode=maand/);
    expect(await textOf(page.locator('main'))).toContain('minder dan 10');
    // The public line ends at the last published month, three before the newest: 9 seeded months in its 12.
    const line = page.locator('svg.nabij-chart').first();
    expect(await line.locator('text', { hasText: '<10' }).count()).toBe(9);
    expect(await line.locator('text', { hasText: /^–$/ }).count()).toBe(3);
    expect(await line.locator('circle').count()).toBe(0);

    // One figure: bars per wijk and the line.
    await page.goto('/monitor/koppelingen_opgelost?periode=kwartaal');
    expect(await h1(page)).toBe('Hulpvragen opgelost in de buurt');
    const bars = page.locator('svg.nabij-chart').first();
    const barText = await bars.locator('text').allTextContents();
    for (const w of wijken) expect(barText).toContain(w.name);
    expect(barText).toContain('minder dan 10');
    await page.getByText('Bekijk de cijfers als tabel').first().click();
    await checkAtPhoneAndDesktop(visitor, 'monitor-figuur');

    // The CSV link downloads a file in UTF-8 with a byte order mark.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV: Hulpvragen opgelost in de buurt' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('monitor-koppelingen_opgelost.csv');
    const content = await readFile((await download.path())!);
    expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = content.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('periode,wijk,figuur,aantal,waarde,eenheid,onderdrukt,concept,definitie');
    expect(text).toContain(`${smallest.name},koppelingen_opgelost,,,%,minder dan 10,nee`);
    expect(text).not.toMatch(/,ja,/);
  });

  it('shows the Wmo council the draft, marked as such', journey, async () => {
    const council = await session.signedInAs('wmoraad');
    const { page } = council;
    await page.goto('/raad/monitor?periode=maand');
    expect(await h1(page)).toBe('De monitor voor de raad en de klankbordgroep');
    expect(await textOf(page.locator('main'))).toContain('(concept, nog niet openbaar)');
    expect(await page.locator('svg.nabij-chart').first().locator('text', { hasText: 'concept' }).count()).toBe(1);
    await checkAtPhoneAndDesktop(council, 'monitor-raad');
  });

  it('lets the administrator choose what is public', journey, async () => {
    const admin = await session.signedInAs('beheerder');
    const { page } = admin;
    await page.goto('/beheer/monitor');
    expect(await h1(page)).toBe('De monitor openbaar maken');
    await checkPage(admin, 'monitor-beheer-1280');
    const visitor = await session.newTab();
    const shownUpTo = async () => {
      await visitor.page.goto('/monitor?periode=maand');
      return textOf(visitor.page.getByText(/^Hele gemeente, per maand, tot en met/));
    };
    const before = await shownUpTo();
    await page.getByLabel('Openbaar tot en met').selectOption(newestMonth);
    expect(await post(page, button(page, 'Opslaan'))).toBe(303);
    expect(await textOf(page.getByRole('status'))).toBe('De keuzes zijn opgeslagen.');
    // Three more months are public now.
    const after = await shownUpTo();
    expect(after).not.toBe(before);
    expect(await textOf(visitor.page.locator('main'))).not.toContain('(concept, nog niet openbaar)');
  });
});

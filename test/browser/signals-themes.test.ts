// Neighbourhood themes in a real browser (docs/signals-themes.md): the community worker's page with the tile map per
// buurt and the same numbers in a table, and turning a theme into an item for the neighbourhood agenda (refused beside
// the field first). Checked with axe and photographed at phone and desktop width.
import { describe, expect, it } from 'vitest';
import { findTenantBySlug } from '../../src/kernel/tenancy/queries.js';
import { submitSignal } from '../../src/modules/signals/index.js';
import { button, checkAtPhoneAndDesktop, h1, post, textOf } from './journeys.js';
import { browserSession } from './session.js';

const session = browserSession();
/** A journey with several pages, each checked at two widths: more than the default minute on a busy machine. */
const journey = { timeout: 180_000 };

/** Neighbourhood signals in the demo's buurten: a few themes, enough for bars of different lengths. */
async function seedSignals() {
  const db = session.app.database.db;
  const tenant = (await findTenantBySlug(db, 'wijkstad'))!;
  const all = await db
    .selectFrom('areas')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenant.id)
    .orderBy('name')
    .execute();
  // Merelhof first: the demo has no neighbourhood signal there, so its tile shows exactly these counts.
  const areas = [...all.filter((a) => a.name === 'Merelhof'), ...all.filter((a) => a.name !== 'Merelhof')];
  const plan: [number, 'eenzaamheid' | 'jongeren' | 'overlast' | 'ontmoeting', number][] = [
    [0, 'eenzaamheid', 5],
    [0, 'jongeren', 2],
    [1, 'overlast', 3],
    [1, 'eenzaamheid', 1],
    [2, 'ontmoeting', 4],
  ];
  for (const [index, topic, count] of plan)
    for (let n = 0; n < count; n++)
      await submitSignal(
        session.app.app.ctx,
        tenant,
        { kind: 'system', tenantId: tenant.id, process: 'signaal' },
        {
          kind: 'buurt',
          topic,
          whatSeen: 'Iets wat de melder in de buurt zag.',
          areaId: areas[index % areas.length]!.id,
          reporterUserId: null,
          reporterRole: 'bewoner',
          reporterEmail: `buurtmelder-${topic}-${n}@example.org`,
          reporterWantsMail: true,
        },
      );
  return areas[0]!.name;
}

describe('neighbourhood themes', () => {
  it(
    'shows the tile map and the table, and turns a theme into an item for the neighbourhood agenda',
    journey,
    async () => {
      const firstArea = await seedSignals();
      const worker = await session.signedInAs('opbouwwerker');
      const { page } = worker;
      await page.goto('/team/signalen/themas');
      expect(await h1(page)).toBe('Thema’s in de buurt');
      const tile = page.locator('svg.nabij-tegel', { hasText: firstArea });
      expect(await tile.locator('text').allTextContents()).toEqual(
        expect.arrayContaining([firstArea, 'Eenzaamheid 5', 'Jongeren 2']),
      );
      const table = page.getByRole('table', { name: /Signalen over de buurt per wijk/ });
      expect(await textOf(table)).toContain('Eenzaamheid');
      expect(await page.content()).not.toContain('Iets wat de melder');
      await checkAtPhoneAndDesktop(worker, 'signalen-themas');

      await page.getByRole('link', { name: new RegExp(`^Zet op de wijkagenda: Eenzaamheid, ${firstArea}$`) }).click();
      await page.waitForURL(/\/team\/signalen\/themas\/nieuw/);
      expect(await h1(page)).toBe('Zet op de wijkagenda');
      await page.getByLabel('Titel').fill('Eenzaamheid bij ouderen');
      expect(await post(page, button(page, 'Zet op de wijkagenda'))).toBe(400);
      expect(await textOf(page.locator('#veld-samenvatting-fout'))).toBe(
        'Schrijf in een paar zinnen wat er in de buurt speelt.',
      );
      expect(await page.getByLabel('Titel').inputValue()).toBe('Eenzaamheid bij ouderen');
      await checkAtPhoneAndDesktop(worker, 'signalen-thema-agenda-fout');

      await page
        .getByLabel('Korte samenvatting')
        .fill('Bewoners zien ouderen die weinig buiten komen. Een wekelijkse koffieochtend kan helpen.');
      expect(await post(page, button(page, 'Zet op de wijkagenda'))).toBe(303);
      expect(await textOf(page.getByRole('status').first())).toContain(
        'Het thema "Eenzaamheid bij ouderen" staat klaar voor de wijkagenda.',
      );
      const themes = page.getByRole('table', { name: /Gemaakte thema’s/ });
      expect(await textOf(themes)).toContain('Klaar voor de wijkagenda');
      await checkAtPhoneAndDesktop(worker, 'signalen-themas-na-agenda');
    },
  );
});

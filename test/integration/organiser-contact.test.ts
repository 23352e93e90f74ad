// The organiser's public contact in the social base: read from the import's optional columns aanbieder_telefoon,
// aanbieder_email and aanbieder_website, kept on the organisation, and shown on the activity's page as links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { readTableFile } from '../../src/kernel/tables/index.js';
import { parseActivityRows, saveActivities } from '../../src/modules/socialbase/index.js';
import { type TestApp, testApp } from '../support/app.js';
import { makeActivity, makeTenant } from '../support/factories.js';

const header =
  'id,naam,omschrijving,soort,behoeften,aanbieder,professioneel,adres,postcode,lat,lon,dagen,tijd,kosten,' +
  'doelgroep,toegankelijk,talen,aanbieder_telefoon,aanbieder_email,aanbieder_website';
const row = (id: string, provider: string, phone: string, email: string, website: string) =>
  `${id},Koffie ${id},Koffie en een praatje,activiteit,ontmoeting,${provider},nee,Plein 1,3532 LC,,,di,` +
  `10:00-12:00,gratis,iedereen,ja,nl,${phone},${email},${website}`;
const parse = async (...rows: string[]) =>
  parseActivityRows(await readTableFile(Buffer.from([header, ...rows].join('\n'))));

let t: TestApp;
let tenant: Tenant;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'kaartdorp' });
  tenant = await makeTenant(t.database.db, 'kaartdorp', 'Kaartdorp');
});
afterAll(() => t.close());

const activityId = async (externalId: string) =>
  (
    await t.database.db
      .selectFrom('activities')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where('external_id', '=', externalId)
      .executeTakeFirstOrThrow()
  ).id;

describe('the import columns of the organiser’s contact', () => {
  it('reads phone, e-mail and website of the provider, and leaves them out when empty', async () => {
    const parsed = await parse(
      row('c1', 'Buurthuis De Eik', '030 123 45 67', 'info@deeik.example', 'www.deeik.example'),
      row('c2', 'Buurthuis De Eik', '', '', ''),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]!.providerContact).toEqual({
      phone: '030 123 45 67',
      email: 'info@deeik.example',
      website: 'www.deeik.example',
    });
    expect(parsed.rows[1]!.providerContact).toBeUndefined();
  });

  it('says per row and column what is wrong', async () => {
    const parsed = await parse(
      row('f1', 'De Eik', 'bel me', '', ''),
      row('f2', 'De Eik', '', 'geen-adres', ''),
      row('f3', 'De Eik', '', '', 'javascript:alert(1)'),
      row('f4', '', '030 123 45 67', '', ''),
    );
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'aanbieder_telefoon'],
      [3, 'aanbieder_email'],
      [4, 'aanbieder_website'],
      [5, 'aanbieder'],
    ]);
    expect(parsed.errors[3]!.message).toBe('Vul de aanbieder in: daar horen de contactgegevens bij.');
  });

  it('keeps the contact on the organisation, and a later file without it does not erase it', async () => {
    const first = await parse(row('e1', 'Stichting Eikel', '030 999 88 77', 'hallo@eikel.example', ''));
    await saveActivities(t.database.db, tenant.id, first.rows);
    const again = await parse(row('e1', 'Stichting Eikel', '', '', 'https://eikel.example/'));
    await saveActivities(t.database.db, tenant.id, again.rows);

    const page = await t.app.inject({ url: `/sociale-kaart/${await activityId('e1')}` });
    expect(page.statusCode).toBe(200);
    const contact = /<dt class="utrecht-data-list__item-key">Contact<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/.exec(
      page.body,
    )?.[1];
    expect(contact).toContain(
      '<a class="utrecht-link utrecht-link--telephone" href="tel:0309998877">030 999 88 77</a>',
    );
    expect(contact).toContain('<a class="utrecht-link" href="mailto:hallo@eikel.example">hallo@eikel.example</a>');
    expect(contact).toContain('<a class="utrecht-link" href="https://eikel.example/">eikel.example</a>');
  });
});

describe('the activity page', () => {
  it('shows no contact when the organiser gave none, and never the entry’s own contact address', async () => {
    const activity = await makeActivity(t.database.db, { tenant, contactEmail: 'vrijwilliger@prive.example' });
    const page = await t.app.inject({ url: `/sociale-kaart/${activity.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('>Contact</dt>');
    expect(page.body).not.toContain('vrijwilliger@prive.example');
  });
});

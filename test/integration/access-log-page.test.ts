// "Wie heeft mijn gegevens bekeken?": own looks folded per day, Nabij being set up shown apart, filters and pages.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAccess } from '../../src/kernel/access/gate.js';
import { findAccount } from '../../src/kernel/auth/accounts.js';
import { sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let resident: TestUser;
let teamMember: TestUser;
let cookie: string;

/** The rows of the log's table, each as its cells joined by " | ". */
function rows(html: string): string[] {
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)]
      .map((c) =>
        (c[1] ?? '')
          .replace(/<[^>]+>/g, '')
          .replace(/&#x27;|&#39;/g, "'")
          .trim(),
      )
      .join(' | '),
  );
}

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'logdorp' });
  const tenant = await makeTenant(t.database.db, 'logdorp', 'Logdorp');
  // makeUser writes as Nabij itself on the command line: that is set-up, like the demo being seeded.
  resident = await makeUser(t.database.db, tenant, 'bewoner', { displayName: 'Truus Logboek' });
  teamMember = await makeUser(t.database.db, tenant, 'wijkteamlid', { displayName: 'Sanne Kijker' });
  for (let i = 0; i < 30; i++)
    await withAccess(
      t.database.db,
      { kind: 'user', userId: teamMember.id, tenantId: tenant.id, role: 'wijkteamlid' },
      { category: 'account', action: 'read', purpose: 'contact_opnemen', subjectUserId: resident.id },
      (gated) => findAccount(gated, tenant.id, resident.id),
    );
  for (const process of ['demo', 'opdrachtregel'] as const)
    await withAccess(
      t.database.db,
      { kind: 'system', tenantId: tenant.id, process },
      { category: 'account', action: 'update', purpose: 'demo', subjectUserId: resident.id },
      async () => undefined,
    );
  // Nabij itself at work for the resident (their help request) is no set-up: it stays among the other lines.
  await withAccess(
    t.database.db,
    { kind: 'system', tenantId: tenant.id, process: 'hulpvraag' },
    { category: 'account', action: 'read', purpose: 'hulpvraag_behandelen', subjectUserId: resident.id },
    async () => undefined,
  );
  cookie = await sessionCookie(t, resident);
});
afterAll(() => t.close());

const open = (query = '') => t.app.inject({ url: `/account/toegangslog${query}`, headers: { cookie } });

describe('the access log page', () => {
  it('folds the resident’s own looks into one line per day, however often the list is opened', async () => {
    for (let i = 0; i < 3; i++) expect((await open()).statusCode).toBe(200);
    const response = await open('?wie=zelf');
    const own = rows(response.body);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatch(/\| Jijzelf \| Je hebt zelf je gegevens bekeken, 4 keer \| je bekeek je eigen gegevens$/);
    // Each look is still in the log itself, as the law asks.
    const logged = await t.database.db
      .selectFrom('access_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('subject_user_id', '=', resident.id)
      .where('category', '=', 'toegangslog')
      .executeTakeFirstOrThrow();
    expect(Number(logged.n)).toBe(4);
  });

  it('shows Nabij being set up apart, folded per day, and not among the other lines', async () => {
    const response = await open();
    const lines = rows(response.body);
    expect(lines.some((row) => row.includes('(demo)') || row.includes('(beheertaak)'))).toBe(false);
    expect(lines).toContainEqual(expect.stringContaining('| Nabij zelf, bij je hulpvraag | bekeek '));
    expect(response.body).toContain('Klaarzetten door Nabij zelf');
    expect(response.body).toMatch(/Bekijk wat er is klaargezet \(2 keer\)/);
    expect(response.body).toMatch(/Nabij zelf \(demo\) veranderde je naam en contactgegevens, 1 keer/);
    expect(response.body).toMatch(/Nabij zelf \(beheertaak\) veranderde je naam en contactgegevens, 1 keer/);
  });

  it('pages 25 lines at a time with links that carry the filter', async () => {
    const first = await open('?wie=wijkteam');
    expect(rows(first.body)).toHaveLength(25);
    expect(rows(first.body).every((row) => row.includes('Sanne Kijker, medewerker van het wijkteam'))).toBe(true);
    expect(first.body).toContain('Regel 1 tot en met 25 van 30');
    expect(first.body).toContain('href="/account/toegangslog?wie=wijkteam&amp;pagina=2"');
    const second = await open('?wie=wijkteam&pagina=2');
    expect(rows(second.body)).toHaveLength(5);
    expect(second.body).toContain('Pagina 2 van 2');
    expect(second.body).toContain('href="/account/toegangslog?wie=wijkteam"');
  });

  it('filters on the period', async () => {
    // Rows cannot be changed afterwards; a row of long ago is added as Nabij would have written it then.
    await sql`INSERT INTO access_log (tenant_id, at, actor_user_id, actor_role, subject_user_id, category, action,
                outcome, purpose)
              VALUES (${resident.tenantId}, now() - interval '60 days', ${teamMember.id}, 'wijkteamlid', ${resident.id},
                'account', 'update', 'toegestaan', 'contact_opnemen')`.execute(t.database.db);
    expect(rows((await open('?wie=wijkteam&periode=365&pagina=2')).body)).toHaveLength(6);
    expect(rows((await open('?wie=wijkteam&periode=31&pagina=2')).body)).toHaveLength(5);
  });

  it('refuses a filter it does not know with a message beside the field', async () => {
    const response = await open('?wie=iedereen-behalve-mij');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#veld-wie"');
    expect(response.body).toContain('id="veld-wie"');
  });
});

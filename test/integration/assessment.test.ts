// The conversation about self-reliance on a case: saved per domain, checked beside the field with what was typed
// kept, repeatable with progress in order; dossier data behind the gate (refused and logged for other roles and for
// another municipality); and a municipality's own instrument, added as data, is the one used once it is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/kernel/auth/roles.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { currentInstrument, saveAssessment } from '../../src/modules/casework/index.js';
import { accessLogWatch, asPerson, type TestApp, testApp } from '../support/app.js';
import { makeCase, makeHelpRequest, makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let teamMember: TestUser;
let director: TestUser;
let asker: TestUser;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'gespreksdorp', NABIJ_FORM_RATE_LIMIT: '100000' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'gespreksdorp', 'Gespreksdorp');
  teamMember = await makeUser(db, tenant, 'wijkteamlid', { displayName: 'Sanne Wijk' });
  director = await makeUser(db, tenant, 'regisseur', { displayName: 'Mehmet Regie' });
  asker = await makeUser(db, tenant, 'bewoner');
});
afterAll(() => t.close());

const post: ReturnType<typeof asPerson>['post'] = (...args) => asPerson(t).post(...args);
const get: ReturnType<typeof asPerson>['get'] = (...args) => asPerson(t).get(...args);

const newCase = async () =>
  makeCase(t.database.db, { tenant, request: await makeHelpRequest(t.database.db, { tenant, asker }) });

const logColumns = [
  'actor_user_id',
  'subject_user_id',
  'category',
  'action',
  'outcome',
  'refusal_reason',
  'tenant_id',
] as const;
const logSince = (id: number) => accessLogWatch(t).logSince(id, logColumns);
const lastLogId = () => accessLogWatch(t).lastLogId();

const answersOf = (caseId: string) =>
  t.database.db
    .selectFrom('assessment_answers')
    .innerJoin('assessments', 'assessments.id', 'assessment_answers.assessment_id')
    .select([
      'assessments.held_at',
      'assessments.filled_by_user_id',
      'assessments.instrument_id',
      'assessment_answers.domain_key',
      'assessment_answers.level',
      'assessment_answers.self_text',
      'assessment_answers.network_text',
      'assessment_answers.professional_text',
      'assessment_answers.wants_to_talk',
    ])
    .where('assessments.case_id', '=', caseId)
    .orderBy('assessments.held_at')
    .orderBy('assessment_answers.domain_key')
    .execute();

/** The cells of the progress table's row for a domain: its header, then the level per conversation. */
function progressRow(html: string, domain: string): string[] {
  const row = new RegExp(`<tr class="utrecht-table__row"><th[^>]*scope="row">${domain}([\\s\\S]*?)</tr>`).exec(html);
  if (!row) return [];
  return [...(row[1] ?? '').matchAll(/<td class="utrecht-table__cell"[^>]*>([^<]*)<\/td>/g)].map((m) => m[1] ?? '');
}

describe('filling in the conversation', () => {
  it('saves one assessment with a level and who does what per domain, by whom; the case page shows it', async () => {
    const c = await newCase();
    const form = await get(teamMember, `/team/casussen/${c.id}/gesprek`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Justitie');
    expect(form.body).toContain('name="niveau_financien"');
    const before = await lastLogId();
    const saved = await post(teamMember, `/team/casussen/${c.id}/gesprek`, `/team/casussen/${c.id}/gesprek`, {
      niveau_financien: '2',
      zelf_financien: 'Opent de post weer.',
      netwerk_financien: 'Dochter kijkt mee.',
      professional_financien: 'Schuldhulp via de gemeente.',
      praten_financien: 'ja',
      niveau_sociaal_netwerk: '4',
      niveau_justitie: 'nb',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/team/casussen/${c.id}#voortgang`);
    const rows = await answersOf(c.id);
    expect(rows).toEqual([
      expect.objectContaining({
        domain_key: 'financien',
        level: 2,
        self_text: 'Opent de post weer.',
        network_text: 'Dochter kijkt mee.',
        professional_text: 'Schuldhulp via de gemeente.',
        wants_to_talk: true,
        filled_by_user_id: teamMember.id,
      }),
      expect.objectContaining({ domain_key: 'sociaal_netwerk', level: 4, wants_to_talk: false }),
    ]);
    expect(await logSince(before)).toContainEqual(
      expect.objectContaining({
        actor_user_id: teamMember.id,
        subject_user_id: asker.id,
        category: 'dossier',
        action: 'create',
        outcome: 'toegestaan',
      }),
    );
    const page = await get(director, `/team/casussen/${c.id}`);
    expect(page.body).toContain('Niveau per onderwerp en per gesprek');
    expect(progressRow(page.body, 'Financiën')[0]).toBe('2');
    expect(progressRow(page.body, 'Justitie')[0]).toBe('niet besproken');
    expect(page.body).toContain('Dochter kijkt mee.');
    expect(page.body).toContain('ingevuld door Sanne Wijk');
  });

  it('refuses a level outside 1–5 beside the field, keeps what was typed and saves nothing', async () => {
    const c = await newCase();
    const url = `/team/casussen/${c.id}/gesprek`;
    for (const level of ['7', '0', 'drie']) {
      const answer = await post(teamMember, url, url, {
        niveau_financien: level,
        zelf_financien: 'Belt zelf de woningcorporatie.',
        niveau_huisvesting: '3',
      });
      expect(answer.statusCode).toBe(400);
      expect(answer.body).toContain('id="veld-niveau_financien-fout"');
      expect(answer.body).toContain('Kies een niveau van 1 tot en met 5, of &quot;niet besproken&quot;.');
      expect(answer.body).toContain('href="#veld-niveau_financien"');
      expect(answer.body).toContain('value="Belt zelf de woningcorporatie."');
      // The other domain's choice stays chosen.
      expect(answer.body).toMatch(
        /id="veld-niveau_huisvesting-3"[^>]*checked|checked[^>]*id="veld-niveau_huisvesting-3"/,
      );
    }
    expect(await answersOf(c.id)).toEqual([]);
  });

  it('refuses a conversation where nothing was filled in', async () => {
    const c = await newCase();
    const url = `/team/casussen/${c.id}/gesprek`;
    const answer = await post(teamMember, url, url, {});
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('Kies bij minstens één onderwerp een niveau, of schrijf iets op.');
    expect(await answersOf(c.id)).toEqual([]);
  });

  it('is repeatable: a second conversation later, progress per domain in order, wished topics first', async () => {
    const c = await newCase();
    const actor = { kind: 'user' as const, userId: director.id, tenantId: tenant.id, role: director.role };
    const instrument = await currentInstrument(t.database.db, tenant.id);
    const none = { self: '', network: '', professional: '' };
    await saveAssessment(
      t.database.db,
      actor,
      c.id,
      instrument,
      [
        { domainKey: 'financien', level: 1, wantsToTalk: false, ...none },
        { domainKey: 'huisvesting', level: 3, wantsToTalk: false, ...none },
      ],
      new Date(Date.now() - 60 * 24 * 3600 * 1000),
    );
    const url = `/team/casussen/${c.id}/gesprek`;
    const second = await post(teamMember, url, url, {
      niveau_financien: '3',
      niveau_huisvesting: '4',
      praten_huisvesting: 'ja',
    });
    expect(second.statusCode).toBe(303);
    const page = await get(teamMember, `/team/casussen/${c.id}`);
    expect(page.body).toContain('2 gesprekken met Zelfredzaamheid');
    expect(progressRow(page.body, 'Financiën')).toEqual(['1', '3']);
    expect(progressRow(page.body, 'Huisvesting')).toEqual(['3', '4']);
    expect(progressRow(page.body, 'Justitie')).toEqual(['niet besproken', 'niet besproken']);
    // "Hier wil ik over praten" in the latest conversation puts the domain on top.
    const order = [...page.body.matchAll(/scope="row">([^<]+)</g)].map((m) => m[1]);
    expect(order[0]).toBe('Huisvesting');
    expect(order.indexOf('Financiën')).toBeLessThan(order.indexOf('Justitie'));
    // One chart per domain, with a line where two conversations follow each other.
    expect(page.body.match(/<svg class="nabij-verloop"/g)).toHaveLength(instrument.domains.length);
    expect(page.body).toContain('<path d="M');
  });
});

describe('access', () => {
  const refused: Role[] = [
    'bewoner',
    'vrijwilliger',
    'initiatiefnemer',
    'opbouwwerker',
    'klankbordgroep',
    'clientondersteuner',
    'beheerder',
  ];

  it.each(refused)('refuses a %s the conversation, reading and writing, and logs it as dossier', async (role) => {
    const c = await newCase();
    const someone = await makeUser(t.database.db, tenant, role);
    const url = `/team/casussen/${c.id}/gesprek`;
    let before = await lastLogId();
    expect((await get(someone, url)).statusCode).toBe(403);
    expect(await logSince(before)).toEqual([
      expect.objectContaining({ actor_user_id: someone.id, category: 'dossier', outcome: 'geweigerd' }),
    ]);
    before = await lastLogId();
    const written = await post(someone, '/', url, { niveau_financien: '5' });
    expect(written.statusCode).toBe(403);
    expect(await logSince(before)).toEqual([
      expect.objectContaining({ actor_user_id: someone.id, category: 'dossier', outcome: 'geweigerd' }),
    ]);
    expect(await answersOf(c.id)).toEqual([]);
  });

  it('refuses a team member of another municipality as if the case did not exist, and logs it', async () => {
    const c = await newCase();
    const elsewhere = await makeUser(t.database.db, await makeTenant(t.database.db), 'wijkteamlid');
    const url = `/team/casussen/${c.id}/gesprek`;
    for (const method of ['GET', 'POST'] as const) {
      const before = await lastLogId();
      const answer =
        method === 'GET'
          ? await get(elsewhere, url)
          : await post(elsewhere, '/team/casussen', url, { niveau_financien: '2' });
      expect(answer.statusCode).toBe(404);
      expect(await logSince(before)).toContainEqual(
        expect.objectContaining({
          tenant_id: elsewhere.tenantId,
          actor_user_id: elsewhere.id,
          category: 'dossier',
          outcome: 'geweigerd',
          refusal_reason: 'onbekend_of_andere_gemeente',
        }),
      );
    }
    expect(await answersOf(c.id)).toEqual([]);
  });
});

describe("a municipality's own instrument", () => {
  it('is added as data, chosen on the terms page, and then used for the conversation; not elsewhere', async () => {
    const db = t.database.db;
    const levels = ['Heel slecht', 'Slecht', 'Gaat wel', 'Goed', 'Heel goed'];
    const domain = (key: string, name: string) => ({ key, name, levels: levels.map((l) => `${name}: ${l}.`) });
    const own = await db
      .insertInto('assessment_instruments')
      .values({
        municipality_id: tenant.id,
        key: 'positieve_gezondheid',
        name: 'Positieve Gezondheid',
        levels: JSON.stringify(levels),
        domains: JSON.stringify([domain('lichaam', 'Lichaamsfuncties'), domain('meedoen', 'Meedoen')]),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const admin = await makeUser(db, tenant, 'beheerder');
    const terms = await get(admin, '/beheer/termijnen');
    expect(terms.body).toContain('Positieve Gezondheid (2 onderwerpen, eigen instrument)');
    const wrong = await post(admin, '/beheer/termijnen', '/beheer/termijnen', {
      eerste_contact: '3',
      plan: '4',
      instrument: '00000000-0000-4000-8000-000000000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('id="veld-instrument-fout"');
    const set = await post(admin, '/beheer/termijnen', '/beheer/termijnen', {
      eerste_contact: '3',
      plan: '4',
      instrument: own.id,
    });
    expect(set.statusCode).toBe(303);

    const c = await newCase();
    const url = `/team/casussen/${c.id}/gesprek`;
    const form = await get(teamMember, url);
    expect(form.body).toContain('Meedoen');
    expect(form.body).toContain('Meedoen: Gaat wel.');
    expect(form.body).not.toContain('Justitie');
    expect((await post(teamMember, url, url, { niveau_meedoen: '4' })).statusCode).toBe(303);
    expect(await answersOf(c.id)).toEqual([
      expect.objectContaining({ domain_key: 'meedoen', level: 4, instrument_id: own.id }),
    ]);
    expect(progressRow((await get(teamMember, `/team/casussen/${c.id}`)).body, 'Meedoen')).toEqual(['4']);

    // Another municipality neither sees nor uses it.
    const other = await makeTenant(db);
    expect((await currentInstrument(db, other.id)).key).toBe('zelfredzaamheid');
    const otherAdmin = await makeUser(db, other, 'beheerder');
    expect((await get(otherAdmin, '/beheer/termijnen')).body).not.toContain('Positieve Gezondheid (2 onderwerpen');
    // Switching back: the built-in one is used again, and the case page still charts the old conversation.
    await post(admin, '/beheer/termijnen', '/beheer/termijnen', {
      eerste_contact: '3',
      plan: '4',
      instrument: (
        await db
          .selectFrom('assessment_instruments')
          .select('id')
          .where('municipality_id', 'is', null)
          .where('key', '=', 'zelfredzaamheid')
          .executeTakeFirstOrThrow()
      ).id,
    });
    expect((await get(teamMember, url)).body).toContain('Justitie');
    expect(progressRow((await get(teamMember, `/team/casussen/${c.id}`)).body, 'Meedoen')).toEqual(['4']);
  });
});

describe('the demo', () => {
  it("has Ron's case with two conversations, some domains better the second time", async () => {
    const { seedDemo } = await import('../../src/modules/demo/seed.js');
    const { tenant: demo } = await seedDemo(t.database.db);
    // The demo's living cases only: its year of history (demo-history.test.ts) has conversations of its own.
    const living = () =>
      t.database.db
        .selectFrom('assessments as a')
        .innerJoin('cases as c', (j) => j.onRef('c.id', '=', 'a.case_id').onRef('c.tenant_id', '=', 'a.tenant_id'))
        .innerJoin('help_requests as r', (j) =>
          j.onRef('r.id', '=', 'c.request_id').onRef('r.tenant_id', '=', 'c.tenant_id'),
        )
        .select(['a.id', 'a.case_id'])
        .where('a.tenant_id', '=', demo.id)
        .where('r.asker_name', '<>', 'Bewoner (demo-geschiedenis)')
        .orderBy('a.held_at')
        .execute();
    const heads = await living();
    expect(heads).toHaveLength(2);
    expect(heads[0]!.case_id).toBe(heads[1]!.case_id);
    const rows = await answersOf(heads[0]!.case_id);
    const levels = (domain: string) => rows.filter((r) => r.domain_key === domain).map((r) => r.level);
    expect(levels('financien')).toEqual([1, 3]);
    expect(levels('huisvesting')).toEqual([3, 4]);
    expect(levels('sociaal_netwerk')).toEqual([2, 2]);
    // Seeding again adds nothing.
    await seedDemo(t.database.db);
    expect(await living()).toHaveLength(2);
  }, 120_000);
});

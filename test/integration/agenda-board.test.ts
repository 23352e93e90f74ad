// The sounding board (issue 14, helper B): candidates get numbers when the list closes, the draw stores seed,
// numbers and result and makes the drawn candidates members 'geloot'; its public page re-checks it on the server;
// the public board page shows counts and published minutes, never names to a visitor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/kernel/access/gate.js';
import type { Tenant } from '../../src/kernel/tenancy/queries.js';
import { closeCandidateList, drawByLot, holdDraw, standForBoard } from '../../src/modules/agenda/index.js';
import { asPerson, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
let worker: TestUser;
let wijk: string;
const candidates: TestUser[] = [];
const asActor = (u: TestUser): Actor => ({ kind: 'user', userId: u.id, tenantId: u.tenantId, role: u.role });

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'lotdorp', NABIJ_FORM_RATE_LIMIT: '100000' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'lotdorp', 'Lotdorp');
  wijk = (
    await db.selectFrom('neighbourhoods').select('id').where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow()
  ).id;
  worker = await makeUser(db, tenant, 'opbouwwerker');
  for (let i = 0; i < 5; i++) {
    const resident = await makeUser(db, tenant, 'bewoner', { displayName: `Kandidaat${i} Achternaam${i}` });
    candidates.push(resident);
    await standForBoard(db, asActor(resident), { neighbourhoodId: wijk, motivation: 'Ik doe mee.' });
  }
});
afterAll(async () => t.close());

describe('the draw by lot', () => {
  it('numbers the candidates, draws from the seed, stores it all and makes the drawn members', async () => {
    const db = t.database.db;
    expect(await closeCandidateList(db, asActor(worker), wijk)).toBe(5);
    // A resident withdraws after the list closed: not in the draw.
    await db
      .updateTable('sounding_board_candidates')
      .set({ withdrawn_at: new Date() })
      .where('user_id', '=', candidates[4]!.id)
      .execute();
    const seed = 'Staatsloterij 10 januari 2027: 123456';
    const id = await holdDraw(db, asActor(worker), {
      neighbourhoodId: wijk,
      seed,
      seats: 2,
      fromOn: '2026-01-15',
      untilOn: '2099-01-15',
    });
    const draw = await db.selectFrom('sounding_board_draws').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(draw.candidate_numbers).toEqual([1, 2, 3, 4]);
    expect(draw.drawn_numbers).toEqual(drawByLot(seed, [1, 2, 3, 4], 2));
    const members = await db
      .selectFrom('sounding_board_members')
      .select(['chosen_how', 'draw_id', 'user_id'])
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(members).toHaveLength(2);
    expect(members.every((m) => m.chosen_how === 'geloot' && m.draw_id === id)).toBe(true);
    const numbered = await db
      .selectFrom('sounding_board_candidates')
      .select(['user_id', 'number'])
      .where('tenant_id', '=', tenant.id)
      .execute();
    const drawnUsers = numbered.filter((c) => draw.drawn_numbers.includes(c.number!)).map((c) => c.user_id);
    expect(new Set(members.map((m) => m.user_id))).toEqual(new Set(drawnUsers));

    const page = await t.app.inject({ url: `/klankbordgroep/loting/${id}?controleer=1` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(seed);
    expect(page.body).toContain('Klopt:');
    expect(page.body).not.toContain('Kandidaat');
    // A draw altered afterwards no longer checks out.
    await db
      .updateTable('sounding_board_draws')
      .set({ drawn_numbers: [99] })
      .where('id', '=', id)
      .execute();
    const altered = await t.app.inject({ url: `/klankbordgroep/loting/${id}?controleer=1` });
    expect(altered.body).toContain('Klopt niet');
  });

  it('the public board page: counts and how many drawn, no names for a visitor; names for the team', async () => {
    const open = await t.app.inject({ url: '/klankbordgroep' });
    expect(open.statusCode).toBe(200);
    expect(open.body).toContain('2 leden, van wie 2 geloot.');
    expect(open.body).not.toMatch(/Kandidaat\d/);
    const team = await asPerson(t).get(worker, '/klankbordgroep');
    expect(team.body).toMatch(/Kandidaat\d Achternaam\d/);
  });

  it('refuses a draw without numbered candidates with a message beside the field', async () => {
    await t.database.db.deleteFrom('sounding_board_candidates').where('tenant_id', '=', tenant.id).execute();
    const response = await asPerson(t).post(worker, '/beheer/klankbordgroep', '/beheer/klankbordgroep', {
      actie: 'loting',
      wijk,
      zaadje: 'iets',
      zetels: '2',
      van: '01-01-2027',
      tot: '01-01-2029',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Er zijn geen kandidaten met een nummer in deze wijk');
  });

  it('a resident cannot open the management page', async () => {
    expect((await asPerson(t).get(candidates[0]!, '/beheer/klankbordgroep')).statusCode).toBe(403);
  });
});

// The demo's year of history, which the monitor's trends are drawn from: 12 months, every wijk with enough requests
// a quarter to be shown (10 or more), fewer needing a professional at the end of the year than at the start, all of
// it closed (the team's queue keeps only the demo's living requests), the same history at every start, and a second
// seeding adds nothing.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planHistory } from '../../src/modules/demo/history.js';
import { seedDemo } from '../../src/modules/demo/index.js';
import { type TestApp, testApp } from '../support/app.js';

let t: TestApp;
let tenantId: string;
const now = new Date();
const sixWeeksAgo = new Date(now.getTime() - 42 * 86_400_000);

beforeAll(async () => {
  t = await testApp();
  ({
    tenant: { id: tenantId },
  } = await seedDemo(t.database.db, now));
});
afterAll(() => t.close());

const perQuarterAndWijk = async () => {
  const { rows } = await sql<{ quarter: string; wijk: string | null; requests: number; professional: number }>`
    SELECT to_char(date_trunc('quarter', r.created_at), 'YYYY-MM') AS quarter, a.neighbourhood_id AS wijk,
           count(*)::int AS requests, count(*) FILTER (WHERE r.route IN ('professioneel', 'spoed'))::int AS professional
    FROM help_requests r
    LEFT JOIN area_postcodes p ON p.tenant_id = r.tenant_id AND p.postcode_prefix = left(r.postcode, 4)
    LEFT JOIN areas a ON a.tenant_id = p.tenant_id AND a.id = p.area_id
    WHERE r.tenant_id = ${tenantId} AND r.created_at < ${sixWeeksAgo}
    GROUP BY 1, 2 ORDER BY 1`.execute(t.database.db);
  return rows;
};

describe('the demo’s history', () => {
  it('covers twelve months, every request in a wijk, each wijk with 10 or more requests a full quarter', async () => {
    const { rows: months } = await sql<{ months: number }>`
      SELECT count(DISTINCT date_trunc('month', created_at))::int AS months FROM help_requests
      WHERE tenant_id = ${tenantId} AND asker_name = 'Bewoner (demo-geschiedenis)'`.execute(t.database.db);
    expect(months[0]!.months).toBe(12);
    const rows = await perQuarterAndWijk();
    expect(rows.every((r) => r.wijk !== null)).toBe(true);
    const full = rows.filter((r) => r.quarter !== rows[0]!.quarter && r.quarter !== rows.at(-1)!.quarter);
    expect(full.length).toBeGreaterThan(0);
    for (const r of full) expect(r.requests).toBeGreaterThanOrEqual(10);
  });

  it('has fewer requests needing a professional at the end of the year than at the start', async () => {
    const planned = planHistory(
      [
        { areaId: 'a', neighbourhoodId: 'x', postcodePrefix: '3581' },
        { areaId: 'b', neighbourhoodId: 'y', postcodePrefix: '3583' },
      ],
      now,
    );
    const share = (from: number, to: number) => {
      const part = planned.slice(Math.floor(planned.length * from), Math.floor(planned.length * to));
      return part.filter((p) => p.route === 'professioneel' || p.route === 'spoed').length / part.length;
    };
    expect(share(0, 0.3)).toBeGreaterThan(share(0.7, 1));
  });

  it('is closed: no request, match or case of it is open', async () => {
    const open = await t.database.db
      .selectFrom('help_requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('asker_name', '=', 'Bewoner (demo-geschiedenis)')
      .where('state', '<>', 'afgesloten')
      .executeTakeFirstOrThrow();
    expect(Number(open.n)).toBe(0);
    const { rows } = await sql<{ open: number; closed: number; assessed: number; answers: number }>`
      SELECT (SELECT count(*)::int FROM cases c
              JOIN help_requests r ON r.tenant_id = c.tenant_id AND r.id = c.request_id
              WHERE c.tenant_id = ${tenantId} AND r.asker_name = 'Bewoner (demo-geschiedenis)'
                AND c.status = 'open') AS open,
             (SELECT count(*)::int FROM cases WHERE tenant_id = ${tenantId} AND status = 'gesloten') AS closed,
             (SELECT count(*)::int FROM assessments WHERE tenant_id = ${tenantId}) AS assessed,
             (SELECT count(*)::int FROM satisfaction_answers WHERE tenant_id = ${tenantId}) AS answers`.execute(
      t.database.db,
    );
    expect(rows[0]).toMatchObject({ open: 0 });
    expect(rows[0]!.closed).toBeGreaterThan(20);
    expect(rows[0]!.assessed).toBeGreaterThan(20);
    expect(rows[0]!.answers).toBeGreaterThan(9 * 50);
  });

  it('is the same plan at every start, and a second seeding adds nothing', async () => {
    const areas = [{ areaId: 'a', neighbourhoodId: 'x', postcodePrefix: '3581' }];
    expect(planHistory(areas, now)).toEqual(planHistory(areas, now));
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('help_requests')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('tenant_id', '=', tenantId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    await seedDemo(t.database.db, now);
    expect(await count()).toBe(before);
  });
});

// The demo's neighbourhood agenda, public account, sounding board and monitor, as issue 14 asks the demo to show
// them: proposals with support, answered ones and one past its term, results with progress, a klankbordgroep drawn
// by lot (the draw re-checked from its seed) with a meeting, and a monitor filled from the year of history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawByLot } from '../../src/modules/agenda/index.js';
import { seedDemo } from '../../src/modules/demo/index.js';
import { type TestApp, testApp } from '../support/app.js';

let t: TestApp;
let tenantId: string;
const now = new Date();

beforeAll(async () => {
  t = await testApp();
  ({
    tenant: { id: tenantId },
  } = await seedDemo(t.database.db, now));
});
afterAll(() => t.close());

describe('the demo’s agenda, account, board and monitor', () => {
  it('has supported proposals, answered three ways, one discussed, one past its term, one from signals', async () => {
    const proposals = await t.database.db
      .selectFrom('agenda_proposals as p')
      .leftJoin('agenda_supports as s', (j) =>
        j.onRef('s.proposal_id', '=', 'p.id').onRef('s.tenant_id', '=', 'p.tenant_id'),
      )
      .select(['p.id', 'p.status', 'p.answer', 'p.origin', 'p.answer_due_at'])
      .select((eb) => eb.fn.count<number>('s.user_id').as('support'))
      .where('p.tenant_id', '=', tenantId)
      .groupBy(['p.id', 'p.status', 'p.answer', 'p.origin', 'p.answer_due_at'])
      .execute();
    expect(new Set(proposals.map((p) => p.answer).filter(Boolean))).toEqual(
      new Set(['aangenomen', 'niet_nu', 'al_bezig']),
    );
    expect(proposals.some((p) => p.status === 'besproken')).toBe(true);
    expect(proposals.filter((p) => Number(p.support) >= 3).length).toBeGreaterThanOrEqual(3);
    const waiting = proposals.filter((p) => p.status === 'ingediend' || p.status === 'besproken');
    expect(waiting.some((p) => p.answer_due_at.getTime() < now.getTime())).toBe(true);
    expect(proposals.some((p) => p.origin === 'signalen')).toBe(true);
    const page = await t.app.inject({ url: '/wijkagenda' });
    expect(page.body).toContain('termijn verlopen');
  });

  it('has a result under way with milestones and a timeline, and one done', async () => {
    const results = await t.database.db
      .selectFrom('agenda_results')
      .select(['id', 'status', 'progress', 'proposal_id'])
      .where('tenant_id', '=', tenantId)
      .execute();
    expect(results.map((r) => [r.status, r.progress]).sort()).toEqual([
      ['bezig', 60],
      ['klaar', 100],
    ]);
    const fromProposal = results.find((r) => r.proposal_id !== null)!;
    const page = await t.app.inject({ url: `/verantwoording/${fromProposal.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('De bankjes en de tafel staan er.');
  });

  it('has a klankbordgroep drawn by lot, the draw re-made from its published seed, and meetings', async () => {
    const draw = await t.database.db
      .selectFrom('sounding_board_draws')
      .select(['id', 'seed', 'candidate_numbers', 'seats', 'drawn_numbers'])
      .where('tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow();
    expect(draw.candidate_numbers).toHaveLength(6);
    expect(drawByLot(draw.seed, draw.candidate_numbers, draw.seats)).toEqual(draw.drawn_numbers);
    const drawn = await t.database.db
      .selectFrom('sounding_board_members')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('chosen_how', '=', 'geloot')
      .execute();
    expect(drawn).toHaveLength(3);
    const meetings = await t.database.db
      .selectFrom('sounding_board_meetings')
      .select(['minutes_published_at'])
      .where('tenant_id', '=', tenantId)
      .execute();
    expect(meetings).toHaveLength(2);
    expect(meetings.some((m) => m.minutes_published_at !== null)).toBe(true);
  });

  it('has a monitor filled for twelve months, published up to two months ago', async () => {
    const months = await t.database.db
      .selectFrom('monitor_values')
      .select('period_start')
      .distinct()
      .where('tenant_id', '=', tenantId)
      .where('period_kind', '=', 'maand')
      .where('figure_key', '=', 'aandeel_professioneel')
      .execute();
    expect(months.length).toBeGreaterThanOrEqual(12);
    const monitor = await t.app.inject({ url: '/monitor?periode=kwartaal' });
    expect(monitor.statusCode).toBe(200);
    expect(monitor.body).toContain('Hulpvragen die een professional nodig hadden');
  });
});

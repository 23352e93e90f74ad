// The demo's signals: every state, one spoed, one past its term, one reopened by its reporter's "nee", each step
// in the table; seeding again adds none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/modules/demo/index.js';
import { signalStatuses, transitionFor } from '../../src/modules/signals/index.js';
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

const signals = () =>
  t.database.db
    .selectFrom('signals')
    .select(['id', 'kind', 'status', 'urgency', 'due_at', 'closing_outcome'])
    .where('tenant_id', '=', tenantId)
    .execute();

describe('the demo’s signals', () => {
  it('has a signal in every state, of both kinds', async () => {
    const rows = await signals();
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(signalStatuses));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['persoon', 'buurt']));
  });

  it('has a spoed signal, one past its term, and an unfounded one', async () => {
    const rows = await signals();
    expect(rows.filter((r) => r.urgency === 'spoed').length).toBeGreaterThanOrEqual(1);
    const overdue = rows.filter((r) => r.status !== 'afgesloten' && r.due_at.getTime() < now.getTime());
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(rows.some((r) => r.closing_outcome === 'ongegrond')).toBe(true);
  });

  it('has one reopened by its reporter, and every step is one the table allows', async () => {
    const steps = await t.database.db
      .selectFrom('signal_events')
      .innerJoin('signals', 'signals.id', 'signal_events.signal_id')
      .select(['signals.kind', 'from_status', 'to_status', 'actor_kind'])
      .where('signal_events.tenant_id', '=', tenantId)
      .where('signal_events.kind', '=', 'status')
      .execute();
    expect(steps.filter((s) => s.actor_kind === 'melder')).toHaveLength(1);
    const answers = await t.database.db
      .selectFrom('signal_events')
      .select('detail')
      .where('tenant_id', '=', tenantId)
      .where('kind', '=', 'terugkoppeling')
      .execute();
    expect(answers.map((a) => a.detail)).toEqual([{ antwoord: 'nee' }]);
    for (const s of steps)
      expect(
        transitionFor(s.kind, s.from_status!, s.to_status!, s.actor_kind === 'melder' ? 'melder' : 'team'),
      ).toBeDefined();
  });

  it('has a theme of loneliness that became a proposal on the agenda, made of the signals that waited', async () => {
    const themes = await t.database.db
      .selectFrom('neighbourhood_themes')
      .select(['id', 'topic', 'status', 'signal_count'])
      .where('tenant_id', '=', tenantId)
      .execute();
    expect(themes).toEqual([expect.objectContaining({ topic: 'eenzaamheid', status: 'op_agenda' })]);
    const passedOn = await t.database.db
      .selectFrom('signals')
      .select('forwarded_to')
      .where('theme_id', '=', themes[0]!.id)
      .execute();
    expect(passedOn).toHaveLength(themes[0]!.signal_count);
    expect(passedOn.every((s) => s.forwarded_to === 'wijkagenda')).toBe(true);
  });

  it('adds no signal when seeded again', async () => {
    const before = (await signals()).length;
    await seedDemo(t.database.db, now);
    expect(await signals()).toHaveLength(before);
  });
});

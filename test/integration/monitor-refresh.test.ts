// The monitor's refresh (issue 14, deliver 4): a small municipality with known requests, matches, cases,
// assessments, plans, referrals, hours, activities and answers in two wijken and known months gives exactly the
// expected n and value per figure, per month and quarter, per wijk, 'gemeente' and 'onbekend'. Every kind of figure
// is covered (aantal, aandeel, gemiddelde, mediaan, som); one request is placed by its PC6 over its PC4, one cannot
// be placed; a request at 00:30 on 1 April in Amsterdam counts in April. Refreshing twice gives the same rows.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureNeighbourhood, type Tenant } from '../../src/kernel/tenancy/queries.js';
import type { AppContext } from '../../src/kernel/http/context.js';
import { figures, refreshAllMonitors, refreshMonitor } from '../../src/modules/monitor/index.js';
import { type TestDatabase, testDatabase } from '../support/database.js';
import { makeTenant, makeUser } from '../support/factories.js';

let database: TestDatabase;
let tenant: Tenant;
const wijkName = new Map<string, string>();
const now = new Date('2026-09-15T10:00:00Z');

type Row = Record<string, unknown>;
const one = async (query: ReturnType<typeof sql>): Promise<string> => {
  const result = await query.execute(database.db);
  return (result.rows[0] as Row).id as string;
};

beforeAll(async () => {
  database = await testDatabase();
  const db = database.db;
  tenant = await makeTenant(db);
  const t = tenant.id;
  const noord = await ensureNeighbourhood(db, t, 'noord', 'Noord');
  const zuid = await ensureNeighbourhood(db, t, 'zuid', 'Zuid');
  wijkName.set(noord.id, 'N').set(zuid.id, 'Z').set('gemeente', 'gemeente').set('onbekend', 'onbekend');
  const areaN = await one(sql`INSERT INTO areas (tenant_id, neighbourhood_id, name)
    VALUES (${t}, ${noord.id}, 'Noord-1') RETURNING id`);
  const areaZ = await one(sql`INSERT INTO areas (tenant_id, neighbourhood_id, name)
    VALUES (${t}, ${zuid.id}, 'Zuid-1') RETURNING id`);
  // 1111 is Zuid, but the street 1111 AB lies in Noord: the longer prefix wins
  await sql`INSERT INTO area_postcodes (tenant_id, postcode_prefix, area_id) VALUES
    (${t}, '1111', ${areaZ}), (${t}, '1111AB', ${areaN}), (${t}, '2222', ${areaZ})`.execute(db);
  const worker = await makeUser(db, tenant, 'wijkteamlid');

  const request = (postcode: string | null, createdAt: string, route: string) =>
    one(sql`INSERT INTO help_requests (tenant_id, reference, state, asker_name, text, postcode, route, triage,
        status_token_hash, created_at)
      VALUES (${t}, ${`HV-${Math.random().toString(36).slice(2, 7)}`}, 'nieuw', 'Test', 'Test', ${postcode},
        ${route}, '{}'::jsonb, ${Math.random().toString(36)}, ${createdAt}::timestamptz) RETURNING id`);
  const r1 = await request('1111 AB', '2026-03-10T10:00:00Z', 'professioneel'); // Noord by PC6
  const r2 = await request('1111CD', '2026-03-20T10:00:00Z', 'informeel'); // Zuid by PC4
  const r3 = await request('2222XX', '2026-04-05T10:00:00Z', 'spoed'); // Zuid
  await request('9999ZZ', '2026-03-31T22:30:00Z', 'informeel'); // onbekend, 00:30 on 1 April in Amsterdam
  await request(null, '2026-01-15T10:00:00Z', 'collectief'); // onbekend

  const volunteer = (postcode: string) =>
    one(sql`INSERT INTO volunteers (tenant_id, external_id, first_name, postcode)
      VALUES (${t}, ${Math.random().toString(36)}, 'Vera', ${postcode}) RETURNING id`);
  const vA = await volunteer('1111AB'); // Noord
  const vB = await volunteer('2222AA'); // Zuid
  const place = await one(sql`INSERT INTO places (tenant_id, address, postcode)
    VALUES (${t}, 'Plein 1', '2222BB') RETURNING id`);
  const activity = (kind: string, placeId: string | null, createdAt: string, confirmedAt: string) =>
    one(sql`INSERT INTO activities (tenant_id, external_id, name, kind, place_id, schedule, created_at,
        last_confirmed_at)
      VALUES (${t}, ${Math.random().toString(36)}, 'Koffie', ${kind}, ${placeId}, '{}'::jsonb,
        ${createdAt}::timestamptz, ${confirmedAt}::timestamptz) RETURNING id`);
  const act1 = await activity('activiteit', place, '2026-02-10T10:00:00Z', '2026-02-10T10:00:00Z'); // Zuid
  await activity('initiatief', null, '2025-11-01T10:00:00Z', '2026-05-01T10:00:00Z'); // onbekend, before the window
  await activity('voorziening', place, '2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z'); // not counted

  const match = (
    requestId: string,
    v: string | null,
    a: string | null,
    state: string,
    outcome: string | null,
    createdAt: string,
    updatedAt: string,
  ) =>
    sql`INSERT INTO matches (tenant_id, request_id, volunteer_id, activity_id, state, outcome, created_at, updated_at)
      VALUES (${t}, ${requestId}, ${v}, ${a}, ${state}, ${outcome}, ${createdAt}::timestamptz,
        ${updatedAt}::timestamptz)`.execute(db);
  await match(r1, vA, null, 'afgesloten', 'informeel_opgelost', '2026-03-11T10:00:00Z', '2026-05-02T10:00:00Z');
  await match(r2, null, act1, 'actief', null, '2026-03-21T10:00:00Z', '2026-03-21T10:00:00Z');
  await match(r3, vB, null, 'afgesloten', 'niet_opgelost', '2026-04-06T10:00:00Z', '2026-05-20T10:00:00Z');
  await match(r2, vB, null, 'vrijwilliger_weigert', null, '2026-03-22T10:00:00Z', '2026-03-23T10:00:00Z');
  await sql`INSERT INTO volunteer_hours (tenant_id, volunteer_id, on_date, hours) VALUES
    (${t}, ${vA}, '2026-06-03', 2.5), (${t}, ${vA}, '2026-06-10', 1.5), (${t}, ${vB}, '2026-02-01', 3)`.execute(db);

  const kase = (
    requestId: string,
    openedAt: string,
    firstContactAt: string,
    closedAt: string | null,
    outcome: string | null,
  ) =>
    one(sql`INSERT INTO cases (tenant_id, request_id, owner_user_id, status, opened_at, first_contact_at, closed_at,
        outcome)
      VALUES (${t}, ${requestId}, ${worker.id}, ${closedAt ? 'gesloten' : 'open'}, ${openedAt}::timestamptz,
        ${firstContactAt}::timestamptz, ${closedAt}::timestamptz, ${outcome}) RETURNING id`);
  const c1 = await kase(r1, '2026-03-12T09:00:00Z', '2026-04-02T09:00:00Z', '2026-05-03T10:00:00Z', 'met_koppeling');
  const c2 = await kase(r3, '2026-04-06T09:00:00Z', '2026-04-07T09:00:00Z', '2026-05-10T10:00:00Z', 'geen_contact');
  await kase(r2, '2026-04-01T09:00:00Z', '2026-04-05T09:00:00Z', null, null);
  await sql`INSERT INTO plans (tenant_id, case_id, status, set_at) VALUES
    (${t}, ${c1}, 'vastgesteld', '2026-04-12T09:00:00Z'), (${t}, ${c2}, 'concept', NULL)`.execute(db);
  const referral = (caseId: string, own: boolean, chosenAt: string) =>
    sql`INSERT INTO referrals (tenant_id, case_id, provider_name, own_organisation, reason, chosen_how, status,
        chosen_at)
      VALUES (${t}, ${caseId}, 'Aanbieder', ${own}, 'Nodig', 'in_gesprek', 'open', ${chosenAt}::timestamptz)`.execute(
      db,
    );
  await referral(c1, true, '2026-04-15T10:00:00Z');
  await referral(c1, false, '2026-04-20T10:00:00Z');
  await referral(c2, false, '2026-05-01T10:00:00Z');

  const instrument = await one(sql`SELECT id FROM assessment_instruments WHERE key = 'zelfredzaamheid'`);
  const assessment = async (caseId: string, heldAt: string, levels: Record<string, number | null>) => {
    const id = await one(sql`INSERT INTO assessments (tenant_id, case_id, instrument_id, held_at, filled_by_user_id)
      VALUES (${t}, ${caseId}, ${instrument}, ${heldAt}::timestamptz, ${worker.id}) RETURNING id`);
    for (const [domain, level] of Object.entries(levels))
      await sql`INSERT INTO assessment_answers (tenant_id, assessment_id, domain_key, level)
        VALUES (${t}, ${id}, ${domain}, ${level})`.execute(db);
  };
  await assessment(c1, '2026-03-13T10:00:00Z', { wonen: 2, geld: 3, werk: null });
  await assessment(c1, '2026-05-05T10:00:00Z', { wonen: 4, geld: 3, werk: 2 });
  await assessment(c2, '2026-04-07T10:00:00Z', { wonen: 3 });
  await assessment(c2, '2026-04-20T10:00:00Z', { wonen: 2 });
  await assessment(c2, '2026-05-12T10:00:00Z', { wonen: 1 });

  const answer = (about: string, wijk: string | null, question: string, score: number | null, month: string) =>
    sql`INSERT INTO satisfaction_answers (tenant_id, about, neighbourhood_id, question_key, score, answered_month)
      VALUES (${t}, ${about}, ${wijk}, ${question}, ${score}, ${month}::date)`.execute(db);
  await answer('casus', noord.id, 'wist_waar', 5, '2026-05-01');
  await answer('casus', noord.id, 'serieus', null, '2026-05-01');
  await answer('koppeling', noord.id, 'wist_waar', 3, '2026-05-01');
  await answer('koppeling', noord.id, 'serieus', 4, '2026-05-01');
  await answer('signaal', null, 'wist_waar', 4, '2026-06-01');
});

afterAll(async () => {
  await database.drop();
});

/** The rows of one figure as 'kind yyyy-mm wijk n value', sorted. */
async function rowsOf(key: string, kind: 'maand' | 'kwartaal' = 'maand'): Promise<string[]> {
  const rows = await database.db
    .selectFrom('monitor_values')
    .select(['wijk', 'n', 'value'])
    .select((eb) => eb.fn<string>('to_char', [eb.ref('period_start'), eb.val('YYYY-MM')]).as('period'))
    .where('tenant_id', '=', tenant.id)
    .where('figure_key', '=', key)
    .where('period_kind', '=', kind)
    .execute();
  return rows
    .map((r) => {
      const value = r.value === null ? '-' : String(Math.round(Number(r.value) * 100) / 100);
      return `${r.period} ${wijkName.get(r.wijk) ?? r.wijk} ${Number(r.n)} ${value}`;
    })
    .sort();
}

describe('refreshMonitor', () => {
  it('computes every figure exactly, per month, quarter and wijk', async () => {
    const result = await refreshMonitor(database.db, tenant.id, { now, months: 9 });
    expect(result).toMatchObject({ from: '2026-01-01', through: '2026-09-01' });

    // aandeel, by the request's month; 1111 AB by its PC6 in Noord, 1111CD by its PC4 in Zuid, 00:30 on 1 April
    expect(await rowsOf('aandeel_professioneel')).toEqual([
      '2026-01 gemeente 1 0',
      '2026-01 onbekend 1 0',
      '2026-03 N 1 1',
      '2026-03 Z 1 0',
      '2026-03 gemeente 2 1',
      '2026-04 Z 1 1',
      '2026-04 gemeente 2 1',
      '2026-04 onbekend 1 0',
    ]);
    expect(await rowsOf('aandeel_professioneel', 'kwartaal')).toEqual([
      '2026-01 N 1 1',
      '2026-01 Z 1 0',
      '2026-01 gemeente 3 1',
      '2026-01 onbekend 1 0',
      '2026-04 Z 1 1',
      '2026-04 gemeente 2 1',
      '2026-04 onbekend 1 0',
    ]);
    // aantal: only a match to an activity that went ahead; the refused match counts nowhere
    expect(await rowsOf('deelname_activiteiten')).toEqual(['2026-03 Z 1 -', '2026-03 gemeente 1 -']);
    // distinct volunteers: a running match in each month from its proposal to its closing, or hours
    expect(await rowsOf('vrijwilligers_actief')).toEqual([
      '2026-02 Z 1 -',
      '2026-02 gemeente 1 -',
      '2026-03 N 1 -',
      '2026-03 gemeente 1 -',
      '2026-04 N 1 -',
      '2026-04 Z 1 -',
      '2026-04 gemeente 2 -',
      '2026-05 N 1 -',
      '2026-05 Z 1 -',
      '2026-05 gemeente 2 -',
      '2026-06 N 1 -',
      '2026-06 gemeente 1 -',
    ]);
    expect(await rowsOf('vrijwilligers_actief', 'kwartaal')).toEqual([
      '2026-01 N 1 -',
      '2026-01 Z 1 -',
      '2026-01 gemeente 2 -',
      '2026-04 N 1 -',
      '2026-04 Z 1 -',
      '2026-04 gemeente 2 -',
    ]);
    // som: hours, over the number of volunteers
    expect(await rowsOf('vrijwilligers_uren')).toEqual([
      '2026-02 Z 1 3',
      '2026-02 gemeente 1 3',
      '2026-06 N 1 4',
      '2026-06 gemeente 1 4',
    ]);
    expect(await rowsOf('verwijzingen')).toEqual([
      '2026-04 N 2 -',
      '2026-04 gemeente 2 -',
      '2026-05 Z 1 -',
      '2026-05 gemeente 1 -',
    ]);
    expect(await rowsOf('verwijzingen_extern')).toEqual([
      '2026-04 N 2 1',
      '2026-04 gemeente 2 1',
      '2026-05 Z 1 1',
      '2026-05 gemeente 1 1',
    ]);
    expect(await rowsOf('koppelingen_opgelost')).toEqual(['2026-05 N 1 1', '2026-05 Z 1 0', '2026-05 gemeente 2 1']);
    expect(await rowsOf('casussen_doel_bereikt')).toEqual(['2026-05 N 1 1', '2026-05 Z 1 0', '2026-05 gemeente 2 1']);
    // mediaan: the municipality's median is its own (4 days), not one made of the wijken's (21 and 2.5)
    expect(await rowsOf('dagen_tot_eerste_contact')).toEqual([
      '2026-04 N 1 21',
      '2026-04 Z 2 2.5',
      '2026-04 gemeente 3 4',
    ]);
    expect(await rowsOf('dagen_tot_plan')).toEqual(['2026-04 N 1 31', '2026-04 gemeente 1 31']);
    // aandeel and gemiddelde over life domains scored twice: wonen 2→4 and geld 3→3 (Noord), wonen 3→2→1 (Zuid)
    expect(await rowsOf('zelfredzaamheid_vooruit')).toEqual(['2026-05 N 2 1', '2026-05 Z 1 0', '2026-05 gemeente 3 1']);
    expect(await rowsOf('zelfredzaamheid_verschil')).toEqual([
      '2026-05 N 2 1',
      '2026-05 Z 1 -2',
      '2026-05 gemeente 3 0',
    ]);
    // answers: questionnaires counted once, "weet ik niet" left out of the share
    expect(await rowsOf('tevredenheid_antwoorden')).toEqual([
      '2026-05 N 2 -',
      '2026-05 gemeente 2 -',
      '2026-06 gemeente 1 -',
      '2026-06 onbekend 1 -',
    ]);
    expect(await rowsOf('ceo_wist_waar')).toEqual([
      '2026-05 N 2 1',
      '2026-05 gemeente 2 1',
      '2026-06 gemeente 1 1',
      '2026-06 onbekend 1 1',
    ]);
    expect(await rowsOf('ceo_serieus')).toEqual(['2026-05 N 1 1', '2026-05 gemeente 1 1']);
    expect(await rowsOf('initiatieven_nieuw')).toEqual(['2026-02 Z 1 -', '2026-02 gemeente 1 -']);
    // a stock: what was on the map at the end of each month; the voorziening is not an activity or initiative
    const stock = await rowsOf('initiatieven');
    expect(stock.slice(0, 5)).toEqual([
      '2026-01 gemeente 1 -',
      '2026-01 onbekend 1 -',
      '2026-02 Z 1 -',
      '2026-02 gemeente 2 -',
      '2026-02 onbekend 1 -',
    ]);
    expect(stock).toHaveLength(2 + 8 * 3);
    // confirmed in the 6 months before the end of the period (for September: before today)
    const confirmed = await rowsOf('initiatieven_bevestigd');
    expect(confirmed.filter((r) => r.startsWith('2026-09'))).toEqual([
      '2026-09 Z 1 0',
      '2026-09 gemeente 2 1',
      '2026-09 onbekend 1 1',
    ]);
    // for July the end is 1 August: confirmed from 1 February on counts, so 10 February does; for August it does not
    expect(confirmed.filter((r) => r.startsWith('2026-0') && r.slice(5, 7) >= '07')).toEqual([
      '2026-07 Z 1 1',
      '2026-07 gemeente 2 2',
      '2026-07 onbekend 1 1',
      '2026-08 Z 1 0',
      '2026-08 gemeente 2 1',
      '2026-08 onbekend 1 1',
      '2026-09 Z 1 0',
      '2026-09 gemeente 2 1',
      '2026-09 onbekend 1 1',
    ]);

    // every figure of figures.ts has rows
    const keys = await database.db
      .selectFrom('monitor_values')
      .select('figure_key')
      .distinct()
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(keys.map((k) => k.figure_key).sort()).toEqual(
      figures
        .map((f) => f.key)
        .filter((k) => !['ceo_snel_geholpen', 'ceo_samen_gekeken', 'ceo_kwaliteit_goed'].includes(k))
        .filter((k) => !['ceo_past_bij_vraag', 'ceo_beter_doen', 'ceo_beter_redden', 'ceo_beter_leven'].includes(k))
        .sort(),
    );
    const settings = await database.db
      .selectFrom('monitor_settings')
      .select('refreshed_at')
      .where('tenant_id', '=', tenant.id)
      .executeTakeFirstOrThrow();
    expect(settings.refreshed_at?.toISOString()).toBe(now.toISOString());
  });

  it('gives the same rows when refreshed twice', async () => {
    const all = () =>
      database.db
        .selectFrom('monitor_values')
        .select(['figure_key', 'period_kind', 'wijk', 'n', 'value'])
        .select((eb) => eb.fn<string>('to_char', [eb.ref('period_start'), eb.val('YYYY-MM-DD')]).as('period'))
        .where('tenant_id', '=', tenant.id)
        .orderBy('figure_key')
        .orderBy('period_kind')
        .orderBy('period_start')
        .orderBy('wijk')
        .execute();
    const first = await all();
    const again = await refreshMonitor(database.db, tenant.id, { now, months: 9 });
    expect(again.rows).toBe(first.length);
    expect(await all()).toEqual(first);
  });

  it('refreshes each municipality once a night, from 02:00 Amsterdam time', async () => {
    const ctx = { database } as unknown as AppContext;
    const refreshedAt = async () =>
      (
        await database.db
          .selectFrom('monitor_settings')
          .select('refreshed_at')
          .where('tenant_id', '=', tenant.id)
          .executeTakeFirstOrThrow()
      ).refreshed_at?.toISOString();
    const evening = '2026-09-14T21:00:00.000Z'; // 23:00 in Amsterdam
    await database.db
      .updateTable('monitor_settings')
      .set({ refreshed_at: new Date(evening) })
      .where('tenant_id', '=', tenant.id)
      .execute();
    await refreshAllMonitors(ctx, new Date('2026-09-14T23:30:00Z')); // 01:30: not yet
    expect(await refreshedAt()).toBe(evening);
    await refreshAllMonitors(ctx, new Date('2026-09-15T00:30:00Z')); // 02:30: the night's refresh
    expect(await refreshedAt()).toBe('2026-09-15T00:30:00.000Z');
    await refreshAllMonitors(ctx, new Date('2026-09-15T09:00:00Z')); // later that day: done already
    expect(await refreshedAt()).toBe('2026-09-15T00:30:00.000Z');
  });
});

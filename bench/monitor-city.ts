// A generated city for the monitor's benchmark: a year of 100,000 help requests across 10 wijken and 40 buurten
// (postcodes in area_postcodes, a few PC6 exceptions), with matches, cases, first contacts, plans, assessments,
// referrals, volunteers and their hours, activities at places, signals and satisfaction answers in proportions a
// city team would see. Generated inside the database with generate_series and a fixed seed: fast, deterministic,
// made-up data only (no names, no addresses beyond postcodes).
import { sql } from 'kysely';
import type { Db } from '../src/kernel/db/database.js';
import { ensureNeighbourhood, ensureTenant } from '../src/kernel/tenancy/queries.js';

export type MonitorCity = { tenantId: string; wijken: string[]; counts: Record<string, number> };

export const CITY_WIJKEN = 10;
export const CITY_BUURTEN_PER_WIJK = 4;

/** Builds the city in tenant `slug` (made anew); `requests` help requests spread over the year before `now`. */
export async function seedMonitorCity(db: Db, slug: string, requests: number, now: Date): Promise<MonitorCity> {
  const tenant = await ensureTenant(db, slug, 'Monitorstad');
  const t = tenant.id;
  const wijken: string[] = [];
  for (let w = 0; w < CITY_WIJKEN; w++)
    wijken.push((await ensureNeighbourhood(db, t, `wijk-${w + 1}`, `Wijk ${w + 1}`)).id);
  const at = now.toISOString();
  const tid = sql`${t}::uuid`;
  await db.transaction().execute(async (trx) => {
    const run = (q: ReturnType<typeof sql>) => q.execute(trx);
    // one connection for the whole generation, so the seed holds
    await run(sql`SELECT setseed(0.42)`);
    // 40 buurten, each with its own PC4 (1000 … 1039); the street 'AA' of each PC4 lies in the next buurt
    await run(sql`
      INSERT INTO areas (tenant_id, neighbourhood_id, name)
      SELECT ${tid}, (${sql.val(wijken)}::uuid[])[1 + (b / ${CITY_BUURTEN_PER_WIJK})], 'Buurt ' || (b + 1)
      FROM generate_series(0, ${CITY_WIJKEN * CITY_BUURTEN_PER_WIJK - 1}) AS b`);
    await run(sql`
      WITH buurt AS (SELECT id, row_number() OVER (ORDER BY (substring(name FROM 7))::int) - 1 AS b
        FROM areas WHERE tenant_id = ${tid})
      INSERT INTO area_postcodes (tenant_id, postcode_prefix, area_id)
      SELECT ${tid}, (1000 + b)::text, id FROM buurt
      UNION ALL
      SELECT ${tid}, (1000 + ((b + 39) % 40))::text || 'AA', id FROM buurt`);
    const worker = await sql<{ id: string }>`
      INSERT INTO users (tenant_id, email, display_name, role)
      VALUES (${tid}, ${`team-${slug}@monitorstad.example`}, 'Team', 'wijkteamlid') RETURNING id`.execute(trx);
    const owner = worker.rows[0]!.id;

    await run(sql`
      INSERT INTO help_requests (tenant_id, reference, state, asker_name, text, postcode, route, triage,
        status_token_hash, created_at)
      SELECT ${tid}, 'HV-' || i, 'afgesloten', 'Bewoner', 'Een vraag.',
        CASE WHEN random() < 0.02 THEN NULL
          ELSE (1000 + floor(random() * 40))::int::text || ' ' || chr(65 + floor(random() * 3)::int) || 'A' END,
        (ARRAY['informeel', 'informeel', 'collectief', 'collectief', 'informeel', 'professioneel', 'informeel',
          'collectief', 'professioneel', 'spoed'])[1 + floor(random() * 10)::int],
        '{}'::jsonb, md5(${slug} || i), ${at}::timestamptz - random() * interval '365 days'
      FROM generate_series(1, ${requests}) AS i`);
    await run(sql`
      INSERT INTO volunteers (tenant_id, external_id, first_name, postcode)
      SELECT ${tid}, 'v-' || i, 'Vrijwilliger', (1000 + floor(random() * 40))::int::text || 'BC'
      FROM generate_series(1, ${Math.round(requests / 30)}) AS i`);
    await run(sql`
      INSERT INTO places (tenant_id, address, postcode)
      SELECT ${tid}, 'Plein ' || i, (1000 + (i % 40))::text || 'CD' FROM generate_series(0, 199) AS i`);
    await run(sql`
      INSERT INTO activities (tenant_id, external_id, name, kind, place_id, schedule, created_at, last_confirmed_at)
      SELECT ${tid}, 'a-' || i, 'Activiteit ' || i,
        (ARRAY['activiteit', 'activiteit', 'initiatief', 'voorziening', 'dienst'])[1 + i % 5],
        CASE WHEN i % 10 = 0 THEN NULL ELSE (SELECT id FROM places p WHERE p.tenant_id = ${tid}
          AND p.address = 'Plein ' || (i % 200)) END,
        '{}'::jsonb, c.created, c.created + random() * (${at}::timestamptz - c.created)
      FROM generate_series(1, ${Math.round(requests / 100)}) AS i
      CROSS JOIN LATERAL (SELECT ${at}::timestamptz - random() * interval '730 days' + i * interval '0 s')
        AS c (created)`);
    // six in ten requests get a match: mostly a volunteer, some an activity; most closed with an outcome
    await run(sql`
      INSERT INTO matches (tenant_id, request_id, volunteer_id, activity_id, state, outcome, created_at, updated_at)
      SELECT ${tid}, r.id, CASE WHEN m.kind < 0.7 THEN v.id END, CASE WHEN m.kind >= 0.7 THEN a.id END,
        CASE WHEN m.closed THEN 'afgesloten' ELSE 'actief' END,
        CASE WHEN m.closed THEN (ARRAY['collectief_opgelost', 'informeel_opgelost', 'informeel_opgelost',
          'doorverwezen', 'niet_opgelost'])[1 + floor(random() * 5)::int] END,
        r.created_at + interval '2 days', least(r.created_at + interval '2 days' + random() * interval '60 days',
          ${at}::timestamptz)
      FROM help_requests r
      CROSS JOIN LATERAL (SELECT random() AS kind, random() < 0.8 AS closed, random() AS pick,
        r.id IS NOT NULL AS keep) m
      LEFT JOIN volunteers v ON v.tenant_id = r.tenant_id
        AND v.external_id = 'v-' || (1 + floor(m.pick * ${Math.round(requests / 30) - 1})::int)
      LEFT JOIN activities a ON a.tenant_id = r.tenant_id
        AND a.external_id = 'a-' || (1 + floor(m.pick * ${Math.round(requests / 100) - 1})::int)
      WHERE r.tenant_id = ${tid} AND random() < 0.6`);
    // a case for every request that needed a professional
    await run(sql`
      INSERT INTO cases (tenant_id, request_id, owner_user_id, status, opened_at, first_contact_at, closed_at,
        outcome)
      SELECT ${tid}, r.id, ${owner}::uuid,
        CASE WHEN c.closes < ${at}::timestamptz AND c.r < 0.7 THEN 'gesloten' ELSE 'open' END,
        c.opened, CASE WHEN random() < 0.9 THEN least(c.opened + random() * interval '14 days', ${at}::timestamptz) END,
        CASE WHEN c.closes < ${at}::timestamptz AND c.r < 0.7 THEN c.closes END,
        CASE WHEN c.closes < ${at}::timestamptz AND c.r < 0.7 THEN (ARRAY['met_koppeling', 'opgelost_zonder_hulp',
          'doorverwezen', 'wil_geen_hulp_meer', 'geen_contact'])[1 + floor(random() * 5)::int] END
      FROM help_requests r
      CROSS JOIN LATERAL (SELECT r.created_at + interval '1 day' AS opened,
        r.created_at + interval '30 days' + random() * interval '90 days' AS closes, random() AS r) c
      WHERE r.tenant_id = ${tid} AND r.route IN ('professioneel', 'spoed')`);
    await run(sql`
      INSERT INTO plans (tenant_id, case_id, status, set_at)
      SELECT ${tid}, c.id, 'vastgesteld', least(c.opened_at + interval '10 days' + random() * interval '30 days',
        ${at}::timestamptz)
      FROM cases c WHERE c.tenant_id = ${tid} AND random() < 0.5`);
    await run(sql`
      INSERT INTO referrals (tenant_id, case_id, provider_name, own_organisation, reason, chosen_how, status,
        chosen_at)
      SELECT ${tid}, c.id, 'Aanbieder', random() < 0.6, 'Nodig', 'in_gesprek', 'open',
        least(c.opened_at + random() * interval '40 days', ${at}::timestamptz)
      FROM cases c CROSS JOIN generate_series(1, 2) AS n
      WHERE c.tenant_id = ${tid} AND random() < 0.3`);
    // assessments: two or three per case for six in ten cases, eight life domains each
    const instrument = await sql<{ id: string }>`
      SELECT id FROM assessment_instruments WHERE key = 'zelfredzaamheid' AND municipality_id IS NULL`.execute(trx);
    await run(sql`
      INSERT INTO assessments (tenant_id, case_id, instrument_id, held_at, filled_by_user_id)
      SELECT ${tid}, c.id, ${instrument.rows[0]!.id}::uuid, least(c.opened_at + (n - 1) * interval '45 days'
        + random() * interval '5 days', ${at}::timestamptz), ${owner}::uuid
      FROM cases c CROSS JOIN generate_series(1, 3) AS n
      WHERE c.tenant_id = ${tid} AND (hashtext(c.id::text) % 10 + 10) % 10 < 6 AND (n < 3 OR random() < 0.5)`);
    await run(sql`
      INSERT INTO assessment_answers (tenant_id, assessment_id, domain_key, level)
      SELECT ${tid}, s.id, d, CASE WHEN random() < 0.1 THEN NULL ELSE 1 + floor(random() * 5)::int END
      FROM assessments s
      CROSS JOIN unnest(ARRAY['wonen', 'financien', 'werk', 'gezondheid', 'sociaal', 'dagbesteding',
        'huishouden', 'mobiliteit']) AS d
      WHERE s.tenant_id = ${tid}`);
    await run(sql`
      INSERT INTO volunteer_hours (tenant_id, volunteer_id, on_date, hours)
      SELECT ${tid}, v.id, (${at}::timestamptz - random() * interval '365 days')::date, 1 + floor(random() * 8) / 2
      FROM volunteers v CROSS JOIN generate_series(1, 25) AS n
      WHERE v.tenant_id = ${tid} AND random() < 0.8`);
    await run(sql`
      INSERT INTO signals (tenant_id, reference, kind, topic, urgency, status, what_seen, neighbourhood_id,
        reporter_role, status_token_hash, due_at, second_due_at, created_at, closed_at)
      SELECT ${tid}, 'SG-' || i, 'buurt', 'eenzaamheid', 'normaal', 'afgesloten', 'Gezien',
        (${sql.val(wijken)}::uuid[])[1 + i % ${CITY_WIJKEN}], 'bewoner', md5('s' || ${slug} || i), now(), now(),
        ${at}::timestamptz - random() * interval '365 days', ${at}::timestamptz - random() * interval '300 days'
      FROM generate_series(1, ${Math.round(requests / 20)}) AS i`);
    // about one in twelve requests gives a questionnaire: nine rows each, "weet ik niet" now and then
    await run(sql`
      INSERT INTO satisfaction_answers (tenant_id, about, neighbourhood_id, question_key, score, answered_month)
      SELECT ${tid}, (ARRAY['koppeling', 'casus', 'signaal'])[1 + q.i % 3],
        (${sql.val(wijken)}::uuid[])[1 + q.i % ${CITY_WIJKEN}], k,
        CASE WHEN random() < 0.08 THEN NULL ELSE 1 + floor(random() * 5)::int END, q.month
      FROM (SELECT i, date_trunc('month', ${at}::timestamptz - random() * interval '365 days')::date AS month
        FROM generate_series(1, ${Math.round(requests / 12)}) AS i) q
      CROSS JOIN unnest(ARRAY['wist_waar', 'snel_geholpen', 'serieus', 'samen_gekeken', 'kwaliteit_goed',
        'past_bij_vraag', 'beter_doen', 'beter_redden', 'beter_leven']) AS k`);
  });
  await sql`ANALYZE`.execute(db);
  const counts: Record<string, number> = {};
  for (const table of [
    'help_requests',
    'matches',
    'cases',
    'plans',
    'referrals',
    'assessments',
    'assessment_answers',
    'volunteers',
    'volunteer_hours',
    'activities',
    'signals',
    'satisfaction_answers',
  ]) {
    const result = await sql<{ n: string }>`
      SELECT count(*) AS n FROM ${sql.table(table)} WHERE tenant_id = ${tid}`.execute(db);
    counts[table] = Number(result.rows[0]!.n);
  }
  return { tenantId: t, wijken, counts };
}

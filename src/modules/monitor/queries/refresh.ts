// The refresh: every figure of figures.ts per wijk, 'gemeente' and 'onbekend', per month and per quarter, computed
// by SQL into monitor_values in one transaction. Counts only leave SQL (INSERT … SELECT): no person's row is read
// into JavaScript, so no access gate is needed here. Each statement groups by period and wijk with GROUPING SETS,
// so 'gemeente' is computed over all rows directly (medians and distinct counts are right, not sums of wijken).
// docs/monitor-figures.md explains each statement, its source tables and the indexes it uses.
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../../kernel/db/database.js';
import { satisfactionQuestions } from '../satisfaction.js';

export type RefreshOptions = { now?: Date; months?: number };
export type RefreshResult = { rows: number; from: string; through: string };

const zone = sql.lit('Europe/Amsterdam');

/** A moment as a local (Europe/Amsterdam) timestamp, so months are the municipality's months. */
const local = (column: RawBuilder<unknown>) => sql`(${column} AT TIME ZONE ${zone})`;

/**
 * The wijk of a postcode: the longest prefix in area_postcodes (the whole PC6 without space, else its PC4), then the
 * buurt's neighbourhood; 'onbekend' when neither matches. Joins named after `as`, so one statement can place twice.
 */
function placeByPostcode(tenant: RawBuilder<unknown>, postcode: RawBuilder<unknown>, as: string) {
  const p6 = sql.table(`${as}_p6`);
  const p4 = sql.table(`${as}_p4`);
  const area = sql.table(`${as}_area`);
  const clean = sql`upper(replace(${postcode}, ' ', ''))`;
  return {
    joins: sql`
      LEFT JOIN area_postcodes ${p6} ON ${p6}.tenant_id = ${tenant} AND ${p6}.postcode_prefix = ${clean}
      LEFT JOIN area_postcodes ${p4} ON ${p4}.tenant_id = ${tenant} AND ${p4}.postcode_prefix = left(${clean}, 4)
      LEFT JOIN areas ${area} ON ${area}.tenant_id = ${tenant}
        AND ${area}.id = coalesce(${sql.ref(`${as}_p6.area_id`)}, ${sql.ref(`${as}_p4.area_id`)})`,
    wijk: sql`coalesce(${sql.ref(`${as}_area.neighbourhood_id`)}::text, 'onbekend')`,
  };
}

export type RefreshWindow = { tenantId: string; monthFrom: string; quarterFrom: string; end: string; now: Date };

/** yyyy-mm-01 of the Amsterdam month `now` falls in, moved by `shift` months. */
function amsterdamMonth(now: Date, shift: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' })
    .formatToParts(now)
    .reduce<Record<string, string>>((all, p) => ({ ...all, [p.type]: p.value }), {});
  const index = Number(parts.year) * 12 + Number(parts.month) - 1 + shift;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

function quarterOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${year}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}

/**
 * One figure (or a few sharing their rows) from an event list. `events` selects per thing counted: key (the
 * figure), t (a local timestamp: which period), wijk, and what n and value aggregate. Every event counts in its
 * month and in its quarter; the grouping set without wijk is 'gemeente'.
 */
function grouped(w: RefreshWindow, events: RawBuilder<unknown>, n: RawBuilder<unknown>, value: RawBuilder<unknown>) {
  const tenant = sql`${w.tenantId}::uuid`;
  const requests = placeByPostcode(sql`r.tenant_id`, sql`r.postcode`, 'r');
  return sql`
    WITH placed AS (
      SELECT r.id, ${requests.wijk} AS wijk FROM help_requests r ${requests.joins} WHERE r.tenant_id = ${tenant}
    ), e AS (${events})
    INSERT INTO monitor_values (tenant_id, figure_key, period_kind, period_start, wijk, n, value)
    SELECT ${tenant}, e.key, p.kind, p.start, CASE WHEN grouping(e.wijk) = 1 THEN 'gemeente' ELSE e.wijk END,
      ${n}, ${value}
    FROM e CROSS JOIN LATERAL (VALUES ('maand', date_trunc('month', e.t)::date),
      ('kwartaal', date_trunc('quarter', e.t)::date)) AS p (kind, start)
    WHERE e.t >= ${w.quarterFrom}::timestamp AND e.t < ${w.end}::timestamp
      AND (p.kind = 'kwartaal' OR p.start >= ${w.monthFrom}::date)
    GROUP BY GROUPING SETS ((e.key, p.kind, p.start, e.wijk), (e.key, p.kind, p.start))`;
}

/** Every statement of the refresh, in order; each inserts the rows of one figure or a few. */
export function refreshStatements(w: RefreshWindow): { name: string; statement: RawBuilder<unknown> }[] {
  const tenant = sql`${w.tenantId}::uuid`;
  const nowLocal = local(sql`${w.now.toISOString()}::timestamptz`);
  const questionKeys = satisfactionQuestions.map((q) => q.key);
  const volunteer = placeByPostcode(sql`v.tenant_id`, sql`v.postcode`, 'v');
  const place = placeByPostcode(sql`a.tenant_id`, sql`pl.postcode`, 'a');
  const activityKinds = sql`('activiteit', 'initiatief')`;
  const count = sql`count(*)`;
  const none = sql`NULL::numeric`;
  return [
    {
      name: 'tevredenheid_antwoorden',
      // every questionnaire stores one row per statement, so the rows of the first statement count questionnaires
      statement: grouped(
        w,
        sql`SELECT 'tevredenheid_antwoorden' AS key, s.answered_month::timestamp AS t,
            coalesce(s.neighbourhood_id::text, 'onbekend') AS wijk
          FROM satisfaction_answers s WHERE s.tenant_id = ${tenant} AND s.question_key = ${questionKeys[0]}`,
        count,
        none,
      ),
    },
    {
      name: 'ceo_*',
      statement: grouped(
        w,
        sql`SELECT 'ceo_' || s.question_key AS key, s.answered_month::timestamp AS t,
            coalesce(s.neighbourhood_id::text, 'onbekend') AS wijk, s.score
          FROM satisfaction_answers s
          WHERE s.tenant_id = ${tenant} AND s.question_key IN (${sql.join(questionKeys)})`,
        sql`count(e.score)`,
        sql`count(*) FILTER (WHERE e.score >= 4)`,
      ),
    },
    {
      name: 'zelfredzaamheid_*',
      statement: grouped(
        w,
        sql`SELECT k.key, ${local(sql`d.last_at`)} AS t, placed.wijk, d.first_level, d.last_level
          FROM (
            SELECT c.request_id,
              (array_agg(aa.level ORDER BY s.held_at, s.id))[1] AS first_level,
              (array_agg(aa.level ORDER BY s.held_at DESC, s.id DESC))[1] AS last_level,
              max(s.held_at) AS last_at
            FROM assessment_answers aa
            JOIN assessments s ON s.tenant_id = aa.tenant_id AND s.id = aa.assessment_id
            JOIN cases c ON c.tenant_id = s.tenant_id AND c.id = s.case_id
            WHERE aa.tenant_id = ${tenant} AND aa.level IS NOT NULL
            GROUP BY c.id, c.request_id, aa.domain_key
            HAVING count(*) >= 2
          ) d
          JOIN placed ON placed.id = d.request_id
          CROSS JOIN (VALUES ('zelfredzaamheid_vooruit'), ('zelfredzaamheid_verschil')) AS k (key)`,
        count,
        sql`CASE WHEN e.key = 'zelfredzaamheid_vooruit'
          THEN count(*) FILTER (WHERE e.last_level > e.first_level)
          ELSE avg(e.last_level - e.first_level) END`,
      ),
    },
    {
      name: 'deelname_activiteiten',
      statement: grouped(
        w,
        sql`SELECT 'deelname_activiteiten' AS key, ${local(sql`m.created_at`)} AS t, placed.wijk
          FROM matches m JOIN placed ON placed.id = m.request_id
          WHERE m.tenant_id = ${tenant} AND m.activity_id IS NOT NULL
            AND m.state IN ('actief', 'opvolging', 'afgesloten')`,
        count,
        none,
      ),
    },
    {
      name: 'vrijwilligers_actief',
      // a match counts in every month from its proposal until it closed (or now, while it runs)
      statement: grouped(
        w,
        sql`SELECT 'vrijwilligers_actief' AS key, busy.t, ${volunteer.wijk} AS wijk, v.id AS volunteer_id
          FROM (
            SELECT m.volunteer_id, month AS t
            FROM matches m
            CROSS JOIN LATERAL generate_series(
              date_trunc('month', greatest(${local(sql`m.created_at`)}, ${w.quarterFrom}::timestamp)),
              date_trunc('month', CASE WHEN m.state = 'afgesloten' THEN ${local(sql`m.updated_at`)}
                ELSE ${nowLocal} END),
              interval '1 month') AS month
            WHERE m.tenant_id = ${tenant} AND m.volunteer_id IS NOT NULL
              AND m.state IN ('actief', 'opvolging', 'afgesloten')
            UNION ALL
            SELECT h.volunteer_id, h.on_date::timestamp FROM volunteer_hours h WHERE h.tenant_id = ${tenant}
          ) busy
          JOIN volunteers v ON v.tenant_id = ${tenant} AND v.id = busy.volunteer_id
          ${volunteer.joins}`,
        sql`count(DISTINCT e.volunteer_id)`,
        none,
      ),
    },
    {
      name: 'vrijwilligers_uren',
      statement: grouped(
        w,
        sql`SELECT 'vrijwilligers_uren' AS key, h.on_date::timestamp AS t, ${volunteer.wijk} AS wijk,
            h.volunteer_id, h.hours
          FROM volunteer_hours h
          JOIN volunteers v ON v.tenant_id = h.tenant_id AND v.id = h.volunteer_id
          ${volunteer.joins}
          WHERE h.tenant_id = ${tenant}`,
        sql`count(DISTINCT e.volunteer_id)`,
        sql`sum(e.hours)`,
      ),
    },
    {
      name: 'aandeel_professioneel',
      statement: grouped(
        w,
        sql`SELECT 'aandeel_professioneel' AS key, ${local(sql`r.created_at`)} AS t, placed.wijk, r.route
          FROM help_requests r JOIN placed ON placed.id = r.id WHERE r.tenant_id = ${tenant}`,
        count,
        sql`count(*) FILTER (WHERE e.route IN ('professioneel', 'spoed'))`,
      ),
    },
    {
      name: 'verwijzingen*',
      statement: grouped(
        w,
        sql`SELECT k.key, ${local(sql`f.chosen_at`)} AS t, placed.wijk, f.own_organisation
          FROM referrals f
          JOIN cases c ON c.tenant_id = f.tenant_id AND c.id = f.case_id
          JOIN placed ON placed.id = c.request_id
          CROSS JOIN (VALUES ('verwijzingen'), ('verwijzingen_extern')) AS k (key)
          WHERE f.tenant_id = ${tenant}`,
        count,
        sql`CASE WHEN e.key = 'verwijzingen_extern' THEN count(*) FILTER (WHERE NOT e.own_organisation) END`,
      ),
    },
    {
      name: 'koppelingen_opgelost',
      // a closed match does not change any more: its last update is its closing
      statement: grouped(
        w,
        sql`SELECT 'koppelingen_opgelost' AS key, ${local(sql`m.updated_at`)} AS t, placed.wijk, m.outcome
          FROM matches m JOIN placed ON placed.id = m.request_id
          WHERE m.tenant_id = ${tenant} AND m.state = 'afgesloten' AND m.outcome IS NOT NULL`,
        count,
        sql`count(*) FILTER (WHERE e.outcome IN ('collectief_opgelost', 'informeel_opgelost'))`,
      ),
    },
    {
      name: 'casussen_doel_bereikt',
      statement: grouped(
        w,
        sql`SELECT 'casussen_doel_bereikt' AS key, ${local(sql`c.closed_at`)} AS t, placed.wijk, c.outcome
          FROM cases c JOIN placed ON placed.id = c.request_id
          WHERE c.tenant_id = ${tenant} AND c.status = 'gesloten' AND c.closed_at IS NOT NULL`,
        count,
        sql`count(*) FILTER (WHERE e.outcome IN ('met_koppeling', 'opgelost_zonder_hulp'))`,
      ),
    },
    {
      name: 'dagen_tot_eerste_contact',
      statement: grouped(
        w,
        sql`SELECT 'dagen_tot_eerste_contact' AS key, ${local(sql`c.first_contact_at`)} AS t, placed.wijk,
            extract(epoch FROM c.first_contact_at - c.opened_at) / 86400 AS days
          FROM cases c JOIN placed ON placed.id = c.request_id
          WHERE c.tenant_id = ${tenant} AND c.first_contact_at IS NOT NULL`,
        count,
        sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY e.days)`,
      ),
    },
    {
      name: 'dagen_tot_plan',
      statement: grouped(
        w,
        sql`SELECT 'dagen_tot_plan' AS key, ${local(sql`pn.set_at`)} AS t, placed.wijk,
            extract(epoch FROM pn.set_at - c.opened_at) / 86400 AS days
          FROM plans pn
          JOIN cases c ON c.tenant_id = pn.tenant_id AND c.id = pn.case_id
          JOIN placed ON placed.id = c.request_id
          WHERE pn.tenant_id = ${tenant} AND pn.status = 'vastgesteld' AND pn.set_at IS NOT NULL`,
        count,
        sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY e.days)`,
      ),
    },
    {
      name: 'initiatieven_nieuw',
      statement: grouped(
        w,
        sql`SELECT 'initiatieven_nieuw' AS key, ${local(sql`a.created_at`)} AS t, ${place.wijk} AS wijk
          FROM activities a
          LEFT JOIN places pl ON pl.tenant_id = a.tenant_id AND pl.id = a.place_id
          ${place.joins}
          WHERE a.tenant_id = ${tenant} AND a.kind IN ${activityKinds}`,
        count,
        none,
      ),
    },
    {
      name: 'initiatieven, initiatieven_bevestigd',
      // a stock, not events: what was on the map at the end of each period (or now, for the running one)
      statement: sql`
        WITH periods AS (
          SELECT 'maand' AS kind, s::date AS start, least(s + interval '1 month', ${nowLocal}) AS stop
          FROM generate_series(${w.monthFrom}::timestamp, ${w.end}::timestamp - interval '1 month',
            interval '1 month') AS s
          UNION ALL
          SELECT 'kwartaal', s::date, least(s + interval '3 months', ${nowLocal})
          FROM generate_series(${w.quarterFrom}::timestamp, ${w.end}::timestamp - interval '1 month',
            interval '3 months') AS s
        ), acts AS (
          SELECT ${local(sql`a.created_at`)} AS created, ${local(sql`a.last_confirmed_at`)} AS confirmed,
            ${place.wijk} AS wijk
          FROM activities a
          LEFT JOIN places pl ON pl.tenant_id = a.tenant_id AND pl.id = a.place_id
          ${place.joins}
          WHERE a.tenant_id = ${tenant} AND a.kind IN ${activityKinds}
        )
        INSERT INTO monitor_values (tenant_id, figure_key, period_kind, period_start, wijk, n, value)
        SELECT ${tenant}, k.key, p.kind, p.start, CASE WHEN grouping(acts.wijk) = 1 THEN 'gemeente' ELSE acts.wijk END,
          count(*), CASE WHEN k.key = 'initiatieven_bevestigd'
            THEN count(*) FILTER (WHERE acts.confirmed >= p.stop - interval '6 months') END
        FROM periods p
        JOIN acts ON acts.created < p.stop
        CROSS JOIN (VALUES ('initiatieven'), ('initiatieven_bevestigd')) AS k (key)
        GROUP BY GROUPING SETS ((k.key, p.kind, p.start, acts.wijk), (k.key, p.kind, p.start))`,
    },
  ];
}

/** Every municipality with the moment its figures were last refreshed (null: never). */
export async function lastRefreshes(db: Db): Promise<{ id: string; refreshed_at: Date | null }[]> {
  const result = await sql<{ id: string; refreshed_at: Date | null }>`
    SELECT t.id, s.refreshed_at FROM tenants t LEFT JOIN monitor_settings s ON s.tenant_id = t.id`.execute(db);
  return result.rows;
}

/** The periods a refresh covers: the last `months` Amsterdam months up to `now`, and every quarter they touch. */
export function refreshWindow(tenantId: string, options: RefreshOptions = {}): RefreshWindow {
  const now = options.now ?? new Date();
  const months = Math.max(1, Math.floor(options.months ?? 24));
  const monthFrom = amsterdamMonth(now, -(months - 1));
  return { tenantId, monthFrom, quarterFrom: quarterOf(monthFrom), end: amsterdamMonth(now, 1), now };
}

/**
 * Computes every figure for the last `months` Amsterdam months (and every quarter they touch) and replaces those
 * rows of monitor_values in one transaction; sets monitor_settings.refreshed_at.
 */
export async function refreshMonitor(db: Db, tenantId: string, options: RefreshOptions = {}): Promise<RefreshResult> {
  const w = refreshWindow(tenantId, options);
  const { now, monthFrom } = w;
  const rows = await db.transaction().execute(async (trx) => {
    await sql`
      DELETE FROM monitor_values WHERE tenant_id = ${tenantId}::uuid
        AND ((period_kind = 'maand' AND period_start >= ${w.monthFrom}::date)
          OR (period_kind = 'kwartaal' AND period_start >= ${w.quarterFrom}::date))`.execute(trx);
    let written = 0;
    for (const { statement } of refreshStatements(w)) {
      const result = await statement.execute(trx);
      written += Number(result.numAffectedRows ?? 0);
    }
    await sql`
      INSERT INTO monitor_settings (tenant_id, refreshed_at)
      VALUES (${tenantId}::uuid, ${now.toISOString()}::timestamptz)
      ON CONFLICT (tenant_id) DO UPDATE SET refreshed_at = excluded.refreshed_at`.execute(trx);
    return written;
  });
  return { rows, from: monthFrom, through: amsterdamMonth(now, 0) };
}

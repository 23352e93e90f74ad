// Reading the computed figures: what every page, CSV and API answer of the monitor starts from. Counts only.
import type { Db } from '../../../kernel/db/database.js';
import type { PeriodKind } from '../schema.js';

export type StoredValue = {
  figureKey: string;
  periodStart: string;
  wijk: string;
  n: number;
  value: number | null;
};

/** The figures of one municipality for the periods from `from` up to and including `through` (yyyy-mm-dd). */
export async function storedValues(
  db: Db,
  tenantId: string,
  periodKind: PeriodKind,
  from: string,
  through: string,
): Promise<StoredValue[]> {
  const rows = await db
    .selectFrom('monitor_values')
    .select(['figure_key', 'wijk', 'n', 'value'])
    .select((eb) => eb.fn<string>('to_char', [eb.ref('period_start'), eb.val('YYYY-MM-DD')]).as('period'))
    .where('tenant_id', '=', tenantId)
    .where('period_kind', '=', periodKind)
    .where('period_start', '>=', from)
    .where('period_start', '<=', through)
    .orderBy('period_start')
    .execute();
  return rows.map((r) => ({
    figureKey: r.figure_key,
    periodStart: r.period,
    wijk: r.wijk,
    n: Number(r.n),
    value: r.value === null ? null : Number(r.value),
  }));
}

export type MonitorSettings = { publishedThrough: string | null; publishOpenData: boolean; refreshedAt: Date | null };

export async function monitorSettings(db: Db, tenantId: string): Promise<MonitorSettings> {
  const row = await db
    .selectFrom('monitor_settings')
    .select(['publish_open_data', 'refreshed_at'])
    .select((eb) => eb.fn<string | null>('to_char', [eb.ref('published_through'), eb.val('YYYY-MM-DD')]).as('through'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return {
    publishedThrough: row?.through ?? null,
    publishOpenData: row?.publish_open_data ?? false,
    refreshedAt: row?.refreshed_at ?? null,
  };
}

// The SQL of retention's own tables: the municipality's terms and the record of runs. No personal data.
import type { Db } from '../../kernel/db/database.js';
import { defaultRetentionTerms, retentionCategories, type RetentionCategory, type RetentionTerms } from './terms.js';

/** The municipality's terms in months: its own where it set one, the default elsewhere. */
export async function findRetentionTerms(db: Db, tenantId: string): Promise<RetentionTerms> {
  const rows = await db
    .selectFrom('retention_terms')
    .select(['category', 'months'])
    .where('tenant_id', '=', tenantId)
    .execute();
  const terms = defaultRetentionTerms();
  for (const row of rows)
    if ((retentionCategories as readonly string[]).includes(row.category))
      terms[row.category as RetentionCategory] = row.months;
  return terms;
}

export async function saveRetentionTerms(db: Db, tenantId: string, terms: RetentionTerms): Promise<void> {
  await db
    .insertInto('retention_terms')
    .values(retentionCategories.map((category) => ({ tenant_id: tenantId, category, months: terms[category] })))
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'category']).doUpdateSet((eb) => ({
        months: eb.ref('excluded.months'),
        updated_at: new Date(),
      })),
    )
    .execute();
}

export type RetentionRun = { startedAt: Date; finishedAt: Date; deleted: Record<string, number>; total: number };

export async function recordRun(
  db: Db,
  tenantId: string,
  run: { startedAt: Date; deleted: Record<string, number>; total: number },
): Promise<void> {
  await db
    .insertInto('retention_runs')
    .values({
      tenant_id: tenantId,
      started_at: run.startedAt,
      deleted: JSON.stringify(run.deleted),
      total: run.total,
    })
    .execute();
}

export async function listRuns(db: Db, tenantId: string, limit = 10): Promise<RetentionRun[]> {
  const rows = await db
    .selectFrom('retention_runs')
    .select(['started_at', 'finished_at', 'deleted', 'total'])
    .where('tenant_id', '=', tenantId)
    .orderBy('finished_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ startedAt: r.started_at, finishedAt: r.finished_at, deleted: r.deleted, total: r.total }));
}

/** Every municipality, for the job that runs over all of them. */
export async function allTenantIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('tenants').select('id').orderBy('slug').execute()).map((t) => t.id);
}

// SQL of triage's learning: corrections (personal data: the asker's text, read only through the gate) and models.
import { sql } from 'kysely';
import type { GatedDb } from '../../kernel/access/gate.js';
import type { Db } from '../../kernel/db/database.js';

export type CorrectionInput = {
  helpRequestId: string;
  subjectUserId: string | null;
  text: string;
  proposed: { route: string; needs: readonly string[] };
  decided: { route: string; needs: readonly string[] };
  reason: string;
  modelVersion: string;
  correctedBy: string;
};

export async function insertCorrection(db: GatedDb, tenantId: string, c: CorrectionInput): Promise<void> {
  await db
    .insertInto('triage_corrections')
    .values({
      tenant_id: tenantId,
      help_request_id: c.helpRequestId,
      subject_user_id: c.subjectUserId,
      text: c.text,
      proposed_route: c.proposed.route,
      proposed_needs: [...c.proposed.needs],
      route: c.decided.route,
      needs: [...c.decided.needs],
      reason: c.reason,
      model_version: c.modelVersion,
      corrected_by_user_id: c.correctedBy,
    })
    .execute();
}

export type CorrectionRow = Awaited<ReturnType<typeof listCorrections>>[number];

/** Corrections since a moment, newest first; every one of them, for training, when `since` is absent. */
export function listCorrections(db: GatedDb, tenantId: string, since?: Date) {
  let q = db
    .selectFrom('triage_corrections')
    .select([
      'id',
      'help_request_id as helpRequestId',
      'subject_user_id as subjectUserId',
      'text',
      'proposed_route as proposedRoute',
      'proposed_needs as proposedNeeds',
      'route',
      'needs',
      'reason',
      'model_version as modelVersion',
      'created_at as createdAt',
    ])
    .where('tenant_id', '=', tenantId);
  if (since) q = q.where('created_at', '>=', since);
  return q.orderBy('created_at', 'desc').orderBy('id').execute();
}

export type ModelRow = { version: string; trainedAt: Date; active: boolean; corrections: number; figures: unknown };

export function listModels(db: Db, tenantId: string): Promise<ModelRow[]> {
  return db
    .selectFrom('triage_models')
    .select(['version', 'trained_at as trainedAt', 'active', 'corrections', 'figures'])
    .where('tenant_id', '=', tenantId)
    .orderBy('trained_at', 'desc')
    .orderBy('version', 'desc')
    .execute();
}

export async function activeModelVersion(db: Db, tenantId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('triage_models')
    .select('version')
    .where('tenant_id', '=', tenantId)
    .where('active', '=', true)
    .executeTakeFirst();
  return row?.version;
}

export async function readModel(db: Db, tenantId: string, version: string): Promise<unknown> {
  const row = await db
    .selectFrom('triage_models')
    .select('model')
    .where('tenant_id', '=', tenantId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row?.model;
}

/** Stores a model and makes it the active one, in one transaction (the caller's). */
export async function storeActiveModel(
  db: Db,
  tenantId: string,
  m: { version: string; model: string; figures: string; corrections: number },
): Promise<void> {
  await db.updateTable('triage_models').set({ active: false }).where('tenant_id', '=', tenantId).execute();
  await db
    .insertInto('triage_models')
    .values({ tenant_id: tenantId, ...m, active: true })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'version']).doUpdateSet({ active: true, trained_at: sql`now()`, figures: m.figures }),
    )
    .execute();
}

/** Makes another stored version active; undefined means the base model. */
export async function activateModel(db: Db, tenantId: string, version: string | undefined): Promise<void> {
  await db.updateTable('triage_models').set({ active: false }).where('tenant_id', '=', tenantId).execute();
  if (version)
    await db
      .updateTable('triage_models')
      .set({ active: true })
      .where('tenant_id', '=', tenantId)
      .where('version', '=', version)
      .execute();
}

/** Forgets the corrections made on one request (they hold its text): when the request itself is deleted. */
export async function forgetCorrectionsOf(db: GatedDb, tenantId: string, helpRequestId: string): Promise<number> {
  const result = await db
    .deleteFrom('triage_corrections')
    .where('tenant_id', '=', tenantId)
    .where('help_request_id', '=', helpRequestId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

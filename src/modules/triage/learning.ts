// The team's corrections teach triage: each change of route or needs is kept as a training example of the
// municipality; `nabij triage train --gemeente SLUG` trains a model of its own from the corpus and those
// corrections; every version is kept, and a rollback makes the one before active again.
import { DomainError } from '../../kernel/errors.js';
import { type Actor, searchWithAccess, withAccess } from '../../kernel/access/gate.js';
import { type Db, inTransaction } from '../../kernel/db/database.js';
import { isNeedKey } from '../../kernel/taxonomy/needs.js';
import type { LabelledText, TriageModel } from './model/model.js';
import { baseModel, serialiseModel } from './model/store.js';
import { trainFromCorpus, type TrainingReport } from './model/training.js';
import {
  type CorrectionInput,
  activateModel,
  activeModelVersion,
  insertCorrection,
  listCorrections,
  listModels,
  readModel,
  storeActiveModel,
} from './queries.js';
import type { Route } from './types.js';

export type { CorrectionInput, CorrectionRow, ModelRow } from './queries.js';
export { listModels };

/** A correction of the triage proposal, stored for the municipality's next model. */
export async function recordCorrection(db: Db, actor: Actor, tenantId: string, c: CorrectionInput): Promise<void> {
  await withAccess(
    db,
    actor,
    { category: 'triagecorrectie', action: 'create', purpose: 'kwaliteit_triage', subjectUserId: c.subjectUserId },
    (gated) => insertCorrection(gated, tenantId, c),
  );
}

/** Corrections since a moment (all when absent), each read logged for the asker whose text it is. */
export function readCorrections(db: Db, actor: Actor, tenantId: string, since?: Date) {
  return searchWithAccess(db, actor, { category: 'triagecorrectie', purpose: 'kwaliteit_triage' }, (gated) =>
    listCorrections(gated, tenantId, since),
  );
}

const routes: readonly string[] = ['collectief', 'informeel', 'professioneel', 'spoed'];
/** A correction counts three times: a professional's judgement on this municipality's own words. */
const correctionWeight = 3;

export type MunicipalityTraining = TrainingReport & { corrections: number };

/** Trains a model from the corpus and the municipality's corrections, stores it and makes it active. */
export async function trainMunicipalityModel(
  db: Db,
  actor: Actor,
  tenantId: string,
  slug: string,
): Promise<MunicipalityTraining> {
  const corrections = await readCorrections(db, actor, tenantId);
  const extra: LabelledText[] = corrections
    .filter((c) => routes.includes(c.route))
    .map((c) => ({
      tekst: c.text,
      route: c.route as Route,
      behoeften: c.needs.filter(isNeedKey),
      schrijver: 'correctie',
      gewicht: correctionWeight,
    }));
  const report = trainFromCorpus(slug, extra);
  await inTransaction(db, (trx) =>
    storeActiveModel(trx, tenantId, {
      version: report.model.version,
      model: serialiseModel(report.model),
      figures: JSON.stringify(report.figures.map((f) => ({ name: f.name, model: f.model }))),
      corrections: extra.length,
    }),
  );
  forgetModel(tenantId);
  return { ...report, corrections: extra.length };
}

/**
 * Makes the version before the active one active again; with no older version, the base model. Returns the
 * version now in use ("basis-…" for the base model).
 */
export async function rollBackModel(db: Db, tenantId: string): Promise<string> {
  const models = await listModels(db, tenantId);
  const at = models.findIndex((m) => m.active);
  const previous = at >= 0 ? models[at + 1] : undefined;
  if (at < 0)
    throw new DomainError('ongeldige_invoer', 'Deze gemeente gebruikt het basismodel al; er is niets terug te zetten.');
  await inTransaction(db, (trx) => activateModel(trx, tenantId, previous?.version));
  forgetModel(tenantId);
  return previous?.version ?? baseModel()?.version ?? 'regels';
}

/** Makes a stored version active (or the base model with undefined). */
export async function useModelVersion(db: Db, tenantId: string, version: string | undefined): Promise<void> {
  if (version && !(await listModels(db, tenantId)).some((m) => m.version === version))
    throw new Error(`Versie ${version} bestaat niet voor deze gemeente.`);
  await inTransaction(db, (trx) => activateModel(trx, tenantId, version));
  forgetModel(tenantId);
}

const models = new Map<string, TriageModel>();
const CHECK_MS = 30_000;
const checked = new Map<string, { at: number; version: string | undefined }>();

function forgetModel(tenantId: string): void {
  checked.delete(tenantId);
}

/** The model triage uses for a municipality: its own active version, or the base model. Checked every 30 s. */
export async function modelFor(db: Db, tenantId: string, now = Date.now()): Promise<TriageModel | undefined> {
  let hit = checked.get(tenantId);
  if (!hit || now - hit.at >= CHECK_MS) {
    hit = { at: now, version: await activeModelVersion(db, tenantId) };
    checked.set(tenantId, hit);
  }
  if (!hit.version) return baseModel();
  const key = `${tenantId}/${hit.version}`;
  let model = models.get(key);
  if (!model) {
    const stored = await readModel(db, tenantId, hit.version);
    if (!stored) return baseModel();
    model = (typeof stored === 'string' ? JSON.parse(stored) : stored) as TriageModel;
    models.set(key, model);
  }
  return model;
}

// One code path for triage, used by `nabij triage --batch`, POST /api/v1/triage and the help-request form:
// postcode → place, the municipality's candidates (cached briefly), the explainable engine.
import { type Actor, withAccess } from '../../kernel/access/gate.js';
import type { Db } from '../../kernel/db/database.js';
import { normalisePostcode, postcodePoint } from '../../kernel/geo/index.js';
import { loadCandidates } from './candidates.js';
import { buildCandidateIndex, type CandidateIndex, modelFor, triage } from '../triage/index.js';
import type { Moment } from '../../kernel/time/index.js';
import type { TriageAnswer } from '../triage/index.js';

export type TriageInput = {
  id: string;
  tekst: string;
  postcode?: string | null;
  moments?: Moment[];
  language?: string | null;
};

const CACHE_MS = 30_000;
/** `at`: when the index was loaded; while it is still loading, callers wait for that load rather than start one. */
const cache = new Map<string, { at: number; loading: boolean; index: Promise<CandidateIndex> }>();

/**
 * The candidates of a municipality as an index; kept 30 s so a burst of requests loads them once. A cached
 * index still passes the gate for every caller, so the cache never lets a role read what it may not.
 */
export async function candidateIndex(
  db: Db,
  actor: Actor,
  tenantId: string,
  hiddenMonths: number,
  now = Date.now(),
): Promise<CandidateIndex> {
  const hit = cache.get(tenantId);
  if (hit && (hit.loading || now - hit.at < CACHE_MS)) {
    await withAccess(
      db,
      actor,
      { category: 'vrijwilliger', action: 'search', purpose: 'triage', subjectUserId: null },
      async () => undefined,
    );
    return hit.index;
  }
  const index = loadCandidates(db, actor, tenantId, hiddenMonths).then(buildCandidateIndex);
  const entry = { at: now, loading: true, index };
  cache.set(tenantId, entry);
  // Fresh from when it is loaded: at city scale a load can take longer than CACHE_MS, and an index stale on arrival
  // made every request start another load.
  index.then(
    () => Object.assign(entry, { at: Math.max(now, Date.now()), loading: false }),
    () => {
      if (cache.get(tenantId) === entry) cache.delete(tenantId);
    },
  );
  return index;
}

/** Forgets the cached candidates, after an import or a change of a volunteer's load. */
export function forgetCandidates(tenantId: string): void {
  cache.delete(tenantId);
}

/** Triage with the municipality's model (its own active version, or the base model). */
export async function triageMany(
  db: Db,
  tenantId: string,
  index: CandidateIndex,
  inputs: readonly TriageInput[],
  now = new Date(),
): Promise<TriageAnswer[]> {
  const model = (await modelFor(db, tenantId)) ?? false;
  const points = new Map<string, { lat: number; lon: number } | undefined>();
  const answers: TriageAnswer[] = [];
  for (const input of inputs) {
    const postcode = input.postcode ? normalisePostcode(input.postcode) : undefined;
    if (postcode && !points.has(postcode)) points.set(postcode, await postcodePoint(db, postcode));
    const point = postcode ? points.get(postcode) : undefined;
    answers.push(
      triage(
        { id: input.id, tekst: input.tekst, point, moments: input.moments, language: input.language ?? undefined },
        index,
        { now, model },
      ),
    );
  }
  return answers;
}

// The daily job: per municipality, deletes the help requests (with their cases, history, matches, conversations and
// consents) whose retention term has passed, one transaction per request, and the unfounded signals past theirs,
// each delete through the gate so the resident's (or the person signalled about's) log shows it; then records how
// many, per category, in retention_runs. Running it again deletes nothing more: what is gone is not found again.
import { inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import { caseRetentionFacts } from '../../casework/index.js';
import { deleteHelpRequest, requestRetentionFacts } from '../../requests/index.js';
import { deleteUnfoundedSignals } from '../../signals/index.js';
import { forgetCorrectionsOf } from '../../triage/index.js';
import { verdict } from '../due.js';
import { allTenantIds, findRetentionTerms, recordRun } from '../queries.js';
import { monthsBefore, retentionCategories, termRules } from '../terms.js';

export type RunReport = { tenantId: string; deleted: Record<string, number>; total: number };

export async function runRetention(db: Db, now = new Date(), tenantIds?: readonly string[]): Promise<RunReport[]> {
  const ids = tenantIds ?? (await allTenantIds(db));
  const reports: RunReport[] = [];
  for (const tenantId of ids) reports.push(await runForMunicipality(db, tenantId, now));
  return reports;
}

async function runForMunicipality(db: Db, tenantId: string, now: Date): Promise<RunReport> {
  const startedAt = new Date();
  const terms = await findRetentionTerms(db, tenantId);
  // Nothing quiet for less than the shortest term in use can be due: the others are not even read.
  // Signals have their own pass below.
  const requestCategories = retentionCategories.filter((c) => termRules[c].inUse && c !== 'signaal');
  const shortest = Math.min(...requestCategories.map((c) => terms[c]));
  const candidates = await requestRetentionFacts(db, tenantId, { closedAndQuietBefore: monthsBefore(now, shortest) });
  const cases = await caseRetentionFacts(
    db,
    tenantId,
    candidates.map((c) => c.id),
  );
  const deleted: Record<string, number> = {};
  for (const request of candidates) {
    const found = verdict(request, cases.get(request.id), terms, now);
    if (found.kind !== 'mag_weg') continue;
    const gone = await withAccess(
      db,
      { kind: 'system', tenantId, process: 'bewaartermijn' },
      {
        category: found.category === 'dossier' ? 'dossier' : 'hulpvraag',
        action: 'delete',
        purpose: 'bewaartermijn',
        subjectUserId: request.askerUserId,
        subjectRequestId: request.id,
      },
      (gated) =>
        inGatedTransaction(gated, async (trx) => {
          await forgetCorrectionsOf(trx, tenantId, request.id);
          return deleteHelpRequest(trx, tenantId, request.id);
        }),
    );
    if (gone) deleted[found.category] = (deleted[found.category] ?? 0) + 1;
  }
  // An unfounded signal: its short term counts from its closing.
  const signals = await deleteUnfoundedSignals(db, tenantId, monthsBefore(now, terms.signaal));
  if (signals > 0) deleted.signaal = signals;
  const total = Object.values(deleted).reduce((a, b) => a + b, 0);
  await recordRun(db, tenantId, { startedAt, deleted, total });
  return { tenantId, deleted, total };
}

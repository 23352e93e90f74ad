// A resident's dossier for someone outside the team they shared it with: one pass of the gate under 'dossier' about
// the resident, which the policy opens to such a reader only with the resident's consent.
import { type Actor, withAccess } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import type { SharedDossier } from '../pages/shared-dossier.js';
import { casesOfAsker, listCaseWorkers } from '../queries.js';

export async function readSharedDossier(
  db: Db,
  actor: Actor,
  residentUserId: string,
  purpose: string,
): Promise<SharedDossier> {
  return withAccess(
    db,
    actor,
    { category: 'dossier', action: 'read', purpose, subjectUserId: residentUserId },
    async (gated) => ({
      cases: await casesOfAsker(gated, actor.tenantId, residentUserId),
      workers: await listCaseWorkers(gated, actor.tenantId),
    }),
  );
}

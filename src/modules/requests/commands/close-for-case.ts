// A case closed by the team closes its request too, so it leaves the queue; called by casework within its own gate
// pass and transaction.
import type { GatedDb } from '../../../kernel/access/gate.js';
import { findRequestSummary, recordEvent, setRequestState } from '../queries/requests.js';
import { canMoveRequest } from '../states.js';

/** Closes the request (when it is not closed yet) and notes in its history that its case closed it. */
export async function closeRequestForCase(
  gated: GatedDb,
  tenantId: string,
  requestId: string,
  actorUserId: string,
  outcome: string,
): Promise<void> {
  const request = await findRequestSummary(gated, tenantId, requestId);
  if (!request || !canMoveRequest(request.state, 'afgesloten')) return;
  await setRequestState(gated, tenantId, requestId, 'afgesloten');
  await recordEvent(gated, tenantId, requestId, actorUserId, 'afgesloten', { via: 'casus', uitkomst: outcome });
}

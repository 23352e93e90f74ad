// The queries of the signals API: the open signals of one kind for the team's list, and one signal with its steps.
// Both take a gated handle: they read personal data (what was seen, where).
import type { GatedDb } from '../../../kernel/access/gate.js';
import type { SignalKind } from '../schema.js';

/** The open signals (every state but closed) of one kind, overdue first, then by their first deadline. */
export async function listOpenSignals(db: GatedDb, tenantId: string, kind: SignalKind) {
  return db
    .selectFrom('signals as s')
    .leftJoin('areas as a', (j) => j.onRef('a.id', '=', 's.area_id').onRef('a.tenant_id', '=', 's.tenant_id'))
    .select([
      's.id',
      's.reference',
      's.kind',
      's.topic',
      's.urgency',
      's.status',
      's.due_at as dueAt',
      's.second_due_at as secondDueAt',
      's.created_at as createdAt',
      'a.name as areaName',
      'a.cbs_code as cbsCode',
    ])
    .where('s.tenant_id', '=', tenantId)
    .where('s.kind', '=', kind)
    .where('s.status', '<>', 'afgesloten')
    .orderBy('s.due_at')
    .execute();
}

/** One signal as the team reads it in the API: what was seen and where, its state and deadlines; no reporter. */
export async function findSignalForTeam(db: GatedDb, tenantId: string, id: string) {
  return db
    .selectFrom('signals as s')
    .leftJoin('areas as a', (j) => j.onRef('a.id', '=', 's.area_id').onRef('a.tenant_id', '=', 's.tenant_id'))
    .select([
      's.id',
      's.reference',
      's.kind',
      's.topic',
      's.urgency',
      's.status',
      's.what_seen as whatSeen',
      's.since_when as sinceWhen',
      's.what_would_help as whatWouldHelp',
      's.street',
      's.postcode',
      's.danger_reasons as dangerReasons',
      's.visit_result as visitResult',
      's.forwarded_to as forwardedTo',
      's.closing_outcome as closingOutcome',
      's.due_at as dueAt',
      's.second_due_at as secondDueAt',
      's.created_at as createdAt',
      'a.name as areaName',
      'a.cbs_code as cbsCode',
    ])
    .where('s.tenant_id', '=', tenantId)
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** A signal's steps in order: when, what, from and to which state, why, and who took it (team, melder, systeem). */
export async function listSignalSteps(db: GatedDb, tenantId: string, signalId: string) {
  return db
    .selectFrom('signal_events')
    .select(['at', 'kind', 'from_status as fromStatus', 'to_status as toStatus', 'reason', 'actor_kind as actorKind'])
    .where('tenant_id', '=', tenantId)
    .where('signal_id', '=', signalId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

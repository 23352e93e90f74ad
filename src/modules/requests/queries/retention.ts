// What retention needs to know of help requests, and the one way a request is deleted. The facts are keys and
// dates only (no story, name or contact), read with a plain Db to aim the gate; the delete takes a GatedDb.
import { sql } from 'kysely';
import type { GatedDb } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import type { RequestState } from '../states.js';

export type RequestRetentionFacts = {
  id: string;
  reference: string;
  state: RequestState;
  askerUserId: string | null;
  createdAt: Date;
  /** The last thing that happened to it: its last change or history line. A term counts from here. */
  lastActivityAt: Date;
  /** Whether a match or an activity ran (both said yes), as opposed to proposals that came to nothing. */
  ranMatch: boolean;
};

/**
 * Requests of one municipality, by filter: closed ones whose last activity lies before a date (the daily job), or
 * every request of one asker (their page to ask for deletion).
 */
export async function requestRetentionFacts(
  db: Db,
  tenantId: string,
  filter: { closedAndQuietBefore: Date } | { askerUserId: string },
): Promise<RequestRetentionFacts[]> {
  const lastActivity = sql<Date>`greatest(r.updated_at, r.last_progress_at,
    (SELECT max(e.at) FROM request_events e WHERE e.tenant_id = r.tenant_id AND e.request_id = r.id))`;
  const where =
    'closedAndQuietBefore' in filter
      ? sql`r.state = 'afgesloten' AND ${lastActivity} < ${filter.closedAndQuietBefore}`
      : sql`r.asker_user_id = ${filter.askerUserId}`;
  const { rows } = await sql<{
    id: string;
    reference: string;
    state: RequestState;
    asker_user_id: string | null;
    created_at: Date;
    last_activity_at: Date;
    ran_match: boolean;
  }>`
    SELECT r.id, r.reference, r.state, r.asker_user_id, r.created_at, ${lastActivity} AS last_activity_at,
           EXISTS (SELECT 1 FROM matches m WHERE m.tenant_id = r.tenant_id AND m.request_id = r.id
                     AND m.state IN ('actief', 'opvolging', 'afgesloten')) AS ran_match
      FROM help_requests r
     WHERE r.tenant_id = ${tenantId} AND ${where}
     ORDER BY r.created_at`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    state: r.state,
    askerUserId: r.asker_user_id,
    createdAt: new Date(r.created_at),
    lastActivityAt: new Date(r.last_activity_at),
    ranMatch: r.ran_match,
  }));
}

/**
 * Deletes a request and, by the database's ON DELETE CASCADE, everything that hangs off it: its history, its
 * matches, its cases with their timeline and conversations, and the consents about it. The access log stays.
 */
export async function deleteHelpRequest(db: GatedDb, tenantId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('help_requests')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

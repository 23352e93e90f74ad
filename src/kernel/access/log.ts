// Reading the access log: what a resident sees on "Wie heeft mijn gegevens bekeken?". There is no update or delete
// here.
import type { GatedDb } from './gate.js';

export type AccessLogEntry = {
  at: Date;
  actorName: string | null;
  actorRole: string;
  actorIsSubject: boolean;
  category: string;
  action: string;
  outcome: 'toegestaan' | 'geweigerd';
  purpose: string;
};

export async function listAccessLogAbout(
  db: GatedDb,
  tenantId: string,
  subjectUserId: string,
  limit = 200,
): Promise<AccessLogEntry[]> {
  const rows = await db
    .selectFrom('access_log')
    .leftJoin('users as actor', 'actor.id', 'access_log.actor_user_id')
    .select([
      'access_log.at',
      'actor.display_name as actorName',
      'access_log.actor_role as actorRole',
      'access_log.actor_user_id as actorUserId',
      'access_log.category',
      'access_log.action',
      'access_log.outcome',
      'access_log.purpose',
    ])
    .where('access_log.tenant_id', '=', tenantId)
    .where('access_log.subject_user_id', '=', subjectUserId)
    .orderBy('access_log.at', 'desc')
    .orderBy('access_log.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(({ actorUserId, ...row }) => ({ ...row, actorIsSubject: actorUserId === subjectUserId }));
}

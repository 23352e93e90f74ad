// Reading the access log: what a resident sees on "Wie heeft mijn gegevens bekeken?". There is no update or delete
// here.
import { type RawBuilder, sql } from 'kysely';
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

/** Processes that set Nabij up (the demo being seeded, an import or other command-line job): shown apart. */
export const setUpRoles = ['systeem:demo', 'systeem:opdrachtregel'] as const;

/** Roles of the neighbourhood team, for the "who" filter. */
const teamRoles = ['wijkteamlid', 'regisseur', 'clientondersteuner', 'opbouwwerker'];

/** Who a resident can filter on: themselves, the team, the administrator, volunteers, Nabij itself, other systems. */
export const accessLogWho = ['zelf', 'wijkteam', 'beheerder', 'vrijwilligers', 'nabij', 'systemen'] as const;
export type AccessLogWho = (typeof accessLogWho)[number];
/** How far back, in days. */
export const accessLogPeriods = ['7', '31', '365'] as const;
export type AccessLogPeriod = (typeof accessLogPeriods)[number];

export const ACCESS_LOG_PAGE_SIZE = 25;

export type AccessLogLine = AccessLogEntry & {
  /** How many of the person's own looks this line folds together (one line per day); 1 for any other line. */
  times: number;
  folded: boolean;
};

export type SetUpLine = {
  day: string;
  actorRole: string;
  action: string;
  category: string;
  purpose: string;
  times: number;
};

export type AccessLogPage = { lines: AccessLogLine[]; total: number; setUp: SetUpLine[]; setUpTotal: number };

/**
 * Whose log: a person with an account, or the asker of one help request by its status link (rows that name the
 * request; the asker's own looks are those through the link, or signed in as the asker when they have an account).
 */
export type LogSubject = { userId: string } | { requestId: string; askerUserId: string | null };

const PLACEHOLDER_USER = '00000000-0000-0000-0000-000000000000';

function whoCondition(who: AccessLogWho | undefined, subjectUserId: string, own: RawBuilder<boolean>) {
  switch (who) {
    case undefined:
      return sql<boolean>`true`;
    case 'zelf':
      return own;
    case 'wijkteam':
      return sql<boolean>`l.actor_role IN (${sql.join(teamRoles)})
        AND l.actor_user_id IS DISTINCT FROM ${subjectUserId}`;
    case 'beheerder':
      return sql<boolean>`l.actor_role = 'beheerder' AND l.actor_user_id IS DISTINCT FROM ${subjectUserId}`;
    case 'vrijwilligers':
      return sql<boolean>`l.actor_role IN ('vrijwilliger', 'initiatiefnemer')
        AND l.actor_user_id IS DISTINCT FROM ${subjectUserId}`;
    case 'nabij':
      return sql<boolean>`l.actor_role LIKE 'systeem:%'`;
    case 'systemen':
      return sql<boolean>`l.actor_role LIKE 'token:%'`;
  }
}

/**
 * One page of a person's access log as they read it: newest first, their own looks folded into one line per day
 * (looking at this list is itself logged, and would otherwise flood it), filtered by who and how far back. Rows of
 * Nabij being set up (the demo, an import) are counted apart, per day and process, so they do not hide the rest.
 */
export async function accessLogPage(
  db: GatedDb,
  tenantId: string,
  subject: LogSubject,
  options: { who?: AccessLogWho; periodDays?: number; page: number; pageSize?: number },
): Promise<AccessLogPage> {
  const pageSize = options.pageSize ?? ACCESS_LOG_PAGE_SIZE;
  const since =
    options.periodDays === undefined
      ? sql<boolean>`true`
      : sql<boolean>`l.at >= ${new Date(Date.now() - options.periodDays * 86_400_000)}`;
  // An asker without an account: no user can be them, so a fixed id that is nobody's stands in.
  const subjectUserId = 'userId' in subject ? subject.userId : (subject.askerUserId ?? PLACEHOLDER_USER);
  const about =
    'userId' in subject
      ? sql<boolean>`l.subject_user_id = ${subject.userId}`
      : sql<boolean>`l.subject_request_id = ${subject.requestId}`;
  const base = sql<boolean>`l.tenant_id = ${tenantId} AND ${about} AND ${since}`;
  const setUp = sql.join(setUpRoles.map((r) => sql.lit(r)));
  // IS NOT DISTINCT FROM: a row of Nabij itself or a connected system (no actor) is never one's own look; through
  // the status link, though, Nabij reads on the asker's behalf (process 'hulpvraag'), so that is their own.
  const ownActor =
    'userId' in subject
      ? sql<boolean>`l.actor_user_id IS NOT DISTINCT FROM ${subjectUserId}`
      : sql<boolean>`(l.actor_user_id IS NOT DISTINCT FROM ${subjectUserId} OR l.actor_role = 'systeem:hulpvraag')`;
  const ownLook = sql<boolean>`(${ownActor} AND l.action = 'read' AND l.outcome = 'toegestaan')`;
  const who = whoCondition(options.who, subjectUserId, ownActor);
  const day = sql`to_char(l.at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')`;

  const { rows } = await sql<{
    at: Date;
    actor_name: string | null;
    actor_role: string;
    actor_user_id: string | null;
    category: string;
    action: string;
    outcome: 'toegestaan' | 'geweigerd';
    purpose: string;
    times: number | string;
    folded: boolean;
    total: number | string;
  }>`
    WITH lines AS (
      SELECT l.at, u.display_name AS actor_name, l.actor_role, l.actor_user_id, l.category, l.action, l.outcome,
             l.purpose, 1 AS times, false AS folded, l.id
        FROM access_log l LEFT JOIN users u ON u.id = l.actor_user_id
       WHERE ${base} AND l.actor_role NOT IN (${setUp}) AND NOT ${ownLook} AND ${who}
      UNION ALL
      SELECT max(l.at), NULL, min(l.actor_role), min(l.actor_user_id::text)::uuid, 'eigen', 'read', 'toegestaan',
             'eigen_gegevens', count(*), true, max(l.id)
        FROM access_log l
       WHERE ${base} AND ${ownLook} AND ${who}
       GROUP BY ${day}
    )
    SELECT *, count(*) OVER () AS total FROM lines
     ORDER BY at DESC, id DESC
     LIMIT ${pageSize} OFFSET ${(options.page - 1) * pageSize}`.execute(db);

  const setUpRows = await sql<{
    day: string;
    actor_role: string;
    action: string;
    category: string;
    purpose: string;
    times: number | string;
  }>`
    SELECT ${day} AS day, l.actor_role, l.action, l.category, l.purpose, count(*) AS times
      FROM access_log l
     WHERE ${base} AND l.actor_role IN (${setUp}) AND ${who}
     GROUP BY 1, 2, 3, 4, 5
     ORDER BY 1 DESC, 6 DESC
     LIMIT 100`.execute(db);
  const setUpTotal = await sql<{ times: number | string }>`
    SELECT count(*) AS times FROM access_log l WHERE ${base} AND l.actor_role IN (${setUp}) AND ${who}`.execute(db);

  const setUpLines = setUpRows.rows.map((r) => ({
    day: r.day,
    actorRole: r.actor_role,
    action: r.action,
    category: r.category,
    purpose: r.purpose,
    times: Number(r.times),
  }));
  return {
    lines: rows.map((r) => ({
      at: new Date(r.at),
      actorName: r.actor_name,
      actorRole: r.actor_role,
      // A folded line is always the person's own looks, also through a status link (Nabij reading for them).
      actorIsSubject: r.actor_user_id === subjectUserId || r.folded,
      category: r.category,
      action: r.action,
      outcome: r.outcome,
      purpose: r.purpose,
      times: Number(r.times),
      folded: r.folded,
    })),
    total: Number(rows[0]?.total ?? 0),
    setUp: setUpLines,
    setUpTotal: Number(setUpTotal.rows[0]?.times ?? 0),
  };
}

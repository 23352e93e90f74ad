// Reading the public account: results per wijk with owner (first name and role only), progress and next milestone;
// one result's timeline from proposal to result; the yearly report. What these return is public: no address, no
// full name, no follower.
import { sql } from 'kysely';
import type { Role } from '../../../kernel/auth/roles.js';
import type { Db } from '../../../kernel/db/database.js';
import type { ProposalAnswer, ResultStatus } from '../schema.js';

export type ResultRow = {
  id: string;
  title: string;
  description: string;
  status: ResultStatus;
  progress: number;
  startsOn: string | null;
  endsOn: string | null;
  neighbourhoodId: string;
  wijk: string;
  ownerName: string;
  ownerRole: Role;
  proposalId: string | null;
  createdAt: Date;
  nextMilestone: { title: string; dueOn: string | null } | null;
};

const dateText = (d: unknown): string | null =>
  d === null || d === undefined ? null : d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10);

function resultsQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('agenda_results as r')
    .innerJoin('neighbourhoods as n', (j) =>
      j.onRef('n.id', '=', 'r.neighbourhood_id').onRef('n.tenant_id', '=', 'r.tenant_id'),
    )
    .innerJoin('users as o', (j) => j.onRef('o.id', '=', 'r.owner_user_id').onRef('o.tenant_id', '=', 'r.tenant_id'))
    .select([
      'r.id',
      'r.title',
      'r.description',
      'r.status',
      'r.progress',
      'r.starts_on',
      'r.ends_on',
      'r.neighbourhood_id',
      'r.proposal_id',
      'r.created_at',
      'n.name as wijk',
      'o.display_name as ownerName',
      'o.role as ownerRole',
      sql<string | null>`(SELECT m.title FROM agenda_milestones m WHERE m.tenant_id = r.tenant_id
        AND m.result_id = r.id AND m.done_on IS NULL ORDER BY m.due_on NULLS LAST, m.position LIMIT 1)`.as('nextTitle'),
      sql<string | null>`(SELECT m.due_on FROM agenda_milestones m WHERE m.tenant_id = r.tenant_id
        AND m.result_id = r.id AND m.done_on IS NULL ORDER BY m.due_on NULLS LAST, m.position LIMIT 1)`.as('nextDue'),
    ])
    .where('r.tenant_id', '=', tenantId);
}

type RawResult = Awaited<ReturnType<ReturnType<typeof resultsQuery>['execute']>>[number];

const toRow = (r: RawResult): ResultRow => ({
  id: r.id,
  title: r.title,
  description: r.description,
  status: r.status,
  progress: r.progress,
  startsOn: dateText(r.starts_on),
  endsOn: dateText(r.ends_on),
  neighbourhoodId: r.neighbourhood_id,
  wijk: r.wijk,
  ownerName: r.ownerName,
  ownerRole: r.ownerRole,
  proposalId: r.proposal_id,
  createdAt: r.created_at,
  nextMilestone: r.nextTitle === null ? null : { title: r.nextTitle, dueOn: dateText(r.nextDue) },
});

/** Every result of the municipality, by wijk, then the ones in progress first. */
export async function listResults(db: Db, tenantId: string): Promise<ResultRow[]> {
  const rows = await resultsQuery(db, tenantId)
    .orderBy('n.name')
    .orderBy(sql`CASE r.status WHEN 'bezig' THEN 0 WHEN 'gepland' THEN 1 WHEN 'klaar' THEN 2 ELSE 3 END`)
    .orderBy('r.created_at', 'desc')
    .execute();
  return rows.map(toRow);
}

export async function findResult(db: Db, tenantId: string, id: string): Promise<ResultRow | undefined> {
  if (!uuid.test(id)) return undefined;
  const row = await resultsQuery(db, tenantId).where('r.id', '=', id).executeTakeFirst();
  return row ? toRow(row) : undefined;
}

export const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Milestone = { id: string; title: string; dueOn: string | null; doneOn: string | null };

export async function milestonesOf(db: Db, tenantId: string, resultId: string): Promise<Milestone[]> {
  const rows = await db
    .selectFrom('agenda_milestones')
    .select(['id', 'title', 'due_on', 'done_on'])
    .where('tenant_id', '=', tenantId)
    .where('result_id', '=', resultId)
    .orderBy('position')
    .execute();
  return rows.map((m) => ({ id: m.id, title: m.title, dueOn: dateText(m.due_on), doneOn: dateText(m.done_on) }));
}

/** One moment on the timeline: a step of the proposal, an update, a milestone reached. */
export type TimelineEntry =
  | { kind: 'voorstel'; at: Date; step: string; text: string }
  | { kind: 'update'; at: Date; text: string; progress: number | null; status: ResultStatus | null }
  | { kind: 'mijlpaal'; at: Date; title: string };

export type ProposalFacts = { id: string; reference: string; title: string; answer: ProposalAnswer | null };

export async function proposalOf(db: Db, tenantId: string, proposalId: string): Promise<ProposalFacts | undefined> {
  return db
    .selectFrom('agenda_proposals')
    .select(['id', 'reference', 'title', 'answer'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', proposalId)
    .where('status', '!=', 'verborgen')
    .executeTakeFirst();
}

/** The result's timeline, oldest first: its proposal's public steps, then updates and milestones done. */
export async function timelineOf(db: Db, tenantId: string, result: ResultRow): Promise<TimelineEntry[]> {
  const entries: TimelineEntry[] = [];
  if (result.proposalId) {
    const events = await db
      .selectFrom('agenda_proposal_events')
      .select(['at', 'kind', 'text'])
      .where('tenant_id', '=', tenantId)
      .where('proposal_id', '=', result.proposalId)
      .where('kind', 'in', ['ingediend', 'besproken', 'beantwoord', 'teruggezet', 'resultaat'])
      .orderBy('at')
      .execute();
    for (const e of events) entries.push({ kind: 'voorstel', at: e.at, step: e.kind, text: e.text });
  }
  const updates = await db
    .selectFrom('agenda_updates')
    .select(['at', 'text', 'progress', 'status'])
    .where('tenant_id', '=', tenantId)
    .where('result_id', '=', result.id)
    .execute();
  for (const u of updates)
    entries.push({ kind: 'update', at: u.at, text: u.text, progress: u.progress, status: u.status });
  for (const m of await milestonesOf(db, tenantId, result.id))
    if (m.doneOn) entries.push({ kind: 'mijlpaal', at: new Date(`${m.doneOn}T12:00:00Z`), title: m.title });
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}

export type Option = { id: string; name: string };

export async function neighbourhoodsOf(db: Db, tenantId: string): Promise<Option[]> {
  return db
    .selectFrom('neighbourhoods')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .execute();
}

/** An accepted proposal that has no result yet, for "Maak een resultaat". */
export async function acceptedProposal(
  db: Db,
  tenantId: string,
  proposalId: string,
): Promise<{ id: string; title: string; what: string; neighbourhoodId: string } | undefined> {
  if (!uuid.test(proposalId)) return undefined;
  return db
    .selectFrom('agenda_proposals as p')
    .select(['p.id', 'p.title', 'p.what', 'p.neighbourhood_id as neighbourhoodId'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.id', '=', proposalId)
    .where('p.status', '=', 'beantwoord')
    .where('p.answer', '=', 'aangenomen')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('agenda_results as r')
            .select('r.id')
            .whereRef('r.tenant_id', '=', 'p.tenant_id')
            .whereRef('r.proposal_id', '=', 'p.id'),
        ),
      ),
    )
    .executeTakeFirst();
}

/** The year's proposals per wijk, with their support count and answer (no proposer). */
export async function proposalsOfYear(db: Db, tenantId: string, year: number) {
  return db
    .selectFrom('agenda_proposals as p')
    .innerJoin('neighbourhoods as n', (j) =>
      j.onRef('n.id', '=', 'p.neighbourhood_id').onRef('n.tenant_id', '=', 'p.tenant_id'),
    )
    .select([
      'p.id',
      'p.title',
      'p.status',
      'p.answer',
      'p.answer_text as answerText',
      'p.neighbourhood_id as neighbourhoodId',
      'n.name as wijk',
      sql<string>`(SELECT count(*) FROM agenda_supports s WHERE s.tenant_id = p.tenant_id
        AND s.proposal_id = p.id)`.as('supports'),
    ])
    .where('p.tenant_id', '=', tenantId)
    .where('p.status', '!=', 'verborgen')
    .where('p.created_at', '>=', new Date(Date.UTC(year, 0, 1)))
    .where('p.created_at', '<', new Date(Date.UTC(year + 1, 0, 1)))
    .orderBy('n.name')
    .orderBy('p.created_at')
    .execute();
}

/** The team members who can own a result (full names: this list is for the team only, read through the gate). */
export async function teamMembers(db: Db, tenantId: string, roles: readonly Role[]) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name as name', 'id as subjectUserId'])
    .where('tenant_id', '=', tenantId)
    .where('role', 'in', [...roles])
    .where('disabled_at', 'is', null)
    .orderBy('display_name')
    .execute();
}

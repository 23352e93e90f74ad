// Every SQL statement of the neighbourhood agenda's proposals. A proposal's text, its status, its answer and its
// support count are public; who proposed and who supports are personal data, reached with a gated handle only.
import { sql } from 'kysely';
import type { GatedDb } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import type { ProposalAnswer, ProposalOrigin, ProposalStatus } from '../schema.js';

/** The term when a municipality set none: six weeks, as the migration's default. */
export const DEFAULT_ANSWER_TERM_DAYS = 42;

export async function answerTermDays(db: Db, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('agenda_settings')
    .select('answer_term_days')
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return row?.answer_term_days ?? DEFAULT_ANSWER_TERM_DAYS;
}

export async function saveAnswerTermDays(db: Db, tenantId: string, days: number, userId: string): Promise<void> {
  await db
    .insertInto('agenda_settings')
    .values({ tenant_id: tenantId, answer_term_days: days, updated_by: userId })
    .onConflict((oc) =>
      oc.column('tenant_id').doUpdateSet({ answer_term_days: days, updated_by: userId, updated_at: new Date() }),
    )
    .execute();
}

export type NewProposal = {
  tenantId: string;
  reference: string;
  neighbourhoodId: string;
  title: string;
  what: string;
  whereText: string;
  why: string;
  ownContribution: string;
  proposerUserId: string | null;
  themeId: string | null;
  origin: ProposalOrigin;
  answerDueAt: Date;
};

export async function insertProposal(db: Db, p: NewProposal): Promise<string> {
  const row = await db
    .insertInto('agenda_proposals')
    .values({
      tenant_id: p.tenantId,
      reference: p.reference,
      neighbourhood_id: p.neighbourhoodId,
      area_id: null,
      title: p.title,
      what: p.what,
      where_text: p.whereText,
      why: p.why,
      own_contribution: p.ownContribution,
      proposer_user_id: p.proposerUserId,
      theme_id: p.themeId,
      origin: p.origin,
      status: 'ingediend',
      answer: null,
      answered_by: null,
      answered_at: null,
      answer_due_at: p.answerDueAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type ProposalEvent = {
  tenantId: string;
  proposalId: string;
  actorUserId: string | null;
  kind: string;
  fromStatus: ProposalStatus | null;
  toStatus: ProposalStatus | null;
  text: string;
  meetingId?: string | null;
};

export async function insertProposalEvent(db: Db, e: ProposalEvent): Promise<void> {
  await db
    .insertInto('agenda_proposal_events')
    .values({
      tenant_id: e.tenantId,
      proposal_id: e.proposalId,
      actor_user_id: e.actorUserId,
      kind: e.kind,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      text: e.text,
      meeting_id: e.meetingId ?? null,
    })
    .execute();
}

/** One proposal as every page shows it; the proposer's id stays here for the gate and is never rendered. */
export type ProposalRow = {
  id: string;
  reference: string;
  neighbourhoodId: string;
  neighbourhoodName: string;
  title: string;
  what: string;
  whereText: string;
  why: string;
  ownContribution: string;
  proposerUserId: string | null;
  themeId: string | null;
  origin: ProposalOrigin;
  status: ProposalStatus;
  answer: ProposalAnswer | null;
  answerText: string;
  answeredAt: Date | null;
  answerDueAt: Date;
  hiddenReason: string;
  createdAt: Date;
  supportCount: number;
};

function proposalsOf(db: Db, tenantId: string) {
  return db
    .selectFrom('agenda_proposals as p')
    .innerJoin('neighbourhoods as n', (j) =>
      j.onRef('n.id', '=', 'p.neighbourhood_id').onRef('n.tenant_id', '=', 'p.tenant_id'),
    )
    .select((eb) => [
      'p.id',
      'p.reference',
      'p.neighbourhood_id as neighbourhoodId',
      'n.name as neighbourhoodName',
      'p.title',
      'p.what',
      'p.where_text as whereText',
      'p.why',
      'p.own_contribution as ownContribution',
      'p.proposer_user_id as proposerUserId',
      'p.theme_id as themeId',
      'p.origin',
      'p.status',
      'p.answer',
      'p.answer_text as answerText',
      'p.answered_at as answeredAt',
      'p.answer_due_at as answerDueAt',
      'p.hidden_reason as hiddenReason',
      'p.created_at as createdAt',
      eb
        .selectFrom('agenda_supports as s')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('s.tenant_id', '=', 'p.tenant_id')
        .whereRef('s.proposal_id', '=', 'p.id')
        .as('supportCount'),
    ])
    .where('p.tenant_id', '=', tenantId);
}

const asRow = (r: Omit<ProposalRow, 'supportCount'> & { supportCount: number | null }): ProposalRow => ({
  ...r,
  supportCount: Number(r.supportCount ?? 0),
});

export async function findProposal(db: Db, tenantId: string, id: string): Promise<ProposalRow | undefined> {
  const row = await proposalsOf(db, tenantId).where('p.id', '=', id).executeTakeFirst();
  return row ? asRow(row) : undefined;
}

export type ProposalSort = 'steun' | 'nieuw';

/** The public list: never a hidden proposal; per wijk when one is chosen; most support first, or newest first. */
export async function publicProposals(
  db: Db,
  tenantId: string,
  filter: { neighbourhoodId: string | null; sort: ProposalSort },
): Promise<ProposalRow[]> {
  let query = proposalsOf(db, tenantId).where('p.status', '!=', 'verborgen');
  if (filter.neighbourhoodId) query = query.where('p.neighbourhood_id', '=', filter.neighbourhoodId);
  query =
    filter.sort === 'steun'
      ? query.orderBy('supportCount', 'desc').orderBy('p.created_at', 'desc')
      : query.orderBy('p.created_at', 'desc');
  return (await query.limit(500).execute()).map(asRow);
}

/** The team's list: every proposal of the municipality, hidden ones too, oldest term first. */
export async function teamProposals(db: GatedDb, tenantId: string): Promise<ProposalRow[]> {
  return (await proposalsOf(db, tenantId).orderBy('p.answer_due_at').limit(1000).execute()).map(asRow);
}

export type TimelineEvent = {
  at: Date;
  kind: string;
  fromStatus: ProposalStatus | null;
  toStatus: ProposalStatus | null;
  text: string;
};

export async function proposalEvents(db: Db, tenantId: string, proposalId: string): Promise<TimelineEvent[]> {
  return db
    .selectFrom('agenda_proposal_events')
    .select(['at', 'kind', 'from_status as fromStatus', 'to_status as toStatus', 'text'])
    .where('tenant_id', '=', tenantId)
    .where('proposal_id', '=', proposalId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** The result an accepted proposal became, when the team made one (the public account links to it). */
export async function resultOfProposal(db: Db, tenantId: string, proposalId: string): Promise<string | null> {
  const row = await db
    .selectFrom('agenda_results')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function supportsOf(db: GatedDb, tenantId: string, proposalId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('agenda_supports')
    .select('user_id')
    .where('tenant_id', '=', tenantId)
    .where('proposal_id', '=', proposalId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Adds a support; the primary key refuses a second one of the same resident (error 23505, caught by the caller). */
export async function insertSupport(db: GatedDb, tenantId: string, proposalId: string, userId: string): Promise<void> {
  await db
    .insertInto('agenda_supports')
    .values({ tenant_id: tenantId, proposal_id: proposalId, user_id: userId })
    .execute();
}

export async function deleteSupport(db: GatedDb, tenantId: string, proposalId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('agenda_supports')
    .where('tenant_id', '=', tenantId)
    .where('proposal_id', '=', proposalId)
    .where('user_id', '=', userId)
    .execute();
}

export type StatusUpdate = {
  to: ProposalStatus;
  answer?: ProposalAnswer | null;
  answerText?: string;
  answeredBy?: string | null;
  hiddenReason?: string;
};

/**
 * Moves a proposal only if it is still in `from`: a step decided on a state someone else already moved on from
 * changes nothing (false).
 */
export async function updateProposalStatus(
  db: GatedDb,
  tenantId: string,
  id: string,
  from: ProposalStatus,
  change: StatusUpdate,
  now: Date,
): Promise<boolean> {
  const answered = change.to === 'beantwoord';
  const result = await db
    .updateTable('agenda_proposals')
    .set({
      status: change.to,
      answer: answered ? (change.answer ?? null) : null,
      answer_text: answered ? (change.answerText ?? '') : '',
      answered_by: answered ? (change.answeredBy ?? null) : null,
      answered_at: answered ? now : null,
      ...(change.hiddenReason !== undefined ? { hidden_reason: change.hiddenReason } : {}),
      updated_at: now,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The proposer's address for the "your proposal was answered" mail; read inside the gate's pass. */
export async function proposerEmail(db: GatedDb, tenantId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('email')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return row?.email ? row.email : null;
}

/** The wijk a signed-in resident lives in, to preselect it on the form. */
export async function neighbourhoodOfUser(db: Db, tenantId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('neighbourhood_id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.neighbourhood_id ?? null;
}

/** Whether the wijk is one of this municipality's. */
export async function neighbourhoodExists(db: Db, tenantId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('neighbourhoods')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

// The SQL of cases, their timeline and the municipality's terms. Personal data: each function takes a GatedDb; only
// the keys that aim the gate (the case's id, municipality and request) are read with a plain Db.
import { caseRoles } from '../../kernel/access/policy.js';
import type { GatedDb } from '../../kernel/access/gate.js';
import type { Db } from '../../kernel/db/database.js';
import { type CaseTerms, defaultTerms } from './deadlines.js';
import {
  type Assessment,
  type AssessmentAnswer,
  type Instrument,
  instrumentDomainSchema,
  instrumentLevelsSchema,
} from './instruments.js';
import type { CaseEventKind, CaseOutcome, CaseStatus } from './states.js';

export type CaseView = {
  id: string;
  tenantId: string;
  requestId: string;
  ownerUserId: string;
  ownerName: string;
  status: CaseStatus;
  openedAt: Date;
  firstContactAt: Date | null;
  closedAt: Date | null;
  outcome: CaseOutcome | null;
  outcomeNote: string | null;
  /** When the resident's plan was first set (a timeline entry the plans module has casework write). */
  planSetAt: Date | null;
};

function caseColumns(db: GatedDb, tenantId: string) {
  return db
    .selectFrom('cases')
    .innerJoin('users', (j) =>
      j.onRef('users.id', '=', 'cases.owner_user_id').onRef('users.tenant_id', '=', 'cases.tenant_id'),
    )
    .select([
      'cases.id',
      'cases.tenant_id as tenantId',
      'cases.request_id as requestId',
      'cases.owner_user_id as ownerUserId',
      'users.display_name as ownerName',
      'cases.status',
      'cases.opened_at as openedAt',
      'cases.first_contact_at as firstContactAt',
      'cases.closed_at as closedAt',
      'cases.outcome',
      'cases.outcome_note as outcomeNote',
      (eb) =>
        eb
          .selectFrom('case_events')
          .select((e) => e.fn.min<Date>('case_events.at').as('at'))
          .whereRef('case_events.case_id', '=', 'cases.id')
          .whereRef('case_events.tenant_id', '=', 'cases.tenant_id')
          .where('case_events.kind', '=', 'plan_vastgesteld')
          .as('planSetAt'),
    ])
    .where('cases.tenant_id', '=', tenantId);
}

export async function findCase(db: GatedDb, tenantId: string, id: string): Promise<CaseView | undefined> {
  return caseColumns(db, tenantId).where('cases.id', '=', id).executeTakeFirst();
}

/** The request's open case, or else its latest closed one. */
export async function caseOfRequest(db: GatedDb, tenantId: string, requestId: string): Promise<CaseView | undefined> {
  return caseColumns(db, tenantId)
    .where('cases.request_id', '=', requestId)
    .orderBy('cases.status', 'desc')
    .orderBy('cases.opened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The open cases of a municipality; the closed ones stay on their request's page. */
export async function listOpenCases(db: GatedDb, tenantId: string): Promise<CaseView[]> {
  return caseColumns(db, tenantId).where('cases.status', '=', 'open').execute();
}

/** The cases closed most recently, for the list's "gesloten" view. */
export async function listClosedCases(db: GatedDb, tenantId: string, limit = 200): Promise<CaseView[]> {
  return caseColumns(db, tenantId)
    .where('cases.status', '=', 'gesloten')
    .orderBy('cases.closed_at', 'desc')
    .limit(limit)
    .execute();
}

/** The open case of one of these requests (a resident's own), without any of the case: to aim the gate. */
export async function openCaseOfRequests(db: Db, tenantId: string, requestIds: readonly string[]) {
  if (requestIds.length === 0) return undefined;
  const row = await db
    .selectFrom('cases')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'open')
    .where('request_id', 'in', requestIds)
    .orderBy('opened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

/** The open case of a resident's requests, newest first: keys only, to aim the gate at their plan. */
export async function openCaseOfAsker(db: Db, tenantId: string, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('cases')
    .innerJoin('help_requests', (j) =>
      j.onRef('help_requests.id', '=', 'cases.request_id').onRef('help_requests.tenant_id', '=', 'cases.tenant_id'),
    )
    .select('cases.id')
    .where('cases.tenant_id', '=', tenantId)
    .where('cases.status', '=', 'open')
    .where('help_requests.asker_user_id', '=', userId)
    .orderBy('cases.opened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

/** Whether a municipality has any case yet. */
export async function hasCases(db: Db, tenantId: string): Promise<boolean> {
  const row = await db.selectFrom('cases').select('id').where('tenant_id', '=', tenantId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The request a case is about, without any of the case: to aim the gate. */
export async function caseRequestId(db: Db, tenantId: string, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('cases')
    .select('request_id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.request_id;
}

/** Who owns a case and who is its regisseur, as ids only: to decide who may take a regisseur's step. */
export async function caseRoleKeys(
  db: Db,
  tenantId: string,
  id: string,
): Promise<{ ownerUserId: string; regisseurUserId: string | null } | undefined> {
  return db
    .selectFrom('cases')
    .select(['owner_user_id as ownerUserId', 'regisseur_user_id as regisseurUserId'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Opens the case; undefined when the request already has an open one (the unique index decides, also in a race). */
export async function insertCase(
  db: GatedDb,
  c: { tenantId: string; requestId: string; ownerUserId: string; openedByUserId: string },
): Promise<string | undefined> {
  const row = await db
    .insertInto('cases')
    .values({
      tenant_id: c.tenantId,
      request_id: c.requestId,
      owner_user_id: c.ownerUserId,
      opened_by_user_id: c.openedByUserId,
      status: 'open',
    })
    .onConflict((oc) => oc.columns(['request_id', 'tenant_id']).where('status', '=', 'open').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function updateCase(
  db: GatedDb,
  tenantId: string,
  id: string,
  change: {
    status?: CaseStatus;
    owner_user_id?: string;
    first_contact_at?: Date;
    closed_at?: Date | null;
    outcome?: CaseOutcome | null;
    outcome_note?: string | null;
  },
): Promise<void> {
  await db
    .updateTable('cases')
    .set({ ...change, updated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function recordCaseEvent(
  db: GatedDb,
  e: {
    tenantId: string;
    caseId: string;
    /** Null: Nabij itself (the escalation job). */
    actorUserId: string | null;
    kind: CaseEventKind;
    text?: string | null;
    toUserId?: string | null;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  await db
    .insertInto('case_events')
    .values({
      tenant_id: e.tenantId,
      case_id: e.caseId,
      actor_user_id: e.actorUserId,
      kind: e.kind,
      text: e.text ?? null,
      to_user_id: e.toUserId ?? null,
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}

export type CaseEvent = {
  at: Date;
  kind: CaseEventKind;
  text: string | null;
  actorName: string | null;
  toName: string | null;
  detail: Record<string, unknown>;
};

/**
 * Notes in the timeline that the resident's plan was set, once: the first time stops the plan term; setting it
 * again after a change is in the plan's own history.
 */
export async function recordPlanSet(db: GatedDb, tenantId: string, caseId: string, actorUserId: string) {
  const done = await db
    .selectFrom('case_events')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('case_id', '=', caseId)
    .where('kind', '=', 'plan_vastgesteld')
    .executeTakeFirst();
  if (!done) await recordCaseEvent(db, { tenantId, caseId, actorUserId, kind: 'plan_vastgesteld' });
}

/** The timeline, newest first. */
export async function listCaseEvents(db: GatedDb, tenantId: string, caseId: string): Promise<CaseEvent[]> {
  return db
    .selectFrom('case_events')
    .leftJoin('users as actor', (j) =>
      j.onRef('actor.id', '=', 'case_events.actor_user_id').onRef('actor.tenant_id', '=', 'case_events.tenant_id'),
    )
    .leftJoin('users as to', (j) =>
      j.onRef('to.id', '=', 'case_events.to_user_id').onRef('to.tenant_id', '=', 'case_events.tenant_id'),
    )
    .select([
      'case_events.at',
      'case_events.kind',
      'case_events.text',
      'case_events.detail',
      'actor.display_name as actorName',
      'to.display_name as toName',
    ])
    .where('case_events.tenant_id', '=', tenantId)
    .where('case_events.case_id', '=', caseId)
    .orderBy('case_events.at', 'desc')
    .orderBy('case_events.id', 'desc')
    .execute();
}

export type CaseWorker = { id: string; displayName: string };

/** The colleagues who may own a case: active wijkteamleden and regisseurs of the municipality. */
export async function listCaseWorkers(db: GatedDb, tenantId: string): Promise<CaseWorker[]> {
  return db
    .selectFrom('users')
    .select(['id', 'display_name as displayName'])
    .where('tenant_id', '=', tenantId)
    .where('role', 'in', caseRoles)
    .where('disabled_at', 'is', null)
    .orderBy('display_name')
    .execute();
}

/** The municipality's terms, or the defaults. Not personal data. */
export async function findTerms(db: Db, tenantId: string): Promise<CaseTerms> {
  const row = await db
    .selectFrom('case_terms')
    .select(['first_contact_working_days', 'plan_weeks'])
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return row ? { firstContactWorkingDays: row.first_contact_working_days, planWeeks: row.plan_weeks } : defaultTerms;
}

export async function saveTerms(db: Db, tenantId: string, terms: CaseTerms): Promise<void> {
  const values = { first_contact_working_days: terms.firstContactWorkingDays, plan_weeks: terms.planWeeks };
  await db
    .insertInto('case_terms')
    .values({ tenant_id: tenantId, ...values })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();
}

// ---------------------------------------------------------------------------------------------------------------
// The conversation: instruments (not personal data) and assessments (dossier data, through the gate).

/** The key of the built-in instrument a municipality uses until it chooses another. */
export const DEFAULT_INSTRUMENT_KEY = 'zelfredzaamheid';

const instrumentOf = (row: {
  id: string;
  municipality_id: string | null;
  key: string;
  name: string;
  levels: unknown;
  domains: unknown;
}): Instrument => ({
  id: row.id,
  tenantId: row.municipality_id,
  key: row.key,
  name: row.name,
  // Checked on every read: an instrument added by hand in the database must have five levels per domain.
  levels: instrumentLevelsSchema.parse(row.levels),
  domains: instrumentDomainSchema.array().min(1).parse(row.domains),
});

/** The instruments a municipality may choose: the shared ones and its own. */
export async function listInstruments(db: Db, tenantId: string): Promise<Instrument[]> {
  const rows = await db
    .selectFrom('assessment_instruments')
    .select(['id', 'municipality_id', 'key', 'name', 'levels', 'domains'])
    .where((eb) => eb.or([eb('municipality_id', 'is', null), eb('municipality_id', '=', tenantId)]))
    .orderBy('name')
    .execute();
  return rows.map(instrumentOf);
}

/** The instrument the municipality set, or the shared built-in one. */
export async function currentInstrument(db: Db, tenantId: string): Promise<Instrument> {
  const all = await listInstruments(db, tenantId);
  const setting = await db
    .selectFrom('assessment_settings')
    .select('instrument_id')
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  const chosen = all.find((i) => i.id === setting?.instrument_id);
  const fallback = all.find((i) => i.tenantId === null && i.key === DEFAULT_INSTRUMENT_KEY);
  if (chosen) return chosen;
  if (!fallback) throw new Error('the built-in instrument is missing (migration 0038)');
  return fallback;
}

export async function saveInstrumentSetting(db: Db, tenantId: string, instrumentId: string): Promise<void> {
  await db
    .insertInto('assessment_settings')
    .values({ tenant_id: tenantId, instrument_id: instrumentId })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ instrument_id: instrumentId, updated_at: new Date() }))
    .execute();
}

export async function insertAssessment(
  db: GatedDb,
  a: {
    tenantId: string;
    caseId: string;
    instrumentId: string;
    filledByUserId: string;
    answers: AssessmentAnswer[];
    heldAt?: Date | undefined;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('assessments')
    .values({
      tenant_id: a.tenantId,
      case_id: a.caseId,
      instrument_id: a.instrumentId,
      filled_by_user_id: a.filledByUserId,
      ...(a.heldAt ? { held_at: a.heldAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (a.answers.length > 0)
    await db
      .insertInto('assessment_answers')
      .values(
        a.answers.map((x) => ({
          tenant_id: a.tenantId,
          assessment_id: id,
          domain_key: x.domainKey,
          level: x.level,
          self_text: x.self,
          network_text: x.network,
          professional_text: x.professional,
          wants_to_talk: x.wantsToTalk,
        })),
      )
      .execute();
  return id;
}

/** The assessments of a case with their answers, oldest first. */
export async function listAssessments(db: GatedDb, tenantId: string, caseId: string): Promise<Assessment[]> {
  const heads = await db
    .selectFrom('assessments')
    .innerJoin('users', (j) =>
      j.onRef('users.id', '=', 'assessments.filled_by_user_id').onRef('users.tenant_id', '=', 'assessments.tenant_id'),
    )
    .select([
      'assessments.id',
      'assessments.instrument_id as instrumentId',
      'assessments.held_at as heldAt',
      'users.display_name as filledByName',
    ])
    .where('assessments.tenant_id', '=', tenantId)
    .where('assessments.case_id', '=', caseId)
    .orderBy('assessments.held_at')
    .orderBy('assessments.id')
    .execute();
  if (heads.length === 0) return [];
  const answers = await db
    .selectFrom('assessment_answers')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where(
      'assessment_id',
      'in',
      heads.map((h) => h.id),
    )
    .execute();
  return heads.map((h) => ({
    ...h,
    answers: answers
      .filter((x) => x.assessment_id === h.id)
      .map((x) => ({
        domainKey: x.domain_key,
        level: x.level,
        self: x.self_text,
        network: x.network_text,
        professional: x.professional_text,
        wantsToTalk: x.wants_to_talk,
      })),
  }));
}

/** The cases of a resident's requests with their timelines, newest first: for someone the resident shared them with. */
export async function casesOfAsker(
  db: GatedDb,
  tenantId: string,
  userId: string,
): Promise<(CaseView & { events: CaseEvent[] })[]> {
  const cases = await caseColumns(db, tenantId)
    .innerJoin('help_requests', (j) =>
      j.onRef('help_requests.id', '=', 'cases.request_id').onRef('help_requests.tenant_id', '=', 'cases.tenant_id'),
    )
    .where('help_requests.asker_user_id', '=', userId)
    .orderBy('cases.opened_at', 'desc')
    .execute();
  return Promise.all(cases.map(async (c) => ({ ...c, events: await listCaseEvents(db, tenantId, c.id) })));
}

export type CaseRetentionFacts = {
  requestId: string;
  /** A case still open: nothing of the request is due. */
  open: boolean;
  /** The last closing or timeline line of its cases: the file's term counts from here. */
  lastActivityAt: Date;
};

/** Per request with at least one case: whether one is open, and when its cases last closed or changed. Keys only. */
export async function caseRetentionFacts(
  db: Db,
  tenantId: string,
  requestIds: readonly string[],
): Promise<Map<string, CaseRetentionFacts>> {
  if (requestIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('cases')
    .leftJoin('case_events', (j) =>
      j.onRef('case_events.tenant_id', '=', 'cases.tenant_id').onRef('case_events.case_id', '=', 'cases.id'),
    )
    .select((eb) => [
      'cases.request_id as requestId',
      eb.fn.countAll<number>().filterWhere('cases.status', '=', 'open').as('openLines'),
      eb.fn.max('cases.closed_at').as('lastClosedAt'),
      eb.fn.max('cases.updated_at').as('lastUpdatedAt'),
      eb.fn.max('case_events.at').as('lastEventAt'),
    ])
    .where('cases.tenant_id', '=', tenantId)
    .where('cases.request_id', 'in', requestIds)
    .groupBy('cases.request_id')
    .execute();
  const latest = (...dates: (Date | string | null)[]) =>
    new Date(Math.max(...dates.filter((d) => d !== null).map((d) => new Date(d).getTime())));
  return new Map(
    rows.map((r) => [
      r.requestId,
      {
        requestId: r.requestId,
        open: Number(r.openLines) > 0,
        lastActivityAt: latest(r.lastClosedAt, r.lastUpdatedAt, r.lastEventAt),
      },
    ]),
  );
}

// The queries every part of signals shares: one signal's facts, its steps, and the texts the reporter reads.
import { type Insertable, sql } from 'kysely';
import type { GatedDb } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import type {
  ClosingOutcome,
  EventActorKind,
  ForwardTarget,
  SignalEventKind,
  SignalKind,
  SignalTable,
  Urgency,
  VisitResult,
} from '../schema.js';
import type { SignalStatus } from '../states.js';
import { defaultStatusTexts, type TextStep } from '../texts.js';

/** What deciding on a step needs to know, without reading the signal's story: no personal data. */
export async function signalFacts(db: Db, tenantId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return db
    .selectFrom('signals')
    .select([
      'id',
      'tenant_id as tenantId',
      'reference',
      'kind',
      'status',
      'visit_result as visitResult',
      'reporter_user_id as reporterUserId',
      'reporter_email as reporterEmail',
      'reporter_wants_mail as reporterWantsMail',
      'language',
    ])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type SignalFacts = NonNullable<Awaited<ReturnType<typeof signalFacts>>>;

export type SignalEventInput = {
  tenantId: string;
  signalId: string;
  actorUserId: string | null;
  actorKind: EventActorKind;
  kind: SignalEventKind;
  fromStatus?: SignalStatus | null;
  toStatus?: SignalStatus | null;
  reason?: string;
  detail?: Record<string, unknown>;
};

/** A step of the signal; within a gated pass, or (a status mail sent, no personal data) on its own. */
export async function insertSignalEvent(db: Db, e: SignalEventInput): Promise<void> {
  await db
    .insertInto('signal_events')
    .values({
      tenant_id: e.tenantId,
      signal_id: e.signalId,
      actor_user_id: e.actorUserId,
      actor_kind: e.actorKind,
      kind: e.kind,
      from_status: e.fromStatus ?? null,
      to_status: e.toStatus ?? null,
      reason: e.reason ?? '',
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}

export type StatusChange = {
  to: SignalStatus;
  visitResult?: VisitResult;
  forwardedTo?: ForwardTarget;
  helpRequestId?: string;
  caseId?: string;
  themeId?: string;
  closingOutcome?: ClosingOutcome;
};

/** Moves the signal, only from the state the step was decided on: a step taken meanwhile by someone else wins. */
export async function updateSignalStatus(
  db: GatedDb,
  tenantId: string,
  id: string,
  from: SignalStatus,
  change: StatusChange,
): Promise<boolean> {
  const reopened = change.to === 'in_behandeling' && (from === 'afgesloten' || from === 'doorgezet');
  const result = await db
    .updateTable('signals')
    .set({
      status: change.to,
      updated_at: sql<Date>`now()`,
      ...(change.visitResult ? { visit_result: change.visitResult, visited_at: sql<Date>`now()` } : {}),
      ...(change.forwardedTo ? { forwarded_to: change.forwardedTo } : {}),
      ...(change.helpRequestId ? { help_request_id: change.helpRequestId } : {}),
      ...(change.caseId ? { case_id: change.caseId } : {}),
      ...(change.themeId ? { theme_id: change.themeId } : {}),
      ...(change.to === 'afgesloten'
        ? { closing_outcome: change.closingOutcome ?? null, closed_at: sql<Date>`now()` }
        : {}),
      // Reopened: it is the team's work again, and the reporter may answer the question anew at the end.
      ...(reopened ? { closed_at: null, closing_outcome: null, feedback: null, feedback_at: null } : {}),
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The text the reporter reads at a step: the team's own, or the default. Not personal data. */
export async function statusText(db: Db, tenantId: string, step: TextStep): Promise<string> {
  const own = await db
    .selectFrom('signal_status_texts')
    .select('text')
    .where('tenant_id', '=', tenantId)
    .where('step', '=', step)
    .executeTakeFirst();
  return own?.text ?? defaultStatusTexts[step];
}

/** The municipality's own terms for this kind and urgency, or undefined to use the defaults. Not personal data. */
export async function ownTerms(db: Db, tenantId: string, kind: SignalKind, urgency: Urgency) {
  return db
    .selectFrom('signal_terms')
    .select(['first_amount', 'first_unit', 'second_amount', 'second_unit'])
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', kind)
    .where('urgency', '=', urgency)
    .executeTakeFirst();
}

/** The buurt of the municipality with this id and its wijk, or undefined for an id that is not one of them. */
export async function areaOf(db: Db, tenantId: string, areaId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(areaId)) return undefined;
  return db
    .selectFrom('areas')
    .select(['id', 'neighbourhood_id as neighbourhoodId', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', areaId)
    .executeTakeFirst();
}

export type NewSignal = Insertable<SignalTable>;

export async function insertSignal(db: GatedDb, record: NewSignal): Promise<void> {
  await db.insertInto('signals').values(record).execute();
}

/** Whether the municipality has any signal yet: the demo seeds its signals once. */
export async function hasSignals(db: Db, tenantId: string): Promise<boolean> {
  const row = await db.selectFrom('signals').select('id').where('tenant_id', '=', tenantId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The municipality's buurten by name, for forms and the demo. Not personal data. */
export async function areasByName(db: Db, tenantId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('areas').select(['id', 'name']).where('tenant_id', '=', tenantId).execute();
  return new Map(rows.map((r) => [r.name, r.id]));
}

// The reporter's side of signals: the buurten to choose from, "anderen meldden ook" (counts and dates only), the
// reporter's own view of a signal (its state and the dates of its steps, never the team's reasons or notes), the
// feedback answer, and the team's own standard texts.
import { sql } from 'kysely';
import type { GatedDb } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import type { NeighbourhoodTheme, ReporterRole } from '../schema.js';
import type { SignalStatus } from '../states.js';
import { defaultStatusTexts, textSteps, type TextStep } from '../texts.js';

/** The buurten of the municipality, for the "waar" select. Not personal data. */
export async function areasToChoose(db: Db, tenantId: string) {
  return db.selectFrom('areas').select(['id', 'name']).where('tenant_id', '=', tenantId).orderBy('name').execute();
}

/**
 * The open neighbourhood signals with this theme in this buurt: how many, by whom (the kind of reporter), and since
 * when. Counts and a date only, never a text or a name: this is what a stranger filling in the form may see.
 */
export async function othersReported(db: Db, tenantId: string, topic: NeighbourhoodTheme, areaId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(areaId)) return { total: 0, byRole: [], since: null };
  const rows = await db
    .selectFrom('signals')
    .select(['reporter_role as role', sql<number>`count(*)::int`.as('count'), sql<Date>`min(created_at)`.as('since')])
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'buurt')
    .where('topic', '=', topic)
    .where('area_id', '=', areaId)
    .where('status', '<>', 'afgesloten')
    .groupBy('reporter_role')
    .execute();
  const byRole = rows
    .map((r) => ({ role: r.role as ReporterRole, count: Number(r.count) }))
    .sort((a, b) => b.count - a.count);
  const dates = rows.map((r) => new Date(r.since).getTime());
  return {
    total: byRole.reduce((sum, r) => sum + r.count, 0),
    byRole,
    since: dates.length ? new Date(Math.min(...dates)) : null,
  };
}
export type OthersReported = Awaited<ReturnType<typeof othersReported>>;

/** The signal a status link opens: found by the link's hash alone, as a help request's. */
export async function signalByStatusHash(db: Db, hash: string) {
  return db
    .selectFrom('signals')
    .select(['id', 'tenant_id as tenantId', 'reporter_user_id as reporterUserId'])
    .where('status_token_hash', '=', hash)
    .executeTakeFirst();
}

/** Who reported a signal, to check a signed-in reporter asks for their own. Not the signal's content. */
export async function reporterOf(db: Db, tenantId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return db
    .selectFrom('signals')
    .select(['id', 'reporter_user_id as reporterUserId'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * What the reporter may see of a signal: its reference, kind, topic, date and state, and their own feedback. Not
 * what they wrote (they know it) and nothing of the follow-up: no reasons, notes, visit notes or owner.
 */
/** What the page right after signalling needs: the reference, and whether (and why) it is spoed. */
export async function receivedView(db: GatedDb, tenantId: string, id: string) {
  return db
    .selectFrom('signals')
    .select(['reference', 'urgency', 'danger_reasons as dangerReasons'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function reporterView(db: GatedDb, tenantId: string, id: string) {
  const signal = await db
    .selectFrom('signals')
    .select([
      'id',
      'reference',
      'kind',
      'topic',
      'status',
      'visit_result as visitResult',
      'created_at as createdAt',
      'feedback',
      'feedback_note as feedbackNote',
      'feedback_at as feedbackAt',
    ])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!signal) return undefined;
  // The steps: when, and to which state (with the visit's result for the words); the reason is never selected.
  const steps = await db
    .selectFrom('signal_events')
    .select(['at', 'kind', 'to_status as toStatus', sql<string | null>`detail->>'bezoek'`.as('visitResult')])
    .where('tenant_id', '=', tenantId)
    .where('signal_id', '=', id)
    .where('kind', 'in', ['gemeld', 'status'])
    .orderBy('at')
    .orderBy('id')
    .execute();
  const lastAnswer = await db
    .selectFrom('signal_events')
    .select(['at', sql<string | null>`detail->>'antwoord'`.as('answer')])
    .where('tenant_id', '=', tenantId)
    .where('signal_id', '=', id)
    .where('kind', '=', 'terugkoppeling')
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return { ...signal, steps, lastAnswer };
}
export type ReporterView = NonNullable<Awaited<ReturnType<typeof reporterView>>>;

/** Whether the reporter is asked the feedback question now: closed or passed on, and not answered yet. */
export async function awaitsFeedback(db: Db, tenantId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('signals')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('feedback', 'is', null)
    .where('status', 'in', ['afgesloten', 'doorgezet'])
    .executeTakeFirst();
  return row !== undefined;
}

/** The signed-in reporter's own signals, newest first: reference, kind, topic, date and state only. */
export async function ownSignals(db: GatedDb, tenantId: string, userId: string) {
  return db
    .selectFrom('signals')
    .select(['id', 'reference', 'kind', 'topic', 'status', 'visit_result as visitResult', 'created_at as createdAt'])
    .where('tenant_id', '=', tenantId)
    .where('reporter_user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

/**
 * The reporter's answer to "Had je het gevoel dat er iets met je signaal gedaan is?": only once, and only while the
 * signal is closed or passed on. False when it was answered already or the signal is not there (yet).
 */
export async function saveFeedback(
  db: GatedDb,
  tenantId: string,
  id: string,
  answer: 'ja' | 'nee',
  note: string,
): Promise<SignalStatus | null> {
  const row = await db
    .updateTable('signals')
    .set({ feedback: answer, feedback_note: note, feedback_at: sql<Date>`now()` })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('feedback', 'is', null)
    .where('status', 'in', ['afgesloten', 'doorgezet'])
    .returning('status')
    .executeTakeFirst();
  return row?.status ?? null;
}

/** Every step's text as the team reads it on the texts page: their own, or the default. Not personal data. */
export async function statusTexts(db: Db, tenantId: string) {
  const own = await db
    .selectFrom('signal_status_texts')
    .select(['step', 'text'])
    .where('tenant_id', '=', tenantId)
    .execute();
  return textSteps.map((step) => {
    const mine = own.find((o) => o.step === step);
    return { step, text: mine?.text ?? defaultStatusTexts[step], own: Boolean(mine) };
  });
}

/** The team's own text for a step; the default's own words (or nothing) takes the team's text away. */
export async function saveStatusText(db: Db, tenantId: string, step: TextStep, text: string, by: string) {
  if (text === '' || text === defaultStatusTexts[step]) return resetStatusText(db, tenantId, step);
  await db
    .insertInto('signal_status_texts')
    .values({ tenant_id: tenantId, step, text, updated_by: by })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'step']).doUpdateSet({ text, updated_by: by, updated_at: sql<Date>`now()` }),
    )
    .execute();
}

export async function resetStatusText(db: Db, tenantId: string, step: TextStep) {
  await db.deleteFrom('signal_status_texts').where('tenant_id', '=', tenantId).where('step', '=', step).execute();
}

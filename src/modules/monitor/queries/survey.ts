// The satisfaction questions (CEO Wmo): who is invited after a closed match, case or signal, the invitation by its
// link, and the answers, kept without any link to the invitation or the person (helper C1).
import { sql } from 'kysely';
import { type Actor, type GatedDb, searchWithAccess } from '../../../kernel/access/gate.js';
import { hashToken, newToken } from '../../../kernel/auth/tokens.js';
import { type Db, inTransaction } from '../../../kernel/db/database.js';
import type { AppContext } from '../../../kernel/http/context.js';
import { satisfactionQuestions } from '../satisfaction.js';
import type { SatisfactionSubject } from '../schema.js';

/** How long an invitation's link works, and how far back a closing still gets one (so old ones are never mailed). */
export const INVITATION_DAYS = 30;
export const SURVEY_PURPOSE = 'tevredenheid_vragen';

type Candidate = {
  about: SatisfactionSubject;
  sourceId: string;
  email: string;
  language: string;
  neighbourhoodId: string | null;
  subjectUserId: string | null;
  subjectRequestId: string | null;
};

/** The wijk of a help request by its postcode (PC6 before PC4), as the refresh places it. */
const requestWijk = (request: string) => sql<string | null>`(
  SELECT ar.neighbourhood_id FROM area_postcodes ap JOIN areas ar ON ar.tenant_id = ap.tenant_id AND ar.id = ap.area_id
  WHERE ap.tenant_id = ${sql.ref(`${request}.tenant_id`)}
    AND ap.postcode_prefix IN (upper(replace(${sql.ref(`${request}.postcode`)}, ' ', '')),
      left(upper(replace(${sql.ref(`${request}.postcode`)}, ' ', '')), 4))
  ORDER BY length(ap.postcode_prefix) DESC LIMIT 1)`;

const notInvited = (about: SatisfactionSubject, source: string) => sql`NOT EXISTS (
  SELECT 1 FROM satisfaction_invitations i
  WHERE i.tenant_id = ${sql.ref(`${source}.tenant_id`)} AND i.about = ${about}
    AND i.source_id = ${sql.ref(`${source}.id`)})`;

/** Matches closed with an outcome, and closed cases: the asker's address, from their request. */
async function requestCandidates(gated: GatedDb, tenantId: string, since: Date): Promise<Candidate[]> {
  const result = await sql<Candidate>`
    SELECT 'koppeling' AS about, m.id AS "sourceId", r.contact_email AS email, coalesce(r.language, 'nl') AS language,
      ${requestWijk('r')} AS "neighbourhoodId", r.asker_user_id AS "subjectUserId", r.id AS "subjectRequestId"
    FROM matches m JOIN help_requests r ON r.tenant_id = m.tenant_id AND r.id = m.request_id
    WHERE m.tenant_id = ${tenantId}::uuid AND m.state = 'afgesloten' AND m.outcome IS NOT NULL
      AND m.updated_at >= ${since.toISOString()}::timestamptz AND r.contact_email IS NOT NULL
      AND ${notInvited('koppeling', 'm')}
    UNION ALL
    SELECT 'casus', c.id, r.contact_email, coalesce(r.language, 'nl'), ${requestWijk('r')}, r.asker_user_id, r.id
    FROM cases c JOIN help_requests r ON r.tenant_id = c.tenant_id AND r.id = c.request_id
    WHERE c.tenant_id = ${tenantId}::uuid AND c.status = 'gesloten'
      AND c.closed_at >= ${since.toISOString()}::timestamptz AND r.contact_email IS NOT NULL
      AND ${notInvited('casus', 'c')}`.execute(gated);
  return result.rows;
}

/** Closed signals whose reporter left an address. */
async function signalCandidates(gated: GatedDb, tenantId: string, since: Date): Promise<Candidate[]> {
  const result = await sql<Candidate>`
    SELECT 'signaal' AS about, s.id AS "sourceId", s.reporter_email AS email, s.language,
      s.neighbourhood_id AS "neighbourhoodId", s.reporter_user_id AS "subjectUserId", NULL AS "subjectRequestId"
    FROM signals s
    WHERE s.tenant_id = ${tenantId}::uuid AND s.status = 'afgesloten' AND s.reporter_email IS NOT NULL
      AND coalesce(s.closed_at, s.updated_at) >= ${since.toISOString()}::timestamptz
      AND ${notInvited('signaal', 's')}`.execute(gated);
  return result.rows;
}

function invitationMail(lang: string, link: string, tenantName: string) {
  if (lang === 'en')
    return {
      subject: 'How did it go? Nine short questions',
      text:
        `Hello,\n\nRecently you had contact with the neighbourhood team. We would like to know how it went.\n` +
        `There are nine short statements. It takes about two minutes. Your answers are anonymous: nobody sees ` +
        `who gave them.\n\nAnswer here: ${link}\n\nThe link works for ${INVITATION_DAYS} days.\n\n` +
        `Thank you!\nNabij ${tenantName}`,
    };
  return {
    subject: 'Hoe ging het? Negen korte vragen',
    text:
      `Hallo,\n\nJe had kort geleden contact met het wijkteam. We willen graag weten hoe het ging.\n` +
      `Het zijn negen korte stellingen. Het duurt ongeveer twee minuten. Je antwoorden zijn anoniem: niemand ziet ` +
      `wie ze gaf.\n\nVul ze hier in: ${link}\n\nDe link werkt ${INVITATION_DAYS} dagen.\n\nDank je wel!\n` +
      `Nabij ${tenantName}`,
  };
}

/**
 * Invites once per closed match (with an outcome), closed case and closed signal with an address, closed in the
 * last INVITATION_DAYS days and not invited yet; returns how many mails were sent. The addresses are read through
 * the gate as Nabij for the monitor; the invitation keeps no address, only what it was about.
 */
export async function sendSatisfactionInvitations(ctx: AppContext, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  const since = new Date(now.getTime() - INVITATION_DAYS * 86_400_000);
  const tenants = await db.selectFrom('tenants').select(['id', 'name']).execute();
  let sent = 0;
  for (const tenant of tenants) {
    const actor: Actor = { kind: 'system', tenantId: tenant.id, process: 'monitor' };
    const read = { purpose: SURVEY_PURPOSE } as const;
    const candidates = [
      ...(await searchWithAccess(db, actor, { ...read, category: 'hulpvraag' }, (gated) =>
        requestCandidates(gated, tenant.id, since),
      )),
      ...(await searchWithAccess(db, actor, { ...read, category: 'melding' }, (gated) =>
        signalCandidates(gated, tenant.id, since),
      )),
    ];
    for (const c of candidates) {
      const token = newToken();
      const invited = await db
        .insertInto('satisfaction_invitations')
        .values({
          tenant_id: tenant.id,
          about: c.about,
          source_id: c.sourceId,
          neighbourhood_id: c.neighbourhoodId,
          token_hash: hashToken(token),
          language: c.language === 'en' ? 'en' : 'nl',
          sent_at: now,
          expires_at: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'about', 'source_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!invited) continue; // another run invited it just now
      try {
        await ctx.mailer.send({
          to: c.email,
          ...invitationMail(c.language, `${ctx.config.baseUrl}/tevredenheid/${token}`, tenant.name),
        });
        sent++;
      } catch {
        // Not sent: forget the invitation, so the next run tries again.
        await db.deleteFrom('satisfaction_invitations').where('id', '=', invited.id).execute();
      }
    }
  }
  return sent;
}

export type Invitation = {
  id: string;
  tenantId: string;
  state: 'open' | 'beantwoord' | 'verlopen';
  language: string;
};

/** The invitation of a link (no personal data in it), or undefined for an unknown link. */
export async function invitationByToken(db: Db, token: string, now = new Date()): Promise<Invitation | undefined> {
  const row = await db
    .selectFrom('satisfaction_invitations')
    .select(['id', 'tenant_id', 'answered_at', 'expires_at', 'language'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return undefined;
  const state = row.answered_at ? 'beantwoord' : row.expires_at <= now ? 'verlopen' : 'open';
  return { id: row.id, tenantId: row.tenant_id, state, language: row.language };
}

/** Score 1–5, or null for "weet ik niet" and for a statement left open. */
export type SurveyAnswers = Record<string, number | null>;

/** The Amsterdam month of a moment, yyyy-mm-01: all an answer keeps of when it was given. */
const monthFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
});
const amsterdamMonth = (at: Date) => `${monthFormat.format(at)}-01`;

/**
 * Stores the answers of an open invitation and marks it answered, in one transaction; false when it was answered
 * or expired meanwhile. One row per statement (so the rows of the first statement count questionnaires), with what
 * it was about, the wijk and the month, and nothing that leads back to the invitation.
 */
export async function saveSurveyAnswers(
  db: Db,
  invitationId: string,
  answers: SurveyAnswers,
  now = new Date(),
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const claimed = await trx
      .updateTable('satisfaction_invitations')
      .set({ answered_at: now })
      .where('id', '=', invitationId)
      .where('answered_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(['tenant_id', 'about', 'neighbourhood_id'])
      .executeTakeFirst();
    if (!claimed) return false;
    await trx
      .insertInto('satisfaction_answers')
      .values(
        satisfactionQuestions.map((q) => ({
          tenant_id: claimed.tenant_id,
          about: claimed.about,
          neighbourhood_id: claimed.neighbourhood_id,
          question_key: q.key,
          score: answers[q.key] ?? null,
          answered_month: amsterdamMonth(now),
        })),
      )
      .execute();
    return true;
  });
}

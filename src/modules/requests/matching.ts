// Matching: a proposal needs a yes from both sides, is followed up after two weeks, and ends with an outcome
// and the asker's own rating. Every step checks the match state machine and reads personal data through the gate.
import { type Actor, withAccess } from '../../kernel/access/gate.js';
import { hashToken, newToken } from '../../kernel/auth/tokens.js';
import type { Db } from '../../kernel/db/database.js';
import { DomainError } from '../../kernel/errors.js';
import type { AppContext } from '../../kernel/http/context.js';
import { needLabel } from '../../kernel/taxonomy/needs.js';
import type { Tenant } from '../../kernel/tenancy/queries.js';
import { recordEvent, setRequestState } from './queries.js';
import { readShareChoice, sharedFor, type SharedWithVolunteer } from './sharing.js';
import { busyMatchStates, canMoveMatch, type MatchState, type Outcome } from './states.js';
import { forgetCandidates } from './triage-service.js';

export const FOLLOW_UP_DAYS = 14;

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? '';

type MatchRow = {
  id: string;
  tenant_id: string;
  request_id: string;
  state: MatchState;
  volunteer_id: string | null;
  activity_id: string | null;
  shared_with_volunteer: SharedWithVolunteer;
};

async function moveMatch(db: Db, match: MatchRow, to: MatchState, extra: Record<string, unknown> = {}): Promise<void> {
  if (!canMoveMatch(match.state, to)) throw new DomainError('ongeldige_invoer', 'Deze stap kan nu niet meer.');
  const result = await db
    .updateTable('matches')
    .set({ state: to, updated_at: new Date(), ...extra })
    .where('id', '=', match.id)
    .where('state', '=', match.state)
    .executeTakeFirst();
  // Two clicks at once: only the first moves the match.
  if (Number(result.numUpdatedRows) !== 1) throw new DomainError('ongeldige_invoer', 'Deze stap is al gezet.');
}

/** The mail says no more than the asker agreed to, and never the note (that is on the page behind the link). */
function volunteerMailLine(shared: SharedWithVolunteer): string {
  const who = shared.voornaam ?? 'Iemand';
  const where = shared.buurt ? ` (buurt ${shared.buurt})` : ' in de buurt';
  const what = shared.behoeften ? ` bij: ${shared.behoeften.map((k) => needLabel(k).toLowerCase()).join(', ')}` : '';
  return `${who}${where} zoekt hulp${what}.`;
}

export type Proposal = {
  matchId: string;
  volunteerLink: string | null;
  askerLink: string | null;
  emailed: ('vrijwilliger' | 'vrager')[];
};

/** The team proposes a volunteer or an activity from the suggestions. */
export async function proposeMatch(
  ctx: AppContext,
  actor: Extract<Actor, { kind: 'user' }>,
  tenant: Tenant,
  requestId: string,
  suggestion: { id: string; soort: string },
): Promise<Proposal> {
  const db = ctx.database.db;
  const read = { category: 'hulpvraag' as const, action: 'update' as const, purpose: 'koppelen', subjectUserId: null };
  return withAccess(db, actor, read, async (gated) => {
    const request = await gated
      .selectFrom('help_requests')
      .select([
        'id',
        'asker_name',
        'subject_name',
        'postcode',
        'need_keys',
        'contact_email',
        'state',
        'route',
        'share_with_volunteer',
      ])
      .where('tenant_id', '=', tenant.id)
      .where('id', '=', requestId)
      .executeTakeFirst();
    if (!request) throw new DomainError('niet_gevonden', 'Deze hulpvraag bestaat niet.');
    if (request.state === 'afgesloten') throw new DomainError('ongeldige_invoer', 'Deze hulpvraag is al afgesloten.');
    const emailed: Proposal['emailed'] = [];
    // The same volunteer or activity is asked once per request while an earlier proposal still runs.
    const running = await gated
      .selectFrom('matches')
      .leftJoin('volunteers', 'volunteers.id', 'matches.volunteer_id')
      .leftJoin('activities', 'activities.id', 'matches.activity_id')
      .select('matches.id')
      .where('matches.request_id', '=', request.id)
      .where('matches.state', 'in', busyMatchStates)
      .where((eb) =>
        eb.or([eb('volunteers.external_id', '=', suggestion.id), eb('activities.external_id', '=', suggestion.id)]),
      )
      .executeTakeFirst();
    if (running) throw new DomainError('ongeldige_invoer', 'Dit is al voorgesteld en loopt nog.');
    if (suggestion.soort === 'vrijwilliger') {
      if (request.route === 'spoed')
        throw new DomainError('ongeldige_invoer', 'Een spoedvraag gaat nooit naar een vrijwilliger.');
      const volunteer = await gated
        .selectFrom('volunteers')
        .leftJoin('users', 'users.id', 'volunteers.user_id')
        .select(['volunteers.id', 'volunteers.first_name', 'users.email'])
        .where('volunteers.tenant_id', '=', tenant.id)
        .where('volunteers.external_id', '=', suggestion.id)
        .executeTakeFirst();
      if (!volunteer) throw new DomainError('niet_gevonden', 'Deze vrijwilliger bestaat niet.');
      const token = newToken();
      // Only what the asker agreed to; the asker can change it for this match on their own page.
      const shared = sharedFor(readShareChoice(request.share_with_volunteer), request);
      const match = await gated
        .insertInto('matches')
        .values({
          tenant_id: tenant.id,
          request_id: request.id,
          volunteer_id: volunteer.id,
          state: 'voorgesteld',
          proposed_by_user_id: actor.userId,
          shared_with_volunteer: JSON.stringify(shared),
          volunteer_token_hash: hashToken(token),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const link = `${ctx.config.baseUrl}/koppeling/${token}`;
      if (volunteer.email) {
        await ctx.mailer.send({
          to: volunteer.email,
          subject: 'Wil je iemand in de buurt helpen?',
          text: `Hallo ${volunteer.first_name},\n\n${volunteerMailLine(shared)}\nHet wijkteam denkt dat jij goed zou passen. Wil je? Lees meer en zeg ja of nee met één klik:\n${link}\n\nNee zeggen is altijd goed.\n\nNabij ${tenant.name}`,
        });
        emailed.push('vrijwilliger');
      }
      await recordEvent(gated, tenant.id, request.id, actor.userId, 'koppeling_voorgesteld', {
        soort: 'vrijwilliger',
        vrijwilliger: suggestion.id,
      });
      await setRequestState(gated, tenant.id, request.id, request.state === 'nieuw' ? 'in_behandeling' : request.state);
      forgetCandidates(tenant.id);
      return { matchId: match.id, volunteerLink: link, askerLink: null, emailed };
    }
    const activity = await gated
      .selectFrom('activities')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenant.id)
      .where('external_id', '=', suggestion.id)
      .executeTakeFirst();
    if (!activity) throw new DomainError('niet_gevonden', 'Deze activiteit bestaat niet.');
    const token = newToken();
    const match = await gated
      .insertInto('matches')
      .values({
        tenant_id: tenant.id,
        request_id: request.id,
        activity_id: activity.id,
        state: 'voorgesteld',
        proposed_by_user_id: actor.userId,
        asker_token_hash: hashToken(token),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const link = `${ctx.config.baseUrl}/koppeling/${token}`;
    if (request.contact_email) {
      await ctx.mailer.send({
        to: request.contact_email,
        subject: `Een idee voor je hulpvraag: ${activity.name}`,
        text: `Hallo ${firstName(request.asker_name)},\n\nHet wijkteam denkt dat "${activity.name}" bij je past. Kijk wat het is en zeg of je erheen wilt. Als je wilt, gaat iemand de eerste keer met je mee:\n${link}\n\nNabij ${tenant.name}`,
      });
      emailed.push('vrager');
    }
    await recordEvent(gated, tenant.id, request.id, actor.userId, 'koppeling_voorgesteld', {
      soort: 'activiteit',
      activiteit: suggestion.id,
    });
    await setRequestState(gated, tenant.id, request.id, request.state === 'nieuw' ? 'in_behandeling' : request.state);
    return { matchId: match.id, volunteerLink: null, askerLink: link, emailed };
  });
}

export type MatchSide = 'vrijwilliger' | 'vrager';

export type MatchByLink = {
  side: MatchSide;
  match: MatchRow & { outcome: string | null };
  shared: SharedWithVolunteer | undefined;
  volunteerFirstName: string | null;
  activity: { id: string; name: string } | null;
  askerFirstName: string;
};

/** What aims the gate: ids, state and token hashes, none of the personal content (that is read through the gate). */
const matchKeys = [
  'id',
  'tenant_id',
  'request_id',
  'state',
  'volunteer_id',
  'activity_id',
  'volunteer_token_hash',
  'asker_token_hash',
] as const;
type MatchKeys = Omit<MatchRow, 'shared_with_volunteer'> & {
  volunteer_token_hash: string | null;
  asker_token_hash: string | null;
};

/** Opens a match from an emailed link; which side is asking follows from the token. */
export async function matchByToken(db: Db, token: string): Promise<MatchByLink | undefined> {
  const hash = hashToken(token);
  const found = await db
    .selectFrom('matches')
    .select(matchKeys)
    .where((eb) => eb.or([eb('volunteer_token_hash', '=', hash), eb('asker_token_hash', '=', hash)]))
    .executeTakeFirst();
  if (!found) return undefined;
  const side: MatchSide = found.volunteer_token_hash === hash ? 'vrijwilliger' : 'vrager';
  return withMatchDetails(db, { kind: 'system', tenantId: found.tenant_id, process: 'koppeling' }, found, side);
}

/**
 * A match of a request, opened by whoever records the next answer: a team member who heard it by phone, or the
 * asker on their own status page (then `subjectUserId` is the asker). The side is whoever answers next.
 */
export async function matchOfRequest(
  db: Db,
  actor: Actor,
  tenantId: string,
  requestId: string,
  matchId: string,
  subjectUserId: string | null = null,
): Promise<MatchByLink | undefined> {
  const found = await db
    .selectFrom('matches')
    .select(matchKeys)
    .where('tenant_id', '=', tenantId)
    .where('request_id', '=', requestId)
    .where('id', '=', matchId)
    .executeTakeFirst();
  if (!found) return undefined;
  return withMatchDetails(
    db,
    actor,
    found,
    found.state === 'voorgesteld' && found.volunteer_id ? 'vrijwilliger' : 'vrager',
    subjectUserId,
  );
}

async function withMatchDetails(
  db: Db,
  actor: Actor,
  keys: MatchKeys,
  side: MatchSide,
  subjectUserId: string | null = null,
): Promise<MatchByLink> {
  return withAccess(
    db,
    actor,
    { category: 'hulpvraag', action: 'read', purpose: 'koppelen', subjectUserId },
    async (gated) => {
      const content = await gated
        .selectFrom('matches')
        .select(['shared_with_volunteer', 'outcome'])
        .where('id', '=', keys.id)
        .executeTakeFirstOrThrow();
      const found = { ...keys, ...content };
      const volunteer = found.volunteer_id
        ? await gated
            .selectFrom('volunteers')
            .select('first_name')
            .where('id', '=', found.volunteer_id)
            .executeTakeFirst()
        : undefined;
      const activity = found.activity_id
        ? await gated
            .selectFrom('activities')
            .select(['id', 'name'])
            .where('id', '=', found.activity_id)
            .executeTakeFirst()
        : undefined;
      const request = await gated
        .selectFrom('help_requests')
        .select(['asker_name'])
        .where('id', '=', found.request_id)
        .executeTakeFirstOrThrow();
      return {
        side,
        match: found,
        shared: side === 'vrijwilliger' ? found.shared_with_volunteer : undefined,
        volunteerFirstName: volunteer?.first_name ?? null,
        activity: activity ?? null,
        askerFirstName: firstName(request.asker_name),
      };
    },
  );
}

/**
 * Who records an answer: the person through their link or on their own status page, or a team member who heard
 * it by phone. `subjectUserId` is the asker's account when they answer signed in, for the gate's self scope.
 */
export type AnsweredBy = {
  actor: Actor;
  recordedBy: string | null;
  via: 'link' | 'statuspagina' | 'eigen_pagina' | 'telefoon';
  subjectUserId?: string | null;
};

const byLink = (found: MatchByLink): AnsweredBy => ({
  actor: { kind: 'system', tenantId: found.match.tenant_id, process: 'koppeling' },
  recordedBy: null,
  via: 'link',
});
const via = (by: AnsweredBy) => (by.via === 'link' ? {} : { via: by.via });

async function openByToken(db: Db, token: string, side: MatchSide): Promise<MatchByLink> {
  const found = await matchByToken(db, token);
  if (!found || found.side !== side) throw new DomainError('niet_gevonden', 'Deze link bestaat niet (meer).');
  return found;
}

/** The volunteer's yes or no. A yes goes on to the asker, who gets their own link. */
export async function answerAsVolunteer(
  ctx: AppContext,
  token: string,
  yes: boolean,
  tenantName: string,
): Promise<{ askerLink: string | null }> {
  const found = await openByToken(ctx.database.db, token, 'vrijwilliger');
  return volunteerAnswers(ctx, found, yes, tenantName, byLink(found));
}

export async function volunteerAnswers(
  ctx: AppContext,
  found: MatchByLink,
  yes: boolean,
  tenantName: string,
  by: AnsweredBy,
): Promise<{ askerLink: string | null }> {
  const { match } = found;
  if (!match.volunteer_id) throw new DomainError('ongeldige_invoer', 'Bij dit voorstel hoort geen vrijwilliger.');
  return withAccess(
    ctx.database.db,
    by.actor,
    { category: 'hulpvraag', action: 'update', purpose: 'koppelen', subjectUserId: by.subjectUserId ?? null },
    async (gated) => {
      const detail = via(by);
      if (!yes) {
        await moveMatch(gated, match, 'vrijwilliger_weigert');
        await recordEvent(gated, match.tenant_id, match.request_id, by.recordedBy, 'vrijwilliger_zegt_nee', detail);
        forgetCandidates(match.tenant_id);
        return { askerLink: null };
      }
      const askerToken = newToken();
      await moveMatch(gated, match, 'vrijwilliger_akkoord', { asker_token_hash: hashToken(askerToken) });
      await recordEvent(gated, match.tenant_id, match.request_id, by.recordedBy, 'vrijwilliger_zegt_ja', detail);
      const request = await gated
        .selectFrom('help_requests')
        .select(['contact_email', 'asker_name'])
        .where('id', '=', match.request_id)
        .executeTakeFirstOrThrow();
      const link = `${ctx.config.baseUrl}/koppeling/${askerToken}`;
      if (request.contact_email) {
        await ctx.mailer.send({
          to: request.contact_email,
          subject: `${found.volunteerFirstName ?? 'Iemand'} wil je helpen`,
          text: `Hallo ${firstName(request.asker_name)},\n\n${found.volunteerFirstName ?? 'Een vrijwilliger'} uit de buurt wil je helpen. Vind je dat goed? Zeg ja of nee met één klik:\n${link}\n\nNabij ${tenantName}`,
        });
      }
      return { askerLink: link };
    },
  );
}

/** The asker's yes or no. Yes makes the match active; Nabij asks "Hoe gaat het?" after two weeks. */
export async function answerAsAsker(
  ctx: AppContext,
  token: string,
  yes: boolean,
  buddy: boolean,
  now = new Date(),
): Promise<void> {
  const found = await openByToken(ctx.database.db, token, 'vrager');
  await askerAnswers(ctx, found, yes, buddy, byLink(found), now);
}

export async function askerAnswers(
  ctx: AppContext,
  found: MatchByLink,
  yes: boolean,
  buddy: boolean,
  by: AnsweredBy,
  now = new Date(),
): Promise<void> {
  const { match } = found;
  // A volunteer's proposal waits for the volunteer's yes first; an activity's goes straight to the asker.
  if (match.volunteer_id && match.state === 'voorgesteld')
    throw new DomainError('ongeldige_invoer', 'De vrijwilliger heeft nog niet geantwoord.');
  await withAccess(
    ctx.database.db,
    by.actor,
    { category: 'hulpvraag', action: 'update', purpose: 'koppelen', subjectUserId: by.subjectUserId ?? null },
    async (gated) => {
      if (!yes) {
        await moveMatch(gated, match, 'aanvrager_weigert');
        await recordEvent(gated, match.tenant_id, match.request_id, by.recordedBy, 'vrager_zegt_nee', via(by));
        return;
      }
      await moveMatch(gated, match, 'actief', {
        follow_up_at: new Date(now.getTime() + FOLLOW_UP_DAYS * 86_400_000),
        buddy_first_visit: buddy,
      });
      await recordEvent(gated, match.tenant_id, match.request_id, by.recordedBy, 'vrager_zegt_ja', {
        maatje_eerste_keer: buddy,
        ...via(by),
      });
      await setRequestState(gated, match.tenant_id, match.request_id, 'gekoppeld');
    },
  );
  forgetCandidates(match.tenant_id);
}

/** Sends "Hoe gaat het?" for active matches whose two weeks are over. Idempotent: each match is moved once. */
export async function sendFollowUps(ctx: AppContext, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  const due = await db
    .selectFrom('matches')
    .select(['id', 'tenant_id'])
    .where('state', '=', 'actief')
    .where('follow_up_at', '<=', now)
    .execute();
  let sent = 0;
  for (const { id, tenant_id } of due) {
    const actor: Actor = { kind: 'system', tenantId: tenant_id, process: 'koppeling' };
    await withAccess(
      db,
      actor,
      { category: 'hulpvraag', action: 'read', purpose: 'koppelen', subjectUserId: null },
      async (gated) => {
        const token = newToken();
        const moved = await gated
          .updateTable('matches')
          .set({ state: 'opvolging', asker_token_hash: hashToken(token), updated_at: now })
          .where('id', '=', id)
          .where('state', '=', 'actief')
          .executeTakeFirst();
        if (Number(moved.numUpdatedRows) !== 1) return;
        const row = await gated
          .selectFrom('matches')
          .innerJoin('help_requests', 'help_requests.id', 'matches.request_id')
          .innerJoin('tenants', 'tenants.id', 'matches.tenant_id')
          .select([
            'help_requests.contact_email',
            'help_requests.asker_name',
            'tenants.name as tenantName',
            'matches.request_id',
          ])
          .where('matches.id', '=', id)
          .executeTakeFirstOrThrow();
        await recordEvent(gated, tenant_id, row.request_id, null, 'opvolging_gestuurd', {});
        if (row.contact_email) {
          await ctx.mailer.send({
            to: row.contact_email,
            subject: 'Hoe gaat het?',
            text: `Hallo ${firstName(row.asker_name)},\n\nTwee weken geleden kreeg je hulp via Nabij. Hoe gaat het? Laat het ons weten, het kost een minuut:\n${ctx.config.baseUrl}/koppeling/${token}\n\nNabij ${row.tenantName}`,
          });
          sent++;
        }
      },
    );
  }
  return sent;
}

export type Closing = { outcome: Outcome; reason: string | null; rating: number | null; comment: string | null };

/** Closes a match with its outcome and the asker's rating; the request closes when nothing else runs for it. */
export async function closeMatch(ctx: AppContext, token: string, closing: Closing): Promise<void> {
  const found = await openByToken(ctx.database.db, token, 'vrager');
  await closeFoundMatch(ctx, found, closing, byLink(found));
}

export async function closeFoundMatch(
  ctx: AppContext,
  found: MatchByLink,
  closing: Closing,
  by: AnsweredBy,
): Promise<void> {
  const { match } = found;
  await withAccess(
    ctx.database.db,
    by.actor,
    { category: 'hulpvraag', action: 'update', purpose: 'koppelen', subjectUserId: by.subjectUserId ?? null },
    async (gated) => {
      await moveMatch(gated, match, 'afgesloten', {
        outcome: closing.outcome,
        outcome_reason: closing.reason,
        rating: closing.rating,
        rating_comment: closing.comment,
      });
      await recordEvent(gated, match.tenant_id, match.request_id, by.recordedBy, 'afgesloten', {
        uitkomst: closing.outcome,
        cijfer: closing.rating,
        ...via(by),
      });
      const open = await gated
        .selectFrom('matches')
        .select('id')
        .where('request_id', '=', match.request_id)
        .where('state', 'in', ['voorgesteld', 'vrijwilliger_akkoord', 'actief', 'opvolging'])
        .execute();
      if (open.length === 0) await setRequestState(gated, match.tenant_id, match.request_id, 'afgesloten');
    },
  );
  forgetCandidates(match.tenant_id);
}

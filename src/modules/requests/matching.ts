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
import { busyMatchStates, canMoveMatch, type MatchState, type Outcome } from './states.js';
import { forgetCandidates } from './triage-service.js';

export const FOLLOW_UP_DAYS = 14;

/** What a volunteer sees of the asker: first name, area and the need. Never the story. */
export type SharedWithVolunteer = { voornaam: string; buurt: string; behoeften: string[] };

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? '';

type MatchRow = {
  id: string;
  tenant_id: string;
  request_id: string;
  state: MatchState;
  volunteer_id: string | null;
  activity_id: string | null;
  shared_with_volunteer: Record<string, unknown>;
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

export type Proposal = { matchId: string; volunteerLink: string | null; askerLink: string | null; emailed: ('vrijwilliger' | 'vrager')[] };

/** The team proposes a volunteer or an activity from the suggestions. */
export async function proposeMatch(ctx: AppContext, actor: Extract<Actor, { kind: 'user' }>, tenant: Tenant, requestId: string, suggestion: { id: string; soort: string }): Promise<Proposal> {
  const db = ctx.database.db;
  const read = { category: 'hulpvraag' as const, action: 'update' as const, purpose: 'koppelen', subjectUserId: null };
  return withAccess(db, actor, read, async (gated) => {
    const request = await gated
      .selectFrom('help_requests')
      .select(['id', 'asker_name', 'subject_name', 'postcode', 'need_keys', 'contact_email', 'state', 'route'])
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
      .where((eb) => eb.or([eb('volunteers.external_id', '=', suggestion.id), eb('activities.external_id', '=', suggestion.id)]))
      .executeTakeFirst();
    if (running) throw new DomainError('ongeldige_invoer', 'Dit is al voorgesteld en loopt nog.');
    if (suggestion.soort === 'vrijwilliger') {
      if (request.route === 'spoed') throw new DomainError('ongeldige_invoer', 'Een spoedvraag gaat nooit naar een vrijwilliger.');
      const volunteer = await gated
        .selectFrom('volunteers')
        .leftJoin('users', 'users.id', 'volunteers.user_id')
        .select(['volunteers.id', 'volunteers.first_name', 'users.email'])
        .where('volunteers.tenant_id', '=', tenant.id)
        .where('volunteers.external_id', '=', suggestion.id)
        .executeTakeFirst();
      if (!volunteer) throw new DomainError('niet_gevonden', 'Deze vrijwilliger bestaat niet.');
      const token = newToken();
      const shared: SharedWithVolunteer = {
        voornaam: firstName(request.subject_name ?? request.asker_name),
        buurt: request.postcode ? request.postcode.slice(0, 4) : '',
        behoeften: request.need_keys,
      };
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
          text: `Hallo ${volunteer.first_name},\n\n${shared.voornaam}${shared.buurt ? ` (buurt ${shared.buurt})` : ''} zoekt hulp bij: ${shared.behoeften.map((k) => needLabel(k)).join(', ')}.\nHet wijkteam denkt dat jij goed zou passen. Wil je? Zeg ja of nee met één klik:\n${link}\n\nNee zeggen is altijd goed.\n\nNabij ${tenant.name}`,
        });
        emailed.push('vrijwilliger');
      }
      await recordEvent(gated, tenant.id, request.id, actor.userId, 'koppeling_voorgesteld', { soort: 'vrijwilliger', vrijwilliger: suggestion.id });
      await setRequestState(gated, tenant.id, request.id, request.state === 'nieuw' ? 'in_behandeling' : request.state);
      forgetCandidates(tenant.id);
      return { matchId: match.id, volunteerLink: link, askerLink: null, emailed };
    }
    const activity = await gated.selectFrom('activities').select(['id', 'name']).where('tenant_id', '=', tenant.id).where('external_id', '=', suggestion.id).executeTakeFirst();
    if (!activity) throw new DomainError('niet_gevonden', 'Deze activiteit bestaat niet.');
    const token = newToken();
    const match = await gated
      .insertInto('matches')
      .values({ tenant_id: tenant.id, request_id: request.id, activity_id: activity.id, state: 'voorgesteld', proposed_by_user_id: actor.userId, asker_token_hash: hashToken(token) })
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
    await recordEvent(gated, tenant.id, request.id, actor.userId, 'koppeling_voorgesteld', { soort: 'activiteit', activiteit: suggestion.id });
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

/** Opens a match from an emailed link; which side is asking follows from the token. */
export async function matchByToken(db: Db, token: string): Promise<MatchByLink | undefined> {
  const hash = hashToken(token);
  const found = await db
    .selectFrom('matches')
    .select(['id', 'tenant_id', 'request_id', 'state', 'volunteer_id', 'activity_id', 'shared_with_volunteer', 'outcome', 'volunteer_token_hash', 'asker_token_hash'])
    .where((eb) => eb.or([eb('volunteer_token_hash', '=', hash), eb('asker_token_hash', '=', hash)]))
    .executeTakeFirst();
  if (!found) return undefined;
  const side: MatchSide = found.volunteer_token_hash === hash ? 'vrijwilliger' : 'vrager';
  const actor: Actor = { kind: 'system', tenantId: found.tenant_id, process: 'koppeling' };
  return withAccess(db, actor, { category: 'hulpvraag', action: 'read', purpose: 'koppelen', subjectUserId: null }, async (gated) => {
    const volunteer = found.volunteer_id ? await gated.selectFrom('volunteers').select('first_name').where('id', '=', found.volunteer_id).executeTakeFirst() : undefined;
    const activity = found.activity_id ? await gated.selectFrom('activities').select(['id', 'name']).where('id', '=', found.activity_id).executeTakeFirst() : undefined;
    const request = await gated.selectFrom('help_requests').select(['asker_name']).where('id', '=', found.request_id).executeTakeFirstOrThrow();
    return {
      side,
      match: found,
      shared: side === 'vrijwilliger' ? (found.shared_with_volunteer as SharedWithVolunteer) : undefined,
      volunteerFirstName: volunteer?.first_name ?? null,
      activity: activity ?? null,
      askerFirstName: firstName(request.asker_name),
    };
  });
}

/** The volunteer's yes or no. A yes goes on to the asker, who gets their own link. */
export async function answerAsVolunteer(ctx: AppContext, token: string, yes: boolean, tenantName: string): Promise<{ askerLink: string | null }> {
  const db = ctx.database.db;
  const found = await matchByToken(db, token);
  if (!found || found.side !== 'vrijwilliger') throw new DomainError('niet_gevonden', 'Deze link bestaat niet (meer).');
  const actor: Actor = { kind: 'system', tenantId: found.match.tenant_id, process: 'koppeling' };
  return withAccess(db, actor, { category: 'hulpvraag', action: 'update', purpose: 'koppelen', subjectUserId: null }, async (gated) => {
    if (!yes) {
      await moveMatch(gated, found.match, 'vrijwilliger_weigert');
      await recordEvent(gated, found.match.tenant_id, found.match.request_id, null, 'vrijwilliger_zegt_nee', {});
      forgetCandidates(found.match.tenant_id);
      return { askerLink: null };
    }
    const askerToken = newToken();
    await moveMatch(gated, found.match, 'vrijwilliger_akkoord', { asker_token_hash: hashToken(askerToken) });
    await recordEvent(gated, found.match.tenant_id, found.match.request_id, null, 'vrijwilliger_zegt_ja', {});
    const request = await gated.selectFrom('help_requests').select(['contact_email', 'asker_name']).where('id', '=', found.match.request_id).executeTakeFirstOrThrow();
    const link = `${ctx.config.baseUrl}/koppeling/${askerToken}`;
    if (request.contact_email) {
      await ctx.mailer.send({
        to: request.contact_email,
        subject: `${found.volunteerFirstName ?? 'Iemand'} wil je helpen`,
        text: `Hallo ${firstName(request.asker_name)},\n\n${found.volunteerFirstName ?? 'Een vrijwilliger'} uit de buurt wil je helpen. Vind je dat goed? Zeg ja of nee met één klik:\n${link}\n\nNabij ${tenantName}`,
      });
    }
    return { askerLink: link };
  });
}

/** The asker's yes or no. Yes makes the match active; Nabij asks "Hoe gaat het?" after two weeks. */
export async function answerAsAsker(ctx: AppContext, token: string, yes: boolean, buddy: boolean, now = new Date()): Promise<void> {
  const db = ctx.database.db;
  const found = await matchByToken(db, token);
  if (!found || found.side !== 'vrager') throw new DomainError('niet_gevonden', 'Deze link bestaat niet (meer).');
  const { match } = found;
  const actor: Actor = { kind: 'system', tenantId: match.tenant_id, process: 'koppeling' };
  await withAccess(db, actor, { category: 'hulpvraag', action: 'update', purpose: 'koppelen', subjectUserId: null }, async (gated) => {
    if (!yes) {
      await moveMatch(gated, match, 'aanvrager_weigert');
      await recordEvent(gated, match.tenant_id, match.request_id, null, 'vrager_zegt_nee', {});
      return;
    }
    await moveMatch(gated, match, 'actief', { follow_up_at: new Date(now.getTime() + FOLLOW_UP_DAYS * 86_400_000), buddy_first_visit: buddy });
    await recordEvent(gated, match.tenant_id, match.request_id, null, 'vrager_zegt_ja', { maatje_eerste_keer: buddy });
    await setRequestState(gated, match.tenant_id, match.request_id, 'gekoppeld');
  });
  forgetCandidates(match.tenant_id);
}

/** Sends "Hoe gaat het?" for active matches whose two weeks are over. Idempotent: each match is moved once. */
export async function sendFollowUps(ctx: AppContext, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  const due = await db.selectFrom('matches').select(['id', 'tenant_id']).where('state', '=', 'actief').where('follow_up_at', '<=', now).execute();
  let sent = 0;
  for (const { id, tenant_id } of due) {
    const actor: Actor = { kind: 'system', tenantId: tenant_id, process: 'koppeling' };
    await withAccess(db, actor, { category: 'hulpvraag', action: 'read', purpose: 'koppelen', subjectUserId: null }, async (gated) => {
      const token = newToken();
      const moved = await gated.updateTable('matches').set({ state: 'opvolging', asker_token_hash: hashToken(token), updated_at: now }).where('id', '=', id).where('state', '=', 'actief').executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) return;
      const row = await gated
        .selectFrom('matches')
        .innerJoin('help_requests', 'help_requests.id', 'matches.request_id')
        .innerJoin('tenants', 'tenants.id', 'matches.tenant_id')
        .select(['help_requests.contact_email', 'help_requests.asker_name', 'tenants.name as tenantName', 'matches.request_id'])
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
    });
  }
  return sent;
}

export type Closing = { outcome: Outcome; reason: string | null; rating: number | null; comment: string | null };

/** Closes a match with its outcome and the asker's rating; the request closes when nothing else runs for it. */
export async function closeMatch(ctx: AppContext, token: string, closing: Closing): Promise<void> {
  const db = ctx.database.db;
  const found = await matchByToken(db, token);
  if (!found || found.side !== 'vrager') throw new DomainError('niet_gevonden', 'Deze link bestaat niet (meer).');
  const { match } = found;
  const actor: Actor = { kind: 'system', tenantId: match.tenant_id, process: 'koppeling' };
  await withAccess(db, actor, { category: 'hulpvraag', action: 'update', purpose: 'koppelen', subjectUserId: null }, async (gated) => {
    await moveMatch(gated, match, 'afgesloten', { outcome: closing.outcome, outcome_reason: closing.reason, rating: closing.rating, rating_comment: closing.comment });
    await recordEvent(gated, match.tenant_id, match.request_id, null, 'afgesloten', { uitkomst: closing.outcome, cijfer: closing.rating });
    const open = await gated.selectFrom('matches').select('id').where('request_id', '=', match.request_id).where('state', 'in', ['voorgesteld', 'vrijwilliger_akkoord', 'actief', 'opvolging']).execute();
    if (open.length === 0) await setRequestState(gated, match.tenant_id, match.request_id, 'afgesloten');
  });
  forgetCandidates(match.tenant_id);
}

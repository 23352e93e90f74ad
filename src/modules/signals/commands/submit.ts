// Receiving a signal, from the form (without an account or signed in) or noted by the team: danger read with
// triage's danger detection (one code path with help requests), urgency and both deadlines set, stored through the
// gate with its first step, the team alerted at once on spoed, and the reporter given their status link.
import { randomUUID } from 'node:crypto';
import { randomReference } from '../../../kernel/references.js';
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import { hashToken, newToken } from '../../../kernel/auth/tokens.js';
import { normalisePostcode } from '../../../kernel/geo/index.js';
import type { Tenant } from '../../../kernel/tenancy/queries.js';
import { detectDanger } from '../../triage/index.js';
import { areaOf, insertSignal, insertSignalEvent, ownTerms } from '../queries/core.js';
import type { PersonKnows, ReporterRole, SignalKind, SignalTopic, Urgency } from '../schema.js';
import { deadlinesOf, defaultSignalTerms, type SignalTerms, urgencyOf } from '../terms.js';
import { categoryOf, type SignalContext } from './move.js';

export type SignalInput = {
  kind: SignalKind;
  topic: SignalTopic;
  whatSeen: string;
  sinceWhen?: string;
  whatWouldHelp?: string;
  street?: string;
  /** A full postcode or only its four digits: no house number is needed. */
  postcode?: string | null;
  areaId?: string | null;
  personHint?: string;
  personKnows?: PersonKnows | null;
  /** The reporter answered "ja" to "Is er nu gevaar?". */
  reporterSaysDanger?: boolean;
  reporterUserId: string | null;
  reporterRole: ReporterRole;
  reporterOrganisation?: string;
  reporterName?: string;
  reporterEmail?: string | null;
  reporterPhone?: string;
  reporterWantsMail?: boolean;
  language?: string;
};

export type SubmittedSignal = {
  id: string;
  reference: string;
  statusToken: string;
  urgency: Urgency;
  /** What made it spoed, in plain Dutch (the kinds of danger), for the team; empty when it is not. */
  dangerReasons: string[];
};

export const REPORT_PURPOSE = 'signaal_melden';
export const THE_REPORTER_SAYS_DANGER = 'De melder zei zelf dat er nu gevaar is.';

const newSignalReference = () => randomReference('SG');

/**
 * Danger in what the reporter wrote, read as a help request is: the lexicon's danger words and the model's safety net,
 * tuned for recall (in doubt, spoed). Measured on blind sets with bench/signal-danger.ts (docs/signals.md).
 */
export const dangerIn = (answers: readonly string[]) => detectDanger(answers.join('\n'));

/** Four digits, or a whole postcode written the one way; anything else is not kept. */
function postcodeOf(given: string | null | undefined): string | null {
  const trimmed = (given ?? '').trim().toUpperCase();
  if (/^[1-9][0-9]{3}$/.test(trimmed)) return trimmed;
  return trimmed ? (normalisePostcode(trimmed) ?? null) : null;
}

async function termsFor(
  ctx: SignalContext,
  tenantId: string,
  kind: SignalKind,
  urgency: Urgency,
): Promise<SignalTerms> {
  const own = await ownTerms(ctx.database.db, tenantId, kind, urgency);
  if (!own) return defaultSignalTerms[`${kind}:${urgency}`];
  return {
    first: { amount: own.first_amount, unit: own.first_unit },
    second: { amount: own.second_amount, unit: own.second_unit },
  };
}

/**
 * Stores a signal. The actor is the signed-in reporter or team member, or Nabij itself (process 'signaal') for a
 * reporter without an account. Nothing about the person signalled about is needed beyond what the form asks.
 */
export async function submitSignal(
  ctx: SignalContext,
  tenant: Tenant,
  actor: Actor,
  input: SignalInput,
  now = new Date(),
): Promise<SubmittedSignal> {
  const db = ctx.database.db;
  const danger = dangerIn([input.whatSeen, input.sinceWhen ?? '', input.whatWouldHelp ?? '']);
  const dangerReasons = [
    ...(input.reporterSaysDanger ? [THE_REPORTER_SAYS_DANGER] : []),
    ...(danger.acute ? danger.kinds : []),
  ];
  const urgency = urgencyOf(input.kind, input.topic, dangerReasons.length > 0);
  const { dueAt, secondDueAt } = deadlinesOf(now, await termsFor(ctx, tenant.id, input.kind, urgency));
  const area = input.areaId ? await areaOf(db, tenant.id, input.areaId) : undefined;
  const id = randomUUID();
  const statusToken = newToken();
  let reference = newSignalReference();
  const store = () =>
    withAccess(
      db,
      actor,
      {
        category: categoryOf(input.kind),
        action: 'create',
        purpose: REPORT_PURPOSE,
        subjectUserId: null,
        subjectRequestId: input.kind === 'persoon' ? id : null,
      },
      (gated) =>
        inGatedTransaction(gated, async (trx) => {
          await insertSignal(trx, {
            id,
            tenant_id: tenant.id,
            reference,
            kind: input.kind,
            topic: input.topic,
            urgency,
            status: 'gemeld',
            what_seen: input.whatSeen,
            since_when: input.sinceWhen ?? '',
            what_would_help: input.whatWouldHelp ?? '',
            street: input.street ?? '',
            postcode: postcodeOf(input.postcode),
            neighbourhood_id: area?.neighbourhoodId ?? null,
            area_id: area?.id ?? null,
            person_hint: input.personHint ?? '',
            person_knows: input.personKnows ?? null,
            danger_reasons: JSON.stringify(dangerReasons),
            reporter_user_id: input.reporterUserId,
            reporter_role: input.reporterRole,
            reporter_organisation: input.reporterOrganisation ?? '',
            reporter_name: input.reporterName ?? '',
            reporter_email: input.reporterEmail ?? null,
            reporter_phone: input.reporterPhone ?? '',
            reporter_wants_mail: Boolean(input.reporterWantsMail && input.reporterEmail),
            status_token_hash: hashToken(statusToken),
            language: input.language ?? 'nl',
            due_at: dueAt,
            second_due_at: secondDueAt,
          });
          await insertSignalEvent(trx, {
            tenantId: tenant.id,
            signalId: id,
            actorUserId: actor.kind === 'user' ? actor.userId : null,
            actorKind: actor.kind === 'user' && actor.userId !== input.reporterUserId ? 'team' : 'melder',
            kind: 'gemeld',
            toStatus: 'gemeld',
            detail: { urgentie: urgency },
          });
        }),
    );
  // A reference is five random letters: a taken one now and then is tried again, as help requests do.
  for (let attempt = 1; ; attempt++) {
    try {
      await store();
      break;
    } catch (error) {
      const taken = (error as { code?: string }).code === '23505' && attempt < 5;
      if (!taken) throw error;
      reference = newSignalReference();
    }
  }
  if (urgency === 'spoed') await alertTeam(ctx, tenant, id, reference);
  if (input.reporterEmail) await confirm(ctx, tenant, input.reporterEmail, reference, statusToken, urgency);
  return { id, reference, statusToken, urgency, dangerReasons };
}

/** The spoed alert: the reference and where to look, never what was seen (mail is not a safe place for it). */
async function alertTeam(ctx: SignalContext, tenant: Tenant, id: string, reference: string): Promise<void> {
  const sent = tenant.teamEmail
    ? await ctx.mailer
        .send({
          to: tenant.teamEmail,
          subject: `SPOED: signaal ${reference}`,
          text:
            `Er is zojuist een signaal binnengekomen dat op gevaar wijst (${reference}).\n` +
            'De melder heeft de noodnummers gezien ' +
            `(112, Veilig Thuis 0800-2000, 113 Zelfmoordpreventie 0800-0113).\n\n` +
            `Pak het direct op: ${ctx.config.baseUrl}/team/signalen\n\nNabij ${tenant.name}`,
        })
        .then(
          () => true,
          () => false,
        )
    : false;
  // The signal is at the top of the list whatever happens to the mail; a failed alert is written on it too.
  if (!sent)
    await insertSignalEvent(ctx.database.db, {
      tenantId: tenant.id,
      signalId: id,
      actorUserId: null,
      actorKind: 'systeem',
      kind: 'spoedmelding_mislukt',
    });
}

/** The reporter's status link, and on spoed what to do now; nothing of what they wrote. */
async function confirm(
  ctx: SignalContext,
  tenant: Tenant,
  to: string,
  reference: string,
  statusToken: string,
  urgency: Urgency,
): Promise<void> {
  const link = `${ctx.config.baseUrl}/signaal/status/${statusToken}`;
  await ctx.mailer.send({
    to,
    subject: `Je signaal ${reference} is binnen`,
    text:
      'Dank je wel voor je signaal. Het wijkteam heeft het ontvangen.\n' +
      (urgency === 'spoed' ? 'Het gaat met spoed naar het wijkteam. Is er direct gevaar? Bel 112.\n' : '') +
      `\nJe kunt hier volgen hoe het met je signaal staat:\n${link}\n\n` +
      'Over de persoon zelf vertellen we niets: dat is privé.\n\n' +
      `Nabij ${tenant.name}`,
  });
}

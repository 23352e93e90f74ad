// Moving a signal from one state to the next: only a step the table in states.ts allows, with what the step needs,
// through the gate, with who and why in the signal's steps. The reporter hears of it in a standard text.
import { type Actor, inGatedTransaction, logRefusal, withAccess } from '../../../kernel/access/gate.js';
import type { DataCategory } from '../../../kernel/access/policy.js';
import type { Db } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import type { Mailer } from '../../../kernel/mail/mailer.js';
import {
  insertSignalEvent,
  type SignalFacts,
  signalFacts,
  type StatusChange,
  statusText,
  updateSignalStatus,
} from '../queries/core.js';
import type { SignalKind } from '../schema.js';
import { type SignalStatus, type StepTaker, transitionFor } from '../states.js';
import { textStepOf } from '../texts.js';

/**
 * What the commands need of the app: its database, its mailer and its address. The app's context is one; the demo
 * gives one that keeps no mail.
 */
export type SignalContext = { database: { db: Db }; mailer: Mailer; config: { baseUrl: string } };

export const TEAM_PURPOSE = 'signaal_oppakken';
export const REPORTER_PURPOSE = 'signaal_volgen';

/** The category a signal's data falls under: a worry about a person is more private than a neighbourhood theme. */
export const categoryOf = (kind: SignalKind): DataCategory => (kind === 'persoon' ? 'signaal' : 'buurtsignaal');

/**
 * The gate's request for a signal: reads and writes of a worry about a person are logged under the signal's id, so
 * the person, once told, finds them in their log by the link they were given (subject_request_id names the signal).
 */
export const signalAccess = (facts: Pick<SignalFacts, 'id' | 'kind'>, action: 'read' | 'update', purpose: string) => ({
  category: categoryOf(facts.kind),
  action,
  purpose,
  subjectUserId: null,
  subjectRequestId: facts.kind === 'persoon' ? facts.id : null,
});

/** A signal of the actor's municipality, or a logged refusal answered as not found. */
export async function findSignal(ctx: SignalContext, actor: Actor, id: string): Promise<SignalFacts> {
  const facts = await signalFacts(ctx.database.db, actor.tenantId, id);
  if (facts) return facts;
  await logRefusal(
    ctx.database.db,
    actor,
    { category: 'signaal', action: 'read', purpose: TEAM_PURPOSE, subjectUserId: null },
    'onbekend_of_andere_gemeente',
  );
  throw notFound('Dit signaal');
}

export type Step = StatusChange & { reason: string };

export class StepNotAllowedError extends DomainError {
  constructor(from: SignalStatus, to: SignalStatus) {
    super('ongeldige_invoer', `Een signaal kan niet van "${from}" naar "${to}".`);
  }
}

/** What a step needs besides the move itself, or the Dutch message when it is missing. */
function missing(needs: string, step: Step): string | null {
  if (needs === 'bezoekresultaat' && !step.visitResult) return 'Kies wat het bezoek opleverde.';
  if (needs === 'doorzetting' && !step.forwardedTo) return 'Kies waarheen het signaal gaat.';
  if (needs === 'uitkomst' && !step.closingOutcome) return 'Kies hoe het signaal afloopt.';
  if (step.reason.trim() === '' && needs === 'reden') return 'Schrijf kort waarom.';
  return null;
}

/**
 * Takes one step. The team takes it as who they are; the reporter only by the feedback question (taker 'melder'),
 * as themselves or, without an account, as Nabij for their status link. Refuses a step the table does not allow,
 * and a step that another person took first (the state moved on).
 */
export async function moveSignal(
  ctx: SignalContext,
  actor: Actor,
  facts: SignalFacts,
  step: Step,
  taker: StepTaker = 'team',
): Promise<void> {
  const transition = transitionFor(facts.kind, facts.status, step.to, taker);
  if (!transition) throw new StepNotAllowedError(facts.status, step.to);
  const message = missing(transition.needs, step);
  if (message) throw new DomainError('ongeldige_invoer', message);
  const request =
    taker === 'melder'
      ? {
          category: 'melding' as const,
          action: 'update' as const,
          purpose: REPORTER_PURPOSE,
          subjectUserId: facts.reporterUserId,
        }
      : signalAccess(facts, 'update', TEAM_PURPOSE);
  await withAccess(ctx.database.db, actor, request, (gated) =>
    inGatedTransaction(gated, async (trx) => {
      if (!(await updateSignalStatus(trx, facts.tenantId, facts.id, facts.status, step)))
        throw new StepNotAllowedError(facts.status, step.to);
      await insertSignalEvent(trx, {
        tenantId: facts.tenantId,
        signalId: facts.id,
        actorUserId: actor.kind === 'user' ? actor.userId : null,
        actorKind: taker,
        kind: 'status',
        fromStatus: facts.status,
        toStatus: step.to,
        reason: step.reason,
        detail: {
          ...(step.visitResult ? { bezoek: step.visitResult } : {}),
          ...(step.forwardedTo ? { doorgezet_naar: step.forwardedTo } : {}),
          ...(step.closingOutcome ? { uitkomst: step.closingOutcome } : {}),
        },
      });
    }),
  );
  await tellReporter(ctx, facts, step);
}

/**
 * The status mail: the standard text of the new step, nothing about the person. Only to a reporter who asked for
 * mail; a failed mail is written down on the signal and does not undo the step.
 */
async function tellReporter(ctx: SignalContext, facts: SignalFacts, step: Step): Promise<void> {
  if (!facts.reporterWantsMail || !facts.reporterEmail) return;
  const text = await statusText(ctx.database.db, facts.tenantId, textStepOf(step.to, step.visitResult ?? null));
  const where = facts.reporterUserId
    ? `${ctx.config.baseUrl}/mijn/signalen`
    : 'de link in de eerste mail die je van ons kreeg';
  const sent = await ctx.mailer
    .send({
      to: facts.reporterEmail,
      subject: `Je signaal ${facts.reference}`,
      text: `${text}\n\nHoe het met je signaal staat, zie je via ${where}.\n`,
    })
    .then(
      () => true,
      () => false,
    );
  await insertSignalEvent(ctx.database.db, {
    tenantId: facts.tenantId,
    signalId: facts.id,
    actorUserId: null,
    actorKind: 'systeem',
    kind: 'statusmail',
    toStatus: step.to,
    detail: { verstuurd: sent },
  });
}

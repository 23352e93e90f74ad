// Outreach (erop af): who owns a signal, the visit and its result, and telling the person signalled about that a
// signal was made, with a link to what is recorded and who looked. Every write passes the gate as the team member.
import { inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import { hashToken, newToken } from '../../../kernel/auth/tokens.js';
import { DomainError } from '../../../kernel/errors.js';
import type { AppContext } from '../../../kernel/http/context.js';
import { insertSignalEvent, type SignalFacts } from '../queries/core.js';
import { setSignalOwner, setSubjectToken, setVisitNote, signalCaseWorkers } from '../queries/team.js';
import type { VisitResult } from '../schema.js';
import { findSignal, moveSignal, signalAccess, TEAM_PURPOSE } from './move.js';

/**
 * Makes `ownerUserId` the owner (one of the case workers, or for a neighbourhood signal the actor themselves), with
 * an 'eigenaar' step. "Ik pak dit op" on a signal still 'gemeld' also takes the step to 'in_behandeling'.
 */
export async function setOwner(
  ctx: AppContext,
  actor: SignedInActor,
  facts: SignalFacts,
  ownerUserId: string,
): Promise<void> {
  await withAccess(ctx.database.db, actor, signalAccess(facts, 'update', TEAM_PURPOSE), (gated) =>
    inGatedTransaction(gated, async (trx) => {
      const workers = await signalCaseWorkers(trx, facts.tenantId);
      if (ownerUserId !== actor.userId && !workers.some((w) => w.id === ownerUserId))
        throw new DomainError('ongeldige_invoer', 'Kies een collega van het wijkteam.');
      if (!(await setSignalOwner(trx, facts.tenantId, facts.id, ownerUserId)))
        throw new DomainError('ongeldige_invoer', 'Dit signaal is afgesloten.');
      await insertSignalEvent(trx, {
        tenantId: facts.tenantId,
        signalId: facts.id,
        actorUserId: actor.userId,
        actorKind: 'team',
        kind: 'eigenaar',
        detail: { eigenaar: ownerUserId },
      });
    }),
  );
  if (ownerUserId === actor.userId && facts.status === 'gemeld')
    await moveSignal(ctx, actor, facts, { to: 'in_behandeling', reason: 'Opgepakt' });
}

/** The visit's result as the step to 'erop_af_geweest', with the team's note kept on the signal. */
export async function recordVisit(
  ctx: AppContext,
  actor: SignedInActor,
  facts: SignalFacts,
  result: VisitResult,
  note: string,
): Promise<void> {
  await moveSignal(ctx, actor, facts, { to: 'erop_af_geweest', reason: note, visitResult: result });
  await withAccess(ctx.database.db, actor, signalAccess(facts, 'update', TEAM_PURPOSE), (gated) =>
    setVisitNote(gated, facts.tenantId, facts.id, note),
  );
}

/** Whether the person may be told now: a worry about a person, after contact (also when they want no help). */
export const mayTell = (facts: Pick<SignalFacts, 'kind' | 'visitResult'>): boolean =>
  facts.kind === 'persoon' && (facts.visitResult === 'contact_gemaakt' || facts.visitResult === 'wil_geen_hulp');

/**
 * Tells the person signalled about, after contact: a new link to what is recorded and who looked. The link is given
 * on paper (the team prints the note); only its hash is kept. A new link replaces an old one.
 */
export async function tellPerson(ctx: AppContext, actor: SignedInActor, id: string): Promise<string> {
  const facts = await findSignal(ctx, actor, id);
  if (!mayTell(facts))
    throw new DomainError('ongeldige_invoer', 'Vertel het de persoon pas als je contact hebt gehad.');
  const token = newToken();
  await withAccess(ctx.database.db, actor, signalAccess(facts, 'update', TEAM_PURPOSE), (gated) =>
    inGatedTransaction(gated, async (trx) => {
      await setSubjectToken(trx, facts.tenantId, facts.id, hashToken(token));
      await insertSignalEvent(trx, {
        tenantId: facts.tenantId,
        signalId: facts.id,
        actorUserId: actor.userId,
        actorKind: 'team',
        kind: 'notitie',
        reason: 'De persoon is verteld dat er een signaal over hem of haar is gegeven.',
        detail: { persoon_verteld: true },
      });
    }),
  );
  return token;
}

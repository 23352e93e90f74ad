// The team's steps on a case, one function each, each in one gate pass and one transaction with its timeline entry:
// a note, first contact, a hand-over with a reason, closing with an outcome, reopening with a reason.
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import type { Db } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { closeRequestForCase } from '../../requests/index.js';
import { caseOfRequest, findCase, listCaseWorkers, recordCaseEvent, updateCase } from '../queries.js';
import { canMoveCase, type CaseOutcome } from '../states.js';
import { onCase } from './case-access.js';

/** The chosen colleague cannot own the case: not a wijkteamlid or regisseur here, or already the owner. */
export class NotAColleagueError extends DomainError {
  constructor() {
    super('ongeldige_invoer', 'Kies een andere collega van het wijkteam.');
  }
}

const mustExist = <T>(found: T | undefined): T => {
  if (!found) throw notFound('Deze casus');
  return found;
};

export async function addNote(db: Db, actor: SignedInActor, caseId: string, text: string): Promise<void> {
  await onCase(db, actor, caseId, 'update', async (trx) => {
    mustExist(await findCase(trx, actor.tenantId, caseId));
    await recordCaseEvent(trx, { tenantId: actor.tenantId, caseId, actorUserId: actor.userId, kind: 'notitie', text });
  });
}

/** Records that the team spoke with the resident; the first time counts, a second click changes nothing. */
export async function recordFirstContact(db: Db, actor: SignedInActor, caseId: string, now = new Date()) {
  await onCase(db, actor, caseId, 'update', async (trx) => {
    const found = mustExist(await findCase(trx, actor.tenantId, caseId));
    if (found.firstContactAt) return;
    await updateCase(trx, actor.tenantId, caseId, { first_contact_at: now });
    await recordCaseEvent(trx, { tenantId: actor.tenantId, caseId, actorUserId: actor.userId, kind: 'eerste_contact' });
  });
}

/** Hands the case to a colleague; the reason is required and stays in the timeline with who, to whom and when. */
export async function handOver(
  db: Db,
  actor: SignedInActor,
  caseId: string,
  to: { userId: string; reason: string },
): Promise<void> {
  if (to.reason.trim() === '') throw new DomainError('ongeldige_invoer', 'Schrijf op waarom je de casus overdraagt.');
  await onCase(db, actor, caseId, 'update', async (trx) => {
    const found = mustExist(await findCase(trx, actor.tenantId, caseId));
    if (found.status !== 'open') throw new DomainError('ongeldige_invoer', 'Een gesloten casus draag je niet over.');
    const workers = await listCaseWorkers(trx, actor.tenantId);
    if (!workers.some((w) => w.id === to.userId) || to.userId === found.ownerUserId) throw new NotAColleagueError();
    await updateCase(trx, actor.tenantId, caseId, { owner_user_id: to.userId });
    await recordCaseEvent(trx, {
      tenantId: actor.tenantId,
      caseId,
      actorUserId: actor.userId,
      kind: 'overgedragen',
      text: to.reason,
      toUserId: to.userId,
      detail: { van: found.ownerUserId },
    });
  });
}

/** Closes the case with its outcome and note, and its request with it. */
export async function closeCase(
  db: Db,
  actor: SignedInActor,
  caseId: string,
  closing: { outcome: CaseOutcome; note: string },
  now = new Date(),
): Promise<void> {
  if (closing.outcome === 'anders' && closing.note.trim() === '')
    throw new DomainError('ongeldige_invoer', 'Schrijf bij "anders" op hoe de casus afloopt.');
  await onCase(db, actor, caseId, 'update', async (trx, keys) => {
    const found = mustExist(await findCase(trx, actor.tenantId, caseId));
    if (!canMoveCase(found.status, 'gesloten')) throw new DomainError('ongeldige_invoer', 'Deze casus is al gesloten.');
    await updateCase(trx, actor.tenantId, caseId, {
      status: 'gesloten',
      closed_at: now,
      outcome: closing.outcome,
      outcome_note: closing.note || null,
    });
    await recordCaseEvent(trx, {
      tenantId: actor.tenantId,
      caseId,
      actorUserId: actor.userId,
      kind: 'gesloten',
      text: closing.note || null,
      detail: { uitkomst: closing.outcome },
    });
    await closeRequestForCase(trx, actor.tenantId, keys.requestId, actor.userId, closing.outcome);
  });
}

/** Opens a closed case again, with the reason; refused while the request has another open case. */
export async function reopenCase(db: Db, actor: SignedInActor, caseId: string, reason: string): Promise<void> {
  if (reason.trim() === '') throw new DomainError('ongeldige_invoer', 'Schrijf op waarom je de casus heropent.');
  await onCase(db, actor, caseId, 'update', async (trx, keys) => {
    const found = mustExist(await findCase(trx, actor.tenantId, caseId));
    if (!canMoveCase(found.status, 'open')) throw new DomainError('ongeldige_invoer', 'Deze casus is al open.');
    const current = await caseOfRequest(trx, actor.tenantId, keys.requestId);
    if (current && current.id !== caseId && current.status === 'open')
      throw new DomainError('ongeldige_invoer', 'Deze hulpvraag heeft al een andere open casus.');
    await updateCase(trx, actor.tenantId, caseId, {
      status: 'open',
      closed_at: null,
      outcome: null,
      outcome_note: null,
    });
    await recordCaseEvent(trx, {
      tenantId: actor.tenantId,
      caseId,
      actorUserId: actor.userId,
      kind: 'heropend',
      text: reason,
    });
  });
}

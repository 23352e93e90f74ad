// Complaints and objections: the resident files one (alone, or their supporter with their consent), the team's
// handlers take it up and answer, and every step is kept so the resident can follow the handling.
import { type Actor, inGatedTransaction, logRefusal, withAccess } from '../../../kernel/access/gate.js';
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import type { Db } from '../../../kernel/db/database.js';
import { notFound } from '../../../kernel/errors.js';
import { complaintResident, insertComplaint, insertComplaintEvent } from '../queries.js';
import type { ComplaintKind, ComplaintStatus } from '../schema.js';
import { SUPPORT_PURPOSE } from './accept.js';

export const HANDLING_PURPOSE = 'klacht_behandelen';

export type ComplaintInput = { kind: ComplaintKind; about: string; whatHappened: string; wish: string };

/** Files a complaint about the resident's own matter; by the resident, or by their supporter for them. */
export async function fileComplaint(
  db: Db,
  actor: SignedInActor,
  residentUserId: string,
  input: ComplaintInput,
): Promise<string> {
  const purpose = actor.userId === residentUserId ? 'eigen_gegevens' : SUPPORT_PURPOSE;
  return withAccess(db, actor, { category: 'klacht', action: 'create', purpose, subjectUserId: residentUserId }, (g) =>
    inGatedTransaction(g, (trx) =>
      insertComplaint(trx, {
        tenantId: actor.tenantId,
        residentUserId,
        kind: input.kind,
        about: input.about,
        whatHappened: input.whatHappened,
        wish: input.wish,
        filedByUserId: actor.userId,
      }),
    ),
  );
}

/** The resident a complaint is about, or a logged refusal answered as not found. */
export async function complaintSubject(db: Db, actor: Actor, id: string, action: 'read' | 'update') {
  const resident = /^[0-9a-f-]{36}$/i.test(id) ? await complaintResident(db, actor.tenantId, id) : undefined;
  if (resident) return resident;
  await logRefusal(
    db,
    actor,
    { category: 'klacht', action, purpose: HANDLING_PURPOSE, subjectUserId: null },
    'onbekend_of_andere_gemeente',
  );
  throw notFound('Deze klacht');
}

/** A handler takes a step: taken up, or handled with the answer the resident reads. */
export async function handleComplaint(
  db: Db,
  actor: SignedInActor,
  id: string,
  status: Exclude<ComplaintStatus, 'ontvangen'>,
  message: string,
): Promise<void> {
  const resident = await complaintSubject(db, actor, id, 'update');
  await withAccess(
    db,
    actor,
    { category: 'klacht', action: 'update', purpose: HANDLING_PURPOSE, subjectUserId: resident },
    (g) => inGatedTransaction(g, (trx) => insertComplaintEvent(trx, actor.tenantId, id, actor.userId, status, message)),
  );
}

// What every answer on a match shares: who records it, and one step of the match's state machine.
import type { Actor, GatedDb } from '../../../kernel/access/gate.js';
import { DomainError } from '../../../kernel/errors.js';
import type { Updateable } from 'kysely';
import { moveMatchState } from '../queries/matches.js';
import type { MatchTable } from '../schema.js';
import { canMoveMatch, type MatchState } from '../states.js';
import type { MatchByLink, MatchRow } from './open-match.js';

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

/** An answer through an emailed link: Nabij records it, for nobody signed in. */
export const byLink = (found: MatchByLink): AnsweredBy => ({
  actor: { kind: 'system', tenantId: found.match.tenant_id, process: 'koppeling' },
  recordedBy: null,
  via: 'link',
});

/** The history names the way an answer came in, except the usual one, the link. */
export const via = (by: AnsweredBy) => (by.via === 'link' ? {} : { via: by.via });

/** The gate's question for recording an answer. */
export const answerAccess = (by: AnsweredBy, requestId: string) => ({
  category: 'hulpvraag' as const,
  action: 'update' as const,
  purpose: 'koppelen',
  subjectUserId: by.subjectUserId ?? null,
  subjectRequestId: requestId,
});

export async function moveMatch(
  db: GatedDb,
  match: MatchRow,
  to: MatchState,
  extra: Updateable<MatchTable> = {},
): Promise<void> {
  if (!canMoveMatch(match.state, to)) throw new DomainError('ongeldige_invoer', 'Deze stap kan nu niet meer.');
  // Two clicks at once: only the first moves the match.
  if (!(await moveMatchState(db, match.id, match.state, to, extra)))
    throw new DomainError('ongeldige_invoer', 'Deze stap is al gezet.');
}

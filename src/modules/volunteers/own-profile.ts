// The signed-in volunteer's own profile: read and changed through the gate for the purpose "eigen gegevens",
// and the one gate pass that loads the own page with the parts other modules add to it.
import type { VNode } from 'preact';
import { type GatedDb, withAccess } from '../../kernel/access/gate.js';
import type { SignedInActor } from '../../kernel/auth/actor.js';
import type { Db } from '../../kernel/db/database.js';
import { sectionsFor } from '../../kernel/modules.js';
import type { View } from '../../kernel/ui/view.js';
import { findOwnVolunteer, listHours, type OwnVolunteer, type RecordedHours } from './queries.js';

/** A volunteer acting on their own profile: who the gate sees, and the profile as read for this request. */
export type VolunteerSelf = { actor: SignedInActor; volunteer: OwnVolunteer };

/** Runs `work` on the actor's own volunteer data, after the gate allowed and logged it. */
export function onOwnProfile<T>(
  db: Db,
  actor: SignedInActor,
  action: 'read' | 'update',
  work: (gated: GatedDb) => Promise<T>,
): Promise<T> {
  return withAccess(
    db,
    actor,
    { category: 'vrijwilliger', action, purpose: 'eigen_gegevens', subjectUserId: actor.userId },
    work,
  );
}

export function findSelf(db: Db, actor: SignedInActor): Promise<OwnVolunteer | undefined> {
  return onOwnProfile(db, actor, 'read', (gated) => findOwnVolunteer(gated, actor.tenantId, actor.userId));
}

export type OwnPageData = { hours: RecordedHours[]; sections: ((view: View) => VNode | null)[] };

/** This year's hours and the other modules' parts of the page, read in one gate pass. */
export async function loadOwnPage(
  db: Db,
  actor: SignedInActor,
  volunteerId: string,
  year: number,
): Promise<OwnPageData> {
  const context = { tenantId: actor.tenantId, volunteerId, actor };
  return onOwnProfile(db, actor, 'read', async (gated) => ({
    hours: await listHours(gated, actor.tenantId, volunteerId, year),
    sections: await Promise.all(sectionsFor('mijn-vrijwilliger').map((s) => s.load(gated, context))),
  }));
}

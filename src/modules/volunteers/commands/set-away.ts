// "Even niet": a volunteer adds a period in which triage does not propose them.
import type { Db } from '../../../kernel/db/database.js';
import { volunteersChanged } from '../events.js';
import { onOwnProfile, type VolunteerSelf } from '../own-profile.js';
import { updateUnavailable } from '../queries.js';
import type { UnavailablePeriod } from '../schema.js';

export async function setAway(db: Db, { actor, volunteer }: VolunteerSelf, period: UnavailablePeriod): Promise<void> {
  await onOwnProfile(db, actor, 'update', (gated) =>
    updateUnavailable(gated, actor.tenantId, volunteer.id, [...volunteer.unavailable, period]),
  );
  volunteersChanged(actor.tenantId);
}

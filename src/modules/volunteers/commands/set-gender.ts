// A volunteer answers (or takes back) whether they are a woman or a man, for askers who wish for one (decision 0008).
import type { Db } from '../../../kernel/db/database.js';
import { volunteersChanged } from '../events.js';
import { onOwnProfile, type VolunteerSelf } from '../own-profile.js';
import { updateGender } from '../queries.js';

export async function setGender(
  db: Db,
  { actor, volunteer }: VolunteerSelf,
  gender: 'v' | 'm' | 'x' | null,
): Promise<void> {
  await onOwnProfile(db, actor, 'update', (gated) => updateGender(gated, actor.tenantId, volunteer.id, gender));
  volunteersChanged(actor.tenantId);
}

// A volunteer changes their whole offer after signing up; a new VOG date waits again for the team to see it.
import type { Db } from '../../../kernel/db/database.js';
import { postcodePoint } from '../../../kernel/geo/index.js';
import { volunteersChanged } from '../events.js';
import { onOwnProfile, type VolunteerSelf } from '../own-profile.js';
import { updateOffer, type VolunteerOffer } from '../queries.js';

export async function changeOffer(
  db: Db,
  { actor, volunteer }: VolunteerSelf,
  offer: Omit<VolunteerOffer, 'point'>,
): Promise<void> {
  const point = offer.postcode ? await postcodePoint(db, offer.postcode) : undefined;
  await onOwnProfile(db, actor, 'update', (gated) =>
    updateOffer(gated, actor.tenantId, volunteer.id, { ...offer, point }),
  );
  volunteersChanged(actor.tenantId);
}

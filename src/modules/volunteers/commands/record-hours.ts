// A volunteer enters hours, with any allowance, and learns whether it takes them over the tax-free limit.
import type { Db } from '../../../kernel/db/database.js';
import { checkAllowance } from '../allowance.js';
import { onOwnProfile, type VolunteerSelf } from '../own-profile.js';
import { findAllowanceLimits, insertHours, listHours } from '../queries.js';

export type HoursEntry = { onDate: string; hours: number; allowanceCents: number; note: string };

/** Saves the entry; returns the limit it takes the volunteer over ('jaar' before 'maand'), if any. */
export async function recordHours(
  db: Db,
  { actor, volunteer }: VolunteerSelf,
  entry: HoursEntry,
): Promise<'jaar' | 'maand' | undefined> {
  const year = Number(entry.onDate.slice(0, 4));
  const existing = await onOwnProfile(db, actor, 'read', (gated) =>
    listHours(gated, actor.tenantId, volunteer.id, year),
  );
  const limits = await findAllowanceLimits(db, year);
  const check = checkAllowance(existing, { onDate: entry.onDate, allowanceCents: entry.allowanceCents }, limits);
  await onOwnProfile(db, actor, 'update', (gated) => insertHours(gated, actor.tenantId, volunteer.id, entry));
  // Only an entry that adds money can take someone over the limit.
  if (entry.allowanceCents <= 0) return undefined;
  return check.exceedsYear ? 'jaar' : check.exceedsMonth ? 'maand' : undefined;
}

// What triage can propose for a municipality: the activities the social base offers and the volunteers who may
// be matched, each from its own module, with the running matches this module keeps as the volunteers' load.
import type { Actor } from '../../kernel/access/gate.js';
import type { Db } from '../../kernel/db/database.js';
import { loadActivityCandidates } from '../socialbase/index.js';
import type { Candidate } from '../triage/index.js';
import { loadVolunteerCandidates } from '../volunteers/index.js';
import { activeMatchesPerVolunteer } from './queries/matches.js';

export async function loadCandidates(
  db: Db,
  actor: Actor,
  tenantId: string,
  hiddenMonths: number,
  now = new Date(),
): Promise<Candidate[]> {
  const [activities, volunteers] = await Promise.all([
    loadActivityCandidates(db, tenantId, hiddenMonths, now),
    loadMatchableVolunteers(db, actor, tenantId, now),
  ]);
  return [...activities, ...volunteers];
}

/** The volunteers triage may propose, with the matches that run now counted in their load. */
export const loadMatchableVolunteers = (db: Db, actor: Actor, tenantId: string, now = new Date()) =>
  loadVolunteerCandidates(db, actor, tenantId, { now, activeMatches: activeMatchesPerVolunteer });

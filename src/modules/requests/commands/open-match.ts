// Opening a match to record the next answer: from an emailed link (the token says whose), or from the request by
// whoever records the answer (a team member by phone, the asker on their status page, a signed-in volunteer).
import { type Actor, recordShown, withAccess } from '../../../kernel/access/gate.js';
import { hashToken } from '../../../kernel/auth/tokens.js';
import type { Db } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { type MatchKeys, matchContent, matchKeysByTokenHash, matchKeysOfRequest } from '../queries/matches.js';
import { askerNameOf, requestOwner } from '../queries/requests.js';
import { activityById, volunteerFirstName } from '../suggestions.js';
import { firstName, type SharedWithVolunteer } from '../sharing.js';

export type MatchSide = 'vrijwilliger' | 'vrager';

/** A match as its answers move it: its keys and state, and what its volunteer sees. */
export type MatchRow = Omit<MatchKeys, 'volunteer_token_hash' | 'asker_token_hash'> & {
  shared_with_volunteer: SharedWithVolunteer;
};

export type MatchByLink = {
  side: MatchSide;
  match: MatchRow & { outcome: string | null };
  shared: SharedWithVolunteer | undefined;
  volunteerFirstName: string | null;
  activity: { id: string; name: string } | null;
  askerFirstName: string;
};

/** Opens a match from an emailed link; which side is asking follows from the token. */
export async function matchByToken(db: Db, token: string): Promise<MatchByLink | undefined> {
  const hash = hashToken(token);
  const found = await matchKeysByTokenHash(db, hash);
  if (!found) return undefined;
  const side: MatchSide = found.volunteer_token_hash === hash ? 'vrijwilliger' : 'vrager';
  return withMatchDetails(db, { kind: 'system', tenantId: found.tenant_id, process: 'koppeling' }, found, side);
}

/** The same for a link that must belong to one side; any other is a link that does not exist. */
export async function openByToken(db: Db, token: string, side: MatchSide): Promise<MatchByLink> {
  const found = await matchByToken(db, token);
  if (!found || found.side !== side) throw new DomainError('niet_gevonden', 'Deze link bestaat niet (meer).');
  return found;
}

/**
 * A match of a request, opened by whoever records the next answer: a team member who heard it by phone, or the
 * asker on their own status page (then `subjectUserId` is the asker). The side is whoever answers next.
 */
export async function matchOfRequest(
  db: Db,
  actor: Actor,
  tenantId: string,
  requestId: string,
  matchId: string,
  subjectUserId: string | null = null,
): Promise<MatchByLink | undefined> {
  const found = await matchKeysOfRequest(db, tenantId, requestId, matchId);
  if (!found) return undefined;
  return withMatchDetails(
    db,
    actor,
    found,
    found.state === 'voorgesteld' && found.volunteer_id ? 'vrijwilliger' : 'vrager',
    subjectUserId,
  );
}

async function withMatchDetails(
  db: Db,
  actor: Actor,
  keys: MatchKeys,
  side: MatchSide,
  subjectUserId: string | null = null,
): Promise<MatchByLink> {
  // The match shows the asker's request: the log names the asker, whoever opens it.
  const asker = subjectUserId ?? (await requestOwner(db, keys.tenant_id, keys.request_id))?.asker_user_id ?? null;
  return withAccess(
    db,
    actor,
    {
      category: 'hulpvraag',
      action: 'read',
      purpose: 'koppelen',
      subjectUserId: asker,
      subjectRequestId: keys.request_id,
    },
    async (gated) => {
      const content = await matchContent(gated, keys.id);
      const found = { ...keys, ...content };
      const volunteer = found.volunteer_id ? await volunteerFirstName(gated, found.volunteer_id) : undefined;
      // ...and the volunteer in it, whose first name the match shows because they are in it.
      await recordShown(
        gated,
        actor,
        { category: 'vrijwilliger', purpose: 'koppelen' },
        [volunteer?.user_id ?? null],
        'gedeeld',
      );
      const activity = found.activity_id ? await activityById(gated, found.activity_id) : undefined;
      const request = await askerNameOf(gated, found.request_id);
      return {
        side,
        match: found,
        shared: side === 'vrijwilliger' ? found.shared_with_volunteer : undefined,
        volunteerFirstName: volunteer?.first_name ?? null,
        activity: activity ?? null,
        askerFirstName: firstName(request.asker_name),
      };
    },
  );
}

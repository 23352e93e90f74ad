// The two yeses of a match: the volunteer's first (a yes goes on to the asker, who gets their own link), then the
// asker's (a yes makes the match active). By emailed link, on one's own page, or recorded by the team by phone.
import { inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import { hashToken, newToken } from '../../../kernel/auth/tokens.js';
import { DomainError } from '../../../kernel/errors.js';
import type { AppContext } from '../../../kernel/http/context.js';
import { recordEvent, setRequestState, askerContactOf } from '../queries/requests.js';
import { firstName } from '../sharing.js';
import { forgetCandidates } from '../triage-service.js';
import { type AnsweredBy, answerAccess, byLink, moveMatch, via } from './match-steps.js';
import { type MatchByLink, openByToken } from './open-match.js';

export const FOLLOW_UP_DAYS = 14;

/** The volunteer's yes or no through their emailed link. */
export async function answerAsVolunteer(
  ctx: AppContext,
  token: string,
  yes: boolean,
  tenantName: string,
): Promise<{ askerLink: string | null }> {
  const found = await openByToken(ctx.database.db, token, 'vrijwilliger');
  return volunteerAnswers(ctx, found, yes, tenantName, byLink(found));
}

export async function volunteerAnswers(
  ctx: AppContext,
  found: MatchByLink,
  yes: boolean,
  tenantName: string,
  by: AnsweredBy,
): Promise<{ askerLink: string | null }> {
  const { match } = found;
  if (!match.volunteer_id) throw new DomainError('ongeldige_invoer', 'Bij dit voorstel hoort geen vrijwilliger.');
  // One transaction, the mail to the asker as its last step: a mail that cannot be sent leaves the match as it was.
  const answer = await withAccess(ctx.database.db, by.actor, answerAccess(by, match.request_id), (gated) =>
    inGatedTransaction(gated, async (trx) => {
      const detail = via(by);
      if (!yes) {
        await moveMatch(trx, match, 'vrijwilliger_weigert');
        await recordEvent(trx, match.tenant_id, match.request_id, by.recordedBy, 'vrijwilliger_zegt_nee', detail);
        return { askerLink: null };
      }
      const askerToken = newToken();
      await moveMatch(trx, match, 'vrijwilliger_akkoord', { asker_token_hash: hashToken(askerToken) });
      await recordEvent(trx, match.tenant_id, match.request_id, by.recordedBy, 'vrijwilliger_zegt_ja', detail);
      const request = await askerContactOf(trx, match.request_id);
      const link = `${ctx.config.baseUrl}/koppeling/${askerToken}`;
      if (request.contact_email) {
        await ctx.mailer.send({
          to: request.contact_email,
          subject: `${found.volunteerFirstName ?? 'Iemand'} wil je helpen`,
          text:
            `Hallo ${firstName(request.asker_name)},\n\n${found.volunteerFirstName ?? 'Een vrijwilliger'} uit de ` +
            `buurt wil je helpen. Vind je dat goed? Zeg ja of nee met één klik:\n${link}\n\nNabij ${tenantName}`,
        });
      }
      return { askerLink: link };
    }),
  );
  if (!yes) forgetCandidates(match.tenant_id);
  return answer;
}

/** The asker's yes or no through their emailed link. Yes makes the match active; after two weeks "Hoe gaat het?". */
export async function answerAsAsker(
  ctx: AppContext,
  token: string,
  yes: boolean,
  buddy: boolean,
  now = new Date(),
): Promise<void> {
  const found = await openByToken(ctx.database.db, token, 'vrager');
  await askerAnswers(ctx, found, yes, buddy, byLink(found), now);
}

export async function askerAnswers(
  ctx: AppContext,
  found: MatchByLink,
  yes: boolean,
  buddy: boolean,
  by: AnsweredBy,
  now = new Date(),
): Promise<void> {
  const { match } = found;
  // A volunteer's proposal waits for the volunteer's yes first; an activity's goes straight to the asker.
  if (match.volunteer_id && match.state === 'voorgesteld')
    throw new DomainError('ongeldige_invoer', 'De vrijwilliger heeft nog niet geantwoord.');
  await withAccess(ctx.database.db, by.actor, answerAccess(by, match.request_id), (gated) =>
    inGatedTransaction(gated, async (trx) => {
      if (!yes) {
        await moveMatch(trx, match, 'aanvrager_weigert');
        await recordEvent(trx, match.tenant_id, match.request_id, by.recordedBy, 'vrager_zegt_nee', via(by));
        return;
      }
      await moveMatch(trx, match, 'actief', {
        follow_up_at: new Date(now.getTime() + FOLLOW_UP_DAYS * 86_400_000),
        buddy_first_visit: buddy,
      });
      await recordEvent(trx, match.tenant_id, match.request_id, by.recordedBy, 'vrager_zegt_ja', {
        maatje_eerste_keer: buddy,
        ...via(by),
      });
      await setRequestState(trx, match.tenant_id, match.request_id, 'gekoppeld');
    }),
  );
  forgetCandidates(match.tenant_id);
}

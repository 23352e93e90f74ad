// The team proposes a volunteer or an activity from triage's suggestions: the match is stored, the one who answers
// first is mailed their link (the volunteer, or for an activity the asker), and the request is in progress.
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import { hashToken, newToken } from '../../../kernel/auth/tokens.js';
import { DomainError } from '../../../kernel/errors.js';
import type { AppContext } from '../../../kernel/http/context.js';
import { needLabel } from '../../../kernel/taxonomy/needs.js';
import type { Tenant } from '../../../kernel/tenancy/queries.js';
import { insertActivityProposal, insertVolunteerProposal, runningProposalFor } from '../queries/matches.js';
import { recordEvent, requestToPropose, setRequestState } from '../queries/requests.js';
import { activityToPropose, volunteerToAsk } from '../suggestions.js';
import { firstName, readShareChoice, sharedFor, type SharedWithVolunteer } from '../sharing.js';
import { forgetCandidates } from '../triage-service.js';

export type Proposal = {
  matchId: string;
  volunteerLink: string | null;
  askerLink: string | null;
  emailed: ('vrijwilliger' | 'vrager')[];
};

/** The mail says no more than the asker agreed to, and never the note (that is on the page behind the link). */
function volunteerMailLine(shared: SharedWithVolunteer): string {
  const who = shared.voornaam ?? 'Iemand';
  const where = shared.buurt ? ` (buurt ${shared.buurt})` : ' in de buurt';
  const what = shared.behoeften ? ` bij: ${shared.behoeften.map((k) => needLabel(k).toLowerCase()).join(', ')}` : '';
  return `${who}${where} zoekt hulp${what}.`;
}

/** The team proposes a volunteer or an activity from the suggestions. */
export async function proposeMatch(
  ctx: AppContext,
  actor: Extract<Actor, { kind: 'user' }>,
  tenant: Tenant,
  requestId: string,
  suggestion: { id: string; soort: string },
): Promise<Proposal> {
  const db = ctx.database.db;
  const read = { category: 'hulpvraag' as const, action: 'update' as const, purpose: 'koppelen', subjectUserId: null };
  // One transaction: the match, its history and the request's state, with the mail as the last step, so a mail that
  // cannot be sent leaves no proposal nobody heard of.
  const proposal = await withAccess(db, actor, read, (gated) =>
    inGatedTransaction(gated, async (trx): Promise<Proposal> => {
      const request = await requestToPropose(trx, tenant.id, requestId);
      if (!request) throw new DomainError('niet_gevonden', 'Deze hulpvraag bestaat niet.');
      if (request.state === 'afgesloten') throw new DomainError('ongeldige_invoer', 'Deze hulpvraag is al afgesloten.');
      const nowInProgress = request.state === 'nieuw' ? 'in_behandeling' : request.state;
      // The same volunteer or activity is asked once per request while an earlier proposal still runs.
      // Looked up once: the volunteer or activity triage knows by this external id.
      const volunteer =
        suggestion.soort === 'vrijwilliger' ? await volunteerToAsk(trx, tenant.id, suggestion.id) : undefined;
      const activity =
        suggestion.soort === 'vrijwilliger' ? undefined : await activityToPropose(trx, tenant.id, suggestion.id);
      const running = await runningProposalFor(trx, request.id, {
        volunteerId: volunteer?.id,
        activityId: activity?.id,
      });
      if (running) throw new DomainError('ongeldige_invoer', 'Dit is al voorgesteld en loopt nog.');
      if (suggestion.soort === 'vrijwilliger') {
        if (request.route === 'spoed')
          throw new DomainError('ongeldige_invoer', 'Een spoedvraag gaat nooit naar een vrijwilliger.');
        if (!volunteer) throw new DomainError('niet_gevonden', 'Deze vrijwilliger bestaat niet.');
        const token = newToken();
        // Only what the asker agreed to; the asker can change it for this match on their own page.
        const shared = sharedFor(readShareChoice(request.share_with_volunteer), request);
        const match = await insertVolunteerProposal(trx, {
          tenantId: tenant.id,
          requestId: request.id,
          volunteerId: volunteer.id,
          proposedByUserId: actor.userId,
          shared,
          volunteerTokenHash: hashToken(token),
        });
        await recordEvent(trx, tenant.id, request.id, actor.userId, 'koppeling_voorgesteld', {
          soort: 'vrijwilliger',
          vrijwilliger: suggestion.id,
        });
        await setRequestState(trx, tenant.id, request.id, nowInProgress);
        const link = `${ctx.config.baseUrl}/koppeling/${token}`;
        if (!volunteer.email) return { matchId: match.id, volunteerLink: link, askerLink: null, emailed: [] };
        await ctx.mailer.send({
          to: volunteer.email,
          subject: 'Wil je iemand in de buurt helpen?',
          text:
            `Hallo ${volunteer.first_name},\n\n${volunteerMailLine(shared)}\nHet wijkteam denkt dat jij goed zou ` +
            `passen. Wil je? Lees meer en zeg ja of nee met één klik:\n${link}\n\nNee zeggen is altijd goed.\n\n` +
            `Nabij ${tenant.name}`,
        });
        return { matchId: match.id, volunteerLink: link, askerLink: null, emailed: ['vrijwilliger'] };
      }
      if (!activity) throw new DomainError('niet_gevonden', 'Deze activiteit bestaat niet.');
      const token = newToken();
      const match = await insertActivityProposal(trx, {
        tenantId: tenant.id,
        requestId: request.id,
        activityId: activity.id,
        proposedByUserId: actor.userId,
        askerTokenHash: hashToken(token),
      });
      await recordEvent(trx, tenant.id, request.id, actor.userId, 'koppeling_voorgesteld', {
        soort: 'activiteit',
        activiteit: suggestion.id,
      });
      await setRequestState(trx, tenant.id, request.id, nowInProgress);
      const link = `${ctx.config.baseUrl}/koppeling/${token}`;
      if (!request.contact_email) return { matchId: match.id, volunteerLink: null, askerLink: link, emailed: [] };
      await ctx.mailer.send({
        to: request.contact_email,
        subject: `Een idee voor je hulpvraag: ${activity.name}`,
        text:
          `Hallo ${firstName(request.asker_name)},\n\nHet wijkteam denkt dat "${activity.name}" bij je past. ` +
          `Kijk wat het is en zeg of je erheen wilt. Als je wilt, gaat iemand de eerste keer met je mee:\n${link}` +
          `\n\nNabij ${tenant.name}`,
      });
      return { matchId: match.id, volunteerLink: null, askerLink: link, emailed: ['vrager'] };
    }),
  );
  // The volunteer's running matches changed: triage reads the candidates again.
  if (suggestion.soort === 'vrijwilliger') forgetCandidates(tenant.id);
  return proposal;
}

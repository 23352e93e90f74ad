// Submitting a help request, from the web form (for oneself or someone else) or the team's phone intake: triage
// proposes, the request is stored through the gate, a spoed request alerts the team at once, without waiting in
// any queue, and the asker of the web form gets their status link by mail (on spoed: what happens now).
import { randomUUID } from 'node:crypto';
import { randomReference } from '../../../kernel/references.js';
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import { newToken } from '../../../kernel/auth/tokens.js';
import type { AppContext } from '../../../kernel/http/context.js';
import type { Tenant } from '../../../kernel/tenancy/queries.js';
import { normalisePostcode, postcodePoint } from '../../../kernel/geo/index.js';
import { insertHelpRequest, type NewHelpRequest, recordEvent } from '../queries/requests.js';
import { candidateIndex, triageMany } from '../triage-service.js';
import type { TriageAnswer } from '../../triage/index.js';
import type { Moment } from '../../../kernel/time/index.js';

/** What the form or the phone intake gives; triage, the reference and the status link are added here. */
export type HelpRequestInput = Omit<
  NewHelpRequest,
  'tenantId' | 'reference' | 'point' | 'moments' | 'triage' | 'statusToken'
> & {
  moments: Moment[];
  /** The asker answered "ja" to "Is er nu gevaar?": the request is spoed, whatever the story says. */
  askerSaysDanger?: boolean;
};

export type Submitted = { id: string; reference: string; statusToken: string; triage: TriageAnswer };

/** The reason the team reads first when the asker said there is danger now, in Dutch and English. */
export const ASKER_SAYS_DANGER = 'De vrager zei zelf dat er nu gevaar is.';
const ASKER_SAYS_DANGER_EN = 'The asker said there is danger right now.';

/**
 * The asker's own word counts more than the reading of their text: spoed, with their answer as the first reason and
 * signal. A spoed request never goes to a volunteer, so no volunteer is suggested.
 */
export function withAskersDanger(triage: TriageAnswer): TriageAnswer {
  return {
    ...triage,
    route: 'spoed',
    suggesties: triage.suggesties.filter((s) => s.soort !== 'vrijwilliger'),
    uitleg: [ASKER_SAYS_DANGER, ...triage.uitleg],
    // The English explanation goes line for line with the Dutch one, or is empty when triage gave none.
    uitlegEn: triage.uitlegEn.length > 0 ? [ASKER_SAYS_DANGER_EN, ...triage.uitlegEn] : [],
    signalen: ['"ja" op "Is er nu gevaar?"', ...triage.signalen],
  };
}

export const newReference = () => randomReference('HV');

/** Whether an insert failed because the request's reference is taken in its municipality. */
const isReferenceTaken = (error: unknown) =>
  (error as { code?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === 'help_requests_tenant_reference';

/**
 * Inserts with the record's reference, or with a new one when that is taken: 33.5 million codes, thousands of
 * requests a year in a city, so a taken code comes up now and then. Changes the record to what was stored.
 */
async function insertWithFreeReference(record: NewHelpRequest, insert: (record: NewHelpRequest) => Promise<string>) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await insert(record);
    } catch (error) {
      if (attempt >= 5 || !isReferenceTaken(error)) throw error;
      record.reference = newReference();
      record.triage = { ...record.triage, id: record.reference };
    }
  }
}

export async function submitHelpRequest(
  ctx: AppContext,
  tenant: Tenant,
  actor: Actor,
  input: HelpRequestInput,
): Promise<Submitted> {
  const db = ctx.database.db;
  const postcode = input.postcode ? (normalisePostcode(input.postcode) ?? null) : null;
  const point = postcode ? await postcodePoint(db, postcode) : undefined;
  const index = await candidateIndex(
    db,
    { kind: 'system', tenantId: tenant.id, process: 'hulpvraag' },
    tenant.id,
    ctx.config.socialBase.hiddenMonths,
  );
  const reference = newReference();
  const [read] = await triageMany(db, tenant.id, index, [
    { id: reference, tekst: input.text, postcode, moments: input.moments, language: input.language },
  ]);
  if (!read) throw new Error('triage gave no answer');
  const triage = input.askerSaysDanger ? withAskersDanger(read) : read;
  const statusToken = newToken();
  const record: NewHelpRequest = {
    id: randomUUID(),
    tenantId: tenant.id,
    reference,
    channel: input.channel,
    askerUserId: input.askerUserId,
    enteredByUserId: input.enteredByUserId,
    forSomeoneElse: input.forSomeoneElse,
    askerName: input.askerName,
    subjectName: input.subjectName,
    relation: input.relation,
    subjectConsent: input.subjectConsent,
    text: input.text,
    postcode,
    point,
    moments: input.moments.map((m) => `${m.day}-${m.part}`),
    language: input.language,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
    triage,
    statusToken,
    shareWithVolunteer: input.shareWithVolunteer,
  };
  const id = await insertWithFreeReference(record, (free) =>
    withAccess(
      db,
      actor,
      {
        category: 'hulpvraag',
        action: 'create',
        purpose: 'hulpvraag_behandelen',
        subjectUserId: input.askerUserId,
        subjectRequestId: record.id,
      },
      // The request and its first event are written together, or not at all.
      (gated) => inGatedTransaction(gated, (trx) => insertHelpRequest(trx, free)),
    ),
  );
  const { reference: stored } = record;
  if (triage.route === 'spoed') {
    // The request is at the top of the queue whatever happens to the mail; a failed alert is written on it too.
    await alertTeam(ctx, tenant, stored).catch((error: unknown) =>
      withAccess(
        db,
        { kind: 'system', tenantId: tenant.id, process: 'hulpvraag' },
        {
          category: 'hulpvraag',
          action: 'update',
          purpose: 'hulpvraag_behandelen',
          subjectUserId: input.askerUserId,
          subjectRequestId: id,
        },
        (gated) => recordEvent(gated, tenant.id, id, null, 'spoedmelding_mislukt', { fout: (error as Error).name }),
      ),
    );
  }
  // A caller on the phone hears from the team member; the web form's asker follows their request by this link.
  if (input.channel === 'web' && input.contactEmail) {
    const link = `${ctx.config.baseUrl}/hulp/status/${statusToken}`;
    await ctx.mailer.send({
      to: input.contactEmail,
      subject: `Je hulpvraag ${stored} is binnen`,
      text:
        `Hallo ${input.askerName},\n\n` +
        (triage.route === 'spoed'
          ? spoedMailLines(tenant)
          : 'We hebben je hulpvraag ontvangen. Iemand van het wijkteam kijkt ernaar.\n') +
        `Je kunt hier volgen wat er gebeurt:\n${link}\n\nNabij ${tenant.name}`,
    });
  }
  return { id, reference: stored, statusToken, triage: record.triage };
}

/**
 * What happens now on spoed, for the asker's mail. Plain and short on purpose: a mailbox may be read by someone
 * else in the house, so the numbers of Veilig Thuis and 113 stay on the page, not in the mail.
 */
function spoedMailLines(tenant: Tenant): string {
  return (
    'We hebben je hulpvraag ontvangen. Hij gaat met spoed naar het wijkteam.\n' +
    'Op werkdagen kijkt een professional binnen een uur naar je vraag en neemt dan contact met je op.\n\n' +
    'Is er direct gevaar? Bel 112.\n' +
    (tenant.teamPhone ? `Je kunt het wijkteam ook zelf bellen: ${tenant.teamPhone}.\n` : '') +
    '\n'
  );
}

/** The spoed alert: the reference and where to look, never the story itself (mail is not a safe place for it). */
async function alertTeam(ctx: AppContext, tenant: Tenant, reference: string): Promise<void> {
  if (!tenant.teamEmail) throw new Error('no team email address configured');
  await ctx.mailer.send({
    to: tenant.teamEmail,
    subject: `SPOED: hulpvraag ${reference}`,
    text:
      `Er is zojuist een hulpvraag binnengekomen die op gevaar wijst (${reference}).\n` +
      `De vrager heeft de noodnummers gezien (112, Veilig Thuis 0800-2000, 113 Zelfmoordpreventie 0800-0113).\n\n` +
      `Pak hem direct op: ${ctx.config.baseUrl}/team/hulpvragen\n\nNabij ${tenant.name}`,
  });
}

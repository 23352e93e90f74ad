// Turning a signal into a help request (and, if asked, a case) when the person wants help: through the requests
// and casework front doors, as the team's phone intake does, then the step to 'doorgezet' with the new ids and the
// person's consent to record it (who, how, when) in the step. Signals imports requests and casework, never the reverse.
import { withAccess } from '../../../kernel/access/gate.js';
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import { DomainError } from '../../../kernel/errors.js';
import type { AppContext } from '../../../kernel/http/context.js';
import type { Tenant } from '../../../kernel/tenancy/queries.js';
import { openCase } from '../../casework/index.js';
import { defaultShareChoice, submitHelpRequest } from '../../requests/index.js';
import { insertSignalEvent, type SignalFacts } from '../queries/core.js';
import { findSignal, moveSignal, signalAccess, TEAM_PURPOSE } from './move.js';

export const consentWays = ['mondeling', 'schriftelijk'] as const;
export type ConsentWay = (typeof consentWays)[number];

export type HelpRequestFromSignal = {
  name: string;
  phone: string;
  email: string;
  postcode: string;
  /** What the person wants help with, in their own words. */
  text: string;
  consentHow: ConsentWay;
  /** Also open a case on the new request, owned by the team member. */
  openCase: boolean;
};

/** Whether a worry about a person may be passed on as a help request now: after contact, and not against their will. */
export function mayForwardAsHelpRequest(facts: Pick<SignalFacts, 'kind' | 'status' | 'visitResult'>): boolean {
  return facts.kind === 'persoon' && facts.status === 'erop_af_geweest' && facts.visitResult === 'contact_gemaakt';
}

export async function forwardAsHelpRequest(
  ctx: AppContext,
  tenant: Tenant,
  actor: SignedInActor,
  signalId: string,
  input: HelpRequestFromSignal,
  now = new Date(),
): Promise<{ helpRequestId: string; caseId: string | null }> {
  const facts = await findSignal(ctx, actor, signalId);
  if (!mayForwardAsHelpRequest(facts))
    throw new DomainError(
      'ongeldige_invoer',
      facts.visitResult === 'wil_geen_hulp'
        ? 'De persoon wil geen hulp. Dat respecteren we: je kunt het signaal alleen afsluiten.'
        : 'Maak eerst contact met de persoon.',
    );
  const submitted = await submitHelpRequest(ctx, tenant, actor, {
    channel: 'telefoon',
    askerUserId: null,
    enteredByUserId: actor.userId,
    forSomeoneElse: false,
    askerName: input.name,
    subjectName: null,
    relation: null,
    subjectConsent: 'zelf',
    text: input.text,
    postcode: input.postcode || null,
    moments: [],
    language: null,
    contactEmail: input.email || null,
    contactPhone: input.phone || null,
    shareWithVolunteer: defaultShareChoice,
  });
  const caseId = input.openCase ? (await openCase(ctx.database.db, actor, submitted.id)).caseId : null;
  const consent = { door: actor.userId, hoe: input.consentHow, wanneer: now.toISOString() };
  await moveSignal(ctx, actor, facts, {
    to: 'doorgezet',
    reason: `Doorgezet naar ${caseId ? 'een casus' : 'een hulpvraag'} (${submitted.reference}), met toestemming.`,
    forwardedTo: caseId ? 'casus' : 'hulpvraag',
    helpRequestId: submitted.id,
    ...(caseId ? { caseId } : {}),
  });
  // The step's own row says where it went; this one keeps the consent with it: who noted it, how it was given, when.
  await withAccess(ctx.database.db, actor, signalAccess(facts, 'update', TEAM_PURPOSE), (gated) =>
    insertSignalEvent(gated, {
      tenantId: facts.tenantId,
      signalId: facts.id,
      actorUserId: actor.userId,
      actorKind: 'team',
      kind: 'notitie',
      reason: `De persoon gaf ${input.consentHow} toestemming om de hulpvraag vast te leggen.`,
      detail: { toestemming: consent, hulpvraag: submitted.id, ...(caseId ? { casus: caseId } : {}) },
    }),
  );
  return { helpRequestId: submitted.id, caseId };
}

// The regisseur's steps on a case (docs/regie.md), each in one gate pass and one transaction with its timeline entry:
// choosing the one regisseur, a decision that ends a stalemate (knoop doorgehakt), the referral to the provider the
// resident chose, its deadline and its status. Who may take a step beyond the dossier rule is checked before the
// pass, so a refused attempt leaves one 'geweigerd' row and nothing else.
import {
  AccessDeniedError,
  type GatedDb,
  inGatedTransaction,
  logRefusal,
  withAccess,
} from '../../../kernel/access/gate.js';
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import type { Db } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { listProfessionalServices } from '../../socialbase/index.js';
import { caseRoleKeys, findCase, recordCaseEvent } from '../queries.js';
import { findReferral, insertReferral, listRegisseurs, setCaseRegisseur, updateReferral } from '../queries/regie.js';
import type { ReferralChosenHow } from '../schema.js';
import { CASE_PURPOSE, caseKeys, onCase } from './case-access.js';

/** A refused form field with its message key: the page shows it beside the field. */
export class RegieFieldError extends DomainError {
  constructor(
    readonly field: string,
    readonly messageKey: 'regisseur_kiezen' | 'aanbieder_kiezen',
    message: string,
  ) {
    super('ongeldige_invoer', message);
  }
}

/** The steps only a case's own regisseur takes, and the choice of regisseur that its owner may make as well. */
export type Who = 'regisseur_van_de_casus' | 'regisseur_of_eigenaar';

/** Refuses (logged as 'geweigerd', 403) an actor who may not take this step on this case. */
export async function assertMayTake(db: Db, actor: SignedInActor, caseId: string, who: Who): Promise<void> {
  const keys = await caseKeys(db, actor.tenantId, caseId);
  const roles = keys ? await caseRoleKeys(db, actor.tenantId, caseId) : undefined;
  if (!keys || !roles) return; // onCase answers an unknown case as not found, and logs it
  const isRegisseur = actor.role === 'regisseur' && roles.regisseurUserId === actor.userId;
  const allowed =
    who === 'regisseur_van_de_casus' ? isRegisseur : actor.role === 'regisseur' || roles.ownerUserId === actor.userId;
  if (allowed) return;
  await logRefusal(
    db,
    actor,
    { category: 'dossier', action: 'update', purpose: CASE_PURPOSE, subjectUserId: keys.askerUserId },
    'rol_heeft_geen_recht',
  );
  throw new AccessDeniedError('rol_heeft_geen_recht');
}

const openCaseOf = async (trx: GatedDb, actor: SignedInActor, caseId: string) => {
  const found = await findCase(trx, actor.tenantId, caseId);
  if (!found) throw notFound('Deze casus');
  if (found.status !== 'open') throw new DomainError('ongeldige_invoer', 'Deze casus is gesloten.');
  return found;
};

/** Sets or changes the case's one regisseur: an active regisseur of the municipality, with the reason. */
export async function setRegisseur(
  db: Db,
  actor: SignedInActor,
  caseId: string,
  to: { userId: string; reason: string },
): Promise<void> {
  if (to.reason.trim() === '') throw new DomainError('ongeldige_invoer', 'Schrijf op waarom.');
  await assertMayTake(db, actor, caseId, 'regisseur_of_eigenaar');
  await onCase(db, actor, caseId, 'update', async (trx) => {
    await openCaseOf(trx, actor, caseId);
    const roles = await caseRoleKeys(trx, actor.tenantId, caseId);
    const regisseurs = await listRegisseurs(trx, actor.tenantId);
    if (!regisseurs.some((r) => r.id === to.userId) || roles?.regisseurUserId === to.userId)
      throw new RegieFieldError('regisseur', 'regisseur_kiezen', 'Kies een andere regisseur van de gemeente.');
    await setCaseRegisseur(trx, actor.tenantId, caseId, to.userId);
    await recordCaseEvent(trx, {
      tenantId: actor.tenantId,
      caseId,
      actorUserId: actor.userId,
      kind: 'regisseur_gekozen',
      text: to.reason,
      toUserId: to.userId,
      detail: roles?.regisseurUserId ? { van: roles.regisseurUserId } : {},
    });
  });
}

/** The case's regisseur ends a stalemate: what was decided and why, both shown to the resident. */
export async function decideKnot(
  db: Db,
  actor: SignedInActor,
  caseId: string,
  knot: { decision: string; reason: string },
): Promise<void> {
  if (knot.decision.trim() === '' || knot.reason.trim() === '')
    throw new DomainError('ongeldige_invoer', 'Schrijf op wat je besluit en waarom.');
  await assertMayTake(db, actor, caseId, 'regisseur_van_de_casus');
  await onCase(db, actor, caseId, 'update', async (trx) => {
    await openCaseOf(trx, actor, caseId);
    await recordCaseEvent(trx, {
      tenantId: actor.tenantId,
      caseId,
      actorUserId: actor.userId,
      kind: 'knoop_doorgehakt',
      text: knot.decision,
      detail: { reden: knot.reason },
    });
  });
}

/** A provider out of the options (a professional service of the social base), or another one by name. */
export type ProviderChoice = { activityId: string } | { otherName: string };

/**
 * Writes the resident's choice on the case: the provider as it is now, the own-organisation flag at this moment,
 * the reason, how it was chosen and by whom. Within the caller's gate pass.
 */
async function writeChoice(
  trx: GatedDb,
  tenantId: string,
  caseId: string,
  choice: { provider: ProviderChoice; reason: string; chosenHow: ReferralChosenHow; byUserId: string },
): Promise<string> {
  let provider: {
    activityId: string | null;
    organisationId: string | null;
    providerName: string;
    serviceName: string | null;
    ownOrganisation: boolean;
    contactEmail: string | null;
  };
  if ('activityId' in choice.provider) {
    const { activityId } = choice.provider;
    const service = (await listProfessionalServices(trx, tenantId)).find((s) => s.activityId === activityId);
    if (!service) throw new RegieFieldError('aanbieder', 'aanbieder_kiezen', 'Kies een aanbieder uit de lijst.');
    provider = {
      activityId,
      organisationId: service.organisationId,
      providerName: service.providerName,
      serviceName: service.name,
      ownOrganisation: service.teamOwn,
      contactEmail: service.contactEmail,
    };
  } else {
    // Another provider, named by the resident: outside the social base, so not one of the team's own organisations.
    provider = {
      activityId: null,
      organisationId: null,
      providerName: choice.provider.otherName,
      serviceName: null,
      ownOrganisation: false,
      contactEmail: null,
    };
  }
  const id = await insertReferral(trx, {
    tenantId,
    caseId,
    ...provider,
    reason: choice.reason,
    chosenHow: choice.chosenHow,
    chosenByUserId: choice.byUserId,
  });
  await recordCaseEvent(trx, {
    tenantId,
    caseId,
    actorUserId: choice.byUserId,
    kind: 'verwijzing',
    text: choice.reason,
    detail: {
      verwijzing: id,
      aanbieder: provider.providerName,
      dienst: provider.serviceName,
      eigen_organisatie: provider.ownOrganisation,
      hoe: choice.chosenHow,
    },
  });
  return id;
}

/** The team records the provider the resident chose, and how the resident chose it. */
export async function recordReferral(
  db: Db,
  actor: SignedInActor,
  caseId: string,
  choice: { provider: ProviderChoice; reason: string; chosenHow: Exclude<ReferralChosenHow, 'bewoner_in_nabij'> },
): Promise<string> {
  return onCase(db, actor, caseId, 'update', async (trx) => {
    await openCaseOf(trx, actor, caseId);
    return writeChoice(trx, actor.tenantId, caseId, { ...choice, byUserId: actor.userId });
  });
}

/**
 * The resident chooses a provider themself, on their own open case: a write of their own data under 'regie' (self),
 * so the gate logs it for them.
 */
export async function chooseProvider(
  db: Db,
  actor: SignedInActor,
  caseId: string,
  choice: { provider: ProviderChoice; reason: string },
): Promise<string> {
  return withAccess(
    db,
    actor,
    { category: 'regie', action: 'create', purpose: 'eigen_gegevens', subjectUserId: actor.userId },
    (gated) =>
      inGatedTransaction(gated, async (trx) => {
        const keys = await caseKeys(trx, actor.tenantId, caseId);
        const found = keys?.askerUserId === actor.userId ? await findCase(trx, actor.tenantId, caseId) : undefined;
        if (!found || found.status !== 'open') throw notFound('Deze casus');
        return writeChoice(trx, actor.tenantId, caseId, {
          ...choice,
          chosenHow: 'bewoner_in_nabij',
          byUserId: actor.userId,
        });
      }),
  );
}

const mustFindReferral = async (trx: GatedDb, actor: SignedInActor, caseId: string, referralId: string) => {
  const found = /^[0-9a-f-]{36}$/.test(referralId)
    ? await findReferral(trx, actor.tenantId, caseId, referralId)
    : undefined;
  if (!found) throw notFound('Deze verwijzing');
  return found;
};

/**
 * The case's regisseur sets by when the help must have started, and where the provider is reached. A new deadline
 * starts the escalation afresh.
 */
export async function setReferralDeadline(
  db: Db,
  actor: SignedInActor,
  caseId: string,
  referralId: string,
  set: { startBy: string; contactEmail: string | null },
): Promise<void> {
  await assertMayTake(db, actor, caseId, 'regisseur_van_de_casus');
  await onCase(db, actor, caseId, 'update', async (trx) => {
    await openCaseOf(trx, actor, caseId);
    const referral = await mustFindReferral(trx, actor, caseId, referralId);
    if (referral.status !== 'open') throw new DomainError('ongeldige_invoer', 'Deze verwijzing loopt niet meer.');
    await updateReferral(trx, actor.tenantId, referralId, {
      start_by: set.startBy,
      contact_email: set.contactEmail,
      escalation_step: 0,
      escalated_on: null,
    });
    await recordCaseEvent(trx, {
      tenantId: actor.tenantId,
      caseId,
      actorUserId: actor.userId,
      kind: 'verwijzing_termijn',
      detail: { verwijzing: referralId, aanbieder: referral.providerName, uiterlijk: set.startBy },
    });
  });
}

/** The team notes that the provider's help started, or that the referral stopped; either ends the escalation. */
export async function setReferralStatus(
  db: Db,
  actor: SignedInActor,
  caseId: string,
  referralId: string,
  status: 'gestart' | 'gestopt',
  now = new Date(),
): Promise<void> {
  await onCase(db, actor, caseId, 'update', async (trx) => {
    const referral = await mustFindReferral(trx, actor, caseId, referralId);
    if (referral.status !== 'open') throw new DomainError('ongeldige_invoer', 'Deze verwijzing loopt niet meer.');
    await updateReferral(
      trx,
      actor.tenantId,
      referralId,
      status === 'gestart' ? { status, started_at: now } : { status, stopped_at: now },
    );
    await recordCaseEvent(trx, {
      tenantId: actor.tenantId,
      caseId,
      actorUserId: actor.userId,
      kind: status === 'gestart' ? 'verwijzing_gestart' : 'verwijzing_gestopt',
      detail: { verwijzing: referralId, aanbieder: referral.providerName },
    });
  });
}

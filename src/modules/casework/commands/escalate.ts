// The daily escalation of late referrals (job "escalatie"): a referral whose "hulp gestart uiterlijk" day has passed
// while it is still open goes, step 1, to the provider's contact; step 2, so many working days later, to the team
// manager. Each step is a timeline entry ('escalatie'); the mail holds the request's code and the regisseur's
// contact, never the resident's name or story. A step is taken by the one run that moves it, so it mails once.
import { type Actor, inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import { findTenantById } from '../../../kernel/tenancy/queries.js';
import type { Db } from '../../../kernel/db/database.js';
import type { Mailer } from '../../../kernel/mail/mailer.js';
import { dutchDate, isoOf, parseIso } from '../../../kernel/time/index.js';
import { amsterdamToday as dutchToday } from '../../../kernel/time/index.js';
import { findRequestSummary } from '../../requests/index.js';
import { addWorkingDays } from '../deadlines.js';
import { ESCALATION_PURPOSE } from '../policy.js';
import { recordCaseEvent } from '../queries.js';
import {
  advanceEscalation,
  type DueReferral,
  dueReferrals,
  findEscalationSettings,
  findReferral,
  findRegisseur,
} from '../queries/regie.js';
import { caseKeys } from './case-access.js';

/** The step a due referral needs today, if any: 1 the day after its deadline, 2 after the extra working days. */
export function nextEscalationStep(r: DueReferral, today: string, workingDays: number): 1 | 2 | null {
  if (r.escalationStep === 0) return r.startBy < today ? 1 : null;
  if (r.escalationStep === 1 && r.escalatedOn) {
    const due = isoOf(addWorkingDays(parseIso(r.escalatedOn), workingDays));
    return due <= today ? 2 : null;
  }
  return null;
}

/** Takes the steps due today (in one municipality, or all); returns how many mails were sent. */
export async function escalateReferrals(
  { db, mailer }: { db: Db; mailer: Mailer },
  now = new Date(),
  onlyTenantId?: string,
): Promise<number> {
  const today = dutchToday(now);
  let sent = 0;
  for (const due of await dueReferrals(db, today)) {
    if (onlyTenantId !== undefined && due.tenantId !== onlyTenantId) continue;
    const settings = await findEscalationSettings(db, due.tenantId);
    const step = nextEscalationStep(due, today, settings.workingDays);
    const keys = step ? await caseKeys(db, due.tenantId, due.caseId) : undefined;
    if (!step || !keys) continue;
    const actor: Actor = { kind: 'system', tenantId: due.tenantId, process: 'regie' };
    const mailed = await withAccess(
      db,
      actor,
      { category: 'dossier', action: 'update', purpose: ESCALATION_PURPOSE, subjectUserId: keys.askerUserId },
      (gated) =>
        inGatedTransaction(gated, async (trx) => {
          if (!(await advanceEscalation(trx, due.tenantId, due.id, step - 1, today))) return false;
          const referral = await findReferral(trx, due.tenantId, due.caseId, due.id);
          const request = await findRequestSummary(trx, due.tenantId, keys.requestId);
          const regisseur = await findRegisseur(trx, due.tenantId, due.caseId);
          const tenant = await findTenantById(trx, due.tenantId);
          if (!referral || !request) return false;
          const to = step === 1 ? referral.contactEmail : settings.managerEmail;
          const contact = regisseur
            ? `${regisseur.name}, regisseur van het wijkteam: ${regisseur.email}` +
              (regisseur.phone ? `, ${regisseur.phone}` : '')
            : `het wijkteam${tenant?.teamEmail ? `: ${tenant.teamEmail}` : ''}` +
              (tenant?.teamPhone ? `, ${tenant.teamPhone}` : '');
          if (to) {
            // Mailed inside the transaction: a mail that fails rolls the step back, so the next run tries again.
            await mailer.send({
              to,
              subject: `Verwijzing ${request.reference}: de hulp is nog niet gestart`,
              text:
                step === 1
                  ? `Beste ${referral.providerName},\n\nVoor verwijzing ${request.reference} spraken we af dat de ` +
                    `hulp uiterlijk ${dutchDate(referral.startBy ?? today)} zou starten. Dat is nog niet gebeurd. ` +
                    `Wilt u vandaag contact opnemen met ${contact}?\n\nNabij ${tenant?.name ?? ''}`
                  : `Beste ${settings.managerName ?? 'teammanager'},\n\nDe hulp bij verwijzing ` +
                    `${request.reference} (${referral.providerName}) had uiterlijk ` +
                    `${dutchDate(referral.startBy ?? today)} moeten starten. De aanbieder is daarop aangesproken, ` +
                    `maar de hulp is nog steeds niet gestart. Wilt u dit oppakken met ${contact}?\n\n` +
                    `Nabij ${tenant?.name ?? ''}`,
            });
          }
          await recordCaseEvent(trx, {
            tenantId: due.tenantId,
            caseId: due.caseId,
            actorUserId: null,
            kind: 'escalatie',
            detail: {
              verwijzing: due.id,
              stap: step,
              aan: step === 1 ? 'aanbieder' : 'teammanager',
              aanbieder: referral.providerName,
              gemaild: to !== null,
            },
          });
          return to !== null;
        }),
    );
    if (mailed) sent++;
  }
  return sent;
}

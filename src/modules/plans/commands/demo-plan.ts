// The demo's plan: written as Nabij itself setting up the demo (so the resident's log shows "Nabij zelf (demo)"),
// with each change credited to the person in the story who made it: the resident or the regisseur.
import { inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import type { Db } from '../../../kernel/db/database.js';
import { dutchDate } from '../../../kernel/time/dates.js';
import {
  ensurePlan,
  findPlanId,
  insertAgreement,
  insertGoal,
  insertMeeting,
  linkInviteeAgreement,
  loadPlan,
  recordChange,
} from '../queries.js';

export async function seedDemoPlan(
  db: Db,
  input: { tenantId: string; caseId: string; residentUserId: string; teamUserId: string; meetsOn: string },
): Promise<void> {
  const system = { kind: 'system' as const, tenantId: input.tenantId, process: 'demo' as const };
  const request = { category: 'plan' as const, action: 'create' as const, purpose: 'demo' };
  await withAccess(db, system, { ...request, subjectUserId: input.residentUserId }, (gated) =>
    inGatedTransaction(gated, async (trx) => {
      const { tenantId } = input;
      if (await findPlanId(trx, tenantId, input.caseId)) return;
      const planId = await ensurePlan(trx, tenantId, input.caseId);
      const by = (who: 'bewoner' | 'team') =>
        who === 'bewoner'
          ? { actorUserId: input.residentUserId, actorRole: 'bewoner' }
          : { actorUserId: input.teamUserId, actorRole: 'regisseur' };
      const note = (
        who: 'bewoner' | 'team',
        c: {
          itemKind: 'doel' | 'afspraak' | 'beraad';
          itemId: string;
          field: string;
          oldText?: string;
          newText?: string;
        },
      ) => recordChange(trx, { tenantId, planId, ...by(who), ...c });

      const company = 'Ik wil weer onder de mensen komen, een paar keer per week.';
      const social = await insertGoal(trx, {
        tenantId,
        planId,
        domainKey: 'sociaal_netwerk',
        goal: company,
        wentWell: 'Mijn buurvrouw Els komt al elke dinsdag koffie drinken.',
      });
      await note('bewoner', { itemKind: 'doel', itemId: social, field: 'toegevoegd', newText: company });
      const money = await insertGoal(trx, {
        tenantId,
        planId,
        domainKey: 'financien',
        goal: 'Ik wil mijn post zelf kunnen bijhouden, met een beetje hulp.',
        wentWell: '',
      });
      await note('bewoner', {
        itemKind: 'doel',
        itemId: money,
        field: 'toegevoegd',
        newText: 'Ik wil mijn post bijhouden.',
      });
      // The regisseur wrote down more precisely what Annie said in the conversation; the history keeps both.
      await note('team', {
        itemKind: 'doel',
        itemId: money,
        field: 'doel',
        oldText: 'Ik wil mijn post bijhouden.',
        newText: 'Ik wil mijn post zelf kunnen bijhouden, met een beetje hulp.',
      });

      const agreements = [
        { what: 'Naar de koffieochtend in buurthuis De Bron, op woensdag.', who: 'bewoner' as const, whoName: null },
        { what: 'Samen met Annie de post openen, elke maandag.', who: 'vrijwilliger' as const, whoName: 'Karim' },
        {
          what: 'Een gesprek over een budgetplan.',
          who: 'professional' as const,
          whoName: 'Schuldhulp Wijkstad',
        },
      ];
      for (const [i, a] of agreements.entries()) {
        const id = await insertAgreement(trx, { tenantId, planId, ...a, dueOn: null });
        await note(i === 0 ? 'bewoner' : 'team', {
          itemKind: 'afspraak',
          itemId: id,
          field: 'toegevoegd',
          newText: a.what,
        });
      }

      const invitees = [
        { name: 'Els (buurvrouw)', phone: null, email: null },
        { name: 'Marco (zoon)', phone: null, email: null },
      ];
      const meeting = await insertMeeting(trx, {
        tenantId,
        planId,
        meetsOn: input.meetsOn,
        place: 'Bij Annie thuis',
        invitees,
      });
      await note('bewoner', {
        itemKind: 'beraad',
        itemId: meeting,
        field: 'gepland',
        newText: `${dutchDate(input.meetsOn)}, Bij Annie thuis: ${invitees.map((i) => i.name).join(', ')}`,
      });
      // Els already said what she will do; Marco's part is written down after the meeting.
      const plan = await loadPlan(trx, tenantId, input.caseId);
      const els = plan?.meetings[0]?.invitees.find((i) => i.name.startsWith('Els'));
      if (els) {
        const what = 'Elke dinsdag samen koffie, en mee naar de eerste koffieochtend.';
        const id = await insertAgreement(trx, {
          tenantId,
          planId,
          what,
          who: 'netwerk',
          whoName: els.name,
          dueOn: null,
        });
        await linkInviteeAgreement(trx, tenantId, els.id, id);
        await note('bewoner', {
          itemKind: 'afspraak',
          itemId: id,
          field: 'toegevoegd',
          newText: `${els.name}: ${what}`,
        });
      }
    }),
  );
}

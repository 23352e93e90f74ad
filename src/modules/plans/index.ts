// The personal plan, the front door (issue 12, deliver 3): the resident's own plan on their case — goals per domain
// in their own words, agreements (who does what by when), what went well, a network meeting — read and written by
// the resident at /mijn/plan and by the team at /team/casussen/<id>/plan, every change with who made it, printable
// and as a PDF. Data category 'plan'; a client supporter or a person the resident names reads it only with consent.
import { lazyRoutes, type ModuleDescription } from '../../kernel/modules.js';
import * as plans0040 from './migrations/0040_plans.js';
import { planPolicy } from './policy.js';

export {
  type AgreementInput,
  type GoalInput,
  markAgreementDone,
  type MeetingInput,
  planMeeting,
  readPlan,
  recordMeetingOutcome,
  removeAgreement,
  removeGoal,
  saveAgreement,
  saveGoal,
  setPlan,
} from './commands/edit-plan.js';
export type { PlanTarget } from './commands/plan-access.js';
export { seedDemoPlan } from './commands/demo-plan.js';
export { planPdf } from './pdf.js';
export type { PlanData } from './queries.js';
export { whoLabel } from './words.js';

export const plansModule: ModuleDescription = {
  name: 'plans',
  migrations: { '0040_plans': plans0040 },
  routes: [
    lazyRoutes(async () => (await import('./routes.js')).planRoutes),
    lazyRoutes(async () => (await import('./api.js')).planApiRoutes),
  ],
  policy: planPolicy,
  sections: [
    {
      slot: 'casus-team',
      load: async (gated, context) => (await import('./routes.js')).casePlanSection.load(gated, context),
    },
  ],
};

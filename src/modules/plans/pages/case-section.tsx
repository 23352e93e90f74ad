// The plan on the team's case page: whether there is one and whether it is set, and the link to it.
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { PlanData } from '../queries.js';
import { whenLabel } from '../words.js';

export function PlanLink({ view, caseId, plan }: { view: View; caseId: string; plan: PlanData | undefined }) {
  const { lang } = view;
  const state = !plan
    ? tr(lang, 'Er is nog geen plan.', 'There is no plan yet.')
    : plan.status === 'vastgesteld' && plan.setAt
      ? tr(lang, `Vastgesteld op ${whenLabel(lang, plan.setAt)}.`, `Set on ${whenLabel(lang, plan.setAt)}.`)
      : tr(
          lang,
          `Concept: ${plan.goals.length} doelen, ${plan.agreements.length} afspraken.`,
          `Draft: ${plan.goals.length} goals, ${plan.agreements.length} agreements.`,
        );
  return (
    <section aria-labelledby="plan-kop">
      <h2 class="utrecht-heading-2" id="plan-kop">
        {tr(lang, 'Plan van de bewoner', 'The resident’s plan')}
      </h2>
      <p class="utrecht-paragraph">{state}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/team/casussen/${caseId}/plan`}>
          {plan
            ? tr(lang, 'Plan bekijken en aanvullen', 'View and add to the plan')
            : tr(lang, 'Plan beginnen', 'Start the plan')}
        </a>
      </p>
    </section>
  );
}

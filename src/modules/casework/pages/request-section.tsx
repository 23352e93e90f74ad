// On the team's page of a request: its case (owner, open or closed, a link), or the button that opens one.
import { CsrfField } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { CaseView } from '../queries.js';
import { outcomeLabel } from './labels.js';

export function RequestCaseSection({
  view,
  requestId,
  found,
}: {
  view: View;
  requestId: string;
  found: CaseView | undefined;
}) {
  const { lang } = view;
  return (
    <section aria-labelledby="casus-kop">
      <h2 class="utrecht-heading-2" id="casus-kop">
        {tr(lang, 'Casus', 'Case')}
      </h2>
      {found ? (
        <p class="utrecht-paragraph">
          {found.status === 'open'
            ? tr(lang, `Open, eigenaar ${found.ownerName}. `, `Open, owner ${found.ownerName}. `)
            : tr(
                lang,
                `Gesloten: ${outcomeLabel(lang, found.outcome ?? '')}. `,
                `Closed: ${outcomeLabel(lang, found.outcome ?? '')}. `,
              )}
          <a class="utrecht-link" href={`/team/casussen/${found.id}`}>
            {tr(lang, 'Naar de casus', 'Go to the case')}
          </a>
        </p>
      ) : (
        <>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Er is nog geen casus. Open een casus als je deze vraag gaat oppakken: je wordt eigenaar, kunt ' +
                'notities maken en ziet de termijnen.',
              'There is no case yet. Open one when you take this request on: you become its owner, can write notes ' +
                'and see the deadlines.',
            )}
          </p>
          <form method="post" action={`/team/hulpvragen/${requestId}/casus`} class="nabij-form">
            <CsrfField view={view} />
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {tr(lang, 'Casus openen', 'Open a case')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

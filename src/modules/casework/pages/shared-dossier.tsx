// A resident's dossier as someone they shared it with sees it (their client supporter): each case with its state,
// owner and timeline; nothing of the team's lists or forms.
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { CaseEvent, CaseView, CaseWorker } from '../queries.js';
import { outcomeLabel, whenLabel } from './labels.js';
import { TimelineEntry } from './case-page.js';

export type SharedDossier = { cases: (CaseView & { events: CaseEvent[] })[]; workers: CaseWorker[] };

export function SharedDossierSection({ view, dossier }: { view: View; dossier: SharedDossier }) {
  const { lang } = view;
  const names = new Map(dossier.workers.map((w) => [w.id, w.displayName]));
  if (dossier.cases.length === 0)
    return <p class="utrecht-paragraph">{tr(lang, 'Er is (nog) geen dossier.', 'There is no file (yet).')}</p>;
  return (
    <>
      {dossier.cases.map((c) => (
        <section class="nabij-card" key={c.id} aria-label={tr(lang, 'Casus', 'Case')}>
          <p class="utrecht-paragraph">
            {c.status === 'open'
              ? tr(lang, `Open sinds ${whenLabel(lang, c.openedAt)}.`, `Open since ${whenLabel(lang, c.openedAt)}.`)
              : tr(lang, 'Gesloten.', 'Closed.')}{' '}
            {tr(lang, `Eigenaar bij het wijkteam: ${c.ownerName}.`, `Owner at the team: ${c.ownerName}.`)}
            {c.outcome ? ` ${tr(lang, 'Uitkomst:', 'Outcome:')} ${outcomeLabel(lang, c.outcome)}.` : ''}
          </p>
          <ol class="utrecht-ordered-list nabij-tijdlijn" reversed>
            {c.events.map((event, i) => (
              <TimelineEntry lang={lang} event={event} names={names} key={i} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

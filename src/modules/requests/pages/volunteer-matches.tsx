// The questions for a volunteer and the help that runs, on the volunteer's own page: only what each asker agreed to
// share, never the story.
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { VolunteerMatchView } from '../queries/matches.js';
import { SharedList, sharedName } from './share-fields.js';
import { YesNo } from './yes-no.js';

const runningText: Record<string, [string, string]> = {
  vrijwilliger_akkoord: [
    'Je zei ja. We vragen nu of {naam} het ook goed vindt.',
    'You said yes. We are now asking whether {naam} agrees too.',
  ],
  actief: [
    'Jullie zeiden allebei ja. Het wijkteam brengt jullie in contact.',
    'You both said yes. The team puts you in touch.',
  ],
  opvolging: [
    'Jullie zeiden allebei ja. Het wijkteam vraagt hoe het gaat.',
    'You both said yes. The team asks how it is going.',
  ],
};

/** On /mijn/vrijwilliger: questions waiting for an answer first, then help that runs. */
export function VolunteerMatches({ view, matches }: { view: View; matches: readonly VolunteerMatchView[] }) {
  const { lang } = view;
  if (matches.length === 0) return null;
  return (
    <section aria-labelledby="vragen-kop">
      <h2 class="utrecht-heading-2" id="vragen-kop">
        {tr(lang, 'Vragen voor jou', 'Questions for you')}
      </h2>
      {matches.map((m) => {
        const name = sharedName(lang, m.shared);
        return (
          <div key={m.id} class="nabij-card">
            <h3 class="utrecht-heading-3">
              {m.state === 'voorgesteld'
                ? tr(lang, `Wil je ${name} helpen?`, `Would you like to help ${name}?`)
                : tr(lang, `Hulp aan ${name}`, `Helping ${name}`)}
            </h3>
            <SharedList lang={lang} shared={m.shared} />
            {m.state === 'voorgesteld' ? (
              <YesNo
                view={view}
                action={`/mijn/vrijwilliger/koppelingen/${m.id}`}
                yesText={tr(lang, 'Ja, ik wil helpen', 'Yes, I want to help')}
                noText={tr(lang, 'Nee, nu niet', 'No, not now')}
              />
            ) : (
              <p class="utrecht-paragraph">
                {tr(
                  lang,
                  runningText[m.state]![0].replace('{naam}', name),
                  runningText[m.state]![1].replace('{naam}', name),
                )}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}

// An initiative owner's list of their own entries, each with a "Klopt nog" button and a mark where it needs
// confirming.
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Freshness } from '../freshness.js';
import type { OwnedEntry } from '../queries/activities.js';
import { StillRightButton } from './still-right-button.js';

export function OwnEntriesPage({
  view,
  title,
  entries,
  freshness,
}: {
  view: View;
  title: string;
  entries: OwnedEntry[];
  freshness: (entry: OwnedEntry) => Freshness;
}) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Houd je activiteiten actueel, dan kan de buurt ze vinden. Klopt alles nog? Klik dan op "Klopt nog".',
          'Keep your activities current so the neighbourhood can find them. ' +
            'Is everything still right? Click "Still right".',
        )}
      </p>
      {entries.length === 0 ? (
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Je hebt nog geen activiteiten op de sociale kaart.',
            'You have no activities on the social map yet.',
          )}
        </p>
      ) : null}
      <ul class="utrecht-unordered-list">
        {entries.map((e) => (
          <li key={e.id}>
            <a class="utrecht-link" href={`/mijn/activiteiten/${e.id}`}>
              {e.name}
            </a>
            {freshness(e) !== 'actueel' ? <strong> · {tr(lang, 'graag bevestigen', 'please confirm')}</strong> : null}
            <StillRightButton view={view} action={`/mijn/activiteiten/${e.id}/bevestigen`} name={e.name} inline />
          </li>
        ))}
      </ul>
    </>
  );
}

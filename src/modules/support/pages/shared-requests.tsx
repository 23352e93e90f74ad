// A resident's help requests as their client supporter sees them: the code, the state and what the resident wrote.
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { dayLabel } from '../words.js';

export type SharedRequest = { id: string; reference: string; state: string; text: string; createdAt: Date };

export function RequestsShared({ view, requests }: { view: View; requests: SharedRequest[] }) {
  const { lang } = view;
  if (requests.length === 0)
    return <p class="utrecht-paragraph">{tr(lang, 'Nog geen hulpvragen.', 'No help requests yet.')}</p>;
  return (
    <ul class="nabij-plain-list">
      {requests.map((r) => (
        <li class="nabij-card" key={r.id}>
          <p class="utrecht-paragraph">
            <strong>{r.reference}</strong> · {dayLabel(lang, r.createdAt)} ·{' '}
            {r.state === 'afgesloten' ? tr(lang, 'afgerond', 'completed') : tr(lang, 'loopt', 'open')}
          </p>
          <p class="utrecht-paragraph nabij-verhaal">{r.text}</p>
        </li>
      ))}
    </ul>
  );
}

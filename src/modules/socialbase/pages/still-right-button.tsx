// "Klopt dit nog?": its title, and the "Klopt nog" button that confirms one entry on the community worker's list
// and on the owner's list.
import { CsrfField } from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';

export const stillRightTitle = (lang: Lang) => tr(lang, 'Klopt dit nog?', 'Is this still right?');

export function StillRightButton({
  view,
  action,
  name,
  inline = false,
}: {
  view: View;
  action: string;
  /** The entry's name, so a screen reader hears which entry the button confirms. */
  name: string;
  inline?: boolean;
}) {
  const { lang } = view;
  return (
    <form method="post" action={action} class={inline ? 'nabij-inline-form' : undefined}>
      <CsrfField view={view} />
      {inline ? ' ' : null}
      <button
        type="submit"
        class="utrecht-button utrecht-button--secondary-action"
        aria-label={tr(lang, `Klopt nog: ${name}`, `Still right: ${name}`)}
      >
        {tr(lang, 'Klopt nog', 'Still right')}
      </button>
    </form>
  );
}

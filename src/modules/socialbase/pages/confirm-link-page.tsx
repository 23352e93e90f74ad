// The page behind the "Klopt dit nog?" link that an entry's contact gets by email: how the entry stands on the map,
// one button to confirm it, and whom to tell when something changed.
import type { Tenant } from '../../../kernel/tenancy/queries.js';
import { CsrfField, SubmitButton } from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { stillRightTitle } from './still-right-button.js';

const usedOrExpired = (lang: Lang) =>
  tr(lang, 'Deze link is al gebruikt of verlopen.', 'This link was already used or has expired.');

export function ConfirmLinkPage({
  view,
  token,
  usable,
  activity,
  tenant,
}: {
  view: View;
  token: string;
  usable: boolean;
  activity: { id: string; name: string; description: string };
  tenant: Tenant | undefined;
}) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{stillRightTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          `Zo staat "${activity.name}" op de sociale kaart:`,
          `This is how "${activity.name}" is on the social map:`,
        )}
      </p>
      <p class="utrecht-paragraph">{activity.description}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/sociale-kaart/${activity.id}`}>
          {tr(lang, 'Bekijk alles: dagen, tijden, plek en kosten', 'See everything: days, times, place and cost')}
        </a>
      </p>
      {usable ? (
        <form method="post" action={`/klopt-dit-nog/${encodeURIComponent(token)}`}>
          <CsrfField view={view} />
          <SubmitButton>{tr(lang, 'Ja, dit klopt nog', 'Yes, this is still right')}</SubmitButton>
        </form>
      ) : (
        <p class="utrecht-paragraph">{usedOrExpired(lang)}</p>
      )}
      <h2 class="utrecht-heading-2">{tr(lang, 'Is er iets veranderd?', 'Has something changed?')}</h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Mail of bel het wijkteam, dan passen we het aan',
          'Email or call the neighbourhood team and we will change it',
        )}
        {tenant?.teamEmail ? `: ${tenant.teamEmail}` : ''}
        {tenant?.teamPhone ? ` · ${tenant.teamPhone}` : ''}.
      </p>
    </>
  );
}

/** After the button: thanks, or why the link no longer works. */
export function ConfirmLinkAnswered({ lang, confirmed }: { lang: Lang; confirmed: boolean }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{confirmed ? tr(lang, 'Dank je wel!', 'Thank you!') : stillRightTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {confirmed
          ? tr(lang, 'We hebben genoteerd dat alles nog klopt.', 'We have noted that everything is still right.')
          : usedOrExpired(lang)}
      </p>
    </>
  );
}

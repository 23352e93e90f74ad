// The page after signing up as a volunteer: what happens next, and where to see the sign-up.
import type { Tenant } from '../../../kernel/tenancy/queries.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import { TeamContact } from '../../../kernel/ui/team-contact.js';

export function SignUpThanks({ lang, tenant, signedIn }: { lang: Lang; tenant: Tenant; signedIn: boolean }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{tr(lang, 'Dank je wel!', 'Thank you!')}</h1>
      <p class="utrecht-paragraph" role="status">
        {tr(
          lang,
          'Je bent aangemeld als vrijwilliger. Als iemand in de buurt jouw hulp kan gebruiken, ' +
            'vraagt het wijkteam eerst of jij wilt. Nee zeggen mag altijd.',
          'You have signed up as a volunteer. When someone nearby could use your help, ' +
            'the team first asks whether you want to. Saying no is always fine.',
        )}
      </p>
      <p class="utrecht-paragraph">
        {signedIn ? (
          <a class="utrecht-link" href="/mijn/vrijwilliger">
            {tr(lang, 'Naar je vrijwilligerspagina', 'To your volunteer page')}
          </a>
        ) : (
          <a class="utrecht-link" href="/inloggen">
            {tr(
              lang,
              'Log in met je e-mailadres om je aanmelding te zien',
              'Sign in with your email address to see your sign-up',
            )}
          </a>
        )}
      </p>
      <TeamContact lang={lang} tenant={tenant} />
    </>
  );
}

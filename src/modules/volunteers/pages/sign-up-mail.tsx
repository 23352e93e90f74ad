// The pages around the sign-up mail: "check your mail" (the same for every address), the confirm button behind the
// link, and what a link that no longer works says.
import { Form, SubmitButton } from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';

export const checkYourMailTitle = (lang: Lang) => tr(lang, 'Kijk in je e-mail', 'Check your email');

/** After the form: the one answer, whether or not the address is known. */
export function CheckYourMail({ lang }: { lang: Lang }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{checkYourMailTitle(lang)}</h1>
      <p class="utrecht-paragraph" role="status">
        {tr(
          lang,
          'We hebben je een e-mail gestuurd. Klik op de link in die e-mail om je aanmelding af te maken.',
          'We have sent you an email. Click the link in that email to finish signing up.',
        )}
      </p>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'De link werkt 48 uur. Zie je geen e-mail? Kijk ook bij ongewenste e-mail (spam).',
          'The link works for 48 hours. No email? Also check your spam folder.',
        )}
      </p>
    </>
  );
}

export const confirmTitle = (lang: Lang) => tr(lang, 'Aanmelding afmaken', 'Finish signing up');

/** Behind the link in the mail. Only the button confirms: mail scanners open links, they do not press buttons. */
export function ConfirmSignUp({ view, token }: { view: View; token: string }) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{confirmTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Klik op de knop. Dan ben je aangemeld als vrijwilliger en ben je meteen ingelogd.',
          'Click the button. Then you are signed up as a volunteer and signed in straight away.',
        )}
      </p>
      <Form view={view} action={`/helpen/aanmelden/bevestigen/${encodeURIComponent(token)}`} label={confirmTitle(lang)}>
        <SubmitButton>{confirmTitle(lang)}</SubmitButton>
      </Form>
    </>
  );
}

export const linkUnusableTitle = (lang: Lang) => tr(lang, 'Deze link werkt niet meer', 'This link no longer works');

/** A link that was used, has expired, or was replaced by a newer sign-up. */
export function LinkUnusable({ lang, signedIn }: { lang: Lang; signedIn: boolean }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{linkUnusableTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'De link in de e-mail werkt 48 uur en maar één keer. Heb je het formulier twee keer ingevuld? ' +
            'Dan werkt alleen de link in de nieuwste e-mail.',
          'The link in the email works for 48 hours and only once. Did you fill in the form twice? ' +
            'Then only the link in the newest email works.',
        )}
      </p>
      <ul class="utrecht-unordered-list">
        <li>
          {tr(lang, 'Heb je je aanmelding al afgemaakt? ', 'Already finished signing up? ')}
          {signedIn ? (
            <a class="utrecht-link" href="/mijn/vrijwilliger">
              {tr(lang, 'Naar je vrijwilligerspagina', 'To your volunteer page')}
            </a>
          ) : (
            <a class="utrecht-link" href="/inloggen">
              {tr(lang, 'Log in met je e-mailadres', 'Sign in with your email address')}
            </a>
          )}
        </li>
        <li>
          {tr(lang, 'Nog niet? ', 'Not yet? ')}
          <a class="utrecht-link" href="/helpen/aanmelden">
            {tr(lang, 'Meld je opnieuw aan', 'Sign up again')}
          </a>
        </li>
      </ul>
    </>
  );
}

export const accountExistsTitle = (lang: Lang) => tr(lang, 'Je hebt al een account', 'You already have an account');

/** The address got an account between the form and the click; only the address's owner can reach this page. */
export function AccountExists({ lang }: { lang: Lang }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{accountExistsTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Er is al een account met dit e-mailadres. Log in met je e-mailadres. Daarna kun je je aanmelden als ' +
            'vrijwilliger.',
          'There is already an account with this email address. Sign in with your email address. Then you can ' +
            'sign up as a volunteer.',
        )}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/inloggen">
          {tr(lang, 'Inloggen', 'Sign in')}
        </a>
      </p>
    </>
  );
}

// The client supporter's pages: whom they support, an invitation to accept, and what one resident shares with them.
import type { VNode } from 'preact';
import { roleInWords } from '../../../kernel/access/plain-words.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Invitation } from '../queries.js';
import { dayLabel, partLabel } from '../words.js';

export const supporterTitle = (lang: Lang) => tr(lang, 'Cliëntondersteuning', 'Client support');

export function SupporterStart({ view, name, supported }: { view: View; name: string; supported: Invitation[] }) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{tr(lang, `Hallo ${name}`, `Hello ${name}`)}</h1>
      <p class="utrecht-paragraph nabij-muted">
        {tr(lang, 'Je bent ingelogd als', 'You are signed in as')} {roleInWords(lang, 'clientondersteuner')}.
      </p>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Als onafhankelijke cliëntondersteuner zie je alleen wat een bewoner met jou deelt. Stopt de bewoner, of ' +
            'trekt hij of zij een toestemming in, dan zie je dat deel niet meer. De bewoner ziet in het eigen ' +
            'toegangslog wanneer je iets hebt bekeken.',
          'As an independent client supporter you only see what a resident shares with you. When the resident stops, ' +
            'or withdraws a consent, you no longer see that part. The resident sees in their own access log when ' +
            'you looked at something.',
        )}
      </p>
      <h2 class="utrecht-heading-2">{tr(lang, 'Bewoners die jou hebben gevraagd', 'Residents who asked you')}</h2>
      {supported.length === 0 ? (
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Nog niemand. Een bewoner nodigt je uit met een link; die krijg je per e-mail.',
            'Nobody yet. A resident invites you with a link, which you get by email.',
          )}
        </p>
      ) : (
        <ul class="nabij-plain-list">
          {supported.map((i) => (
            <li class="nabij-card" key={i.id}>
              <p class="utrecht-paragraph">
                <a class="utrecht-link" href={`/ondersteuner/bewoners/${i.residentUserId}`}>
                  {i.residentName}
                </a>{' '}
                · {tr(lang, 'sinds', 'since')} {dayLabel(lang, i.acceptedAt ?? i.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/account/toegangslog">
          {tr(lang, 'Wie heeft mijn gegevens bekeken?', 'Who looked at my data?')}
        </a>
      </p>
    </>
  );
}

export function InvitationPage({
  view,
  invitation,
  action,
  problem,
}: {
  view: View;
  invitation: Invitation;
  action: string;
  problem?: 'ander_account' | undefined;
}) {
  const { lang } = view;
  const firstName = invitation.residentName.split(' ')[0] ?? invitation.residentName;
  return (
    <>
      <h1 class="utrecht-heading-1">
        {tr(lang, 'Uitnodiging als cliëntondersteuner', 'Invitation as client supporter')}
      </h1>
      {problem ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">
            {tr(
              lang,
              `Het e-mailadres ${invitation.supporterEmail} hoort al bij een ander soort account. Vraag ${firstName} ` +
                'om je uit te nodigen met een ander e-mailadres.',
              `The address ${invitation.supporterEmail} already belongs to another kind of account. Ask ${firstName} ` +
                'to invite you with another address.',
            )}
          </p>
        </div>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          `${firstName} vraagt ${invitation.supporterName} (${invitation.supporterEmail}) om cliëntondersteuner te ` +
            'zijn, en wil dit met je delen:',
          `${firstName} asks ${invitation.supporterName} (${invitation.supporterEmail}) to be their client ` +
            'supporter, and wants to share this with you:',
        )}
      </p>
      <ul class="utrecht-unordered-list">
        {invitation.categories.map((c) => (
          <li key={c}>{partLabel(lang, c)}</li>
        ))}
      </ul>
      {invitation.acceptedAt ? (
        <p class="utrecht-paragraph">
          {tr(
            lang,
            `Deze uitnodiging is aangenomen op ${dayLabel(lang, invitation.acceptedAt)}. Log in om verder te gaan.`,
            `This invitation was accepted on ${dayLabel(lang, invitation.acceptedAt)}. Sign in to continue.`,
          )}{' '}
          <a class="utrecht-link" href="/inloggen/medewerker">
            {tr(lang, 'Inloggen', 'Sign in')}
          </a>
        </p>
      ) : (
        <>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Neem je de uitnodiging aan? Heb je nog geen account bij Nabij, dan maken we er een voor je en ' +
                'krijg je een e-mail om je wachtwoord te kiezen.',
              'Do you accept the invitation? If you have no account at Nabij yet, we make one and you get an email ' +
                'to choose your password.',
            )}
          </p>
          <form method="post" action={action} class="nabij-form">
            <input type="hidden" name="_csrf" value={view.csrfToken} />
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {tr(lang, 'Uitnodiging aannemen', 'Accept invitation')}
            </button>
          </form>
        </>
      )}
    </>
  );
}

export function AcceptedPage({ view, newAccount }: { view: View; newAccount: boolean }) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{tr(lang, 'Uitnodiging aangenomen', 'Invitation accepted')}</h1>
      <p class="utrecht-paragraph">
        {newAccount
          ? tr(
              lang,
              'Dank je wel. We hebben je een e-mail gestuurd om je wachtwoord te kiezen. Daarna log je in en zie je ' +
                'wat de bewoner met je deelt.',
              'Thank you. We sent you an email to choose your password. Then you sign in and see what the resident ' +
                'shares with you.',
            )
          : tr(
              lang,
              'Dank je wel. Log in om te zien wat de bewoner met je deelt.',
              'Thank you. Sign in to see what the resident shares with you.',
            )}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/inloggen/medewerker">
          {tr(lang, 'Inloggen', 'Sign in')}
        </a>
      </p>
    </>
  );
}

/** One resident as their supporter sees them: each shared part, and the parts not (or no longer) shared. */
export function ResidentPage({
  view,
  name,
  residentUserId,
  parts,
  notShared,
}: {
  view: View;
  name: string;
  residentUserId: string;
  parts: { category: string; body: VNode }[];
  notShared: string[];
}) {
  const { lang } = view;
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/ondersteuner">
          {tr(lang, 'Terug naar de bewoners', 'Back to the residents')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{name}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          `Dit deelt ${name} nu met je. ${name} ziet in het eigen toegangslog dat je dit hebt bekeken.`,
          `This is what ${name} shares with you now. ${name} sees in their own access log that you looked at it.`,
        )}
      </p>
      {parts.map((p) => (
        <section key={p.category} aria-labelledby={`deel-${p.category}`}>
          <h2 class="utrecht-heading-2" id={`deel-${p.category}`}>
            {partLabel(lang, p.category)}
          </h2>
          {p.body}
        </section>
      ))}
      {notShared.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Niet gedeeld', 'Not shared')}</h2>
          <ul class="utrecht-unordered-list">
            {notShared.map((c) => (
              <li key={c}>{partLabel(lang, c)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/ondersteuner/bewoners/${residentUserId}/klacht`}>
          {tr(lang, `Samen met ${name} een klacht of bezwaar indienen`, `File a complaint or objection with ${name}`)}
        </a>
      </p>
    </>
  );
}

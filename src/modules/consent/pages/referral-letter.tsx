// The referral letter: what the team sends the provider the resident chose, printed or passed on. Only with the
// resident's consent naming that provider (or a legal basis); otherwise the page says what is missing.
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';

export const letterTitle = (lang: Lang, provider: string) =>
  tr(lang, `Verwijsbrief voor ${provider}`, `Referral letter for ${provider}`);

type Lang = View['lang'];

export type Letter = {
  provider: string;
  service: string | null;
  reason: string;
  reference: string;
  askerName: string;
  text: string;
  contactEmail: string | null;
  contactPhone: string | null;
  basis: 'toestemming' | 'wettelijke_grondslag';
};

export function LetterPage({ view, caseId, letter }: { view: View; caseId: string; letter: Letter }) {
  const { lang } = view;
  return (
    <div class="nabij-print-document">
      <p class="utrecht-paragraph nabij-no-print">
        <a class="utrecht-link" href={`/team/casussen/${caseId}`}>
          {tr(lang, 'Terug naar de casus', 'Back to the case')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{letterTitle(lang, letter.provider)}</h1>
      <p class="utrecht-paragraph nabij-no-print">
        {letter.basis === 'toestemming'
          ? tr(
              lang,
              'De bewoner gaf toestemming om dit met deze aanbieder te delen. Dat je deze brief opende, staat in het ' +
                'toegangslog van de bewoner.',
              'The resident consented to sharing this with this provider. That you opened this letter is in the ' +
                'resident’s access log.',
            )
          : tr(
              lang,
              'Een regisseur legde vast dat de wet delen met deze aanbieder toestaat, met een reden die de bewoner ' +
                'leest. Dat je deze brief opende, staat in het toegangslog van de bewoner.',
              'A regisseur recorded that the law allows sharing with this provider, with a reason the resident ' +
                'reads. That you opened this letter is in the resident’s access log.',
            )}
      </p>
      <dl class="utrecht-data-list">
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Hulpvraag', 'Help request')}</dt>
          <dd class="utrecht-data-list__item-value">{letter.reference}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Naam', 'Name')}</dt>
          <dd class="utrecht-data-list__item-value">{letter.askerName}</dd>
        </div>
        {letter.contactPhone ? (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">{tr(lang, 'Telefoon', 'Phone')}</dt>
            <dd class="utrecht-data-list__item-value">{letter.contactPhone}</dd>
          </div>
        ) : null}
        {letter.contactEmail ? (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">{tr(lang, 'E-mail', 'Email')}</dt>
            <dd class="utrecht-data-list__item-value">{letter.contactEmail}</dd>
          </div>
        ) : null}
        {letter.service ? (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">{tr(lang, 'Voor', 'For')}</dt>
            <dd class="utrecht-data-list__item-value">{letter.service}</dd>
          </div>
        ) : null}
      </dl>
      <h2 class="utrecht-heading-2">{tr(lang, 'De vraag, in eigen woorden', 'The question, in their own words')}</h2>
      <p class="utrecht-paragraph nabij-verhaal">{letter.text}</p>
      <h2 class="utrecht-heading-2">{tr(lang, 'Waarom deze aanbieder', 'Why this provider')}</h2>
      <p class="utrecht-paragraph nabij-verhaal">{letter.reason}</p>
    </div>
  );
}

export function NoConsentPage({ view, caseId, provider }: { view: View; caseId: string; provider: string }) {
  const { lang } = view;
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/team/casussen/${caseId}`}>
          {tr(lang, 'Terug naar de casus', 'Back to the case')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{letterTitle(lang, provider)}</h1>
      <div class="utrecht-alert utrecht-alert--error" role="alert">
        <p class="utrecht-paragraph">
          {tr(
            lang,
            `Er is geen toestemming om de hulpvraag met ${provider} te delen. Leg eerst de toestemming van de ` +
              'bewoner vast voor deze organisatie, of (als regisseur) de wettelijke grondslag. De bewoner ziet deze ' +
              'poging in het eigen toegangslog.',
            `There is no consent to share the help request with ${provider}. First record the resident's consent ` +
              'for this organisation, or (as regisseur) the legal basis. The resident sees this attempt in their ' +
              'access log.',
          )}
        </p>
      </div>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/team/casussen/${caseId}/toestemming`}>
          {tr(lang, 'Toestemming vastleggen', 'Record consent')}
        </a>
      </p>
    </>
  );
}

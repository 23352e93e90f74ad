// "Vraag om je gegevens te wissen": each of the resident's help requests, with a button where it can be erased now
// and, where it cannot, why, in plain words.
import { Form, SubmitButton } from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { OwnRequestChoice } from '../commands/erase-own.js';
import { amountOf, type RetentionTerms } from '../terms.js';

export const eraseTitle = (lang: Lang) => tr(lang, 'Vraag om je gegevens te wissen', 'Ask to erase your data');

const dateOnly = (lang: Lang, at: Date) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(at);

function why(lang: Lang, choice: OwnRequestChoice, terms: RetentionTerms): string {
  const v = choice.verdict;
  switch (v.kind) {
    case 'loopt_nog':
      return tr(
        lang,
        'Je hulpvraag loopt nog. Als hij is afgesloten, kun je hem hier wissen. Wil je stoppen? Zeg het tegen het ' +
          'wijkteam.',
        'Your help request is still running. Once it is closed, you can erase it here. Want to stop? Tell the team.',
      );
    case 'casus_open':
      return tr(
        lang,
        'Het wijkteam werkt nog aan je hulpvraag. Zolang dat zo is, kunnen we je gegevens niet wissen.',
        'The team is still working on your request. As long as it is, we cannot erase your data.',
      );
    case 'bewaren':
    case 'mag_weg': {
      const years = amountOf('dossier', terms.dossier);
      const until = v.kind === 'bewaren' ? dateOnly(lang, v.until) : undefined;
      return tr(
        lang,
        `Je dossier moet het wijkteam volgens de Wmo ${years} jaar bewaren na het afsluiten. ` +
          `Tot dan kunnen we het niet wissen.${until ? ` Dat is tot ${until}. Daarna wist Nabij het vanzelf.` : ''}`,
        `The Wmo says the team must keep your file for ${years} years after closing. Until then we cannot erase ` +
          `it.${until ? ` That is until ${until}. After that Nabij erases it by itself.` : ''}`,
      );
    }
  }
}

export function ErasePage({
  view,
  choices,
  terms,
  erased,
}: {
  view: View;
  choices: OwnRequestChoice[];
  terms: RetentionTerms;
  erased?: string | undefined;
}) {
  const { lang } = view;
  const canBeErased = tr(lang, 'Deze hulpvraag kan gewist worden.', 'This help request can be erased.');
  return (
    <>
      <h1 class="utrecht-heading-1">{eraseTitle(lang)}</h1>
      {erased ? (
        <p class="utrecht-paragraph" role="status">
          {tr(lang, `Hulpvraag ${erased} is gewist.`, `Help request ${erased} has been erased.`)}
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Hier zie je je hulpvragen. Bij elke staat of je hem nu kunt wissen. Wissen kan niet ongedaan worden ' +
            'gemaakt. In de lijst van wie je gegevens bekeek, blijft staan dát er iets gewist is, niet wat.',
          'Here are your help requests. Each says whether you can erase it now. Erasing cannot be undone. The list ' +
            'of who viewed your data keeps a line that something was erased, not what.',
        )}
      </p>
      {choices.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Je hebt geen hulpvragen.', 'You have no help requests.')}</p>
      ) : null}
      {choices.map((choice) => {
        const { request } = choice;
        const heading = `${tr(lang, 'Hulpvraag', 'Help request')} ${request.reference}`;
        const headingId = `hulpvraag-${request.id}`;
        return (
          <section aria-labelledby={headingId} key={request.id}>
            <h2 class="utrecht-heading-2" id={headingId}>
              {heading}
            </h2>
            <p class="utrecht-paragraph">
              {tr(lang, 'Gestuurd op', 'Sent on')} {dateOnly(lang, request.createdAt)}.
            </p>
            {choice.erasable ? (
              <>
                <p class="utrecht-paragraph">
                  <strong>{canBeErased}</strong>{' '}
                  {tr(
                    lang,
                    'Het wijkteam hoeft hem niet te bewaren. Als je op de knop drukt, is hij meteen weg.',
                    'The team does not have to keep it. When you press the button, it is gone at once.',
                  )}
                </p>
                <Form view={view} action={`/mijn/hulpvragen/${request.id}/wissen`} label={heading}>
                  <SubmitButton>
                    {tr(lang, `Wis hulpvraag ${request.reference}`, `Erase ${request.reference}`)}
                  </SubmitButton>
                </Form>
              </>
            ) : (
              <p class="utrecht-paragraph">{why(lang, choice, terms)}</p>
            )}
          </section>
        );
      })}
    </>
  );
}

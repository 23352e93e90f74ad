// For the person a signal is about, by the link the team gave them: that a signal was made and when, what it was
// about in neutral words, what the team did, and who looked at it. Never who signalled, nor their words.
import { actionInWords, categoryInWords, purposeInWords, roleInWords } from '../../../kernel/access/plain-words.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import { StackedTable } from '../../../kernel/ui/stacked-table.js';
import type { View } from '../../../kernel/ui/view.js';
import { dayInWords, momentInWords } from './team-deadline.js';
import { forwardInWords, topicInWords } from './team-words.js';

export type AboutMeSignal = {
  topic: string;
  status: string;
  createdAt: Date;
  visitResult: string | null;
  visitedAt: Date | null;
  forwardedTo: string | null;
  closedAt: Date | null;
};

export type AboutMeLogRow = {
  at: Date;
  actorName: string | null;
  actorRole: string;
  category: string;
  action: string;
  outcome: string;
  purpose: string;
};

export const aboutMeTitle = (lang: Lang) => tr(lang, 'Een signaal over jou', 'A signal about you');

function whatTheTeamDid(lang: Lang, s: AboutMeSignal): string[] {
  const done: string[] = [];
  if (s.visitedAt)
    done.push(
      s.visitResult === 'geen_contact'
        ? tr(
            lang,
            `Iemand van het wijkteam kwam langs op ${dayInWords(s.visitedAt)}, maar trof je niet.`,
            `Someone of the team came by on ${dayInWords(s.visitedAt)}, but did not find you.`,
          )
        : tr(
            lang,
            `Iemand van het wijkteam sprak je op ${dayInWords(s.visitedAt)}.`,
            `Someone of the team spoke with you on ${dayInWords(s.visitedAt)}.`,
          ),
    );
  if (s.visitResult === 'wil_geen_hulp')
    done.push(
      tr(
        lang,
        'Je wilde geen hulp. Dat hebben we vastgelegd en respecteren we.',
        'You did not want help. We recorded that and respect it.',
      ),
    );
  if (s.forwardedTo)
    done.push(
      tr(
        lang,
        `Met je toestemming is er ${forwardInWords(lang, s.forwardedTo)} van gemaakt.`,
        `With your consent it became ${forwardInWords(lang, s.forwardedTo)}.`,
      ),
    );
  if (s.closedAt)
    done.push(
      tr(
        lang,
        `Het signaal is afgesloten op ${dayInWords(s.closedAt)}.`,
        `The signal was closed on ${dayInWords(s.closedAt)}.`,
      ),
    );
  return done;
}

export function AboutMePage({
  view,
  signal,
  log,
}: {
  view: View;
  signal: AboutMeSignal;
  log: readonly AboutMeLogRow[];
}) {
  const { lang } = view;
  const done = whatTheTeamDid(lang, signal);
  const headers = [
    tr(lang, 'Wanneer', 'When'),
    tr(lang, 'Wie', 'Who'),
    tr(lang, 'Wat', 'What'),
    tr(lang, 'Waarom', 'Why'),
  ];
  return (
    <>
      <h1 class="utrecht-heading-1">{aboutMeTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          `Op ${dayInWords(signal.createdAt)} heeft iemand het wijkteam verteld dat hij of zij zich zorgen maakte ` +
            `over jou. Het ging over: ${topicInWords(lang, signal.topic)}. Wie het signaal gaf, vertellen we niet.`,
          `On ${dayInWords(signal.createdAt)} someone told the neighbourhood team they were worried about you. ` +
            `It was about: ${topicInWords(lang, signal.topic)}. We do not tell who gave the signal.`,
        )}
      </p>
      <h2 class="utrecht-heading-2">{tr(lang, 'Wat het wijkteam deed', 'What the team did')}</h2>
      {done.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {done.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p class="utrecht-paragraph">{tr(lang, 'Nog niets.', 'Nothing yet.')}</p>
      )}
      <h2 class="utrecht-heading-2" id="toegangslog">
        {tr(lang, 'Wie keek naar het signaal?', 'Who looked at the signal?')}
      </h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Hier zie je wie van het wijkteam het signaal heeft bekeken of veranderd, wanneer en waarom. Ook als ' +
            'iemand het probeerde en geen toegang kreeg. Niemand kan deze lijst veranderen.',
          'Here you see who of the team viewed or changed the signal, when and why. Also when someone tried ' +
            'and was refused. Nobody can change this list.',
        )}
      </p>
      {log.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Hier staat (nog) niets.', 'Nothing here (yet).')}</p>
      ) : (
        <StackedTable caption={tr(lang, `${log.length} regels`, `${log.length} lines`)} headers={headers}>
          {log.map((line, index) => (
            <tr class="utrecht-table__row" key={index}>
              <td class="utrecht-table__cell" data-label={headers[0]}>
                {momentInWords(line.at)}
              </td>
              <td class="utrecht-table__cell" data-label={headers[1]}>
                {`${line.actorName ? `${line.actorName}, ` : ''}${roleInWords(lang, line.actorRole)}`}
              </td>
              <td class="utrecht-table__cell" data-label={headers[2]}>
                {line.outcome === 'geweigerd'
                  ? tr(
                      lang,
                      `probeerde ${categoryInWords(lang, line.category)} te bekijken, maar kreeg geen toegang`,
                      `tried to access ${categoryInWords(lang, line.category)}, but was refused`,
                    )
                  : `${actionInWords(lang, line.action)} ${categoryInWords(lang, line.category)}`}
              </td>
              <td class="utrecht-table__cell" data-label={headers[3]}>
                {purposeInWords(lang, line.purpose)}
              </td>
            </tr>
          ))}
        </StackedTable>
      )}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Klopt er iets niet, of wil je iets vragen? Neem contact op met het wijkteam.',
          'Something not right, or a question? Contact the neighbourhood team.',
        )}
      </p>
    </>
  );
}

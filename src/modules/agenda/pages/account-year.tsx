// The yearly report per wijk, for paper as much as for the screen: what residents asked (proposals of the year with
// their support and answers), what the team did (results and progress), and the monitor's figures per quarter.
// Every figure passes the monitor's one door (showFigure): a small number is never shown, only its words.
import { type Figure, figureGroups, figures, groupWords, hiddenWords, showFigure } from '../../monitor/index.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Option, ResultRow } from '../queries/account.js';
import type { ProposalAnswer, ProposalStatus } from '../schema.js';
import { resultStatusWords } from './account-words.js';

export type YearProposal = {
  id: string;
  title: string;
  status: ProposalStatus;
  answer: ProposalAnswer | null;
  neighbourhoodId: string;
  supports: number;
};

/** A stored figure value, as the monitor's storedValues gives it. */
export type YearValue = { figureKey: string; periodStart: string; wijk: string; n: number; value: number | null };

const answerWords: Record<ProposalAnswer, [string, string]> = {
  aangenomen: ['Aangenomen', 'Accepted'],
  niet_nu: ['Niet nu', 'Not now'],
  al_bezig: ['Al bezig', 'Already under way'],
};

const answerInWords = (lang: Lang, p: YearProposal) =>
  p.answer ? tr(lang, ...answerWords[p.answer]) : tr(lang, 'Nog geen antwoord', 'No answer yet');

export const quartersOf = (year: number): string[] => ['01', '04', '07', '10'].map((m) => `${year}-${m}-01`);

/** The text of one figure for one wijk in one quarter, after suppression. */
export function figureCell(lang: Lang, figure: Figure, rows: readonly YearValue[], wijk: string): string {
  if (rows.length === 0) return '–';
  const shown = showFigure(
    figure,
    rows.map((r) => ({ wijk: r.wijk, n: r.n, value: r.value })),
  ).find((s) => s.wijk === wijk);
  if (!shown) return '–';
  if (shown.n === null) return hiddenWords(shown.hidden);
  if (figure.kind === 'aantal') return String(shown.n);
  if (shown.value === null) return tr(lang, 'niet getoond', 'not shown');
  if (figure.kind === 'aandeel') return `${shown.value}%`;
  return `${shown.value}${figure.unit ? ` ${tr(lang, ...figure.unit)}` : ''}`;
}

function FiguresTable({
  lang,
  year,
  wijk,
  values,
  published,
}: {
  lang: Lang;
  year: number;
  wijk: Option;
  values: readonly YearValue[];
  published: boolean;
}) {
  if (!published)
    return (
      <p class="utrecht-paragraph">
        {tr(lang, 'De cijfers van dit jaar zijn nog niet openbaar.', 'This year’s figures are not public yet.')}
      </p>
    );
  const quarters = quartersOf(year);
  const headers = [tr(lang, 'Cijfer', 'Figure'), 'K1', 'K2', 'K3', 'K4'];
  return (
    <>
      {figureGroups.map((group) => {
        const inGroup = figures.filter((f) => f.group === group);
        return (
          <div class="utrecht-table-container nabij-print-item" key={group}>
            {/* one block per row on a phone (app.css), so nothing scrolls sideways */}
            <table class="utrecht-table utrecht-table--html-table nabij-stacked">
              <caption class="utrecht-table__caption">
                {tr(lang, ...groupWords[group])} ({wijk.name}, {year})
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  {headers.map((h) => (
                    <th class="utrecht-table__header-cell" scope="col" key={h}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {inGroup.map((figure) => (
                  <tr class="utrecht-table__row" key={figure.key}>
                    <th class="utrecht-table__header-cell" scope="row">
                      {tr(lang, ...figure.title)}
                    </th>
                    {quarters.map((q, i) => (
                      <td class="utrecht-table__cell" key={q} data-label={headers[i + 1]}>
                        {figureCell(
                          lang,
                          figure,
                          values.filter((v) => v.figureKey === figure.key && v.periodStart === q),
                          wijk.id,
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}

export function YearReportPage({
  view,
  year,
  neighbourhoods,
  proposals,
  results,
  values,
  published,
}: {
  view: View;
  year: number;
  neighbourhoods: readonly Option[];
  proposals: readonly YearProposal[];
  results: readonly ResultRow[];
  values: readonly YearValue[];
  published: boolean;
}) {
  const { lang } = view;
  const tenantName = view.tenant?.name ?? '';
  return (
    <div class="nabij-print-document">
      <p class="utrecht-paragraph nabij-no-print">
        <a class="utrecht-link" href="/verantwoording">
          {tr(lang, 'Terug naar wat het team doet', 'Back to what the team does')}
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href={`/verantwoording/jaarverslag/${year - 1}`}>
          {year - 1}
        </a>
      </p>
      <h1 class="utrecht-heading-1">
        {tr(lang, `Jaarverslag ${year}`, `Yearly report ${year}`)}
        {tenantName ? ` — ${tenantName}` : ''}
      </h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Per wijk: wat bewoners vroegen, wat het team deed en de cijfers van de monitor per kwartaal. ' +
            'Een aantal onder de 10 ' +
            'staat er als "minder dan 10"; een percentage over minder dan 10 mensen staat er niet.',
          'Per neighbourhood: what residents asked, what the team did and the monitor’s figures per quarter. ' +
            'A count under 10 ' +
            'shows as "minder dan 10"; a percentage over fewer than 10 people is not shown.',
        )}
      </p>
      <p class="utrecht-paragraph nabij-no-print">
        {tr(lang, 'Print deze pagina met de printknop van je browser.', 'Print this page with your browser.')}
      </p>
      {neighbourhoods.map((wijk) => {
        const asked = proposals.filter((p) => p.neighbourhoodId === wijk.id);
        const done = results.filter((r) => r.neighbourhoodId === wijk.id);
        return (
          <section class="nabij-print-section" key={wijk.id} aria-labelledby={`jaar-${wijk.id}`}>
            <h2 class="utrecht-heading-2" id={`jaar-${wijk.id}`}>
              {tr(lang, `Wijk ${wijk.name}`, `Neighbourhood ${wijk.name}`)}
            </h2>
            <h3 class="utrecht-heading-3">{tr(lang, 'Wat bewoners vroegen', 'What residents asked')}</h3>
            {asked.length === 0 ? (
              <p class="utrecht-paragraph">{tr(lang, 'Geen voorstellen dit jaar.', 'No proposals this year.')}</p>
            ) : (
              <div class="utrecht-table-container">
                <table class="utrecht-table utrecht-table--html-table">
                  <caption class="utrecht-table__caption">
                    {tr(lang, `Voorstellen ${year}`, `Proposals ${year}`)} ({wijk.name})
                  </caption>
                  <thead class="utrecht-table__header">
                    <tr class="utrecht-table__row">
                      <th class="utrecht-table__header-cell" scope="col">
                        {tr(lang, 'Voorstel', 'Proposal')}
                      </th>
                      <th class="utrecht-table__header-cell" scope="col">
                        {tr(lang, 'Steun', 'Support')}
                      </th>
                      <th class="utrecht-table__header-cell" scope="col">
                        {tr(lang, 'Antwoord', 'Answer')}
                      </th>
                    </tr>
                  </thead>
                  <tbody class="utrecht-table__body">
                    {asked.map((p) => (
                      <tr class="utrecht-table__row" key={p.id}>
                        <td class="utrecht-table__cell">{p.title}</td>
                        <td class="utrecht-table__cell">{p.supports}</td>
                        <td class="utrecht-table__cell">{answerInWords(lang, p)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <h3 class="utrecht-heading-3">{tr(lang, 'Wat het team deed', 'What the team did')}</h3>
            {done.length === 0 ? (
              <p class="utrecht-paragraph">{tr(lang, 'Geen resultaten.', 'No results.')}</p>
            ) : (
              <ul class="utrecht-unordered-list">
                {done.map((r) => (
                  <li key={r.id}>
                    {r.title}: {resultStatusWords(lang, r.status)}, {r.progress}%
                  </li>
                ))}
              </ul>
            )}
            <h3 class="utrecht-heading-3">{tr(lang, 'De cijfers', 'The figures')}</h3>
            <FiguresTable lang={lang} year={year} wijk={wijk} values={values} published={published} />
          </section>
        );
      })}
    </div>
  );
}

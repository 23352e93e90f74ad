// The consents on the team's case page: what the resident agreed to share and with whom, any legal basis recorded
// instead, and the links to record either.
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { ConsentView } from '../queries.js';
import { consentState, dataLabel, dateLabel, purposeLabel, recipientLabel } from '../words.js';

const stateWords = {
  actief: ['geldt', 'in force'],
  nog_niet: ['gaat nog in', 'not started yet'],
  ingetrokken: ['ingetrokken', 'withdrawn'],
  verlopen: ['afgelopen', 'ended'],
} as const;

export function CaseConsents({
  view,
  caseId,
  consents,
  today,
  mayOverride,
}: {
  view: View;
  caseId: string;
  consents: ConsentView[];
  today: string;
  mayOverride: boolean;
}) {
  const { lang } = view;
  return (
    <section aria-labelledby="toestemmingen-kop">
      <h2 class="utrecht-heading-2" id="toestemmingen-kop">
        {tr(lang, 'Toestemmingen', 'Consents')}
      </h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Het wijkteam werkt met deze gegevens op grond van de Wmo. Wie buiten het team iets wil zien, heeft ' +
            'toestemming van de bewoner nodig.',
          'The team works with this data on the basis of the Wmo. Anyone outside the team needs the resident’s ' +
            'consent to see it.',
        )}
      </p>
      {consents.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Nog geen toestemming vastgelegd.', 'No consent recorded yet.')}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {consents.map((c) => {
            const state = stateWords[consentState(c, today)];
            return (
              <li key={c.id}>
                {c.kind === 'wettelijke_grondslag' ? (
                  <strong>{tr(lang, 'Wettelijke grondslag: ', 'Legal basis: ')}</strong>
                ) : null}
                {recipientLabel(lang, c)} · {dataLabel(lang, c.category)} ·{' '}
                {purposeLabel(lang, c.purpose, c.purposeNote)} · {tr(lang, 'vanaf', 'from')} {dateLabel(c.startsOn)}
                {c.endsOn ? ` ${tr(lang, 't/m', 'until')} ${dateLabel(c.endsOn)}` : ''} ·{' '}
                <strong>{tr(lang, state[0], state[1])}</strong>
                {c.reason ? ` · ${tr(lang, 'reden', 'reason')}: ${c.reason}` : ''}
              </li>
            );
          })}
        </ul>
      )}
      <ul class="utrecht-link-list">
        <li class="utrecht-link-list__item">
          <a class="utrecht-link" href={`/team/casussen/${caseId}/toestemming`}>
            {tr(lang, 'Toestemming vastleggen', 'Record consent')}
          </a>
        </li>
        {mayOverride ? (
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href={`/team/casussen/${caseId}/grondslag`}>
              {tr(lang, 'Delen op grond van de wet vastleggen', 'Record sharing on a legal basis')}
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

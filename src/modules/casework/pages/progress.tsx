// Progress over time on the case page: per domain a small chart drawn on the server (SVG, no JavaScript) of the
// levels across the conversations, in a table that holds the same numbers for a screen reader. The domains the
// resident wants to talk about come first.
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import { type Assessment, type DomainProgress, type Instrument, LEVELS, progressOf } from '../instruments.js';

const dateOnly = (lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' });

const WIDTH = 160;
const HEIGHT = 56;
const PAD = 8;

/** The chart of one domain: a dot per conversation at its level, joined where consecutive ones were discussed. */
export function LevelChart({ levels }: { levels: readonly (number | null)[] }) {
  const step = levels.length > 1 ? (WIDTH - 2 * PAD) / (levels.length - 1) : 0;
  const x = (i: number) => (levels.length > 1 ? PAD + i * step : WIDTH / 2);
  const y = (level: number) => HEIGHT - PAD - ((level - 1) / (LEVELS.length - 1)) * (HEIGHT - 2 * PAD);
  const segments: string[] = [];
  levels.forEach((level, i) => {
    const before = levels[i - 1];
    if (i > 0 && level != null && before != null) segments.push(`M${x(i - 1)},${y(before)} L${x(i)},${y(level)}`);
  });
  // Hidden from assistive technology: the table row it sits in holds the same numbers.
  return (
    <svg
      class="nabij-verloop"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      aria-hidden="true"
      focusable="false"
    >
      {LEVELS.map((n) => (
        <line key={n} x1={PAD} x2={WIDTH - PAD} y1={y(n)} y2={y(n)} stroke="#d0d0d0" stroke-width="1" />
      ))}
      {segments.length > 0 ? <path d={segments.join(' ')} stroke="#1d4e5f" stroke-width="2" fill="none" /> : null}
      {levels.map((level, i) =>
        level == null ? null : <circle key={i} cx={x(i)} cy={y(level)} r="4" fill="#1d4e5f" />,
      )}
    </svg>
  );
}

function ProgressRow({ lang, row, dates }: { lang: Lang; row: DomainProgress; dates: string[] }) {
  return (
    <tr class="utrecht-table__row">
      <th class="utrecht-table__header-cell" scope="row">
        {row.domain.name}
        {row.wantsToTalk ? (
          <>
            <br />
            <strong>{tr(lang, 'Hier wil ik over praten', 'I want to talk about this')}</strong>
          </>
        ) : null}
      </th>
      {row.levels.map((level, i) => (
        <td class="utrecht-table__cell" data-label={dates[i]} key={i}>
          {level ?? tr(lang, 'niet besproken', 'not discussed')}
        </td>
      ))}
      <td class="utrecht-table__cell nabij-verloop-cel">
        <LevelChart levels={row.levels} />
      </td>
    </tr>
  );
}

export function ProgressSection({
  lang,
  caseId,
  instrument,
  assessments,
}: {
  lang: Lang;
  caseId: string;
  instrument: Instrument;
  assessments: Assessment[];
}) {
  const used = assessments.filter((a) => a.instrumentId === instrument.id);
  const rows = progressOf(instrument, used);
  const dates = used.map((a) => dateOnly(lang).format(a.heldAt));
  const last = used.at(-1);
  return (
    <section aria-labelledby="voortgang" id="gesprek">
      <h2 class="utrecht-heading-2" id="voortgang">
        {tr(lang, 'Gesprek over zelfredzaamheid', 'Conversation on self-reliance')}
      </h2>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/team/casussen/${caseId}/gesprek`}>
          {used.length === 0
            ? tr(lang, 'Gesprek invullen met de bewoner', 'Fill in the conversation with the resident')
            : tr(lang, 'Nieuw gesprek invullen met de bewoner', 'Fill in a new conversation with the resident')}
        </a>
      </p>
      {last ? (
        <>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              `${used.length === 1 ? '1 gesprek' : `${used.length} gesprekken`} met ${instrument.name}. ` +
                `Het laatste op ${dateOnly(lang).format(last.heldAt)}, ingevuld door ${last.filledByName}. ` +
                'Niveau 1 is acute problemen, 5 is helemaal zelfredzaam.',
              `${used.length === 1 ? '1 conversation' : `${used.length} conversations`} with ${instrument.name}. ` +
                `The latest on ${dateOnly(lang).format(last.heldAt)}, filled in by ${last.filledByName}. ` +
                'Level 1 is acute problems, 5 is fully self-reliant.',
            )}
          </p>
          <div class="utrecht-table-container">
            <table class="utrecht-table utrecht-table--html-table nabij-stacked">
              <caption class="utrecht-table__caption">
                {tr(lang, 'Niveau per onderwerp en per gesprek', 'Level per topic and per conversation')}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    {tr(lang, 'Onderwerp', 'Topic')}
                  </th>
                  {dates.map((d, i) => (
                    <th class="utrecht-table__header-cell" scope="col" key={i}>
                      {d}
                    </th>
                  ))}
                  <th class="utrecht-table__header-cell" scope="col">
                    {tr(lang, 'Verloop', 'Progress')}
                  </th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {rows.map((row) => (
                  <ProgressRow lang={lang} row={row} dates={dates} key={row.domain.key} />
                ))}
              </tbody>
            </table>
          </div>
          <LatestAnswers lang={lang} rows={rows} />
        </>
      ) : (
        <p class="utrecht-paragraph">{tr(lang, 'Er is nog geen gesprek ingevuld.', 'No conversation yet.')}</p>
      )}
    </section>
  );
}

/** Who does what, from the latest conversation, for the domains where something was written. */
function LatestAnswers({ lang, rows }: { lang: Lang; rows: DomainProgress[] }) {
  const written = rows.filter((r) => r.latest && (r.latest.self || r.latest.network || r.latest.professional));
  if (written.length === 0) return null;
  const item = (label: string, text: string | undefined) =>
    text ? (
      <li>
        {label}: {text}
      </li>
    ) : null;
  return (
    <>
      <h3 class="utrecht-heading-3">{tr(lang, 'Wie doet wat (laatste gesprek)', 'Who does what (latest)')}</h3>
      {written.map((r) => (
        <div key={r.domain.key}>
          <h4 class="utrecht-heading-4">{r.domain.name}</h4>
          <ul class="utrecht-unordered-list">
            {item(tr(lang, 'Zelf', 'Themselves'), r.latest?.self)}
            {item(tr(lang, 'Netwerk', 'Network'), r.latest?.network)}
            {item(tr(lang, 'Professional', 'Professional'), r.latest?.professional)}
          </ul>
        </div>
      ))}
    </>
  );
}

// The public account: results per wijk with progress, status, owner (first name and role) and the next milestone;
// one result's timeline from proposal to result, with "Volgen"; the pages of the links in the follow mails.
// No page shows an e-mail address, a resident or a full name.
import {
  CsrfField,
  ErrorSummary,
  type FormErrors,
  type FormValues,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Milestone, ProposalFacts, ResultRow, TimelineEntry } from '../queries/account.js';
import { dateInWords, ownerInWords, proposalEventWords, resultStatusWords } from './account-words.js';

export const accountTitle = (lang: Lang) => tr(lang, 'Wat het team doet', 'What the team does');

/** The bar with its number in text, so it reads without the bar. */
export function ProgressBar({ lang, progress, id }: { lang: Lang; progress: number; id: string }) {
  return (
    <p class="utrecht-paragraph">
      <label for={id}>{tr(lang, 'Voortgang', 'Progress')}: </label>
      <progress id={id} max={100} value={progress}>
        {progress}%
      </progress>{' '}
      <strong>{progress}%</strong>
    </p>
  );
}

function ResultCard({ lang, result }: { lang: Lang; result: ResultRow }) {
  return (
    <li class="nabij-card" key={result.id}>
      <h3 class="utrecht-heading-3">
        <a class="utrecht-link" href={`/verantwoording/${result.id}`}>
          {result.title}
        </a>
      </h3>
      <ProgressBar lang={lang} progress={result.progress} id={`voortgang-${result.id}`} />
      <dl class="utrecht-data-list">
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Status', 'Status')}</dt>
          <dd class="utrecht-data-list__item-value">{resultStatusWords(lang, result.status)}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Wie trekt het', 'Who leads it')}</dt>
          <dd class="utrecht-data-list__item-value">{ownerInWords(lang, result.ownerName, result.ownerRole)}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Volgende stap', 'Next step')}</dt>
          <dd class="utrecht-data-list__item-value">
            {result.nextMilestone
              ? result.nextMilestone.title +
                (result.nextMilestone.dueOn ? ` (${dateInWords(lang, result.nextMilestone.dueOn)})` : '')
              : tr(lang, 'Geen open mijlpaal', 'No open milestone')}
          </dd>
        </div>
      </dl>
    </li>
  );
}

export function AccountListPage({ view, results }: { view: View; results: readonly ResultRow[] }) {
  const { lang } = view;
  const wijken = [...new Map(results.map((r) => [r.neighbourhoodId, r.wijk])).entries()];
  return (
    <>
      <h1 class="utrecht-heading-1">{accountTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Bewoners zetten voorstellen op de wijkagenda. Wat het team heeft aangenomen, zie je hier: ' +
            'wie het trekt, hoe ver het is en wat de volgende stap is.',
          'Residents put proposals on the neighbourhood agenda. What the team took up is shown ' +
            'here: who leads it, how far it is and what comes next.',
        )}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/verantwoording/jaarverslag/${new Date().getUTCFullYear()}`}>
          {tr(lang, 'Het jaarverslag per wijk', 'The yearly report per neighbourhood')}
        </a>
      </p>
      {results.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Er zijn nog geen resultaten.', 'There are no results yet.')}</p>
      ) : null}
      {wijken.map(([id, name]) => (
        <section key={id} aria-labelledby={`wijk-${id}`}>
          <h2 class="utrecht-heading-2" id={`wijk-${id}`}>
            {tr(lang, `Wijk ${name}`, `Neighbourhood ${name}`)}
          </h2>
          <ul class="nabij-doors">
            {results
              .filter((r) => r.neighbourhoodId === id)
              .map((r) => (
                <ResultCard lang={lang} result={r} key={r.id} />
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function EntryText({ lang, entry }: { lang: Lang; entry: TimelineEntry }) {
  switch (entry.kind) {
    case 'voorstel':
      return (
        <>
          <strong>{proposalEventWords(lang, entry.step)}</strong>
          {entry.text ? <p class="utrecht-paragraph">{entry.text}</p> : null}
        </>
      );
    case 'update':
      return (
        <>
          <strong>{tr(lang, 'Nieuws', 'Update')}</strong>
          <p class="utrecht-paragraph">{entry.text}</p>
          {entry.progress !== null || entry.status !== null ? (
            <p class="utrecht-paragraph nabij-muted">
              {[
                entry.progress !== null ? `${tr(lang, 'Voortgang', 'Progress')}: ${entry.progress}%` : '',
                entry.status !== null
                  ? `${tr(lang, 'Status', 'Status')}: ${resultStatusWords(lang, entry.status)}`
                  : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          ) : null}
        </>
      );
    case 'mijlpaal':
      return (
        <>
          <strong>{tr(lang, 'Mijlpaal gehaald', 'Milestone reached')}</strong>
          <p class="utrecht-paragraph">{entry.title}</p>
        </>
      );
  }
}

export type FollowState = 'volgt' | 'kan_volgen' | 'email' | 'team';

export function ResultPage({
  view,
  result,
  proposal,
  milestones,
  timeline,
  followers,
  follow,
  values,
  errors,
  notice,
}: {
  view: View;
  result: ResultRow;
  proposal: ProposalFacts | undefined;
  milestones: readonly Milestone[];
  timeline: readonly TimelineEntry[];
  followers: number;
  follow: FollowState;
  values: FormValues;
  errors: FormErrors;
  notice: string | null;
}) {
  const { lang } = view;
  const labels = { email: tr(lang, 'Je e-mailadres', 'Your email address') };
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/verantwoording">
          {tr(lang, 'Terug naar alle resultaten', 'Back to all results')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{result.title}</h1>
      {notice ? (
        <p class="utrecht-paragraph" role="status">
          <strong>{notice}</strong>
        </p>
      ) : null}
      <p class="utrecht-paragraph">{tr(lang, `Wijk ${result.wijk}`, `Neighbourhood ${result.wijk}`)}</p>
      {result.description ? <p class="utrecht-paragraph">{result.description}</p> : null}
      <ProgressBar lang={lang} progress={result.progress} id="voortgang" />
      <dl class="utrecht-data-list">
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Status', 'Status')}</dt>
          <dd class="utrecht-data-list__item-value">{resultStatusWords(lang, result.status)}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Wie trekt het', 'Who leads it')}</dt>
          <dd class="utrecht-data-list__item-value">{ownerInWords(lang, result.ownerName, result.ownerRole)}</dd>
        </div>
        {result.startsOn || result.endsOn ? (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">{tr(lang, 'Wanneer', 'When')}</dt>
            <dd class="utrecht-data-list__item-value">
              {[result.startsOn, result.endsOn]
                .map((d) => (d ? dateInWords(lang, d) : '…'))
                .join(tr(lang, ' tot ', ' to '))}
            </dd>
          </div>
        ) : null}
        {proposal ? (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">{tr(lang, 'Voorstel', 'Proposal')}</dt>
            <dd class="utrecht-data-list__item-value">
              <a class="utrecht-link" href={`/wijkagenda/${proposal.id}`}>
                {proposal.title} ({proposal.reference})
              </a>
            </dd>
          </div>
        ) : null}
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Volgers', 'Followers')}</dt>
          <dd class="utrecht-data-list__item-value">{followers}</dd>
        </div>
      </dl>

      <h2 class="utrecht-heading-2">{tr(lang, 'Volgen', 'Follow')}</h2>
      {follow === 'volgt' ? (
        <form method="post" action={`/verantwoording/${result.id}/ontvolgen`} class="nabij-form">
          <CsrfField view={view} />
          <p class="utrecht-paragraph">
            {tr(lang, 'Je volgt dit. Je krijgt een mail bij nieuws.', 'You follow this. You get a mail with news.')}
          </p>
          <SubmitButton secondary>{tr(lang, 'Niet meer volgen', 'Stop following')}</SubmitButton>
        </form>
      ) : follow === 'kan_volgen' ? (
        <form method="post" action={`/verantwoording/${result.id}/volgen`} class="nabij-form">
          <CsrfField view={view} />
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Krijg een mail als er nieuws is. Die gaat naar het e-mailadres van je account.',
              'Get a mail when there is news. It goes to the email address of your account.',
            )}
          </p>
          <SubmitButton>{tr(lang, 'Volgen', 'Follow')}</SubmitButton>
        </form>
      ) : follow === 'email' ? (
        <form method="post" action={`/verantwoording/${result.id}/volgen`} class="nabij-form" noValidate>
          <CsrfField view={view} />
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Krijg een mail als er nieuws is. Je krijgt eerst een mail met een link om te ' +
                'bevestigen. In elke mail staat een link om te stoppen.',
              'Get a mail when there is news. First you get a mail with a link to ' +
                'confirm. Every mail has a link to stop.',
            )}
          </p>
          <TextField
            view={view}
            name="email"
            type="email"
            label={labels.email}
            autoComplete="email"
            values={values}
            errors={errors}
          />
          <SubmitButton>{tr(lang, 'Volgen', 'Follow')}</SubmitButton>
        </form>
      ) : (
        <p class="utrecht-paragraph">{tr(lang, 'Bewoners kunnen dit volgen.', 'Residents can follow this.')}</p>
      )}

      {milestones.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Mijlpalen', 'Milestones')}</h2>
          <ul class="utrecht-unordered-list">
            {milestones.map((m) => (
              <li key={m.id}>
                {m.title}
                {m.doneOn
                  ? ` — ${tr(lang, 'gehaald op', 'reached on')} ${dateInWords(lang, m.doneOn)}`
                  : m.dueOn
                    ? ` — ${tr(lang, 'gepland voor', 'planned for')} ${dateInWords(lang, m.dueOn)}`
                    : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 class="utrecht-heading-2">{tr(lang, 'Tijdlijn', 'Timeline')}</h2>
      {timeline.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Nog geen nieuws.', 'No news yet.')}</p>
      ) : (
        <ol class="utrecht-ordered-list">
          {timeline.map((entry, i) => (
            <li key={i}>
              <time dateTime={entry.at.toISOString()}>{dateInWords(lang, entry.at)}</time>:{' '}
              <EntryText lang={lang} entry={entry} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** The page of a link in a mail: one button that confirms or stops (a GET changes nothing: scanners open links). */
export function FollowLinkPage({
  view,
  purpose,
  title,
  done,
}: {
  view: View;
  purpose: 'bevestigen' | 'stoppen';
  title: string | null;
  done: boolean;
}) {
  const { lang } = view;
  const heading =
    purpose === 'bevestigen'
      ? tr(lang, 'Volgen bevestigen', 'Confirm following')
      : tr(lang, 'Stoppen met volgen', 'Stop following');
  if (title === null)
    return (
      <>
        <h1 class="utrecht-heading-1">{heading}</h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Deze link werkt niet (meer). Misschien heb je hem al gebruikt.',
            'This link does not work (any more). Perhaps you already used it.',
          )}
        </p>
      </>
    );
  return (
    <>
      <h1 class="utrecht-heading-1">{heading}</h1>
      {done ? (
        <p class="utrecht-paragraph" role="status">
          {purpose === 'bevestigen'
            ? tr(lang, `Je volgt nu: ${title}. Je krijgt een mail bij nieuws.`, `You now follow: ${title}.`)
            : tr(lang, `Je krijgt geen mail meer over: ${title}.`, `You get no more mail about: ${title}.`)}
        </p>
      ) : (
        <form method="post" action={view.path} class="nabij-form">
          <CsrfField view={view} />
          <p class="utrecht-paragraph">{title}</p>
          <SubmitButton>
            {purpose === 'bevestigen'
              ? tr(lang, 'Ja, ik wil dit volgen', 'Yes, follow this')
              : tr(lang, 'Stop met volgen', 'Stop following')}
          </SubmitButton>
        </form>
      )}
    </>
  );
}

// One proposal, public: what it asks, "een bewoner uit <wijk>" (never a name), the support count with the button, the
// steps it went through with the answer, and the result it became on the team's public account.
import { CsrfField } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { isOverdue } from '../commands/proposals.js';
import type { ProposalRow, TimelineEvent } from '../queries/proposals.js';
import {
  answerInWords,
  dayInWords,
  eventInWords,
  fromWhomInWords,
  overdueInWords,
  statusInWords,
  supportsInWords,
} from './proposal-words.js';

/** Whether the visitor may support: not signed in, a participant (and whether they already do), or another role. */
export type SupportState = 'inloggen' | 'steunt' | 'steunt_niet' | 'geen_deelnemer';

export function ProposalFacts({ view, p }: { view: View; p: ProposalRow }) {
  const { lang } = view;
  const rows: [string, string][] = [
    [tr(lang, 'Wat', 'What'), p.what],
    [tr(lang, 'Waar', 'Where'), p.whereText],
    [tr(lang, 'Waarom', 'Why'), p.why],
    [tr(lang, 'Wat de bewoner zelf wil doen', 'What the resident would do'), p.ownContribution],
  ];
  return (
    <dl class="utrecht-data-list">
      {rows
        .filter(([, value]) => value.trim() !== '')
        .map(([key, value]) => (
          <div class="utrecht-data-list__item" key={key}>
            <dt class="utrecht-data-list__item-key">{key}</dt>
            <dd class="utrecht-data-list__item-value">{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function Timeline({ view, events }: { view: View; events: readonly TimelineEvent[] }) {
  const { lang } = view;
  return (
    <ol class="utrecht-ordered-list">
      {events.map((e, i) => (
        <li key={i}>
          <strong>{eventInWords(lang, e.kind)}</strong> · {dayInWords(e.at)}
          {e.text ? <p class="utrecht-paragraph">{e.text}</p> : null}
        </li>
      ))}
    </ol>
  );
}

export function ProposalPage({
  view,
  p,
  events,
  support,
  resultId,
  message,
  now,
}: {
  view: View;
  p: ProposalRow;
  events: readonly TimelineEvent[];
  support: SupportState;
  resultId: string | null;
  message: string | null;
  now: Date;
}) {
  const { lang } = view;
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/wijkagenda">
          {tr(lang, 'Terug naar de wijkagenda', 'Back to the neighbourhood agenda')}
        </a>
      </p>
      {message ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{message}</p>
        </div>
      ) : null}
      <h1 class="utrecht-heading-1">{p.title}</h1>
      <p class="utrecht-paragraph nabij-muted">
        {fromWhomInWords(lang, p.origin, p.neighbourhoodName)} · {dayInWords(p.createdAt)} · {p.reference}
      </p>
      <ProposalFacts view={view} p={p} />
      <h2 class="utrecht-heading-2">{tr(lang, 'Steun', 'Support')}</h2>
      <p class="utrecht-paragraph">{supportsInWords(lang, p.supportCount)}.</p>
      {support === 'inloggen' ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/inloggen">
            {tr(lang, 'Log in om te steunen', 'Sign in to support')}
          </a>
          {tr(
            lang,
            '. Daarna kom je via de wijkagenda weer bij dit voorstel.',
            '. Afterwards, find this proposal again on the neighbourhood agenda.',
          )}
        </p>
      ) : support === 'steunt_niet' ? (
        <form method="post" action={`/wijkagenda/${p.id}/steun`} class="nabij-form">
          <CsrfField view={view} />
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {tr(lang, 'Ik steun dit voorstel', 'I support this proposal')}
          </button>
        </form>
      ) : support === 'steunt' ? (
        <form method="post" action={`/wijkagenda/${p.id}/steun-intrekken`} class="nabij-form">
          <p class="utrecht-paragraph">{tr(lang, 'Je steunt dit voorstel.', 'You support this proposal.')}</p>
          <CsrfField view={view} />
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {tr(lang, 'Steun intrekken', 'Withdraw support')}
          </button>
        </form>
      ) : null}
      <h2 class="utrecht-heading-2">{tr(lang, 'Antwoord van het wijkteam', 'The team’s answer')}</h2>
      {p.status === 'beantwoord' && p.answer ? (
        <>
          <p class="utrecht-paragraph">
            <strong>{answerInWords(lang, p.answer)}.</strong>
          </p>
          <p class="utrecht-paragraph">{p.answerText}</p>
        </>
      ) : isOverdue(p, now) ? (
        <p class="utrecht-paragraph">
          <strong>{overdueInWords(lang, p.answerDueAt)}</strong>
        </p>
      ) : (
        <p class="utrecht-paragraph">
          {statusInWords(lang, p.status)}.{' '}
          {tr(
            lang,
            `Het wijkteam antwoordt uiterlijk ${dayInWords(p.answerDueAt)}.`,
            `The team answers by ${dayInWords(p.answerDueAt)}.`,
          )}
        </p>
      )}
      {resultId ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/verantwoording/${resultId}`}>
            {tr(lang, 'Zie wat het wijkteam ermee doet', 'See what the team does with it')}
          </a>
        </p>
      ) : null}
      <h2 class="utrecht-heading-2">
        {tr(lang, 'Wat er met dit voorstel gebeurde', 'What happened to this proposal')}
      </h2>
      <Timeline view={view} events={events} />
    </>
  );
}

// The public neighbourhood agenda: per wijk, the proposals with their support, status and answer; overdue flagged;
// hidden proposals never here. Nobody is named.
import { type FormValues, SelectField } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Neighbourhood } from '../../../kernel/tenancy/queries.js';
import { isOverdue } from '../commands/proposals.js';
import type { ProposalRow } from '../queries/proposals.js';
import {
  answerInWords,
  fromWhomInWords,
  overdueInWords,
  proposalsInWords,
  statusInWords,
  supportsInWords,
} from './proposal-words.js';

export const agendaTitle = (view: View) => tr(view.lang, 'De wijkagenda', 'The neighbourhood agenda');

export function ProposalCard({ view, p, now, href }: { view: View; p: ProposalRow; now: Date; href: string }) {
  const { lang } = view;
  return (
    <li class="nabij-card">
      <h3 class="utrecht-heading-3">
        <a class="utrecht-link" href={href}>
          {p.title}
        </a>
      </h3>
      <p class="utrecht-paragraph nabij-muted">
        {fromWhomInWords(lang, p.origin, p.neighbourhoodName)} · {p.reference}
      </p>
      {isOverdue(p, now) ? (
        <p class="utrecht-paragraph">
          <strong>{overdueInWords(lang, p.answerDueAt)}</strong>
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        <span class="nabij-tags">{statusInWords(lang, p.status)}</span> · {supportsInWords(lang, p.supportCount)}
      </p>
      {p.status === 'beantwoord' && p.answer ? (
        <p class="utrecht-paragraph">
          <strong>{answerInWords(lang, p.answer)}.</strong> {p.answerText}
        </p>
      ) : null}
    </li>
  );
}

export function ProposalListPage({
  view,
  proposals,
  neighbourhoods,
  values,
  now,
}: {
  view: View;
  proposals: readonly ProposalRow[];
  neighbourhoods: readonly Neighbourhood[];
  values: FormValues;
  now: Date;
}) {
  const { lang } = view;
  const overdue = proposals.filter((p) => isOverdue(p, now)).length;
  return (
    <>
      <h1 class="utrecht-heading-1">{agendaTitle(view)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Wat wil jij in je wijk? Hier staan de voorstellen van bewoners. Steun een voorstel dat je ' +
            'belangrijk vindt. Het wijkteam geeft op elk voorstel een antwoord, binnen een vaste termijn.',
          'What do you want in your neighbourhood? Here are the residents’ proposals. Support the ones you find ' +
            'important. The team answers every proposal within a fixed term.',
        )}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/wijkagenda/voorstel">
          {tr(lang, 'Doe zelf een voorstel', 'Make a proposal yourself')}
        </a>
      </p>
      <form method="get" action="/wijkagenda" class="nabij-search" aria-label={tr(lang, 'Filter', 'Filter')}>
        <div class="nabij-filters">
          <SelectField
            view={view}
            name="wijk"
            label={tr(lang, 'Wijk', 'Neighbourhood')}
            options={[
              ['', tr(lang, 'Alle wijken', 'All neighbourhoods')],
              ...neighbourhoods.map((n) => [n.slug, n.name] as const),
            ]}
            values={values}
          />
          <SelectField
            view={view}
            name="volgorde"
            label={tr(lang, 'Volgorde', 'Order')}
            options={[
              ['steun', tr(lang, 'Meeste steun eerst', 'Most support first')],
              ['nieuw', tr(lang, 'Nieuwste eerst', 'Newest first')],
            ]}
            values={values}
          />
        </div>
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {tr(lang, 'Toon', 'Show')}
        </button>
      </form>
      <h2 class="utrecht-heading-2">
        {proposalsInWords(lang, proposals.length)}
        {overdue > 0
          ? tr(lang, `, ${overdue} nog zonder antwoord na de termijn`, `, ${overdue} without an answer after the term`)
          : ''}
      </h2>
      {proposals.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Er zijn nog geen voorstellen.', 'There are no proposals yet.')}</p>
      ) : (
        <ul class="nabij-plain-list">
          {proposals.map((p) => (
            <ProposalCard key={p.id} view={view} p={p} now={now} href={`/wijkagenda/${p.id}`} />
          ))}
        </ul>
      )}
    </>
  );
}

// The plan to print: the same plan without forms or buttons, in plain words, each part on its own page when printed
// (the print stylesheet in the kernel's app.css: no navigation, 12pt, a page break between the parts).
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { dutchDate } from '../../../kernel/time/dates.js';
import type { Instrument } from '../../casework/index.js';
import type { PlanData } from '../queries.js';
import { changedBy, domainName, dueLabel, lastChangeOf, whenLabel, whoLabel } from '../words.js';

export const printTitle = (lang: Lang) => tr(lang, 'Mijn plan (afdrukken)', 'My plan (print)');

export function PrintPage({
  view,
  base,
  plan,
  instrument,
  now,
}: {
  view: View;
  base: string;
  plan: PlanData | undefined;
  instrument: Instrument;
  now: Date;
}) {
  const { lang } = view;
  const by = (id: string) => {
    const last = plan ? lastChangeOf(plan.changes, id) : undefined;
    return last ? (
      <p class="utrecht-paragraph nabij-plan-stamp">
        {tr(lang, 'Geschreven door', 'Written by')} {changedBy(lang, last)}, {whenLabel(lang, last.at)}
      </p>
    ) : null;
  };
  return (
    <article class="nabij-print-document">
      <p class="utrecht-paragraph nabij-no-print">
        <a class="utrecht-link" href={base}>
          {tr(lang, 'Terug naar het plan', 'Back to the plan')}
        </a>
        {' · '}
        <a class="utrecht-link" href={`${base}/plan.pdf`} download>
          {tr(lang, 'Downloaden als PDF', 'Download as PDF')}
        </a>
      </p>
      <p class="utrecht-paragraph nabij-no-print">
        {tr(
          lang,
          'Druk deze pagina af met de printknop van je browser (of Ctrl+P). Knoppen en menu’s komen niet op papier.',
          'Print this page with your browser’s print button (or Ctrl+P). Buttons and menus stay off the paper.',
        )}
      </p>
      <h1 class="utrecht-heading-1">{tr(lang, 'Mijn plan', 'My plan')}</h1>
      <p class="utrecht-paragraph">
        {plan?.status === 'vastgesteld' && plan.setAt
          ? tr(lang, `Vastgesteld op ${whenLabel(lang, plan.setAt)}.`, `Set on ${whenLabel(lang, plan.setAt)}.`)
          : tr(lang, 'Nog niet vastgesteld.', 'Not set yet.')}{' '}
        {tr(lang, `Afgedrukt op ${whenLabel(lang, now)}.`, `Printed on ${whenLabel(lang, now)}.`)}
      </p>
      <section class="nabij-print-section" aria-labelledby="print-doelen">
        <h2 class="utrecht-heading-2" id="print-doelen">
          {tr(lang, 'Wat ik wil bereiken', 'What I want to achieve')}
        </h2>
        {plan && plan.goals.length > 0 ? (
          plan.goals.map((g) => (
            <div key={g.id} class="nabij-print-item">
              <h3 class="utrecht-heading-3">{domainName(lang, instrument, g.domainKey)}</h3>
              <p class="utrecht-paragraph">{g.goal}</p>
              {g.wentWell ? (
                <p class="utrecht-paragraph">
                  <strong>{tr(lang, 'Wat ging goed:', 'What went well:')}</strong> {g.wentWell}
                </p>
              ) : null}
              {by(g.id)}
            </div>
          ))
        ) : (
          <p class="utrecht-paragraph">{tr(lang, 'Nog geen doelen.', 'No goals yet.')}</p>
        )}
      </section>
      <section class="nabij-print-section" aria-labelledby="print-afspraken">
        <h2 class="utrecht-heading-2" id="print-afspraken">
          {tr(lang, 'Wie doet wat', 'Who does what')}
        </h2>
        {plan && plan.agreements.length > 0 ? (
          plan.agreements.map((a) => (
            <div key={a.id} class="nabij-print-item">
              <h3 class="utrecht-heading-3">{a.what}</h3>
              <p class="utrecht-paragraph">
                {whoLabel(lang, a.who, a.whoName)} · {dueLabel(lang, a.dueOn)} ·{' '}
                {a.doneAt ? tr(lang, 'gedaan', 'done') : tr(lang, 'nog niet gedaan', 'not done yet')}
              </p>
              {by(a.id)}
            </div>
          ))
        ) : (
          <p class="utrecht-paragraph">{tr(lang, 'Nog geen afspraken.', 'No agreements yet.')}</p>
        )}
      </section>
      {plan && plan.meetings.length > 0 ? (
        <section class="nabij-print-section" aria-labelledby="print-beraad">
          <h2 class="utrecht-heading-2" id="print-beraad">
            {tr(lang, 'Netwerkberaad', 'Network meeting')}
          </h2>
          {plan.meetings.map((m) => (
            <div key={m.id} class="nabij-print-item">
              <h3 class="utrecht-heading-3">
                {dutchDate(m.meetsOn)}, {m.place}
              </h3>
              <ul class="utrecht-unordered-list">
                {m.invitees.map((i) => (
                  <li key={i.id}>
                    {i.name}
                    {i.agreementId ? `: ${plan.agreements.find((a) => a.id === i.agreementId)?.what ?? ''}` : ''}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
    </article>
  );
}

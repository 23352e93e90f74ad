// Monitoring free choice: per period how many referrals went to the team's own organisations and how many to other
// providers, with the share in per cent, as a table and as bars with the same numbers in text. Counts only.
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { ShareCount } from '../queries/regie.js';

export type SharePeriod = { key: string; name: [string, string]; count: ShareCount };

export const shareTitle = (lang: Lang) =>
  tr(lang, 'Verwijzingen: eigen organisaties en andere aanbieders', 'Referrals: own organisations and others');

const percent = (part: number, total: number) => (total === 0 ? 0 : Math.round((part / total) * 100));

function ShareBar({ lang, count }: { lang: Lang; count: ShareCount }) {
  const total = count.own + count.other;
  const own = percent(count.own, total);
  return (
    <div class="nabij-staaf">
      <svg viewBox="0 0 100 8" width="100%" height="24" preserveAspectRatio="none" aria-hidden="true">
        <rect x="0" y="0" width={own} height="8" fill="currentColor" />
        <rect x={own} y="0" width={100 - own} height="8" fill="none" stroke="currentColor" stroke-width="0.4" />
      </svg>
      <p class="utrecht-paragraph nabij-muted">
        {total === 0
          ? tr(lang, 'Nog geen verwijzingen.', 'No referrals yet.')
          : tr(
              lang,
              `Gevuld: eigen organisaties (${own}%). Open: andere aanbieders (${100 - own}%).`,
              `Filled: own organisations (${own}%). Open: other providers (${100 - own}%).`,
            )}
      </p>
    </div>
  );
}

export function ReferralSharePage({ view, periods }: { view: View; periods: SharePeriod[] }) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{shareTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'De bewoner kiest zelf een aanbieder, ook buiten het wijkteam. Hier zie je hoe vaak de keuze viel op een ' +
            'organisatie van het wijkteam zelf en hoe vaak op een andere aanbieder. Het telt wat er hoorde bij het ' +
            'wijkteam op het moment van kiezen. Alleen aantallen, geen namen.',
          'The resident chooses a provider, also outside the team. Here you see how often the choice was one of the ' +
            'team’s own organisations and how often another provider. Counts only, no names.',
        )}
      </p>
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">{tr(lang, 'Verwijzingen per periode', 'Referrals per period')}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {tr(lang, 'Periode', 'Period')}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {tr(lang, 'Eigen organisaties', 'Own organisations')}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {tr(lang, 'Andere aanbieders', 'Other providers')}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {tr(lang, 'Totaal', 'Total')}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {tr(lang, 'Aandeel eigen organisaties', 'Share own organisations')}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {periods.map((p) => {
            const total = p.count.own + p.count.other;
            return (
              <tr class="utrecht-table__row" key={p.key} id={`periode-${p.key}`}>
                <th class="utrecht-table__header-cell" scope="row">
                  {tr(lang, p.name[0], p.name[1])}
                </th>
                <td class="utrecht-table__cell">{p.count.own}</td>
                <td class="utrecht-table__cell">{p.count.other}</td>
                <td class="utrecht-table__cell">{total}</td>
                <td class="utrecht-table__cell">{total === 0 ? '–' : `${percent(p.count.own, total)}%`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {periods.map((p) => (
        <section key={p.key} aria-label={tr(lang, p.name[0], p.name[1])}>
          <h2 class="utrecht-heading-2">{tr(lang, p.name[0], p.name[1])}</h2>
          <ShareBar lang={lang} count={p.count} />
        </section>
      ))}
    </>
  );
}

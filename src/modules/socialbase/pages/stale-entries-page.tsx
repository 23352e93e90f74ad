// The community worker's list of entries not confirmed for a while ("Klopt dit nog?"), with the reminders sent and
// a button to confirm each one.
import { CsrfField, SubmitButton } from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { freshnessOf } from '../freshness.js';
import type { StaleEntry } from '../queries/activities.js';
import { StillRightButton, stillRightTitle } from './still-right-button.js';

const monthsBetween = (from: Date, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - from.getTime()) / (30.44 * 86_400_000)));
const dateLabel = (lang: Lang, d: Date) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeZone: 'Europe/Amsterdam',
  }).format(d);

export function StaleEntriesPage({
  view,
  entries,
  settings,
  now,
  confirmed,
  sent,
}: {
  view: View;
  entries: StaleEntry[];
  settings: { staleMonths: number; hiddenMonths: number };
  now: Date;
  /** Just confirmed one: say thank you. */
  confirmed: boolean;
  /** Just sent reminders: how many. */
  sent: string | undefined;
}) {
  const { lang } = view;
  return (
    <>
      {confirmed ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{tr(lang, 'Bevestigd. Dank je wel!', 'Confirmed. Thank you!')}</p>
        </div>
      ) : null}
      {sent !== undefined ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{tr(lang, `${sent} e-mails verstuurd.`, `${sent} emails sent.`)}</p>
        </div>
      ) : null}
      <h1 class="utrecht-heading-1">{stillRightTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          `Deze activiteiten zijn meer dan ${settings.staleMonths} maanden niet bevestigd. ` +
            `Na ${settings.hiddenMonths} maanden stelt Nabij ze niet meer voor aan bewoners met een hulpvraag.`,
          `These activities have not been confirmed for more than ${settings.staleMonths} months. ` +
            `After ${settings.hiddenMonths} months Nabij no longer proposes them for help requests.`,
        )}
      </p>
      <form method="post" action="/opbouw/herinneringen">
        <CsrfField view={view} />
        <SubmitButton secondary>
          {tr(lang, 'Stuur nu de "Klopt dit nog?"-e-mails', 'Send the "Is this still right?" emails now')}
        </SubmitButton>
      </form>
      {entries.length === 0 ? (
        <p class="utrecht-paragraph">
          {tr(lang, 'Alles is recent bevestigd.', 'Everything has been confirmed recently.')}
        </p>
      ) : (
        <div class="utrecht-table-container utrecht-table-container--overflow-inline">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption">
              {tr(lang, `${entries.length} niet recent bevestigd`, `${entries.length} not recently confirmed`)}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Activiteit', 'Activity')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Laatst bevestigd', 'Last confirmed')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Herinnering', 'Reminder')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Actie', 'Action')}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {entries.map((entry) => {
                const hidden = freshnessOf(entry.lastConfirmedAt, settings, now) === 'verborgen';
                const months = monthsBetween(entry.lastConfirmedAt, now);
                return (
                  <tr class="utrecht-table__row" key={entry.id}>
                    <td class="utrecht-table__cell">
                      <a class="utrecht-link" href={`/sociale-kaart/${entry.id}`}>
                        {entry.name}
                      </a>
                      {entry.providerName ? <span class="nabij-muted"> · {entry.providerName}</span> : null}
                    </td>
                    <td class="utrecht-table__cell">
                      {dateLabel(lang, entry.lastConfirmedAt)} (
                      {tr(lang, `${months} maanden geleden`, `${months} months ago`)})
                      {hidden ? <strong> · {tr(lang, 'niet meer voorgesteld', 'no longer proposed')}</strong> : null}
                    </td>
                    <td class="utrecht-table__cell">
                      {entry.lastReminderAt
                        ? dateLabel(lang, new Date(entry.lastReminderAt))
                        : entry.contactEmail
                          ? tr(lang, 'nog niet gestuurd', 'not sent yet')
                          : tr(lang, 'geen e-mailadres bekend', 'no email address known')}
                    </td>
                    <td class="utrecht-table__cell">
                      <StillRightButton
                        view={view}
                        action={`/opbouw/actualiteit/${entry.id}/bevestigen`}
                        name={entry.name}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

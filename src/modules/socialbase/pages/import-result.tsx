// What an upload leads to: the errors per row, the preview to check before saving, and the confirmation that it
// was saved.
import { z } from 'zod';
import { convertedEncodingNotice, type RowError, type TextEncodingName } from '../../../kernel/tables/index.js';
import { CsrfField, SubmitButton } from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { ActivityInput } from '../activity-import.js';
import { kindLabel } from './activity-card.js';

/** Says so when the file was converted from another character set, so accents can be checked. */
function EncodingNotice({ lang, encoding }: { lang: Lang; encoding: TextEncodingName }) {
  const notice = convertedEncodingNotice[encoding];
  if (!notice) return null;
  return (
    <div class="utrecht-alert utrecht-alert--warning" role="status">
      <p class="utrecht-paragraph">{tr(lang, ...notice)}</p>
    </div>
  );
}

export function ImportErrors({
  lang,
  errors,
  total,
  encoding,
}: {
  lang: Lang;
  errors: RowError[];
  total: number;
  encoding: TextEncodingName;
}) {
  return (
    <>
      <div class="utrecht-alert utrecht-alert--error" role="alert">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">
            <h1 class="utrecht-heading-1">{tr(lang, 'Het bestand heeft fouten', 'The file has errors')}</h1>
            <p class="utrecht-paragraph">
              {total === 0
                ? tr(lang, 'Het bestand heeft geen rijen.', 'The file has no rows.')
                : tr(
                    lang,
                    `${errors.length} fouten in ${total} rijen. Er is niets opgeslagen. ` +
                      'Verbeter het bestand en probeer het opnieuw.',
                    `${errors.length} errors in ${total} rows. Nothing was saved. Fix the file and try again.`,
                  )}
            </p>
          </div>
        </div>
      </div>
      <EncodingNotice lang={lang} encoding={encoding} />
      {errors.length > 0 ? (
        <div class="utrecht-table-container utrecht-table-container--overflow-inline">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption">{tr(lang, 'Fouten per rij', 'Errors per row')}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Rij', 'Row')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Kolom', 'Column')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Wat is er mis', 'What is wrong')}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {errors.slice(0, 200).map((e, i) => (
                <tr class="utrecht-table__row" key={i}>
                  <td class="utrecht-table__cell">{e.row}</td>
                  <td class="utrecht-table__cell">{e.column}</td>
                  <td class="utrecht-table__cell">{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/opbouw/import">
          {tr(lang, 'Ander bestand kiezen', 'Choose another file')}
        </a>
      </p>
    </>
  );
}

export function ImportPreview({
  view,
  draftId,
  rows,
  counts,
  encoding,
}: {
  view: View;
  draftId: string;
  rows: ActivityInput[];
  counts: { create: number; update: number };
  encoding: TextEncodingName;
}) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{tr(lang, 'Controleer en sla op', 'Check and save')}</h1>
      <EncodingNotice lang={lang} encoding={encoding} />
      <p class="utrecht-paragraph">
        {tr(
          lang,
          `Het bestand is goed. ${counts.create} nieuw, ${counts.update} bijgewerkt. Er is nog niets opgeslagen.`,
          `The file is fine. ${counts.create} new, ${counts.update} updated. Nothing has been saved yet.`,
        )}
      </p>
      <ul class="utrecht-unordered-list">
        {rows.slice(0, 100).map((row) => (
          <li key={row.externalId}>
            {row.externalId}: {row.name} ({kindLabel(lang, row.kind)})
          </li>
        ))}
      </ul>
      <form method="post" action={`/opbouw/import/${draftId}`}>
        <CsrfField view={view} />
        <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/opbouw/import">
          {tr(lang, 'Niet opslaan, ander bestand kiezen', 'Do not save, choose another file')}
        </a>
      </p>
    </>
  );
}

/** The counts travel in the address of the saved page. */
export const importSavedQuery = z.object({
  nieuw: z.coerce.number().int().min(0).default(0),
  bijgewerkt: z.coerce.number().int().min(0).default(0),
});

export const importSavedTitle = (lang: Lang) => tr(lang, 'Opgeslagen', 'Saved');

export function ImportSaved({ lang, created, updated }: { lang: Lang; created: number; updated: number }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{importSavedTitle(lang)}</h1>
      <div class="utrecht-alert utrecht-alert--ok" role="status">
        <p class="utrecht-paragraph">
          {tr(
            lang,
            `Opgeslagen: ${created} nieuw, ${updated} bijgewerkt.`,
            `Saved: ${created} new, ${updated} updated.`,
          )}
        </p>
      </div>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/sociale-kaart">
          {tr(lang, 'Naar de sociale kaart', 'To the social map')}
        </a>
      </p>
    </>
  );
}

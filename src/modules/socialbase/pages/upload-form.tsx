// The form to update the social base from a spreadsheet (CSV or Excel), with the message beside the file field.
import { maxCellLength, maxTableRows, maxUploadBytes, type TableFileProblem } from '../../../kernel/tables/index.js';
import { CsrfField, ErrorSummary, fieldMessage, type FormErrors, SubmitButton } from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';

export const uploadTitle = (lang: Lang) =>
  tr(lang, 'Sociale kaart bijwerken met een bestand', 'Update the social map from a file');

/** Why the file was not taken: none chosen, or refused as a whole (too large, too many rows, not readable). */
export type UploadError = 'bestand_nodig' | TableFileProblem;

export function UploadForm({ view, error }: { view: View; error?: UploadError }) {
  const { lang } = view;
  const label = tr(lang, 'Bestand (CSV of Excel)', 'File (CSV or Excel)');
  const errors: FormErrors = error ? { bestand: error } : {};
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={{ bestand: label }} />
      <h1 class="utrecht-heading-1">{uploadTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Kies een CSV- of Excel-bestand met de kolommen id, naam, omschrijving, soort, behoeften, aanbieder, ' +
            'professioneel, adres, postcode, lat, lon, dagen, tijd, kosten, doelgroep, toegankelijk en talen. ' +
            'Je ziet eerst wat er verandert. Pas als je op Opslaan klikt, slaan we het op. ' +
            'Een rij met een id dat al bestaat, werkt die activiteit bij.',
          'Choose a CSV or Excel file with the columns id, naam, omschrijving, soort, behoeften, aanbieder, ' +
            'professioneel, adres, postcode, lat, lon, dagen, tijd, kosten, doelgroep, toegankelijk and talen. ' +
            'You first see what changes. Only when you click Save do we save it. ' +
            'A row with an id that already exists updates that activity.',
        )}
      </p>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Wil je dat bewoners de aanbieder zelf kunnen bereiken? Voeg dan de kolommen aanbieder_telefoon, ' +
            'aanbieder_email of aanbieder_website toe. Die staan op de pagina van de activiteit.',
          'Do you want residents to reach the provider themselves? Then add the columns aanbieder_telefoon, ' +
            'aanbieder_email or aanbieder_website. These show on the activity’s page.',
        )}
      </p>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          `Het bestand is hoogstens ${maxUploadBytes / 1024 / 1024} MB, met hoogstens ` +
            `${maxTableRows.toLocaleString('nl-NL')} regels en hoogstens ` +
            `${maxCellLength.toLocaleString('nl-NL')} tekens in een cel. Een CSV-bestand sla je het best op als ` +
            'CSV UTF-8.',
          `The file is at most ${maxUploadBytes / 1024 / 1024} MB, with at most ` +
            `${maxTableRows.toLocaleString('en-GB')} rows and at most ${maxCellLength.toLocaleString('en-GB')} ` +
            'characters in a cell. Save a CSV file as CSV UTF-8 if you can.',
        )}
      </p>
      <form method="post" action="/opbouw/import" encType="multipart/form-data" class="nabij-form">
        <CsrfField view={view} />
        <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="veld-bestand">
              {label}
            </label>
          </div>
          {error ? (
            <div class="utrecht-form-field-error-message utrecht-form-field__error-message" id="veld-bestand-fout">
              {fieldMessage(lang, error)}
            </div>
          ) : null}
          <div class="utrecht-form-field__input">
            <input
              id="veld-bestand"
              name="bestand"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={error ? 'veld-bestand-fout' : undefined}
            />
          </div>
        </div>
        <SubmitButton>{tr(lang, 'Bekijk wat er verandert', 'See what changes')}</SubmitButton>
      </form>
    </>
  );
}

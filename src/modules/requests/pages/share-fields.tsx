// The asker's choice of what a volunteer may see, as form fields with their schema; and what a volunteer sees, as a
// list.
import { z } from 'zod';
import { needLabel } from '../../../kernel/taxonomy/needs.js';
import { CheckboxField, type FormErrors, type FormValues, TextField } from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { defaultShareChoice, type ShareChoice, type SharedWithVolunteer } from '../sharing.js';

const ticked = (v: string | undefined) => v === 'ja';

/**
 * The form fields of the choice. `deelkeuze` tells a form that showed them from one that did not (then the
 * defaults).
 */
export const shareFormSchema = z.object({
  deelkeuze: z.literal('1').optional(),
  deel_voornaam: z.string().optional(),
  deel_buurt: z.string().optional(),
  deel_behoeften: z.string().optional(),
  bericht_helper: z.string().trim().max(300, 'tekst_te_lang').default(''),
});

export function shareChoiceFromForm(data: z.infer<typeof shareFormSchema>): ShareChoice {
  if (!data.deelkeuze) return { ...defaultShareChoice, bericht: data.bericht_helper };
  return {
    voornaam: ticked(data.deel_voornaam),
    buurt: ticked(data.deel_buurt),
    behoeften: ticked(data.deel_behoeften),
    bericht: data.bericht_helper,
  };
}

export function shareFormValues(choice: ShareChoice): FormValues {
  const yes = (b: boolean) => (b ? 'ja' : '');
  return {
    deelkeuze: '1',
    deel_voornaam: yes(choice.voornaam),
    deel_buurt: yes(choice.buurt),
    deel_behoeften: yes(choice.behoeften),
    bericht_helper: choice.bericht,
  };
}

/** Who the volunteer is told about: the first name when shared, otherwise "iemand". */
export const sharedName = (lang: 'nl' | 'en', shared: SharedWithVolunteer | undefined) =>
  shared?.voornaam ?? tr(lang, 'iemand', 'someone');

/** The three choices and the note. Nothing is ticked until the asker ticks it (opt-in). */
export function ShareFields({
  view,
  values,
  errors,
  forSomeoneElse,
}: {
  view: View;
  values: FormValues;
  errors?: FormErrors;
  forSomeoneElse?: boolean;
}) {
  const { lang } = view;
  const v = values.deelkeuze ? values : { ...shareFormValues(defaultShareChoice), ...values };
  return (
    <fieldset class="utrecht-form-fieldset" id="veld-deelkeuze">
      <legend class="utrecht-form-fieldset__legend">
        {tr(lang, 'Wat mag een vrijwilliger weten?', 'What may a volunteer know?')}
      </legend>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Als een vrijwilliger uit de buurt kan helpen, vertellen we hem of haar alleen wat jij hier aanvinkt. ' +
            'Je verhaal zelf lezen alleen mensen van het wijkteam.',
          'If a volunteer from the neighbourhood can help, we only tell them what you tick here. ' +
            'Only the team reads your story itself.',
        )}
      </p>
      <input type="hidden" name="deelkeuze" value="1" />
      <CheckboxField
        name="deel_voornaam"
        values={v}
        label={
          forSomeoneElse
            ? tr(lang, 'De voornaam van de persoon voor wie de hulp is', 'The first name of the person the help is for')
            : tr(lang, 'Mijn voornaam', 'My first name')
        }
      />
      <CheckboxField
        name="deel_buurt"
        values={v}
        label={tr(lang, 'De buurt (de cijfers van de postcode)', 'The area (the digits of the postcode)')}
      />
      <CheckboxField
        name="deel_behoeften"
        values={v}
        label={tr(
          lang,
          'Waar het om gaat, in een paar woorden (bijvoorbeeld: boodschappen)',
          'What it is about, in a few words (for example: groceries)',
        )}
      />
      <TextField
        view={view}
        name="bericht_helper"
        label={tr(
          lang,
          'Wil je zelf iets tegen de vrijwilliger zeggen? (mag leeg blijven)',
          'Anything you want to tell the volunteer yourself? (optional)',
        )}
        hint={tr(
          lang,
          'Bijvoorbeeld: "Ik hoor slecht, bel twee keer aan."',
          'For example: "I am hard of hearing, ring twice."',
        )}
        multiline
        values={v}
        errors={errors}
      />
    </fieldset>
  );
}

/** What a volunteer sees of the asker, as a list; the same on the volunteer's page and on the asker's own page. */
export function SharedList({ lang, shared }: { lang: 'nl' | 'en'; shared: SharedWithVolunteer }) {
  const item = (key: string, label: string, value: string) => (
    <div class="utrecht-data-list__item" key={key}>
      <dt class="utrecht-data-list__item-key">{label}</dt>
      <dd class="utrecht-data-list__item-value">{value}</dd>
    </div>
  );
  const nothing = !shared.voornaam && !shared.buurt && !shared.behoeften && !shared.bericht;
  if (nothing)
    return (
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Niets: alleen dat iemand in de buurt hulp zoekt.',
          'Nothing: only that someone nearby is looking for help.',
        )}
      </p>
    );
  return (
    <dl class="utrecht-data-list">
      {shared.voornaam ? item('voornaam', tr(lang, 'Wie', 'Who'), shared.voornaam) : null}
      {shared.buurt
        ? item(
            'buurt',
            tr(lang, 'Waar', 'Where'),
            tr(lang, `postcodegebied ${shared.buurt}`, `postcode area ${shared.buurt}`),
          )
        : null}
      {shared.behoeften
        ? item(
            'behoeften',
            tr(lang, 'Hulp bij', 'Help with'),
            shared.behoeften.map((k) => needLabel(k, lang)).join(', '),
          )
        : null}
      {shared.bericht ? item('bericht', tr(lang, 'Bericht', 'Message'), shared.bericht) : null}
    </dl>
  );
}

// "Ik zoek hulp": the resident's form, one question a page (the story, for whom, the details), with the schema of
// each step beside it and everything typed carried along.
import { z } from 'zod';
import { knownLanguages, languageName } from '../../../kernel/languages/index.js';
import { EmergencyNote } from '../../../kernel/ui/emergency.js';
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  RadioField,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { requestFields, WhenFields } from './request-fields.js';
import { ShareFields, shareFormSchema } from './share-fields.js';

export const askTitle = (lang: 'nl' | 'en') => tr(lang, 'Ik zoek hulp', 'I am looking for help');

export const storySchema = z.object({
  tekst: requestFields.tekst,
  voor_wie: z.enum(['mij', 'ander'], { message: 'voor_wie_kiezen' }),
  /** "Is er nu gevaar?": may be left open. */
  gevaar: z.enum(['ja', 'nee']).optional(),
  /** Set by the emergency page's "go on" button: the asker has seen the numbers, so the form goes on. */
  nood_gezien: z.literal('ja').optional(),
});
export const otherSchema = z.object({
  naam_ander: z.string().trim().min(1, 'naam_ander_nodig').max(100, 'naam_ander_te_lang'),
  relatie: z.string().trim().min(1, 'relatie_nodig').max(100, 'tekst_te_lang'),
  toestemming: z.enum(['ja', 'nog_vragen', 'nee'], { message: 'toestemming_kiezen' }),
});
/** The last page: place, time, language, contact details, and what a volunteer may know. */
export const detailsSchema = z
  .object({
    postcode: requestFields.postcode,
    dag: requestFields.dag,
    dagdeel: requestFields.dagdeel,
    taal: z.union([z.literal(''), z.string().regex(/^[a-z]{2,3}$/)]).default(''),
    naam: requestFields.naam,
    email: requestFields.email,
    telefoon: requestFields.telefoon,
  })
  .extend(shareFormSchema.shape);

/** Earlier answers travel along as hidden fields, so nothing is lost and no JavaScript or session is needed. */
export function Carried({ values, fields }: { values: FormValues; fields: readonly string[] }) {
  return (
    <>
      {fields.map((name) =>
        values[name] !== undefined ? <input type="hidden" name={name} value={values[name]} key={name} /> : null,
      )}
    </>
  );
}

export const storyFields = ['tekst', 'voor_wie', 'gevaar', 'nood_gezien'] as const;
const otherFields = ['naam_ander', 'relatie', 'toestemming'] as const;

export function StoryStep({ view, values, errors }: { view: View; values: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const labels = {
    tekst: tr(lang, 'Vertel in je eigen woorden wat er speelt', 'Tell us in your own words what is going on'),
    voor_wie: tr(lang, 'Voor wie is de hulp?', 'Who is the help for?'),
    gevaar: tr(lang, 'Is er nu gevaar?', 'Is there danger right now?'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Ik zoek hulp', 'I am looking for help')}</h1>
      <EmergencyNote lang={lang} />
      <Form view={view} action="/hulp/vraag" label={tr(lang, 'Je hulpvraag', 'Your help request')}>
        <Carried values={values} fields={['nood_gezien']} />
        <TextField
          view={view}
          name="tekst"
          label={labels.tekst}
          hint={tr(
            lang,
            'Schrijf het zoals je het zou zeggen. Bijvoorbeeld: ' +
              '"Sinds mijn man is overleden zie ik bijna niemand meer."',
            'Write it the way you would say it. For example: "Since my husband died I hardly see anyone."',
          )}
          multiline
          values={values}
          errors={errors}
          required
        />
        <RadioField
          view={view}
          name="voor_wie"
          legend={labels.voor_wie}
          values={values}
          errors={errors}
          options={[
            ['mij', tr(lang, 'Voor mijzelf', 'For myself')],
            [
              'ander',
              tr(
                lang,
                'Voor iemand anders, bijvoorbeeld mijn buurvrouw of mijn vader',
                'For someone else, for example my neighbour or my father',
              ),
            ],
          ]}
        />
        <RadioField
          view={view}
          name="gevaar"
          legend={labels.gevaar}
          hint={tr(
            lang,
            'Voor jou of voor iemand anders. Je mag dit overslaan.',
            'For you or for someone else. You may skip this.',
          )}
          values={values}
          errors={errors}
          options={[
            ['ja', tr(lang, 'Ja', 'Yes')],
            ['nee', tr(lang, 'Nee', 'No')],
          ]}
        />
        <SubmitButton>{tr(lang, 'Verder', 'Continue')}</SubmitButton>
      </Form>
    </>
  );
}

export function OtherStep({ view, values, errors }: { view: View; values: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const labels = {
    naam_ander: tr(lang, 'Voornaam van die persoon', 'First name of that person'),
    relatie: tr(lang, 'Wie is die persoon voor jou?', 'Who is that person to you?'),
    toestemming: tr(
      lang,
      'Weet die persoon dat je dit vraagt, en vindt die het goed?',
      'Does that person know you are asking, and agree?',
    ),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Voor wie vraag je hulp?', 'Who are you asking help for?')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Wij helpen alleen als de persoon het zelf ook wil. Het wijkteam vraagt het ook nog zelf na.',
          'We only help when the person wants it too. The team will also check with them.',
        )}
      </p>
      <Form view={view} action="/hulp/ander" label={tr(lang, 'Voor wie', 'For whom')}>
        <Carried values={values} fields={storyFields} />
        <TextField view={view} name="naam_ander" label={labels.naam_ander} values={values} errors={errors} required />
        <TextField
          view={view}
          name="relatie"
          label={labels.relatie}
          hint={tr(lang, 'Bijvoorbeeld: buurvrouw, dochter, vriend', 'For example: neighbour, daughter, friend')}
          values={values}
          errors={errors}
          required
        />
        <RadioField
          view={view}
          name="toestemming"
          legend={labels.toestemming}
          values={values}
          errors={errors}
          options={[
            ['ja', tr(lang, 'Ja, die persoon vindt het goed', 'Yes, that person agrees')],
            ['nog_vragen', tr(lang, 'Dat heb ik nog niet gevraagd', 'I have not asked yet')],
            ['nee', tr(lang, 'Nee, maar ik maak me zorgen', 'No, but I am worried')],
          ]}
        />
        <p class="utrecht-paragraph">
          {tr(lang, 'Wil je liever alleen een zorg doorgeven?', 'Would you rather only pass on a worry?')}{' '}
          <a class="utrecht-link" href="/signaal">
            {tr(lang, 'Geef een signaal.', 'Give a signal.')}
          </a>
        </p>
        <SubmitButton>{tr(lang, 'Verder', 'Continue')}</SubmitButton>
      </Form>
    </>
  );
}

export function DetailsStep({ view, values, errors }: { view: View; values: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const labels = {
    postcode: tr(lang, 'Postcode (mag leeg blijven)', 'Postcode (optional)'),
    dag: tr(lang, 'Welke dag komt het beste uit?', 'Which day suits best?'),
    dagdeel: tr(lang, 'Welk deel van de dag?', 'Which part of the day?'),
    taal: tr(lang, 'In welke taal praat je het liefst?', 'Which language do you prefer?'),
    naam: tr(lang, 'Je naam', 'Your name'),
    email: tr(lang, 'Je e-mailadres', 'Your email address'),
    telefoon: tr(lang, 'Je telefoonnummer', 'Your phone number'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Nog een paar vragen', 'A few more questions')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Zo kunnen we hulp vinden die dichtbij is en die past. Je mag vragen overslaan.',
          'This helps us find help that is close by and fits. You may skip questions.',
        )}
      </p>
      <Form view={view} action="/hulp/versturen" label={tr(lang, 'Gegevens', 'Details')}>
        <Carried values={values} fields={[...storyFields, ...otherFields]} />
        <TextField
          view={view}
          name="postcode"
          label={labels.postcode}
          autoComplete="postal-code"
          values={values}
          errors={errors}
        />
        <WhenFields view={view} values={values} errors={errors} labels={labels} />
        <SelectField
          view={view}
          name="taal"
          label={labels.taal}
          values={values}
          errors={errors}
          options={[
            ['', tr(lang, 'Nederlands is goed', 'Dutch is fine')],
            ...knownLanguages.filter((l) => l !== 'nl').map((l) => [l, languageName(lang, l)] as const),
          ]}
        />
        <h2 class="utrecht-heading-2">{tr(lang, 'Hoe kunnen we je bereiken?', 'How can we reach you?')}</h2>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Vul je e-mailadres of je telefoonnummer in. Eén is genoeg.',
            'Enter your email address or your phone number. One is enough.',
          )}
        </p>
        <TextField
          view={view}
          name="naam"
          label={labels.naam}
          autoComplete="name"
          values={values}
          errors={errors}
          required
        />
        <TextField
          view={view}
          name="email"
          type="email"
          label={labels.email}
          autoComplete="email"
          values={values}
          errors={errors}
        />
        <TextField
          view={view}
          name="telefoon"
          type="tel"
          label={labels.telefoon}
          autoComplete="tel"
          values={values}
          errors={errors}
        />
        <ShareFields view={view} values={values} errors={errors} forSomeoneElse={values.voor_wie === 'ander'} />
        <SubmitButton>{tr(lang, 'Hulpvraag versturen', 'Send help request')}</SubmitButton>
      </Form>
    </>
  );
}

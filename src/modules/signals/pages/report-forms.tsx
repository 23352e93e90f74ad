// Signalling: the calm choice between a worry about a person and something in the neighbourhood, the two forms (no
// account needed, no JavaScript needed), each with its schema beside it, and "Anderen meldden ook" on the second.
import { z } from 'zod';
import { normalisePostcode } from '../../../kernel/geo/index.js';
import { EmergencyNote } from '../../../kernel/ui/emergency.js';
import {
  CheckboxField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  optionalEmailInput,
  phoneInput,
  RadioField,
  SelectField,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { OthersReported } from '../queries/report.js';
import { neighbourhoodThemes, personConcerns, personKnowsAnswers, reporterRoles } from '../schema.js';
import {
  concernWords,
  inWords,
  roleCounted,
  roleWords,
  shortDate,
  themeInSentence,
  themeWords,
} from './report-words.js';

export const signalTitle = (lang: 'nl' | 'en') => tr(lang, 'Geef een signaal', 'Give a signal');
export const personTitle = (lang: 'nl' | 'en') => tr(lang, 'Ik maak me zorgen om iemand', 'I am worried about someone');
export const neighbourhoodTitle = (lang: 'nl' | 'en') =>
  tr(lang, 'Er speelt iets in de buurt', 'Something is going on in the neighbourhood');

const optionalText = (max: number) => z.string().trim().max(max, 'tekst_te_lang').default('');

/** Four digits, a whole postcode, or nothing: no house number is needed. */
const postcodeField = z
  .string()
  .trim()
  .max(10, 'signaal_postcode_ongeldig')
  .default('')
  .refine((v) => v === '' || /^[1-9][0-9]{3}$/.test(v) || normalisePostcode(v) !== undefined, {
    message: 'signaal_postcode_ongeldig',
  });

/** Who signals and how we can reach them: all of it may stay empty but the kind of reporter. */
const reporterShape = {
  wie_ben_je: z.enum(reporterRoles, { message: 'melder_rol_kiezen' }),
  organisatie: optionalText(100),
  naam: z.string().trim().max(100, 'naam_te_lang').default(''),
  email: optionalEmailInput().default(''),
  telefoon: phoneInput().default(''),
  mail_bij_wijziging: z.literal('ja').optional(),
  buurt: z.union([z.literal(''), z.uuid()]).default(''),
  straat: optionalText(100),
};

const partnerNamesOrganisation = <T extends { wie_ben_je: string; organisatie: string }>(v: T) =>
  v.wie_ben_je !== 'partner' || Boolean(v.organisatie);
// Checked also when another answer is missing, so every message shows at once (zod skips them then by default).
const always = { when: () => true };
const partnerCheck = { message: 'organisatie_nodig' as const, path: ['organisatie'], ...always };

export const personSchema = z
  .object({
    zorg: z.enum(personConcerns, { message: 'zorg_kiezen' }),
    wat_zie_je: z.string().trim().min(1, 'signaal_tekst_nodig').max(2000, 'tekst_te_lang'),
    sinds_wanneer: optionalText(200),
    postcode: postcodeField,
    herkennen: optionalText(500),
    weet_persoon: z.enum(personKnowsAnswers, { message: 'weet_persoon_kiezen' }),
    gevaar: z.enum(['ja', 'nee'], { message: 'gevaar_kiezen' }),
    ...reporterShape,
  })
  .refine(partnerNamesOrganisation, partnerCheck)
  .refine((v) => Boolean(v.straat) || Boolean(v.postcode), { message: 'waar_nodig', path: ['straat'], ...always });
export type PersonForm = z.infer<typeof personSchema>;

export const neighbourhoodSchema = z
  .object({
    thema: z.enum(neighbourhoodThemes, { message: 'thema_kiezen' }),
    wat_speelt: z.string().trim().min(1, 'signaal_tekst_nodig').max(2000, 'tekst_te_lang'),
    wat_helpt: optionalText(2000),
    ...reporterShape,
  })
  .refine(partnerNamesOrganisation, partnerCheck);
export type NeighbourhoodForm = z.infer<typeof neighbourhoodSchema>;

type Area = { id: string; name: string };

export function ChoicePage({ view }: { view: View }) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{signalTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Zie je iets waar je je zorgen over maakt? Vertel het aan het wijkteam. Je hebt geen account nodig. ' +
            'Het wijkteam kijkt ernaar en laat je weten dat het is opgepakt.',
          'Do you see something that worries you? Tell the neighbourhood team. You do not need an account. ' +
            'The team looks at it and lets you know it was picked up.',
        )}
      </p>
      <EmergencyNote lang={lang} />
      <h2 class="utrecht-heading-2">{tr(lang, 'Waar gaat het over?', 'What is it about?')}</h2>
      <ul class="nabij-doors">
        <li class="nabij-door">
          <a class="utrecht-link" href="/signaal/iemand">
            {personTitle(lang)}
          </a>
          <p class="utrecht-paragraph nabij-muted">
            {tr(
              lang,
              'Bijvoorbeeld: een buurman doet de gordijnen niet meer open, of een kind komt niet meer op school.',
              'For example: a neighbour no longer opens the curtains, or a child no longer comes to school.',
            )}
          </p>
        </li>
        <li class="nabij-door">
          <a class="utrecht-link" href="/signaal/buurt">
            {neighbourhoodTitle(lang)}
          </a>
          <p class="utrecht-paragraph nabij-muted">
            {tr(
              lang,
              'Bijvoorbeeld: ouderen in je straat zijn eenzaam, of jongeren hebben geen plek om naartoe te gaan.',
              'For example: older people in your street are lonely, or young people have nowhere to go.',
            )}
          </p>
        </li>
      </ul>
      <p class="utrecht-paragraph">
        {tr(lang, 'Heb je zelf hulp nodig?', 'Do you need help yourself?')}{' '}
        <a class="utrecht-link" href="/hulp/vraag">
          {tr(lang, 'Stel een hulpvraag', 'Ask for help')}
        </a>
        .
      </p>
    </>
  );
}

const areaOptions = (lang: 'nl' | 'en', areas: readonly Area[]) =>
  [['', tr(lang, 'Weet ik niet', 'I do not know')] as const, ...areas.map((a) => [a.id, a.name] as const)] as const;

/** Who you are and how we can reach you: the same on both forms. */
function ReporterFields({
  view,
  values,
  errors,
  labels,
}: {
  view: View;
  values: FormValues;
  errors: FormErrors | undefined;
  labels: Record<string, string>;
}) {
  const { lang } = view;
  return (
    <>
      <h2 class="utrecht-heading-2">{tr(lang, 'Over jou', 'About you')}</h2>
      <RadioField
        view={view}
        name="wie_ben_je"
        legend={labels.wie_ben_je!}
        values={values}
        errors={errors}
        options={reporterRoles.map((r) => [r, inWords(lang, roleWords[r])] as const)}
      />
      <TextField
        view={view}
        name="organisatie"
        label={labels.organisatie!}
        hint={tr(lang, 'Alleen als je partner bent.', 'Only if you are a partner.')}
        autoComplete="organization"
        values={values}
        errors={errors}
      />
      <h2 class="utrecht-heading-2">{tr(lang, 'Hoe kunnen we je bereiken?', 'How can we reach you?')}</h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Dit mag je allemaal leeg laten. Met je telefoonnummer of e-mailadres kan het wijkteam je iets vragen. ' +
            'We vertellen de persoon nooit wie het signaal gaf.',
          'You may leave all of this empty. With your phone number or email address the team can ask you ' +
            'something. We never tell the person who gave the signal.',
        )}
      </p>
      <TextField view={view} name="naam" label={labels.naam!} autoComplete="name" values={values} errors={errors} />
      <TextField
        view={view}
        name="email"
        type="email"
        label={labels.email!}
        autoComplete="email"
        values={values}
        errors={errors}
      />
      <CheckboxField
        name="mail_bij_wijziging"
        label={tr(
          lang,
          'Stuur me een mail als er iets verandert (alleen met een e-mailadres)',
          'Email me when something changes (only with an email address)',
        )}
        values={values}
      />
      <TextField
        view={view}
        name="telefoon"
        type="tel"
        label={labels.telefoon!}
        autoComplete="tel"
        values={values}
        errors={errors}
      />
    </>
  );
}

const reporterLabels = (lang: 'nl' | 'en') => ({
  wie_ben_je: tr(lang, 'Wie ben je?', 'Who are you?'),
  organisatie: tr(lang, 'Je organisatie', 'Your organisation'),
  naam: tr(lang, 'Je naam', 'Your name'),
  email: tr(lang, 'Je e-mailadres', 'Your email address'),
  telefoon: tr(lang, 'Je telefoonnummer', 'Your phone number'),
});

export const personLabels = (lang: 'nl' | 'en') => ({
  zorg: tr(lang, 'Waar maak je je zorgen over?', 'What are you worried about?'),
  wat_zie_je: tr(lang, 'Wat zie of hoor je?', 'What do you see or hear?'),
  sinds_wanneer: tr(lang, 'Sinds wanneer zie je dit? (mag leeg blijven)', 'Since when? (optional)'),
  straat: tr(lang, 'Straat', 'Street'),
  postcode: tr(lang, 'Of de postcode', 'Or the postcode'),
  buurt: tr(lang, 'In welke buurt?', 'In which neighbourhood?'),
  herkennen: tr(
    lang,
    'Hoe herkennen we de persoon of het huis? (mag leeg blijven)',
    'How do we recognise the person or the house? (optional)',
  ),
  weet_persoon: tr(lang, 'Weet de persoon dat je dit meldt?', 'Does the person know you report this?'),
  gevaar: tr(lang, 'Is er nu gevaar?', 'Is there danger right now?'),
  ...reporterLabels(lang),
});

export function PersonFormPage({
  view,
  values,
  errors,
  areas,
}: {
  view: View;
  values: FormValues;
  errors?: FormErrors | undefined;
  areas: readonly Area[];
}) {
  const { lang } = view;
  const labels = personLabels(lang);
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/signaal">
          {tr(lang, 'Terug', 'Back')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{personTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'We vragen zo weinig mogelijk over de persoon. Die heeft hier niet zelf om gevraagd, en het wijkteam ' +
            'heeft alleen nodig wat helpt om langs te gaan.',
          'We ask as little as possible about the person. They did not ask for this, and the team only needs ' +
            'what helps to go and visit.',
        )}
      </p>
      <EmergencyNote lang={lang} />
      <Form view={view} action="/signaal/iemand" label={personTitle(lang)}>
        <RadioField
          view={view}
          name="zorg"
          legend={labels.zorg}
          values={values}
          errors={errors}
          options={personConcerns.map((c) => [c, inWords(lang, concernWords[c])] as const)}
        />
        <TextField
          view={view}
          name="wat_zie_je"
          label={labels.wat_zie_je}
          hint={tr(
            lang,
            'Schrijf op wat je ziet, niet wat je denkt. Bijvoorbeeld: "De post stapelt zich op."',
            'Write what you see, not what you think. For example: "The post is piling up."',
          )}
          multiline
          values={values}
          errors={errors}
          required
        />
        <TextField view={view} name="sinds_wanneer" label={labels.sinds_wanneer} values={values} errors={errors} />
        <h2 class="utrecht-heading-2">{tr(lang, 'Waar is het?', 'Where is it?')}</h2>
        <p class="utrecht-paragraph" id="waar-uitleg">
          {tr(
            lang,
            'Vul de straat of de postcode in. Een huisnummer is niet nodig.',
            'Fill in the street or the postcode. A house number is not needed.',
          )}
        </p>
        <TextField view={view} name="straat" label={labels.straat} values={values} errors={errors} />
        <TextField
          view={view}
          name="postcode"
          label={labels.postcode}
          hint={tr(lang, 'De 4 cijfers zijn genoeg, zoals 3532.', 'The 4 digits are enough, like 3532.')}
          values={values}
          errors={errors}
        />
        <SelectField
          view={view}
          name="buurt"
          label={labels.buurt}
          values={values}
          errors={errors}
          options={areaOptions(lang, areas)}
        />
        <TextField
          view={view}
          name="herkennen"
          label={labels.herkennen}
          hint={tr(
            lang,
            'Bijvoorbeeld: "Het huis met de blauwe deur naast de bakker." Een naam is niet nodig.',
            'For example: "The house with the blue door next to the bakery." A name is not needed.',
          )}
          values={values}
          errors={errors}
        />
        <RadioField
          view={view}
          name="weet_persoon"
          legend={labels.weet_persoon}
          values={values}
          errors={errors}
          options={[
            ['ja', tr(lang, 'Ja', 'Yes')],
            ['nee', tr(lang, 'Nee', 'No')],
            ['weet_niet', tr(lang, 'Weet ik niet', 'I do not know')],
          ]}
        />
        <RadioField
          view={view}
          name="gevaar"
          legend={labels.gevaar}
          hint={tr(
            lang,
            'Is de persoon of iemand anders nu in gevaar? Bel dan ook 112.',
            'Is the person or someone else in danger now? Then also call 112.',
          )}
          values={values}
          errors={errors}
          options={[
            ['ja', tr(lang, 'Ja', 'Yes')],
            ['nee', tr(lang, 'Nee', 'No')],
          ]}
        />
        <ReporterFields view={view} values={values} errors={errors} labels={labels} />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {tr(lang, 'Signaal versturen', 'Send signal')}
        </button>
      </Form>
    </>
  );
}

export const neighbourhoodLabels = (lang: 'nl' | 'en') => ({
  thema: tr(lang, 'Waar gaat het over?', 'What is it about?'),
  buurt: tr(lang, 'In welke buurt?', 'In which neighbourhood?'),
  straat: tr(lang, 'Straat of plek (mag leeg blijven)', 'Street or place (optional)'),
  wat_speelt: tr(lang, 'Wat speelt er?', 'What is going on?'),
  wat_helpt: tr(lang, 'Wat zou volgens jou helpen? (mag leeg blijven)', 'What do you think would help? (optional)'),
  ...reporterLabels(lang),
});

/** "3 buurtbewoners en 1 vrijwilliger meldden sinds 12 november ook iets over jongeren in Lombok." */
export function othersSentence(
  lang: 'nl' | 'en',
  others: OthersReported,
  theme: keyof typeof themeInSentence,
  areaName: string,
): string {
  const parts = others.byRole.map(
    ({ role, count }) => `${count} ${inWords(lang, roleCounted[role][count === 1 ? 0 : 1])}`,
  );
  const who = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${tr(lang, 'en', 'and')} ${parts.at(-1)}` : parts[0];
  const since = others.since ? shortDate(lang, others.since) : '';
  const about = inWords(lang, themeInSentence[theme]);
  return others.total === 1
    ? tr(
        lang,
        `${who} meldde sinds ${since} ook iets over ${about} in ${areaName}.`,
        `${who} also reported something about ${about} in ${areaName} since ${since}.`,
      )
    : tr(
        lang,
        `${who} meldden sinds ${since} ook iets over ${about} in ${areaName}.`,
        `${who} also reported something about ${about} in ${areaName} since ${since}.`,
      );
}

export type OthersShown = { others: OthersReported; theme: keyof typeof themeInSentence; areaName: string };

function OthersReportedToo({ view, shown, asked }: { view: View; shown: OthersShown | undefined; asked: boolean }) {
  const { lang } = view;
  const about = shown ? `${inWords(lang, themeInSentence[shown.theme])} in ${shown.areaName}` : '';
  if (!shown)
    return asked ? (
      <p class="utrecht-paragraph" id="anderen-meldden-ook" role="status">
        {tr(
          lang,
          'Kies eerst waar het over gaat en in welke buurt. Dan zie je of anderen dit ook meldden.',
          'First choose what it is about and in which neighbourhood. Then you see whether others reported it too.',
        )}
      </p>
    ) : null;
  return (
    <div class="utrecht-alert utrecht-alert--info" id="anderen-meldden-ook" role="status">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <h2 class="utrecht-heading-3">{tr(lang, 'Anderen meldden ook', 'Others reported too')}</h2>
          <p class="utrecht-paragraph">
            {shown.others.total === 0
              ? tr(
                  lang,
                  `Er is nog niets anders gemeld over ${about}.`,
                  `Nothing else has been reported yet about ${about}.`,
                )
              : othersSentence(lang, shown.others, shown.theme, shown.areaName)}{' '}
            {tr(
              lang,
              'Je melding telt mee: stuur hem ook. Zo ziet het wijkteam hoeveel mensen dit zien.',
              'Your report counts: send it too. That way the team sees how many people see this.',
            )}
          </p>
        </div>
      </div>
    </div>
  );
}

export function NeighbourhoodFormPage({
  view,
  values,
  errors,
  areas,
  others,
  asked = false,
}: {
  view: View;
  values: FormValues;
  errors?: FormErrors | undefined;
  areas: readonly Area[];
  others?: OthersShown | undefined;
  /** The reporter pressed "Kijk of anderen dit ook meldden". */
  asked?: boolean;
}) {
  const { lang } = view;
  const labels = neighbourhoodLabels(lang);
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/signaal">
          {tr(lang, 'Terug', 'Back')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{neighbourhoodTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Vertel wat je ziet in de buurt. Het wijkteam en de opbouwwerker kijken wat er speelt, en wat samen met ' +
            'bewoners kan helpen. Schrijf geen namen van mensen op.',
          'Tell us what you see in the neighbourhood. The team and the community worker look at what is going ' +
            'on, and what could help together with residents. Do not write down names of people.',
        )}
      </p>
      <EmergencyNote lang={lang} />
      <Form view={view} action="/signaal/buurt" label={neighbourhoodTitle(lang)}>
        <RadioField
          view={view}
          name="thema"
          legend={labels.thema}
          values={values}
          errors={errors}
          options={neighbourhoodThemes.map((t) => [t, inWords(lang, themeWords[t])] as const)}
        />
        <SelectField
          view={view}
          name="buurt"
          label={labels.buurt}
          values={values}
          errors={errors}
          options={areaOptions(lang, areas)}
        />
        <p class="utrecht-paragraph">
          <button
            type="submit"
            name="actie"
            value="kijken"
            class="utrecht-button utrecht-button--secondary-action"
            formNoValidate
          >
            {tr(lang, 'Kijk of anderen dit ook meldden', 'See whether others reported this too')}
          </button>
        </p>
        <OthersReportedToo view={view} shown={others} asked={asked} />
        <TextField view={view} name="straat" label={labels.straat} values={values} errors={errors} />
        <TextField
          view={view}
          name="wat_speelt"
          label={labels.wat_speelt}
          hint={tr(
            lang,
            'Bijvoorbeeld: "Oudere bewoners in onze flat komen de deur bijna niet meer uit."',
            'For example: "Older residents in our block hardly leave their homes."',
          )}
          multiline
          values={values}
          errors={errors}
          required
        />
        <TextField view={view} name="wat_helpt" label={labels.wat_helpt} multiline values={values} errors={errors} />
        <ReporterFields view={view} values={values} errors={errors} labels={labels} />
        <button type="submit" name="actie" value="versturen" class="utrecht-button utrecht-button--primary-action">
          {tr(lang, 'Signaal versturen', 'Send signal')}
        </button>
      </Form>
    </>
  );
}

// The conversation page: the instrument's domains, each with its level (1–5 or not discussed, every level in the
// team's own words), what the person does, what their network does, what a professional does, and "hier wil ik over
// praten". Filled in together with the resident; saved as one assessment.
import { z } from 'zod';
import {
  CheckboxField,
  ErrorSummary,
  FieldError,
  Form,
  type FormErrors,
  type FormValues,
  RadioField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { type AssessmentAnswer, type Instrument, LEVELS } from '../instruments.js';

const NOT_DISCUSSED = 'nb';
const shortText = () => z.string().trim().max(1000, 'tekst_te_lang').default('');

export const fieldNames = (key: string) => ({
  level: `niveau_${key}`,
  self: `zelf_${key}`,
  network: `netwerk_${key}`,
  professional: `professional_${key}`,
  talk: `praten_${key}`,
});

/** The form's schema for one instrument; the answers it gives are only the domains that were filled in. */
export function assessmentSchema(instrument: Instrument) {
  const shape: Record<string, z.ZodType> = {};
  for (const d of instrument.domains) {
    const f = fieldNames(d.key);
    shape[f.level] = z
      .enum(['', NOT_DISCUSSED, ...LEVELS.map(String)], { message: 'niveau_ongeldig' })
      .default(NOT_DISCUSSED);
    shape[f.self] = shortText();
    shape[f.network] = shortText();
    shape[f.professional] = shortText();
    shape[f.talk] = z.literal('ja', { message: 'waarde_ongeldig' }).optional();
  }
  const first = instrument.domains[0]!;
  return z
    .object(shape)
    .transform((v): AssessmentAnswer[] =>
      instrument.domains
        .map((d) => {
          const f = fieldNames(d.key);
          const level = String(v[f.level] ?? '');
          return {
            domainKey: d.key,
            level: level === '' || level === NOT_DISCUSSED ? null : Number(level),
            self: String(v[f.self] ?? ''),
            network: String(v[f.network] ?? ''),
            professional: String(v[f.professional] ?? ''),
            wantsToTalk: v[f.talk] === 'ja',
          };
        })
        .filter((a) => a.level !== null || a.self || a.network || a.professional || a.wantsToTalk),
    )
    .refine((answers) => answers.length > 0, { message: 'gesprek_leeg', path: [fieldNames(first.key).level] });
}

export const assessmentTitle = (lang: Lang, reference: string) =>
  tr(lang, `Gesprek over zelfredzaamheid · casus ${reference}`, `Conversation on self-reliance · case ${reference}`);

export function AssessmentPage({
  view,
  caseId,
  reference,
  instrument,
  values,
  errors,
}: {
  view: View;
  caseId: string;
  reference: string;
  instrument: Instrument;
  values?: FormValues | undefined;
  errors?: FormErrors | undefined;
}) {
  const { lang } = view;
  const labels: Record<string, string> = {};
  for (const d of instrument.domains) {
    const f = fieldNames(d.key);
    labels[f.level] = `${d.name}, ${tr(lang, 'niveau', 'level')}`;
    labels[f.self] = `${d.name}, ${tr(lang, 'wat doe je zelf', 'what you do yourself')}`;
    labels[f.network] = `${d.name}, ${tr(lang, 'wat doen mensen om je heen', 'what people around you do')}`;
    labels[f.professional] = `${d.name}, ${tr(lang, 'wat doet een professional', 'what a professional does')}`;
    labels[f.talk] = `${d.name}, ${tr(lang, 'hier wil ik over praten', 'I want to talk about this')}`;
  }
  const shown: FormValues = values ?? {};
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/team/casussen/${caseId}`}>
          {tr(lang, 'Terug naar de casus', 'Back to the case')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{assessmentTitle(lang, reference)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          `Vul dit samen met de bewoner in. Instrument: ${instrument.name}. ` +
            'Kies per onderwerp hoe het nu gaat, van 1 (acute problemen) tot 5 (helemaal zelfredzaam). ' +
            'Sla over wat niet besproken is. Schrijf kort op wat de ' +
            'bewoner zelf doet, wat mensen om de bewoner heen doen en wat een professional doet.',
          `Fill this in together with the resident. Instrument: ${instrument.name}. For each topic, choose how it ` +
            'goes now, from 1 (acute problems) to 5 (fully self-reliant). Skip what was not discussed. Write down ' +
            'briefly what the resident does, what people around them do and what a professional does.',
        )}
      </p>
      <Form view={view} action={`/team/casussen/${caseId}/gesprek`} label={assessmentTitle(lang, reference)}>
        {instrument.domains.map((d) => {
          const f = fieldNames(d.key);
          return (
            <section class="nabij-domein" aria-labelledby={`domein-${d.key}`} key={d.key}>
              <h2 class="utrecht-heading-2" id={`domein-${d.key}`}>
                {d.name}
              </h2>
              <RadioField
                view={view}
                name={f.level}
                legend={tr(lang, `${d.name}: hoe gaat het nu?`, `${d.name}: how is it going now?`)}
                values={{ ...shown, [f.level]: shown[f.level] || NOT_DISCUSSED }}
                errors={errors}
                options={[
                  ...LEVELS.map((n) => [String(n), `${n} · ${instrument.levels[n - 1]}: ${d.levels[n - 1]}`] as const),
                  [NOT_DISCUSSED, tr(lang, 'Niet besproken', 'Not discussed')] as const,
                ]}
              />
              <TextField
                view={view}
                name={f.self}
                label={tr(lang, 'Wat doe je zelf?', 'What do you do yourself?')}
                values={values}
                errors={errors}
              />
              <TextField
                view={view}
                name={f.network}
                label={tr(
                  lang,
                  'Wat doen mensen om je heen (familie, buren, vrienden)?',
                  'What do people around you do?',
                )}
                values={values}
                errors={errors}
              />
              <TextField
                view={view}
                name={f.professional}
                label={tr(lang, 'Wat doet een professional?', 'What does a professional do?')}
                values={values}
                errors={errors}
              />
              <FieldError view={view} name={f.talk} errors={errors} />
              <CheckboxField
                name={f.talk}
                label={tr(lang, 'Hier wil ik over praten', 'I want to talk about this')}
                values={values}
              />
            </section>
          );
        })}
        <SubmitButton>{tr(lang, 'Gesprek opslaan', 'Save the conversation')}</SubmitButton>
      </Form>
    </>
  );
}

// The satisfaction questions a resident answers by the link in their mail: the nine CEO Wmo statements, each on the
// 5-point scale or "weet ik niet", and the calm pages for a link that was used, expired or is unknown (helper C1).
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  RadioField,
  SubmitButton,
} from '../../../kernel/ui/forms.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { satisfactionQuestions, satisfactionScale } from '../satisfaction.js';

export const DONT_KNOW = 'weet_niet';

export const surveyTitle = (lang: 'nl' | 'en') => tr(lang, 'Hoe ging het?', 'How did it go?');
export const thanksTitle = (lang: 'nl' | 'en') => tr(lang, 'Dank je wel', 'Thank you');
export const answeredTitle = (lang: 'nl' | 'en') => tr(lang, 'Al beantwoord', 'Already answered');
export const closedTitle = (lang: 'nl' | 'en') => tr(lang, 'Deze link werkt niet meer', 'This link no longer works');

const groupWords = {
  toegang: ['Hoe je bij ons kwam', 'How you reached us'],
  kwaliteit: ['De hulp', 'The help'],
  effect: ['Wat de hulp deed', 'What the help did'],
} as const;

export function SurveyPage({
  view,
  action,
  values,
  errors,
}: {
  view: View;
  action: string;
  values: FormValues;
  errors?: FormErrors;
}) {
  const { lang } = view;
  const options = [
    ...satisfactionScale.map(([score, words]) => [String(score), tr(lang, ...words)] as const),
    [DONT_KNOW, tr(lang, 'Weet ik niet', 'I don’t know')] as const,
  ];
  const labels = Object.fromEntries(satisfactionQuestions.map((q) => [q.key, tr(lang, ...q.text)]));
  const groups = (['toegang', 'kwaliteit', 'effect'] as const).map((group) => ({
    group,
    questions: satisfactionQuestions.filter((q) => q.group === group),
  }));
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{surveyTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Je had kort geleden contact met het wijkteam. We willen graag weten hoe het ging. Lees elke zin en kies ' +
            'wat het beste past. Weet je het niet, kies dan "Weet ik niet".',
          'You recently had contact with the neighbourhood team. We would like to know how it went. Read each ' +
            'sentence and choose what fits best. If you do not know, choose "I don’t know".',
        )}
      </p>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Je antwoorden zijn anoniem. We bewaren niet wie ze gaf, alleen de wijk en de maand.',
          'Your answers are anonymous. We do not keep who gave them, only the neighbourhood and the month.',
        )}
      </p>
      <Form view={view} action={action} label={surveyTitle(lang)}>
        {groups.map(({ group, questions }) => (
          <section key={group} aria-labelledby={`groep-${group}`}>
            <h2 class="utrecht-heading-2" id={`groep-${group}`}>
              {tr(lang, groupWords[group][0], groupWords[group][1])}
            </h2>
            {questions.map((q) => (
              <RadioField
                key={q.key}
                view={view}
                name={q.key}
                legend={tr(lang, ...q.text)}
                options={options}
                values={values}
                errors={errors}
              />
            ))}
          </section>
        ))}
        <SubmitButton>{tr(lang, 'Versturen', 'Send')}</SubmitButton>
      </Form>
    </>
  );
}

export function SurveyMessagePage({ view, title, text }: { view: View; title: string; text: string }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{text}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/">
          {tr(view.lang, 'Naar de startpagina', 'To the home page')}
        </a>
      </p>
    </>
  );
}

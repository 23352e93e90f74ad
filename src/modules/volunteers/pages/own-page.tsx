// The volunteer's own page (/mijn/vrijwilliger): what they help with, the parts other modules add, VOG status,
// "even niet", the gender answer, and hours with the allowance.
import type { VNode } from 'preact';
import { needLabel } from '../../../kernel/taxonomy/needs.js';
import { ErrorSummary, Form, type FormErrors, type FormValues, SubmitButton } from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { isVogExpiringSoon, isVogValid, vogValidUntil } from '../availability.js';
import type { AllowanceLimits } from '../allowance.js';
import type { OwnVolunteer, RecordedHours } from '../queries.js';
import type { VogStatus } from '../schema.js';
import { dutchDate } from '../../../kernel/time/index.js';
import { AwaySection, awayLabels } from './away-form.js';
import { GenderField } from './gender-field.js';
import { allowanceWarning, HoursSection, hoursLabels } from './hours-form.js';

export const ownPageTitle = (lang: Lang) => tr(lang, 'Mijn vrijwilligerswerk', 'My volunteering');

/** What the page says at the top after a step, from the query string the step redirected to. */
export function ownPageNotice(
  lang: Lang,
  query: {
    boven?: string;
    opgeslagen?: string;
    beantwoord?: string;
    bewaard?: string;
    aangemeld?: string;
    aanbod?: string;
  },
  year: number,
  limits?: { monthCents: number; yearCents: number },
): { warning?: string; saved?: string } {
  const over = query.boven === 'jaar' || query.boven === 'maand' ? query.boven : undefined;
  if (over && limits) return { warning: allowanceWarning(lang, over, year, limits) };
  const saved =
    query.aanbod === '1'
      ? tr(lang, 'Je aanbod is veranderd.', 'Your offer has been changed.')
      : query.opgeslagen === '1'
        ? tr(lang, 'Je uren zijn opgeslagen.', 'Your hours have been saved.')
        : query.beantwoord === '1'
          ? tr(lang, 'Dank je wel, je antwoord is bewaard.', 'Thank you, your answer has been saved.')
          : query.bewaard === '1'
            ? tr(lang, 'Je keuze is bewaard.', 'Your choice has been saved.')
            : query.aangemeld === '1'
              ? tr(
                  lang,
                  'Je bent aangemeld als vrijwilliger. Als iemand in de buurt jouw hulp kan gebruiken, vraagt het ' +
                    'wijkteam eerst of jij wilt. Nee zeggen mag altijd.',
                  'You have signed up as a volunteer. When someone nearby could use your help, the team first asks ' +
                    'whether you want to. Saying no is always fine.',
                )
              : undefined;
  return saved ? { saved } : {};
}

/** For a signed-in person who has not signed up as a volunteer. */
export function NotAVolunteerYet({ lang }: { lang: Lang }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{tr(lang, 'Vrijwilliger worden?', 'Become a volunteer?')}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/helpen/aanmelden">
          {tr(lang, 'Meld je aan als vrijwilliger', 'Sign up as a volunteer')}
        </a>
      </p>
    </>
  );
}

function VogState({
  lang,
  vogDate,
  vogStatus,
  today,
}: {
  lang: Lang;
  vogDate: string | null;
  vogStatus: VogStatus | null;
  today: string;
}) {
  if (vogDate === null)
    return (
      <>
        {tr(
          lang,
          'Je hebt nog geen VOG bij ons. Die is nodig voor hulp aan kinderen en kwetsbare volwassenen. ' +
            'Het wijkteam helpt je hem aan te vragen.',
          'We have no VOG for you yet. It is needed for helping children and vulnerable adults. ' +
            'The team helps you apply.',
        )}
      </>
    );
  const until = dutchDate(vogValidUntil(vogDate));
  if (!isVogValid(vogDate, today))
    return <>{tr(lang, `Je VOG is verlopen op ${until}.`, `Your VOG expired on ${until}.`)}</>;
  if (vogStatus !== 'gezien')
    return (
      <>
        {tr(
          lang,
          `Je hebt een VOG van ${dutchDate(vogDate)} opgegeven. Iemand van het wijkteam wil hem nog zien; ` +
            'neem hem mee als je langskomt. Tot dan vragen we je niet voor hulp aan kinderen of kwetsbare volwassenen.',
          `You gave a VOG of ${dutchDate(vogDate)}. Someone of the team still needs to see it; bring it when you ` +
            'come by. Until then we do not ask you to help children or vulnerable adults.',
        )}
      </>
    );
  if (isVogExpiringSoon(vogDate, today))
    return (
      <>
        {tr(
          lang,
          `Let op: je VOG verloopt op ${until}. Vraag op tijd een nieuwe aan.`,
          `Note: your VOG expires on ${until}. Apply for a new one in time.`,
        )}
      </>
    );
  return (
    <>
      {tr(
        lang,
        `Het wijkteam heeft je VOG gezien. Hij is geldig tot ${until}.`,
        `The team has seen your VOG. It is valid until ${until}.`,
      )}
    </>
  );
}

export function OwnVolunteerPage({
  view,
  volunteer,
  today,
  hours,
  limits,
  sections,
  errors,
  values,
  warning,
  saved,
}: {
  view: View;
  volunteer: OwnVolunteer;
  today: string;
  hours: RecordedHours[];
  limits: AllowanceLimits | undefined;
  sections: ((view: View) => VNode | null)[];
  errors?: FormErrors | undefined;
  values?: FormValues | undefined;
  warning?: string | undefined;
  saved?: string | undefined;
}) {
  const { lang } = view;
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={{ ...hoursLabels(lang), ...awayLabels(lang) }} />
      {warning ? (
        <div class="utrecht-alert utrecht-alert--warning" role="alert">
          <p class="utrecht-paragraph">{warning}</p>
        </div>
      ) : null}
      {saved ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{saved}</p>
        </div>
      ) : null}
      <h1 class="utrecht-heading-1">{tr(lang, `Hallo ${volunteer.firstName}`, `Hello ${volunteer.firstName}`)}</h1>
      <p class="utrecht-paragraph">
        {tr(lang, 'Je helpt bij', 'You help with')}: {volunteer.offers.map((k) => needLabel(k, lang)).join(', ')}.
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn/vrijwilliger/aanbod">
          {tr(
            lang,
            'Mijn aanbod veranderen: wat, wanneer, hoe ver, talen en VOG',
            'Change my offer: what, when, how far, languages and VOG',
          )}
        </a>
      </p>
      {sections.map((render) => render(view))}
      <h2 class="utrecht-heading-2">VOG</h2>
      <p class="utrecht-paragraph">
        <VogState lang={lang} vogDate={volunteer.vogDate} vogStatus={volunteer.vogStatus} today={today} />
      </p>
      <AwaySection view={view} unavailable={volunteer.unavailable} values={values} errors={errors} />
      <h2 class="utrecht-heading-2">{tr(lang, 'Vrouw of man', 'Woman or man')}</h2>
      <Form view={view} action="/mijn/vrijwilliger/geslacht" label={tr(lang, 'Vrouw of man', 'Woman or man')}>
        <GenderField view={view} values={{ geslacht: volunteer.gender ?? '' }} />
        <SubmitButton secondary>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
      <HoursSection view={view} today={today} hours={hours} limits={limits} values={values} errors={errors} />
    </>
  );
}

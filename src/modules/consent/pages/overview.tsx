// The resident's overview of every consent about them, active and ended, and every legal basis recorded instead;
// each active consent has one button to withdraw it.
import { roleInWords } from '../../../kernel/access/plain-words.js';
import { CsrfField } from '../../../kernel/ui/forms.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { ConsentView } from '../queries.js';
import {
  consentState,
  dataLabel,
  dateLabel,
  dutchToday,
  givenHowWords,
  purposeLabel,
  recipientLabel,
} from '../words.js';

export const overviewTitle = (lang: Lang) => tr(lang, 'Mijn toestemmingen', 'My consents');

function ConsentSentence({ lang, c }: { lang: Lang; c: ConsentView }) {
  const who = recipientLabel(lang, c);
  const what = dataLabel(lang, c.category);
  const why = purposeLabel(lang, c.purpose, c.purposeNote);
  const since = dateLabel(c.startsOn);
  const until = c.endsOn ? tr(lang, ` tot en met ${dateLabel(c.endsOn)}`, ` until ${dateLabel(c.endsOn)}`) : '';
  return (
    <p class="utrecht-paragraph" id={`toestemming-${c.id}`}>
      {tr(
        lang,
        `Je hebt toestemming gegeven aan ${who} om ${what} te zien, voor ${why}, sinds ${since}${until}.`,
        `You gave ${who} consent to see ${what}, for ${why}, since ${since}${until}.`,
      )}
    </p>
  );
}

function OverrideSentence({ lang, c }: { lang: Lang; c: ConsentView }) {
  const who = recipientLabel(lang, c);
  const what = dataLabel(lang, c.category);
  const by = c.recordedByName ?? roleInWords(lang, 'regisseur');
  const why = purposeLabel(lang, c.purpose, c.purposeNote);
  const since = dateLabel(c.startsOn);
  return (
    <>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          `${by}, regisseur van het wijkteam, heeft besloten dat ${who} ${what} mag zien zonder je toestemming, ` +
            `voor ${why}, sinds ${since}. De wet staat dat toe.`,
          `${by}, case director of the team, decided that ${who} may see ${what} without your consent, ` +
            `for ${why}, since ${since}. The law allows it.`,
        )}
      </p>
      <p class="utrecht-paragraph">
        <strong>{tr(lang, 'De reden:', 'The reason:')}</strong> {c.reason}
      </p>
    </>
  );
}

function StateLine({ lang, c, today }: { lang: Lang; c: ConsentView; today: string }) {
  const state = consentState(c, today);
  const withdrawnOn = c.withdrawnAt ? dateLabel(dutchToday(c.withdrawnAt)) : '';
  const text = {
    actief: tr(lang, 'Geldt nu.', 'In force now.'),
    nog_niet: tr(lang, `Gaat in op ${dateLabel(c.startsOn)}.`, `Starts on ${dateLabel(c.startsOn)}.`),
    ingetrokken: tr(lang, `Ingetrokken op ${withdrawnOn}.`, `Withdrawn on ${withdrawnOn}.`),
    verlopen: tr(lang, `Afgelopen na ${dateLabel(c.endsOn ?? '')}.`, `Ended after ${dateLabel(c.endsOn ?? '')}.`),
  }[state];
  return <strong>{text}</strong>;
}

function ConsentItem({ view, c, today }: { view: View; c: ConsentView; today: string }) {
  const { lang } = view;
  const state = consentState(c, today);
  const how = c.givenHow ? tr(lang, givenHowWords[c.givenHow][0], givenHowWords[c.givenHow][1]) : null;
  return (
    <li class="nabij-card">
      {c.kind === 'toestemming' ? <ConsentSentence lang={lang} c={c} /> : <OverrideSentence lang={lang} c={c} />}
      <p class="utrecht-paragraph">
        <StateLine lang={lang} c={c} today={today} />
        {how ? ` ${tr(lang, 'Gegeven', 'Given')} ${how}${c.recordedByName ? ` (${c.recordedByName})` : ''}.` : ''}
      </p>
      {c.kind === 'toestemming' && (state === 'actief' || state === 'nog_niet') ? (
        <form method="post" action={`/mijn/toestemmingen/${c.id}/intrekken`} class="nabij-form">
          <CsrfField view={view} />
          <button
            type="submit"
            class="utrecht-button utrecht-button--secondary-action"
            aria-describedby={`toestemming-${c.id}`}
          >
            {tr(lang, 'Intrekken', 'Withdraw')}
          </button>
        </form>
      ) : null}
    </li>
  );
}

export function OverviewPage({
  view,
  consents,
  today,
  withdrawn,
}: {
  view: View;
  consents: ConsentView[];
  today: string;
  withdrawn: boolean;
}) {
  const { lang } = view;
  const active = consents.filter((c) => ['actief', 'nog_niet'].includes(consentState(c, today)));
  const ended = consents.filter((c) => !active.includes(c));
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn">
          {tr(lang, 'Terug naar mijn pagina', 'Back to my page')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{overviewTitle(lang)}</h1>
      {withdrawn ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Je toestemming is ingetrokken. Vanaf nu kan die persoon of organisatie je gegevens niet meer zien.',
              'Your consent is withdrawn. From now on that person or organisation can no longer see your data.',
            )}
          </p>
        </div>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Het wijkteam mag je gegevens gebruiken om je te helpen. Dat staat in de wet (de Wmo). Wil iemand buiten ' +
            'het wijkteam je gegevens zien, dan is daar jouw toestemming voor nodig. Hier zie je aan wie je die gaf. ' +
            'Je kunt een toestemming altijd intrekken.',
          'The neighbourhood team may use your data to help you. The law (the Wmo) says so. For anyone outside the ' +
            'team to see your data, your consent is needed. Here you see who you gave it to. You can always ' +
            'withdraw a consent.',
        )}
      </p>
      <h2 class="utrecht-heading-2">{tr(lang, 'Geldt nu', 'In force')}</h2>
      {active.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Er geldt nu geen toestemming.', 'No consent is in force now.')}</p>
      ) : (
        <ul class="nabij-plain-list">
          {active.map((c) => (
            <ConsentItem view={view} c={c} today={today} key={c.id} />
          ))}
        </ul>
      )}
      <h2 class="utrecht-heading-2">{tr(lang, 'Afgelopen of ingetrokken', 'Ended or withdrawn')}</h2>
      {ended.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Nog niets.', 'Nothing yet.')}</p>
      ) : (
        <ul class="nabij-plain-list">
          {ended.map((c) => (
            <ConsentItem view={view} c={c} today={today} key={c.id} />
          ))}
        </ul>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/account/toegangslog">
          {tr(lang, 'Wie heeft mijn gegevens bekeken?', 'Who looked at my data?')}
        </a>
      </p>
    </>
  );
}

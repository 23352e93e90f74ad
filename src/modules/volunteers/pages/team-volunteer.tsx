// The team's view of volunteers: the list of VOG dates that wait to be seen, and one volunteer's page with the
// button that marks their VOG as seen.
import { languageName } from '../../../kernel/languages/index.js';
import { needLabel } from '../../../kernel/taxonomy/needs.js';
import { dutchDate } from '../../../kernel/time/index.js';
import { Form, SubmitButton } from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { isVogValid, vogValidUntil } from '../availability.js';
import type { VogStatus } from '../schema.js';

export const vogListTitle = (lang: Lang) => tr(lang, 'VOG’s om na te kijken', 'VOGs to check');

export function VogToSeeList({
  view,
  volunteers,
}: {
  view: View;
  volunteers: { id: string; firstName: string; vogDate: string }[];
}) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{vogListTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Deze vrijwilligers gaven zelf de datum van hun VOG op. Die telt pas voor hulp aan kinderen en kwetsbare ' +
            'volwassenen als iemand van het wijkteam de VOG heeft gezien.',
          'These volunteers gave the date of their VOG themselves. It only counts for helping children and ' +
            'vulnerable adults once someone of the team has seen the VOG.',
        )}
      </p>
      {volunteers.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Er wacht niets.', 'Nothing is waiting.')}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {volunteers.map((v) => (
            <li key={v.id}>
              <a class="utrecht-link" href={`/team/vrijwilligers/${v.id}`}>
                {v.firstName}
              </a>
              {tr(lang, `: VOG van ${dutchDate(v.vogDate)}`, `: VOG of ${dutchDate(v.vogDate)}`)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export type TeamVolunteer = {
  id: string;
  firstName: string;
  offers: string[];
  roles: string[];
  languages: string[];
  radiusKm: number;
  boundaries: string;
  vogDate: string | null;
  vogStatus: VogStatus | null;
  vogSeenAt: Date | null;
  vogSeenBy: string | null;
};

const item = (key: string, value: string) => (
  <div class="utrecht-data-list__item">
    <dt class="utrecht-data-list__item-key">{key}</dt>
    <dd class="utrecht-data-list__item-value">{value}</dd>
  </div>
);

function vogInWords(lang: Lang, v: TeamVolunteer, today: string): string {
  if (v.vogDate === null) return tr(lang, 'Geen VOG opgegeven.', 'No VOG given.');
  const until = dutchDate(vogValidUntil(v.vogDate));
  const expired = !isVogValid(v.vogDate, today);
  const date = dutchDate(v.vogDate);
  if (v.vogStatus === 'gezien') {
    const on = v.vogSeenAt ? dutchDate(v.vogSeenAt.toISOString().slice(0, 10)) : '';
    const seen = v.vogSeenAt
      ? tr(
          lang,
          ` Gezien op ${on}${v.vogSeenBy ? ` door ${v.vogSeenBy}` : ''}.`,
          ` Seen on ${on}${v.vogSeenBy ? ` by ${v.vogSeenBy}` : ''}.`,
        )
      : tr(lang, ' Gezien (uit het bestand van de coördinator).', ' Seen (from the coordinator’s file).');
    return expired
      ? tr(lang, `VOG van ${date}, verlopen op ${until}.`, `VOG of ${date}, expired on ${until}.`) + seen
      : tr(lang, `VOG van ${date}, geldig tot ${until}.`, `VOG of ${date}, valid until ${until}.`) + seen;
  }
  return tr(
    lang,
    `Opgegeven: VOG van ${date}. Nog niet gezien door het wijkteam; telt nog niet.`,
    `Given: VOG of ${date}. Not yet seen by the team; does not count yet.`,
  );
}

export function TeamVolunteerPage({
  view,
  volunteer: v,
  today,
  saved,
}: {
  view: View;
  volunteer: TeamVolunteer;
  today: string;
  saved?: boolean;
}) {
  const { lang } = view;
  const canMark = v.vogDate !== null && v.vogStatus === 'opgegeven' && isVogValid(v.vogDate, today);
  return (
    <>
      {saved ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">
            {tr(lang, 'De VOG is gemarkeerd als gezien.', 'The VOG has been marked as seen.')}
          </p>
        </div>
      ) : null}
      <h1 class="utrecht-heading-1">{v.firstName}</h1>
      <dl class="utrecht-data-list">
        {item(tr(lang, 'Helpt bij', 'Helps with'), v.offers.map((k) => needLabel(k, lang)).join(', '))}
        {item(tr(lang, 'Talen', 'Languages'), v.languages.map((l) => languageName(lang, l)).join(', '))}
        {item(tr(lang, 'Hoe ver', 'How far'), `${String(v.radiusKm).replace('.', ',')} km`)}
        {v.boundaries ? item(tr(lang, 'Liever niet', 'Rather not'), v.boundaries) : null}
        {item('VOG', vogInWords(lang, v, today))}
      </dl>
      {canMark ? (
        <Form view={view} action={`/team/vrijwilligers/${v.id}/vog-gezien`} label={tr(lang, 'VOG gezien', 'VOG seen')}>
          <input type="hidden" name="vog_datum" value={v.vogDate ?? ''} />
          <p class="utrecht-paragraph">
            {tr(
              lang,
              `Heb je de VOG zelf gezien, met de datum ${dutchDate(v.vogDate!)} en de naam van ${v.firstName}? ` +
                'Dan telt hij vanaf nu voor hulp aan kinderen en kwetsbare volwassenen.',
              `Have you seen the VOG yourself, dated ${dutchDate(v.vogDate!)} and in ${v.firstName}’s name? ` +
                'Then it counts from now on for helping children and vulnerable adults.',
            )}
          </p>
          <SubmitButton>{tr(lang, 'Ik heb de VOG gezien', 'I have seen the VOG')}</SubmitButton>
        </Form>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/team/vrijwilligers">
          {tr(lang, 'Naar de VOG’s om na te kijken', 'To the VOGs to check')}
        </a>
      </p>
    </>
  );
}

// The sounding board in public: per wijk the number of members and how many were drawn by lot, the published
// minutes; the names only for signed-in board members and the team. The page of a draw, with a check that re-runs
// it on the server (no script). The form where a resident puts themselves forward.
import { z } from 'zod';
import {
  CsrfField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Option } from '../queries/account.js';
import type { DrawRow, MeetingRow, MemberRow, WijkBoard } from '../queries/board.js';
import { dateInWords } from './account-words.js';

export const boardTitle = (lang: Lang) => tr(lang, 'Klankbordgroep', 'Sounding board');

export function BoardPage({
  view,
  wijken,
  meetings,
  names,
  draws,
}: {
  view: View;
  wijken: readonly WijkBoard[];
  meetings: readonly MeetingRow[];
  /** Members with their names, or null when the visitor may not see names. */
  names: readonly MemberRow[] | null;
  draws: readonly DrawRow[];
}) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">{boardTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'In elke wijk volgt een groep bewoners het team: de klankbordgroep. ' +
            'Ze praten mee over de wijkagenda en zien de ' +
            'cijfers eerder. Soms worden leden geloot uit bewoners die zich aanmelden.',
          'In each neighbourhood a group of residents follows the team: the sounding board. Sometimes members ' +
            'are drawn by lot from residents who put themselves forward.',
        )}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/klankbordgroep/aanmelden">
          {tr(lang, 'Meld je aan voor de klankbordgroep', 'Put yourself forward')}
        </a>
      </p>
      {wijken.map((w) => {
        const published = meetings.filter((m) => m.neighbourhoodId === w.id);
        const members = names?.filter((m) => m.neighbourhoodId === w.id && m.endedOn === null) ?? [];
        const wijkDraws = draws.filter((d) => d.neighbourhoodId === w.id);
        return (
          <section key={w.id} aria-labelledby={`kbg-${w.id}`}>
            <h2 class="utrecht-heading-2" id={`kbg-${w.id}`}>
              {tr(lang, `Wijk ${w.name}`, `Neighbourhood ${w.name}`)}
            </h2>
            <p class="utrecht-paragraph">
              {tr(
                lang,
                `${w.members} ${w.members === 1 ? 'lid' : 'leden'}, van wie ${w.drawn} geloot.`,
                `${w.members} members, ${w.drawn} drawn by lot.`,
              )}
            </p>
            {names !== null && members.length > 0 ? (
              <ul class="utrecht-unordered-list" aria-label={tr(lang, 'Leden', 'Members')}>
                {members.map((m) => (
                  <li key={m.id}>
                    {m.name} ({m.chosenHow === 'geloot' ? tr(lang, 'geloot', 'drawn') : tr(lang, 'gekozen', 'chosen')})
                  </li>
                ))}
              </ul>
            ) : null}
            {wijkDraws.length > 0 ? (
              <ul class="utrecht-link-list" aria-label={tr(lang, 'Lotingen', 'Draws')}>
                {wijkDraws.map((d) => (
                  <li class="utrecht-link-list__item" key={d.id}>
                    <a class="utrecht-link" href={`/klankbordgroep/loting/${d.id}`}>
                      {tr(lang, 'Loting van', 'Draw of')} {dateInWords(lang, d.drawnAt)}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            <h3 class="utrecht-heading-3">{tr(lang, 'Verslagen', 'Minutes')}</h3>
            {published.length === 0 ? (
              <p class="utrecht-paragraph">{tr(lang, 'Nog geen verslagen.', 'No minutes yet.')}</p>
            ) : (
              published.map((m) => (
                <details key={m.id}>
                  <summary>
                    {dateInWords(lang, m.heldOn)}
                    {m.place ? `, ${m.place}` : ''}
                  </summary>
                  <p class="utrecht-paragraph">{m.minutes}</p>
                </details>
              ))
            )}
          </section>
        );
      })}
    </>
  );
}

export function DrawPage({
  view,
  draw,
  check,
}: {
  view: View;
  draw: DrawRow;
  /** The numbers the server drew again, when asked to check. */
  check: number[] | null;
}) {
  const { lang } = view;
  const matches = check !== null && check.join(',') === draw.drawnNumbers.join(',');
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/klankbordgroep">
          {tr(lang, 'Terug naar de klankbordgroep', 'Back to the sounding board')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">
        {tr(lang, `Loting klankbordgroep ${draw.wijk}`, `Draw for the sounding board of ${draw.wijk}`)}
      </h1>
      <dl class="utrecht-data-list">
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Datum', 'Date')}</dt>
          <dd class="utrecht-data-list__item-value">{dateInWords(lang, draw.drawnAt)}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">
            {tr(lang, 'Zaadje (vooraf bekendgemaakt)', 'Seed (announced before)')}
          </dt>
          <dd class="utrecht-data-list__item-value">
            <code>{draw.seed}</code>
          </dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Nummers van de kandidaten', 'Candidate numbers')}</dt>
          <dd class="utrecht-data-list__item-value">{draw.candidateNumbers.join(', ')}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Plaatsen', 'Seats')}</dt>
          <dd class="utrecht-data-list__item-value">{draw.seats}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">
            {tr(lang, 'Getrokken nummers, op volgorde', 'Numbers drawn, in order')}
          </dt>
          <dd class="utrecht-data-list__item-value">
            <strong>{draw.drawnNumbers.join(', ')}</strong>
          </dd>
        </div>
      </dl>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Iedereen kan deze loting nadoen met het zaadje en de nummers. Hoe dat gaat, staat in de handleiding ' +
            '(docs/agenda-board.md), met een klein programma om het zelf te doen.',
          'Anyone can redo this draw with the seed and the numbers; the manual ' +
            '(docs/agenda-board.md) explains how, with a small program.',
        )}
      </p>
      <form method="get" action={`/klankbordgroep/loting/${draw.id}`} class="nabij-form">
        <input type="hidden" name="controleer" value="1" />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {tr(lang, 'Controleer', 'Check')}
        </button>
      </form>
      {check !== null ? (
        <p class="utrecht-paragraph" role="status" id="controle">
          <strong>
            {matches
              ? tr(
                  lang,
                  `Klopt: opnieuw geloot geeft ${check.join(', ')}, hetzelfde als hierboven.`,
                  `Correct: drawing again gives ${check.join(', ')}, the same as above.`,
                )
              : tr(
                  lang,
                  `Klopt niet: opnieuw geloot geeft ${check.join(', ')}.`,
                  `Does not match: drawing again gives ${check.join(', ')}.`,
                )}
          </strong>
        </p>
      ) : null}
    </>
  );
}

export const standSchema = z.object({
  wijk: z
    .string({ error: 'wijk_kiezen' })
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'wijk_kiezen'),
  motivatie: z.string().trim().max(1000, 'tekst_te_lang').optional().default(''),
});

export function StandPage({
  view,
  neighbourhoods,
  mine,
  values,
  errors,
  saved,
}: {
  view: View;
  neighbourhoods: readonly Option[];
  mine: readonly { neighbourhoodId: string; wijk: string; number: number | null; withdrawnAt: Date | null }[];
  values: FormValues;
  errors: FormErrors;
  saved: string | null;
}) {
  const { lang } = view;
  const labels = {
    wijk: tr(lang, 'Voor welke wijk?', 'For which neighbourhood?'),
    motivatie: tr(lang, 'Waarom wil je meedoen?', 'Why do you want to take part?'),
  };
  const standing = mine.filter((m) => m.withdrawnAt === null);
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
      <h1 class="utrecht-heading-1">
        {tr(lang, 'Meld je aan voor de klankbordgroep', 'Stand for the sounding board')}
      </h1>
      {saved ? (
        <p class="utrecht-paragraph" role="status">
          {saved}
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Als er meer aanmeldingen zijn dan plaatsen, beslist het lot. Je krijgt dan een nummer. Op de ' +
            'pagina van de loting staan alleen nummers, geen namen.',
          'When more people stand than there are seats, a draw decides. You get a number; ' +
            'the draw’s page shows numbers, not names.',
        )}
      </p>
      {standing.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Je aanmelding', 'Your application')}</h2>
          <ul class="utrecht-unordered-list">
            {standing.map((m) => (
              <li key={m.neighbourhoodId}>
                {m.wijk}
                {m.number !== null ? `: ${tr(lang, 'nummer', 'number')} ${m.number}` : ''}{' '}
                <form method="post" action="/klankbordgroep/aanmelden" class="nabij-inline-form">
                  <CsrfField view={view} />
                  <input type="hidden" name="actie" value="intrekken" />
                  <input type="hidden" name="wijk" value={m.neighbourhoodId} />
                  <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                    {tr(lang, `Trek je aanmelding voor ${m.wijk} in`, `Withdraw for ${m.wijk}`)}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Form view={view} action="/klankbordgroep/aanmelden" label={tr(lang, 'Aanmelden', 'Stand')}>
        <input type="hidden" name="actie" value="aanmelden" />
        <SelectField
          view={view}
          name="wijk"
          label={labels.wijk}
          options={[['', tr(lang, 'Kies een wijk', 'Choose')], ...neighbourhoods.map((n) => [n.id, n.name] as const)]}
          values={values}
          errors={errors}
        />
        <TextField
          view={view}
          name="motivatie"
          label={labels.motivatie}
          hint={tr(
            lang,
            'Een paar zinnen is genoeg. Alleen het team leest dit.',
            'A few sentences. Only the team reads it.',
          )}
          values={values}
          errors={errors}
          multiline
        />
        <SubmitButton>{tr(lang, 'Meld me aan', 'Sign me up')}</SubmitButton>
      </Form>
    </>
  );
}
